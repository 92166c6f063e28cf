// duizhao-cli: the headless front end. Each command takes its reports'
// analyses from Dz::CliInputs (a project's stored analyses and analyst work,
// report files analysed now) and prints through the core's formatters; an
// unreadable file gives an error entry and a non-zero exit while the others go on.

#include "alignment/alignment.h"
#include "alignment/alignmentformat.h"
#include "alignment/sectionclassifier.h"
#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportlabels.h"
#include "audit/audit.h"
#include "auditcommand.h"
#include "base/translationloader.h"
#include "briefcommand.h"
#include "charts/chartexporter.h"
#include "cliinputs.h"
#include "export/comparisondeck.h"
#include "export/deck.h"
#include "export/indicatorchart.h"
#include "export/indicatorexport.h"
#include "formattedoutput.h"
#include "indicators/indicatorextractor.h"
#include "indicators/indicatorformat.h"
#include "models/indicatortablemodel.h"
#include "models/weaknessmatrixmodel.h"
#include "outline/outlineformat.h"
#include "project/projectcheck.h"
#include "project/projectcopy.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "terminaldevice.h"
#include "themescommand.h"
#include "weaknesses/weaknessextractor.h"
#include "weaknesses/weaknessformat.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{

enum ExitCode {
    Ok = 0,
    SomeFilesFailed = 1,
    UsageError = 2,
    /// Standard output could not be written (a full disk, /dev/full, a closed pipe).
    OutputFailed = 3,
};

// Text output, and anything on a terminal, cannot carry a report's or a
// file name's control characters there; JSON and CSV piped on stay exact.
bool escapeStdout = false;

Dz::TerminalDevice &outDevice()
{
    static Dz::TerminalDevice device(stdout, escapeStdout || isatty(fileno(stdout)));
    return device;
}

QTextStream &out()
{
    static QTextStream stream(&outDevice());
    return stream;
}

QTextStream &err()
{
    static Dz::TerminalDevice device(stderr, true);
    static QTextStream stream(&device);
    return stream;
}

const Dz::AnalysisEngines &engines()
{
    return Dz::AnalysisEngines::required();
}

// What the chart and deck commands draw with.
struct DrawingOptions {
    QString out;
    QSize size = Dz::ChartExporter::DefaultSize;
    qreal scale = 1;
    bool pictures = false;
    /// A body's trend: over a true year axis (lines) or as columns.
    Dz::IndicatorChartRequest::Years years = Dz::IndicatorChartRequest::Years::Lines;
    /// The title slide's title and subtitle; empty: the defaults.
    QString title;
    QString subtitle;
};

int writeDeck(Dz::Deck deck, const Dz::Comparison &comparison, const DrawingOptions &options)
{
    deck.title = options.title;
    deck.subtitle = options.subtitle;
    const auto built = deck.build(Dz::Deck::defaultTitle(), Dz::Deck::defaultSubtitle(comparison.reportNames(), QDate::currentDate()),
        options.pictures ? Dz::ChartMode::Picture : Dz::ChartMode::Native, [&options](const Dz::ChartData &chart, QSize size) {
            return Dz::ChartExporter::png(chart, size, options.scale);
        });
    if (!built) {
        err() << built.error() << Qt::endl;
        return SomeFilesFailed;
    }
    const auto written = built->write(options.out);
    if (!written) {
        err() << written.error() << Qt::endl;
        return SomeFilesFailed;
    }
    err() << QCoreApplication::translate("main", "Wrote %1 (%n slide(s)).", nullptr, built->slideCount()).arg(options.out) << Qt::endl;
    return Ok;
}

int runChart(const Dz::CliInputs &inputs, const QStringList &indicators, const DrawingOptions &options)
{
    int exitCode = Ok;
    const Dz::Comparison comparison = inputs.comparison(err(), exitCode, SomeFilesFailed);
    Dz::IndicatorTableModel table;
    table.setComparison(comparison, engines().indicators.catalog());
    table.setSession(&inputs.session());
    Dz::IndicatorChartRequest request;
    request.indicators = indicators;
    request.years = options.years;
    // A chart per indicator, each on its own axis (small multiples side by side in a picture, a slide each in a deck).
    const QList<Dz::ChartData> charts = Dz::IndicatorChartBuilder::panels(table, request);
    if (charts.isEmpty()) {
        err() << QCoreApplication::translate("main", "chart: nothing to draw (no readable reports).") << Qt::endl;
        return SomeFilesFailed;
    }
    if (QFileInfo(options.out).suffix().toLower() == u"pptx") {
        Dz::Deck deck;
        for (const Dz::ChartData &chart : charts)
            deck.slides.append(Dz::DeckSlide::ofChart(chart));
        const int written = writeDeck(deck, comparison, options);
        return written == Ok ? exitCode : written;
    }
    const auto saved = Dz::ChartExporter::save(charts, options.out, options.size, options.scale);
    if (!saved) {
        err() << saved.error() << Qt::endl;
        return SomeFilesFailed;
    }
    err() << QCoreApplication::translate("main", "Wrote %1.").arg(options.out) << Qt::endl;
    return exitCode;
}

// The readable reports compared, their shortcomings read with an analyst's
// weakness themes when given (audit, deck); unreadable ones set @p exitCode.
Dz::Comparison comparisonOf(const Dz::CliInputs &inputs, const std::optional<Dz::WeaknessCatalog> &weaknessCatalog, int &exitCode)
{
    Dz::Comparison comparison = inputs.comparison(err(), exitCode, SomeFilesFailed);
    if (weaknessCatalog)
        comparison.applyWeaknessCatalog(*weaknessCatalog);
    return comparison;
}

