// duizhao-cli: the headless front end. Each command reads its files with
// Dz::ReportLoader (or a project's reports with Dz::ProjectStore) and prints
// through the core's formatters; an unreadable file gives an error entry and
// a non-zero exit while the others go on.

#include "alignment.h"
#include "alignmentformat.h"
#include "outlineformat.h"
#include "projectimporter.h"
#include "projectstore.h"
#include "reportloader.h"
#include "sectionclassifier.h"
#include "translationloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QtConcurrentRun>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace
{

enum ExitCode {
    Ok = 0,
    SomeFilesFailed = 1,
    UsageError = 2,
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The built-in scheme is compiled in, so failing to load it is a build defect.
const Dz::SectionClassifier &classifier()
{
    static const Dz::SectionClassifier instance = [] {
        auto scheme = Dz::Scheme::builtIn();
        if (!scheme)
            qFatal("%s", qPrintable(scheme.error()));
        return Dz::SectionClassifier(scheme.value());
    }();
    return instance;
}

/// One report a command was given, or why it could not be read.
struct Input {
    QString file;
    std::optional<Dz::Report> report;
    QString error;
};

/// The reports of @p project (if any), then those of @p files, in order.
QList<Input> readInputs(const QString &project, const QStringList &files)
{
    QList<Input> inputs;
    if (!project.isEmpty()) {
        auto reports = Dz::ProjectStore::loadReports(project);
        if (!reports)
            inputs.append({project, std::nullopt, reports.error()});
        else {
            for (Dz::Report &report : reports.value())
                inputs.append({report.filePath, std::move(report), {}});
        }
    }
    for (const QString &file : files) {
        auto report = Dz::ReportLoader::load(file);
        if (report)
            inputs.append({file, std::move(report).value(), {}});
        else
            inputs.append({file, std::nullopt, report.error()});
    }
    return inputs;
}

int runAlign(const QList<Input> &inputs, const QString &format)
{
    int exitCode = Ok;
    QList<Dz::Report> reports;
    for (const Input &input : inputs) {
        if (!input.report) {
            exitCode = SomeFilesFailed;
            err() << input.error << Qt::endl;
            continue;
        }
        reports.append(*input.report);
    }
    const Dz::Alignment alignment = Dz::Alignment::compute(classifier(), reports);
    if (format == u"json"_s)
        out() << QString::fromUtf8(QJsonDocument(Dz::AlignmentFormat::toJson(alignment)).toJson(QJsonDocument::Indented));
    else if (format == u"csv"_s)
        out() << Dz::AlignmentFormat::toCsv(alignment);
    else
        out() << Dz::AlignmentFormat::toText(alignment);
    out().flush();
    return exitCode;
}

int runOutline(const QList<Input> &inputs, const QString &format)
{
    int exitCode = Ok;
    QJsonArray reports;
    for (const Input &input : inputs) {
        const auto &report = input.report;
        if (!report) {
            exitCode = SomeFilesFailed;
            err() << input.error << Qt::endl;
            if (format == u"json"_s)
                reports.append(Dz::OutlineFormat::errorToJson(input.file, input.error));
            continue;
        }
        if (format == u"json"_s) {
            QJsonObject json = Dz::OutlineFormat::toJson(*report);
            Dz::AlignmentFormat::addClassification(json, classifier().classify(*report));
            reports.append(json);
        } else
            out() << Dz::OutlineFormat::toText(*report) << Qt::endl;
    }
    if (format == u"json"_s) {
        const QJsonObject root {{u"reports"_s, reports}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    out().flush();
    return exitCode;
}

// Imports in the background like the GUI does, printing throttled progress
// to stderr and a summary to stdout.
int runImport(const QString &project, const QStringList &paths)
{
    QFutureWatcher<Dz::ImportOutcome> watcher;
    QElapsedTimer sinceLast;
    sinceLast.start();
    QObject::connect(&watcher, &QFutureWatcher<Dz::ImportOutcome>::progressValueChanged, &watcher, [&watcher, &sinceLast](int value) {
        if (watcher.progressMaximum() == 0 || (sinceLast.elapsed() < 500 && value < watcher.progressMaximum()))
            return;
        sinceLast.restart();
        err() << QCoreApplication::translate("main", "%1 of %2 files").arg(value).arg(watcher.progressMaximum()) << Qt::endl;
    });
    QObject::connect(&watcher, &QFutureWatcher<Dz::ImportOutcome>::finished, &watcher, [] {
        QCoreApplication::quit();
    });
    watcher.setFuture(QtConcurrent::run(&Dz::ProjectImporter::run, project, paths));
    if (!watcher.isFinished())
        QCoreApplication::exec();
    watcher.waitForFinished();
    if (watcher.future().resultCount() == 0)
        return SomeFilesFailed;
    const Dz::ImportOutcome outcome = watcher.result();
    for (const QString &message : outcome.duplicates)
        err() << message << Qt::endl;
    for (const QString &message : outcome.errors)
        err() << message << Qt::endl;
    // Nothing was looked at (the project could not be opened): the error says it all.
    if (outcome.files == 0 && !outcome.errors.isEmpty())
        return SomeFilesFailed;
    out() << QCoreApplication::translate("main", "%1: %n report(s) added", nullptr, outcome.added).arg(project) << u", "_s
          << QCoreApplication::translate("main", "%n changed report(s) updated", nullptr, outcome.updated) << u", "_s
          << QCoreApplication::translate("main", "%n duplicate(s) skipped", nullptr, int(outcome.duplicates.size())) << u", "_s
          << QCoreApplication::translate("main", "%n file(s) not imported", nullptr, int(outcome.errors.size())) << u'.' << Qt::endl;
    return outcome.errors.isEmpty() ? Ok : SomeFilesFailed;
}

int runSearch(const QString &project, const QString &query, const QString &format)
{
    auto store = Dz::ProjectStore::open(project, Dz::ProjectStore::Access::ReadOnly);
    if (!store) {
        err() << store.error() << Qt::endl;
        return SomeFilesFailed;
    }
    const auto hits = store.value()->search(query);
    if (!hits) {
        err() << hits.error() << Qt::endl;
        return SomeFilesFailed;
    }
    if (format == u"json"_s) {
        QJsonArray array;
        for (const Dz::SearchHit &hit : hits.value()) {
            QJsonArray highlights;
            for (const Dz::TextSpan &span : hit.highlights)
                highlights.append(QJsonArray {span.start, span.end});
            array.append(QJsonObject {{u"report_id"_s, hit.reportId}, {u"file"_s, hit.fileName}, {u"snippet"_s, hit.snippet}, {u"highlights"_s, highlights},
                {u"score"_s, hit.score}});
        }
        const QJsonObject root {{u"query"_s, query}, {u"hits"_s, array}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const Dz::SearchHit &hit : hits.value()) {
            // Matches between 【】, the brackets Chinese text uses for emphasis.
            QString snippet = hit.snippet;
            for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it) {
                snippet.insert(it->end, u'】');
                snippet.insert(it->start, u'【');
            }
            out() << hit.fileName << u": "_s << snippet << Qt::endl;
        }
        out() << QCoreApplication::translate("main", "%n report(s) found.", nullptr, int(hits->size())) << Qt::endl;
    }
    out().flush();
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"duizhao-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The same loader as the GUI: system locale, English where none fits.
    Dz::TranslationLoader::instance()->setLanguage({});

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Reads rule-of-law reports and prints what Duizhao finds in them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption formatOption(
        u"format"_s, QCoreApplication::translate("main", "Output format: json or text (align: also csv)."), u"format"_s, u"json"_s);
    parser.addOption(formatOption);
    const QCommandLineOption projectOption(u"project"_s,
        QCoreApplication::translate("main", "Take the reports of this project (outline, align) in place of, or besides, report files."), u"project"_s);
    parser.addOption(projectOption);
    parser.addPositionalArgument(u"command"_s,
        QCoreApplication::translate("main",
            "outline: headings, levels, metadata and section classification of each report; align: the reports side by side by section; "
            "import PROJECT FILE|FOLDER...: add reports to a project (made if needed); search PROJECT QUERY: find text in a project's reports."));
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("main", "Report files (text: UTF-8, UTF-16 or GB18030)."), u"FILE..."_s);
    parser.process(app);

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err() << parser.helpText();
        return UsageError;
    }
    const QString command = args.takeFirst();
    const QString format = parser.value(formatOption);
    const QString project = parser.value(projectOption);
    if (command == u"import"_s) {
        if (args.size() < 2) {
            err() << QCoreApplication::translate("main", "import: give a project and at least one report file or folder.") << Qt::endl;
            return UsageError;
        }
        const QString target = args.takeFirst();
        return runImport(target, args);
    }
    if (command == u"search"_s) {
        if (args.size() < 2) {
            err() << QCoreApplication::translate("main", "search: give a project and what to search for.") << Qt::endl;
            return UsageError;
        }
        if (format != u"json"_s && format != u"text"_s) {
            err() << QCoreApplication::translate("main", "search: unknown format “%1” (use json or text).").arg(format) << Qt::endl;
            return UsageError;
        }
        const QString target = args.takeFirst();
        return runSearch(target, args.join(u' '), format);
    }
    if (args.isEmpty() && project.isEmpty()) {
        err() << QCoreApplication::translate("main", "%1: no files given.").arg(command) << Qt::endl;
        return UsageError;
    }
    if (command == u"outline"_s) {
        if (format != u"json"_s && format != u"text"_s) {
            err() << QCoreApplication::translate("main", "outline: unknown format “%1” (use json or text).").arg(format) << Qt::endl;
            return UsageError;
        }
        return runOutline(readInputs(project, args), format);
    }
    if (command == u"align"_s) {
        if (format != u"json"_s && format != u"text"_s && format != u"csv"_s) {
            err() << QCoreApplication::translate("main", "align: unknown format “%1” (use json, text or csv).").arg(format) << Qt::endl;
            return UsageError;
        }
        return runAlign(readInputs(project, args), format);
    }
    err() << QCoreApplication::translate("main", "Unknown command “%1”. Commands: outline, align, import, search.").arg(command) << Qt::endl;
    return UsageError;
}