// A comparison deck: a chart per indicator some report gives, the table, the weakness matrix and the audit.
int runDeck(const Dz::CliInputs &inputs, const DrawingOptions &options, const std::optional<Dz::WeaknessCatalog> &weaknessCatalog)
{
    int exitCode = Ok;
    const Dz::Comparison comparison = comparisonOf(inputs, weaknessCatalog, exitCode);
    // An empty deck over the analyst's old one would be a loss, not an output.
    if (comparison.reports.isEmpty()) {
        err() << QCoreApplication::translate("main", "deck: nothing to put on slides (no readable reports); %1 not written.").arg(options.out) << Qt::endl;
        return SomeFilesFailed;
    }
    Dz::IndicatorTableModel table;
    table.setComparison(comparison, engines().indicators.catalog());
    table.setSession(&inputs.session());
    const int written = writeDeck(Dz::ComparisonDeck::slides(table, comparison.weaknessCatalog, Dz::Audit::of(comparison).audits), comparison, options);
    return written == Ok ? exitCode : written;
}

int runAlign(const Dz::CliInputs &inputs, const QString &format)
{
    int exitCode = Ok;
    const Dz::Alignment alignment = inputs.comparison(err(), exitCode, SomeFilesFailed).alignment;
    Dz::Cli::writeFormatted(out(), format,
        {[&alignment] {
             return Dz::AlignmentFormat::toJson(alignment);
         },
            [&alignment] {
                return Dz::AlignmentFormat::toCsv(alignment);
            },
            [&alignment] {
                return Dz::AlignmentFormat::toText(alignment);
            }});
    return exitCode;
}

// One label per report, as the workbench names the same set (ReportLabels):
// the reports of this run, a project's and the files given together.
QStringList labelsOf(const QList<Dz::ReportAnalysis> &analyses)
{
    QList<Dz::Report> reports;
    for (const Dz::ReportAnalysis &a : analyses)
        reports.append(a.report);
    return Dz::ReportLabels::forReports(reports);
}

// Each report object of @p root's "reports" gets its label.
QJsonObject withLabels(QJsonObject root, const QStringList &labels)
{
    QJsonArray reports = root.value(u"reports").toArray();
    for (qsizetype i = 0; i < reports.size() && i < labels.size(); ++i) {
        QJsonObject o = reports.at(i).toObject();
        o.insert(u"label", labels.at(i));
        reports[i] = o;
    }
    root.insert(u"reports", reports);
    return root;
}

// The stored indicators where the catalog is the built-in one, else extracted
// again with @p catalog (from the stored outline and classification); with
// the analyst's values of a project's reports in place.
int runIndicators(const Dz::CliInputs &inputs, const QString &format, const std::optional<Dz::IndicatorCatalog> &catalog)
{
    int exitCode = Ok;
    QList<qint64> keys;
    const QList<Dz::ReportAnalysis> analyses = inputs.readable(err(), exitCode, SomeFilesFailed, &keys);
    const std::optional<Dz::IndicatorExtractor> extractor = catalog ? std::optional(Dz::IndicatorExtractor(*catalog)) : std::nullopt;
    QList<Dz::ReportIndicators> results;
    for (int i = 0; i < analyses.size(); ++i) {
        const Dz::ReportAnalysis &a = analyses.at(i);
        results.append(inputs.session().applied(extractor ? extractor->extract(a.report, a.classification) : a.indicators, keys.at(i)));
    }
    const QStringList labels = labelsOf(analyses);
    Dz::Cli::writeFormatted(out(), format,
        {[&] {
             return withLabels(Dz::IndicatorFormat::toJson(results), labels);
         },
            [&] {
                return Dz::IndicatorFormat::toCsv(results);
            },
            [&] {
                return Dz::IndicatorFormat::toText(results, labels);
            }});
    return exitCode;
}

// Shortcomings a later year of a body admits again, found as the heat map's
// Recurring column finds them; none unless consecutive years of a body are given.
std::optional<QList<Dz::WeaknessMatrixModel::RecurringItem>> recurringOf(
    const QList<Dz::ReportAnalysis> &analyses, const QList<Dz::ReportWeaknesses> &results, const Dz::WeaknessCatalog &catalog)
{
    Dz::Comparison comparison;
    for (const Dz::ReportAnalysis &a : analyses)
        comparison.reports.append(a.report);
    comparison.weaknesses = results;
    Dz::WeaknessMatrixModel model;
    model.setComparison(comparison, catalog);
    if (!model.hasRecurrenceColumn())
        return std::nullopt;
    return model.recurring();
}

// {"report", "item", "text", "earlier_report", "earlier_item", "earlier_text", "score", "signs"} per recurrence.
QJsonArray recurringToJson(
    const QList<Dz::WeaknessMatrixModel::RecurringItem> &recurring, const QList<Dz::ReportWeaknesses> &results, const QStringList &labels)
{
    QJsonArray array;
    for (const Dz::WeaknessMatrixModel::RecurringItem &r : recurring) {
        array.append(QJsonObject {{u"report"_s, labels.value(r.report)}, {u"file"_s, results.at(r.report).filePath}, {u"item"_s, r.item},
            {u"text"_s, results.at(r.report).items.at(r.item).text}, {u"earlier_report"_s, labels.value(r.earlierReport)},
            {u"earlier_file"_s, results.at(r.earlierReport).filePath}, {u"earlier_item"_s, r.earlierItem},
            {u"earlier_text"_s, results.at(r.earlierReport).items.at(r.earlierItem).text}, {u"score"_s, qRound(r.score * 1000) / 1000.0},
            {u"signs"_s, QJsonArray::fromStringList(r.signs)}});
    }
    return array;
}

// The CSV's recurrence columns: on each item's own row, what the year before said of it.
QList<Dz::WeaknessFormat::EarlierWording> recurringToCsv(
    const QList<Dz::WeaknessMatrixModel::RecurringItem> &recurring, const QList<Dz::ReportWeaknesses> &results, const QStringList &labels)
{
    QList<Dz::WeaknessFormat::EarlierWording> out;
    for (const Dz::WeaknessMatrixModel::RecurringItem &r : recurring) {
        out.append({r.report, r.item, labels.value(r.earlierReport), results.at(r.earlierReport).filePath,
            results.at(r.earlierReport).items.at(r.earlierItem).text, r.score, r.signs});
    }
    return out;
}

QString recurringToText(const QList<Dz::WeaknessMatrixModel::RecurringItem> &recurring, const QList<Dz::ReportWeaknesses> &results, const QStringList &labels)
{
    QString out = QCoreApplication::translate("main", "Shortcomings admitted again (%1):").arg(recurring.size()) + u'\n';
    for (const Dz::WeaknessMatrixModel::RecurringItem &r : recurring) {
        out += u"  %1: “%2”\n    %3: “%4”\n"_s.arg(labels.value(r.report), results.at(r.report).items.at(r.item).text, labels.value(r.earlierReport),
            results.at(r.earlierReport).items.at(r.earlierItem).text);
        if (!r.signs.isEmpty())
            out += u"    "_s + QCoreApplication::translate("main", "signs of recurrence: %1").arg(r.signs.join(u"、"_s)) + u'\n';
    }
    return out;
}

int runWeaknesses(const Dz::CliInputs &inputs, const QString &format, const std::optional<Dz::WeaknessCatalog> &own)
{
    int exitCode = Ok;
    // An analyst's file, else the project's own themes, else the built-in ones (the stored items serve).
    const Dz::WeaknessCatalog *projectCatalog = inputs.session().weaknessCatalog();
    const Dz::WeaknessCatalog &catalog = own ? *own : projectCatalog ? *projectCatalog : engines().weaknesses.catalog();
    const std::optional<Dz::WeaknessExtractor> extractor = own || projectCatalog ? std::optional(Dz::WeaknessExtractor(catalog)) : std::nullopt;
    QList<Dz::ReportWeaknesses> results;
    const QList<Dz::ReportAnalysis> analyses = inputs.readable(err(), exitCode, SomeFilesFailed);
    for (const Dz::ReportAnalysis &a : analyses) {
        if (!extractor) {
            results.append(a.weaknesses);
            continue;
        }
        Dz::ReportWeaknesses read = extractor->extract(a.report, a.classification);
        read.district = a.weaknesses.district;
        read.year = a.weaknesses.year;
        results.append(std::move(read));
    }
    const QStringList labels = labelsOf(analyses);
    const auto recurring = recurringOf(analyses, results, catalog);
    Dz::Cli::writeFormatted(out(), format,
        {[&] {
             QJsonObject root = withLabels(Dz::WeaknessFormat::toJson(results), labels);
             if (recurring)
                 root.insert(u"recurring"_s, recurringToJson(*recurring, results, labels));
             return root;
         },
            [&] {
                // Recurrence columns only where consecutive years of a body are compared (as JSON's key).
                return recurring ? Dz::WeaknessFormat::toCsv(results, catalog, recurringToCsv(*recurring, results, labels))
                                 : Dz::WeaknessFormat::toCsv(results, catalog);
            },
            [&] {
                return Dz::WeaknessFormat::toText(results, catalog, labels) + (recurring ? recurringToText(*recurring, results, labels) : QString());
            }});
    return exitCode;
}

// False (with a message) when @p command does not print @p format.
bool checkFormat(const QString &command, const QString &format, const QStringList &formats)
{
    if (formats.contains(format))
        return true;
    err() << QCoreApplication::translate("main", "%1: unknown format “%2” (use %3).").arg(command, format, formats.join(u", "_s)) << Qt::endl;
    return false;
}

int runOutline(const Dz::CliInputs &inputs, const QString &format)
{
    int exitCode = Ok;
    QJsonArray reports;
    // Labelled as the workbench labels the same set.
    QList<Dz::Report> readable;
    for (const Dz::CliInput &input : inputs.inputs()) {
        if (input.analysis)
            readable.append(input.analysis->report);
    }
    Dz::ReportLabels::assign(readable);
    qsizetype next = 0;
    for (const Dz::CliInput &input : inputs.inputs()) {
        if (!input.analysis) {
            exitCode = SomeFilesFailed;
            err() << input.error << Qt::endl;
            if (format == u"json"_s)
                reports.append(Dz::OutlineFormat::errorToJson(input.file, input.error));
            continue;
        }
        for (const QString &warning : input.warnings) {
            exitCode = SomeFilesFailed;
            err() << warning << Qt::endl;
        }
        const Dz::Report &report = readable.at(next++);
        if (format == u"json"_s) {
            QJsonObject json = Dz::OutlineFormat::toJson(report);
            Dz::AlignmentFormat::addClassification(json, input.analysis->classification);
            reports.append(json);
        } else
            out() << Dz::OutlineFormat::toText(report) << Qt::endl;
    }
    if (format == u"json"_s) {
        const QJsonObject root {{u"reports"_s, reports}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    out().flush();
    return exitCode;
}

// Waits for @p future in the event loop, as the workbench would, printing
// @p line (what "done of total" is) on stderr at most every half second and
// at the end; std::nullopt when the work gave no result.
template<typename T>
std::optional<T> withProgress(const QFuture<T> &future, const std::function<QString(int done, int total)> &line)
{
    QFutureWatcher<T> watcher;
    QElapsedTimer sinceLast;
    sinceLast.start();
    QObject::connect(&watcher, &QFutureWatcher<T>::progressValueChanged, &watcher, [&watcher, &sinceLast, &line](int value) {
        if (watcher.progressMaximum() == 0 || (sinceLast.elapsed() < 500 && value < watcher.progressMaximum()))
            return;
        sinceLast.restart();
        err() << line(value, watcher.progressMaximum()) << Qt::endl;
    });
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &watcher, [] {
        QCoreApplication::quit();
    });
    watcher.setFuture(future);
    if (!watcher.isFinished())
        QCoreApplication::exec();
    watcher.waitForFinished();
    if (watcher.future().resultCount() == 0)
        return std::nullopt;
    return watcher.result();
}

// Imports in the background like the GUI does, printing throttled progress
// to stderr and a summary to stdout.
int runImport(const QString &project, const QStringList &paths, bool ocr)
{
    const auto imported =
        withProgress(QtConcurrent::run(ocr ? &Dz::ProjectImporter::runWithOcr : &Dz::ProjectImporter::run, project, paths), [](int done, int total) {
            return QCoreApplication::translate("main", "%1 of %2 files").arg(done).arg(total);
        });
    if (!imported)
        return SomeFilesFailed;
    const Dz::ImportOutcome &outcome = *imported;
    for (const QString &message : outcome.duplicates)
        err() << message << Qt::endl;
    for (const QString &message : outcome.skipped)
        err() << message << Qt::endl;
    for (const QString &message : outcome.errors)
        err() << message << Qt::endl;
    for (const QString &message : outcome.warnings)
        err() << message << Qt::endl;
    // Nothing was looked at (the project could not be opened): the error says it all.
    if (outcome.files == 0 && !outcome.errors.isEmpty())
        return SomeFilesFailed;
    // A stopped import: its one message stands for every file not saved.
    const int notImported = int(outcome.errors.size()) + (outcome.notSaved > 0 ? outcome.notSaved - 1 : 0);
    out() << QCoreApplication::translate("main", "%1: %n report(s) added", nullptr, outcome.added).arg(project) << u", "_s
          << QCoreApplication::translate("main", "%n changed report(s) updated", nullptr, outcome.updated) << u", "_s
          << QCoreApplication::translate("main", "%n duplicate(s) skipped", nullptr, int(outcome.duplicates.size())) << u", "_s
          << QCoreApplication::translate("main", "%n file(s) not imported", nullptr, notImported);
    // What folders held and was left out, and texts read with a doubt: said, never silent.
    if (!outcome.skipped.isEmpty())
        out() << u", "_s << QCoreApplication::translate("main", "%n kind(s) of folder entries left out (see above)", nullptr, int(outcome.skipped.size()));
    if (!outcome.warnings.isEmpty())
        out() << u", "_s << QCoreApplication::translate("main", "%n report(s) read with a warning", nullptr, int(outcome.warnings.size()));
    out() << u'.' << Qt::endl;
    return outcome.errors.isEmpty() && outcome.warnings.isEmpty() ? Ok : SomeFilesFailed;
}

// SQLite's integrity check and every stored text against its hash, with
// throttled progress on stderr; failing when anything is wrong.
int runCheck(const QString &project, const QString &format)
{
    const auto checked = withProgress(QtConcurrent::run(&Dz::ProjectCheck::runInBackground, project), [](int done, int total) {
        return QCoreApplication::translate("main", "checked %1 of %2").arg(done).arg(total);
    });
    if (!checked)
        return SomeFilesFailed;
    const Dz::ProjectCheckOutcome &outcome = *checked;
    Dz::Cli::writeFormatted(out(), format,
        {[&outcome] {
             QJsonArray damaged;
             for (const Dz::DamagedReport &d : outcome.damaged)
                 damaged.append(QJsonObject {{u"id"_s, d.id}, {u"file"_s, d.fileName}});
             QJsonObject root {{u"project"_s, outcome.project}, {u"healthy"_s, outcome.isHealthy()}, {u"integrity"_s, outcome.integrity},
                 {u"reports_checked"_s, outcome.reports}, {u"damaged"_s, damaged}};
             if (!outcome.error.isEmpty())
                 root.insert(u"error"_s, outcome.error);
             return root;
         },
            {},
            [&outcome] {
                QString text;
                for (const QString &line : outcome.summary())
                    text += line + u'\n';
                return text;
            }});
    return outcome.isHealthy() ? Ok : SomeFilesFailed;
}

// Copies a project in the background, printing throttled progress (the
// tables copied) to stderr and what was copied where to stdout.
int runCopy(const QString &from, const QString &to)
{
    const auto copied = withProgress(QtConcurrent::run([from, to](QPromise<Dz::Result<>> &promise) {
        promise.addResult(Dz::ProjectCopy::copy(from, to, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        }));
    }),
        [](int done, int total) {
            return QCoreApplication::translate("main", "copied %1 of %2 tables").arg(done).arg(total);
        });
    if (!copied || !*copied) {
        err() << (copied ? copied->error() : QString()) << Qt::endl;
        return SomeFilesFailed;
    }
    out() << QCoreApplication::translate("main", "%1 copied to %2.").arg(from, to) << Qt::endl;
    return Ok;
}

int runSearch(const QString &project, const QString &query, const QString &format)
{
    auto store = Dz::ProjectStore::open(project, Dz::ProjectStore::Access::ReadOnly);
    if (!store) {
        err() << store.error() << Qt::endl;
        return SomeFilesFailed;
    }
    const auto hits = store.value()->searchIndex().search(query);
    if (!hits) {
        err() << hits.error() << Qt::endl;
        return SomeFilesFailed;
    }
    Dz::Cli::writeFormatted(out(), format,
        {[&] {
             QJsonArray array;
             for (const Dz::SearchHit &hit : hits.value()) {
                 QJsonArray highlights;
                 for (const Dz::TextSpan &span : hit.highlights)
                     highlights.append(QJsonArray {span.start, span.end});
                 array.append(QJsonObject {{u"report_id"_s, hit.reportId}, {u"file"_s, hit.fileName}, {u"snippet"_s, hit.snippet},
                     {u"highlights"_s, highlights}, {u"score"_s, hit.score}});
             }
             return QJsonObject {{u"query"_s, query}, {u"hits"_s, array}};
         },
            {},
            [&] {
                QStringList lines;
                for (const Dz::SearchHit &hit : hits.value()) {
                    // Matches between 【】, the brackets Chinese text uses for emphasis.
                    QString snippet = hit.snippet;
                    for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it) {
                        snippet.insert(it->end, u'】');
                        snippet.insert(it->start, u'【');
                    }
                    lines.append(hit.fileName + u": "_s + snippet);
                }
                lines.append(QCoreApplication::translate("main", "%n report(s) found.", nullptr, int(hits->size())));
                return lines.join(u'\n') + u'\n';
            }});
    return Ok;
}

// duizhao-cli's options, in the order --help lists them.
struct CliOptions {
    const QCommandLineOption formatOption {
        u"format"_s, QCoreApplication::translate("main", "Output format: json, text or csv (outline: json or text)."), u"format"_s, u"json"_s};
    const QCommandLineOption projectOption {u"project"_s,
        QCoreApplication::translate("main",
            "Take the reports of this project (outline, align, indicators, weaknesses, audit, chart, deck, brief) in place of, or besides, report files. "
            "A project is a .duizhao file or a server project's address, postgresql://user@host:port/database (also where import, search and check take a "
            "project)."),
        u"project"_s};
    const QCommandLineOption indicatorOption {u"indicator"_s,
        QCoreApplication::translate("main", "indicators: only these indicators (comma-separated ids, e.g. penalty_cases,emergency_drills)."), u"ids"_s};
    const QCommandLineOption catalogOption {u"catalog"_s,
        QCoreApplication::translate("main",
            "indicators: read the indicator definitions from this JSON file; weaknesses, themes, audit, deck, brief: read the weakness themes "
            "from this JSON file (in place of the built-in ones or the project's)."),
        u"file"_s};
    const QCommandLineOption outOption {u"out"_s,
        QCoreApplication::translate("main", "chart, deck, brief: the file to write (.png, .svg, .pdf or .pptx; deck: .pptx; brief: .docx)."), u"path"_s};
    const QCommandLineOption titleOption {
        u"title"_s, QCoreApplication::translate("main", "brief, deck: the title (default: Rule-of-law reports compared)."), u"text"_s};
    const QCommandLineOption subtitleOption {
        u"subtitle"_s, QCoreApplication::translate("main", "brief, deck: the subtitle (default: how many reports, and the date)."), u"text"_s};
    const QCommandLineOption groupOption {
        u"group"_s, QCoreApplication::translate("main", "brief: group the analyst's annotations by theme or by report (theme, report)."), u"by"_s, u"theme"_s};
    const QCommandLineOption sizeOption {u"size"_s,
        QCoreApplication::translate("main", "chart: picture size in pixels, e.g. 1920x1080 (deck pictures are drawn to fit their slides)."), u"WxH"_s,
        u"1920x1080"_s};
    const QCommandLineOption scaleOption {
        u"scale"_s, QCoreApplication::translate("main", "chart, deck: pixels per picture pixel for PNG (2 for sharp slides)."), u"S"_s, u"1"_s};
    const QCommandLineOption yearsOption {u"years"_s,
        QCoreApplication::translate("main",
            "chart: a body reported on for several years is charted as its trend with the change on the year before, over a true year axis (lines) or as "
            "columns (columns)."),
        u"lines|columns"_s, u"lines"_s};
    const QCommandLineOption picturesOption {
        u"pictures"_s, QCoreApplication::translate("main", "deck: put charts on slides as pictures instead of native, editable charts.")};
    const QCommandLineOption ocrOption {u"ocr"_s, QCoreApplication::translate("main", "Read scanned PDFs by OCR (needs tesseract with chi_sim).")};
    void addTo(QCommandLineParser &parser) const
    {
        for (const QCommandLineOption *option : {&formatOption, &projectOption, &indicatorOption, &catalogOption, &outOption, &titleOption, &subtitleOption,
                 &groupOption, &sizeOption, &scaleOption, &yearsOption, &picturesOption, &ocrOption})
            parser.addOption(*option);
    }
};

// One run of a command: the parsed command line and what every command reads of it.
struct Invocation {
    const QCommandLineParser &parser;
    const CliOptions &options;
    QString command;
    QStringList args; ///< the positional arguments after the command
    QString format;
    QString project;
    bool ocr = false;
    /// An analyst's weakness themes (--catalog), for the commands that show themes.
    std::optional<Dz::WeaknessCatalog> weaknessCatalog;

    /// The reports the command works on: the project's, then the files given.
    Dz::CliInputs inputs(Dz::CliInputs::Reading reading = Dz::CliInputs::Reading::Everything) const
    {
        return Dz::CliInputs(project, args, ocr, reading);
    }
    /// False (with a message) when the command does not print the format asked for.
    bool formatIsOneOf(const QStringList &formats) const
    {
        return checkFormat(command, format, formats);
    }
};

const QStringList AllFormats {u"json"_s, u"text"_s, u"csv"_s};
const QStringList JsonOrText {u"json"_s, u"text"_s};

int importCommand(Invocation &run)
{
    if (run.args.size() < 2) {
        err() << QCoreApplication::translate("main", "import: give a project and at least one report file or folder.") << Qt::endl;
        return UsageError;
    }
    const QString target = run.args.takeFirst();
    return runImport(target, run.args, run.ocr);
}

int checkCommand(Invocation &run)
{
    if (run.args.size() != 1) {
        err() << QCoreApplication::translate("main", "check: give one project.") << Qt::endl;
        return UsageError;
    }
    if (!run.formatIsOneOf(JsonOrText))
        return UsageError;
    return runCheck(run.args.constFirst(), run.format);
}

int copyCommand(Invocation &run)
{
    if (run.args.size() != 2) {
        err() << QCoreApplication::translate("main", "copy: give the project and the new project (a file or a server address).") << Qt::endl;
        return UsageError;
    }
    return runCopy(run.args.at(0), run.args.at(1));
}

int searchCommand(Invocation &run)
{
    if (run.args.size() < 2) {
        err() << QCoreApplication::translate("main", "search: give a project and what to search for.") << Qt::endl;
        return UsageError;
    }
    if (!run.formatIsOneOf(JsonOrText))
        return UsageError;
    const QString target = run.args.takeFirst();
    return runSearch(target, run.args.join(u' '), run.format);
}

// The weakness themes of --catalog, else the built-in ones; a broken file is named on stderr.
std::optional<Dz::WeaknessCatalog> weaknessThemes(const Invocation &run)
{
    const auto catalog = run.parser.isSet(run.options.catalogOption) ? Dz::WeaknessCatalog::loadFile(run.parser.value(run.options.catalogOption))
                                                                     : Dz::Result<Dz::WeaknessCatalog>(engines().weaknesses.catalog());
    if (!catalog) {
        err() << catalog.error() << Qt::endl;
        return std::nullopt;
    }
    return catalog.value();
}

int themesCommand(Invocation &run)
{
    if (!run.formatIsOneOf(AllFormats))
        return UsageError;
    if (run.args.isEmpty()) {
        err() << QCoreApplication::translate("main", "themes: give files of statements, one per line.") << Qt::endl;
        return UsageError;
    }
    const auto catalog = weaknessThemes(run);
    if (!catalog)
        return UsageError;
    return Dz::Cli::runThemes(run.args, Dz::WeaknessClassifier(*catalog), run.format, out(), err());
}

int outlineCommand(Invocation &run)
{
    if (!run.formatIsOneOf(JsonOrText))
        return UsageError;
    return runOutline(run.inputs(), run.format);
}

int alignCommand(Invocation &run)
{
    if (!run.formatIsOneOf(AllFormats))
        return UsageError;
    return runAlign(run.inputs(), run.format);
}

int indicatorsCommand(Invocation &run)
{
    if (!run.formatIsOneOf(AllFormats))
        return UsageError;
    const QCommandLineParser &parser = run.parser;
    const CliOptions &o = run.options;
    auto catalog = parser.isSet(o.catalogOption) ? Dz::IndicatorCatalog::loadFile(parser.value(o.catalogOption), engines().classifier.scheme())
                                                 : Dz::Result<Dz::IndicatorCatalog>(engines().indicators.catalog());
    if (catalog && parser.isSet(o.indicatorOption)) {
        // Every --indicator given, each a comma-separated list; an id given again counts once.
        QStringList ids = parser.values(o.indicatorOption).join(u',').split(u',', Qt::SkipEmptyParts);
        ids.removeDuplicates();
        catalog = catalog->subset(ids);
    }
    if (!catalog) {
        err() << catalog.error() << Qt::endl;
        return UsageError;
    }
    // The built-in catalog as it is: the stored indicators serve.
    const bool builtIn = !parser.isSet(o.catalogOption) && !parser.isSet(o.indicatorOption);
    // The built-in table needs only the stored values, not whole analyses.
    const auto reading = builtIn ? Dz::CliInputs::Reading::StoredIndicators : Dz::CliInputs::Reading::Everything;
    return runIndicators(run.inputs(reading), run.format, builtIn ? std::nullopt : std::optional(catalog.value()));
}

int weaknessesCommand(Invocation &run)
{
    if (!run.formatIsOneOf(AllFormats))
        return UsageError;
    const auto catalog = weaknessThemes(run);
    if (!catalog)
        return UsageError;
    return runWeaknesses(run.inputs(), run.format, run.parser.isSet(run.options.catalogOption) ? catalog : std::nullopt);
}

int auditCommand(Invocation &run)
{
    if (!run.formatIsOneOf(AllFormats))
        return UsageError;
    int exitCode = Ok;
    const Dz::Comparison comparison = comparisonOf(run.inputs(), run.weaknessCatalog, exitCode);
    return Dz::Cli::runAudit(comparison, run.format, exitCode, out());
}

int briefCommand(Invocation &run)
{
    const QCommandLineParser &parser = run.parser;
    Dz::Cli::BriefRequest request {parser.value(run.options.outOption), parser.value(run.options.titleOption), parser.value(run.options.subtitleOption),
        parser.value(run.options.groupOption), run.weaknessCatalog ? &*run.weaknessCatalog : nullptr};
    if (request.out.isEmpty() || QFileInfo(request.out).suffix().toLower() != u"docx") {
        err() << QCoreApplication::translate("main", "brief: say where to write with --out, a file ending in .docx.") << Qt::endl;
        return UsageError;
    }
    if (request.grouping != u"theme"_s && request.grouping != u"report"_s) {
        err() << QCoreApplication::translate("main", "brief: --group takes theme or report.") << Qt::endl;
        return UsageError;
    }
    return Dz::Cli::runBrief(run.inputs(), request, err());
}

// Size and scale together: 16384x16384 at 8 would be a 64 GiB picture.
bool fitsInPixels(const QString &command, const DrawingOptions &options)
{
    const qint64 pixels = Dz::ChartExporter::pixelsOf(options.size, options.scale);
    if (pixels <= Dz::ChartExporter::MaxPixels)
        return true;
    err() << QCoreApplication::translate("main",
        "%1: a picture of %2x%3 at scale %4 would have %5 million pixels; at most %6 million are drawn. "
        "Choose a smaller --size or --scale.")
                 .arg(command)
                 .arg(options.size.width())
                 .arg(options.size.height())
                 .arg(options.scale)
                 .arg(pixels / 1000000)
                 .arg(Dz::ChartExporter::MaxPixels / 1000000)
          << Qt::endl;
    return false;
}

// What chart and deck draw with, from the command line; std::nullopt (with a message) when it does not hold.
std::optional<DrawingOptions> drawingOptions(const Invocation &run)
{
    const QCommandLineParser &parser = run.parser;
    const CliOptions &o = run.options;
    const QString &command = run.command;
    DrawingOptions options;
    options.out = parser.value(o.outOption);
    options.pictures = parser.isSet(o.picturesOption);
    options.title = parser.value(o.titleOption).trimmed();
    options.subtitle = parser.value(o.subtitleOption).trimmed();
    const QString years = parser.value(o.yearsOption);
    if (years != u"lines"_s && years != u"columns"_s) {
        err() << QCoreApplication::translate("main", "%1: --years takes lines or columns.").arg(command) << Qt::endl;
        return std::nullopt;
    }
    options.years = years == u"lines"_s ? Dz::IndicatorChartRequest::Years::Lines : Dz::IndicatorChartRequest::Years::Grouped;
    const QStringList size = parser.value(o.sizeOption).toLower().split(u'x');
    options.size = QSize(size.value(0).toInt(), size.value(1).toInt());
    bool scaleOk = false;
    options.scale = parser.value(o.scaleOption).toDouble(&scaleOk);
    if (options.out.isEmpty()) {
        err() << QCoreApplication::translate("main", "%1: say where to write with --out.").arg(command) << Qt::endl;
        return std::nullopt;
    }
    if (options.size.width() < 64 || options.size.height() < 64 || options.size.width() > 16384 || options.size.height() > 16384 || !scaleOk
        || !(options.scale > 0 && options.scale <= 8)) { // written so that NaN fails too
        err() << QCoreApplication::translate("main", "%1: --size must be like 1920x1080 and --scale between 0 and 8.").arg(command) << Qt::endl;
        return std::nullopt;
    }
    if (!fitsInPixels(command, options))
        return std::nullopt;
    const QString suffix = QFileInfo(options.out).suffix().toLower();
    const QStringList suffixes = command == u"deck"_s ? QStringList {u"pptx"_s} : QStringList {u"png"_s, u"svg"_s, u"pdf"_s, u"pptx"_s};
    if (!suffixes.contains(suffix)) {
        err() << QCoreApplication::translate("main", "%1: cannot write “%2” (use a file ending in .%3).").arg(command, options.out, suffixes.join(u", ."_s))
              << Qt::endl;
        return std::nullopt;
    }
    return options;
}

// The indicators --indicator names for a chart; std::nullopt (with a message) when none or an unknown one.
std::optional<QStringList> chartIndicators(const Invocation &run)
{
    QStringList indicators = run.parser.values(run.options.indicatorOption).join(u',').split(u',', Qt::SkipEmptyParts);
    indicators.removeDuplicates();
    if (indicators.isEmpty()) {
        err()
            << QCoreApplication::translate("main", "chart: name the indicators with --indicator (%1).").arg(engines().indicators.catalog().ids().join(u", "_s))
            << Qt::endl;
        return std::nullopt;
    }
    if (const auto known = engines().indicators.catalog().subset(indicators); !known) {
        err() << known.error() << Qt::endl;
        return std::nullopt;
    }
    return indicators;
}

int chartCommand(Invocation &run)
{
    const auto options = drawingOptions(run);
    if (!options)
        return UsageError;
    const auto indicators = chartIndicators(run);
    if (!indicators)
        return UsageError;
    return runChart(run.inputs(), *indicators, *options);
}

int deckCommand(Invocation &run)
{
    const auto options = drawingOptions(run);
    if (!options)
        return UsageError;
    return runDeck(run.inputs(), *options, run.weaknessCatalog);
}

// A command: its name, its handler, and what it needs before it runs.
struct Command {
    QString name;
    int (*run)(Invocation &);
    /// Reports to work on: files or --project (else "no files given").
    bool reports = true;
    /// --catalog read as weakness themes first (audit, brief, chart, deck).
    bool themes = false;
};

const QList<Command> &commands()
{
    static const QList<Command> table {
        {u"import"_s, importCommand, false},
        {u"check"_s, checkCommand, false},
        {u"copy"_s, copyCommand, false},
        {u"search"_s, searchCommand, false},
        {u"themes"_s, themesCommand},
        {u"outline"_s, outlineCommand},
        {u"align"_s, alignCommand},
        {u"indicators"_s, indicatorsCommand},
        {u"weaknesses"_s, weaknessesCommand},
        {u"audit"_s, auditCommand, true, true},
        {u"brief"_s, briefCommand, true, true},
        {u"chart"_s, chartCommand, true, true},
        {u"deck"_s, deckCommand, true, true},
    };
    return table;
}

int unknownCommand(Invocation &run)
{
    err() << QCoreApplication::translate(
        "main", "Unknown command “%1”. Commands: outline, align, indicators, weaknesses, themes, audit, chart, deck, brief, import, search, check.")
                 .arg(run.command)
          << Qt::endl;
    return UsageError;
}

// Runs @p command with @p run after the checks it needs; an unknown name is
// checked as a report command before it is called unknown.
int dispatch(const Command &command, Invocation &run)
{
    if (command.reports && run.args.isEmpty() && run.project.isEmpty()) {
        err() << QCoreApplication::translate("main", "%1: no files given.").arg(run.command) << Qt::endl;
        return UsageError;
    }
    if (command.themes && run.parser.isSet(run.options.catalogOption)) {
        auto loaded = Dz::WeaknessCatalog::loadFile(run.parser.value(run.options.catalogOption));
        if (!loaded) {
            err() << loaded.error() << Qt::endl;
            return UsageError;
        }
        run.weaknessCatalog = std::move(loaded).value();
    }
    return command.run(run);
}

// The command line's command, run; the exit code.
int runCommand(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(u"duizhao-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The same loader as the GUI: system locale, English where none fits.
    Dz::TranslationLoader::instance()->setLanguage({});

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Reads rule-of-law reports and prints what Duizhao finds in them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const CliOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(u"command"_s,
        QCoreApplication::translate("main",
            "outline: headings, levels, metadata and section classification of each report; align: the reports side by side by section; indicators: figures "
            "such as penalty cases with their evidence; weaknesses: the shortcomings each report admits, by theme; chart: a chart of indicators (--indicator, "
            "--out); deck: a comparison deck (--out); brief: a written brief in Word format (--out X.docx); audit: which reports meet the rules, copied text, "
            "last year's plans; import PROJECT FILE|FOLDER|ZIP...: add "
            "reports to a project (made if needed); search PROJECT QUERY: find "
            "text in a project's reports; themes FILE...: the weakness themes of single statements, one per line, and why; check PROJECT: SQLite's integrity "
            "check and every stored text against its hash; copy PROJECT NEW: the whole project into a new one, from a file to a server (postgresql://...) "
            "or back."));
    parser.addPositionalArgument(
        u"files"_s, QCoreApplication::translate("main", "Report files (text: UTF-8, UTF-16 or GB18030), or zips of them."), u"FILE..."_s);
    parser.process(app);

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err() << parser.helpText();
        return UsageError;
    }
    Invocation run {parser, options, args.takeFirst(), args, parser.value(options.formatOption), parser.value(options.projectOption),
        parser.isSet(options.ocrOption), std::nullopt};
    escapeStdout = run.format == u"text"_s;
    const QList<Command> &table = commands();
    const auto known = std::find_if(table.cbegin(), table.cend(), [&run](const Command &c) {
        return c.name == run.command;
    });
    return dispatch(known != table.cend() ? *known : Command {run.command, unknownCommand, true, true}, run);
}

// Output that could not be written all is a failure, whatever the command
// made of its input: truncated JSON must not pass for a result.
int checkedOutput(int exitCode)
{
    out().flush();
    if (outDevice().finish())
        return exitCode;
    err()
        << QCoreApplication::translate("main", "duizhao-cli: the output could not be written (%1); what was written is incomplete.").arg(outDevice().failure())
        << Qt::endl;
    return OutputFailed;
}

} // namespace

int main(int argc, char *argv[])
{
    // Charts are drawn with Qt's graphics view, which wants a GUI application:
    // chart and deck get one, offscreen when there is no display to use.
    const bool drawing = argc > 1 && (qstrcmp(argv[1], "chart") == 0 || qstrcmp(argv[1], "deck") == 0 || qstrcmp(argv[1], "brief") == 0);
    if (drawing && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(drawing ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    return checkedOutput(runCommand(*application));
}
