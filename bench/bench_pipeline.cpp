// The pipeline read back: a project of synthetic reports is opened and its
// stored analyses compared, shown in the indicator table and charted; then
// an analyst's value is edited, and the event loop's lag is probed while a
// comparison is read on a worker. Usage:
//   bench_pipeline [REPORTS] [--project FILE]
// REPORTS (1,000) are made from the seeds and imported into a temporary
// project, or FILE (made by bench_project --keep) is used as it is.

#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "export/indicatorchart.h"
#include "models/indicatortablemodel.h"
#include "project/analystsession.h"
#include "project/projectanalysis.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "reading/samplereports.h"
#include "syntheticreports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1) + u" ms"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    int wanted = 1000;
    QString project;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--project" && i + 1 < args.size())
            project = args.at(++i);
        else
            wanted = qMax(1, args.at(i).toInt());
    }
    const Dz::AnalysisEngines &engines = Dz::AnalysisEngines::required();
    QTemporaryDir temporary;
    QElapsedTimer timer;
    if (project.isEmpty()) {
        project = temporary.filePath(u"bench.duizhao"_s);
        auto store = Dz::ProjectStore::open(project, Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        if (!store) {
            err << store.error() << Qt::endl;
            return 1;
        }
        QList<Dz::Report> seeds;
        for (const QString &path : Dz::sampleReportPaths())
            seeds.append(Dz::ReportPipeline::readFile(path).value());
        const Dz::Bench::SyntheticReports generator(seeds);
        QStringList paths;
        for (int i = 0; i < wanted; ++i) {
            QString name;
            const QByteArray text = generator.make(i, &name).toUtf8();
            QFile file(temporary.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
                err << file.fileName() << u": "_s << file.errorString() << Qt::endl;
                return 1;
            }
            paths.append(file.fileName());
        }
        timer.start();
        const Dz::ImportOutcome outcome = Dz::ProjectImporter::importInto(*store.value(), paths);
        out << u"imported "_s << outcome.added << u" reports in "_s << ms(timer.nsecsElapsed()) << Qt::endl;
    }

    // Open, and read every stored analysis back into one comparison.
    timer.start();
    auto store = Dz::ProjectStore::open(project, Dz::ProjectStore::Access::ReadWrite);
    if (!store) {
        err << store.error() << Qt::endl;
        return 1;
    }
    QList<qint64> ids;
    const QList<Dz::ReportSummary> summaries = store.value()->reportRecords().reportSummaries().value();
    for (const Dz::ReportSummary &summary : summaries)
        ids.append(summary.id);
    const qint64 listNs = timer.nsecsElapsed();
    timer.start();
    const QList<Dz::ReportAnalysis> analyses = Dz::ProjectAnalysis::readAll(*store.value(), ids).value();
    const qint64 readNs = timer.nsecsElapsed();
    timer.start();
    const auto sources = store.value()->reportRecords().analysisSources(ids).value();
    const qint64 rowsNs = timer.nsecsElapsed();
    timer.start();
    for (const auto &source : sources)
        Q_UNUSED(Dz::ProjectAnalysis::fromRecords(source.report, source.records));
    const qint64 decodeNs = timer.nsecsElapsed();
    // Where reading back goes: the stored rows (JSON parsed on every core), then decoding them one by one.
    out << u"stored rows read and parsed in "_s << ms(rowsNs) << u", decoded into analyses in "_s << ms(decodeNs) << Qt::endl;
    // The indicator table alone, from the indicator records.
    timer.start();
    const auto tableOnly = Dz::ProjectAnalysis::readIndicators(*store.value(), ids).value();
    out << u"indicator values alone (readIndicators) of "_s << tableOnly.size() << u" reports: "_s << ms(timer.nsecsElapsed()) << Qt::endl;
    // For reference: the same read one report at a time, as a single report is opened.
    timer.start();
    const QList<qint64> some = ids.mid(0, 500);
    for (const qint64 id : some)
        Q_UNUSED(Dz::ProjectAnalysis::read(*store.value(), id).value());
    const qint64 oneByOneNs = timer.nsecsElapsed();
    timer.start();
    const Dz::Comparison comparison = Dz::Comparison::compose(engines, analyses, {}, ids);
    const qint64 alignNs = timer.nsecsElapsed();
    Dz::AnalystSession session;
    session.load(store.value().get());
    timer.start();
    Dz::IndicatorTableModel table;
    table.setSession(&session);
    table.setComparison(comparison, engines.indicators.catalog());
    Dz::IndicatorChartRequest request;
    request.indicators = {u"penalty_cases"_s};
    const Dz::ChartData chart = Dz::IndicatorChartBuilder::build(table, request);
    const qint64 tableNs = timer.nsecsElapsed();
    out << ids.size() << u" reports: listed in "_s << ms(listNs) << u", analyses read back in "_s << ms(readNs) << u" ("_s
        << QString::number(double(readNs) / 1e3 / qMax<qsizetype>(1, ids.size()), 'f', 0) << u" µs each; one by one "_s
        << QString::number(double(oneByOneNs) / 1e3 / qMax<qsizetype>(1, some.size()), 'f', 0) << u" µs each), aligned in "_s << ms(alignNs)
        << u", table and chart ("_s << chart.series.size() << u" series) in "_s << ms(tableNs) << Qt::endl;

    // A value edit: written, its cell updated, the chart built again.
    int cells = 0;
    QObject::connect(&table, &QAbstractItemModel::dataChanged, &table, [&cells](const QModelIndex &from, const QModelIndex &to) {
        cells += (to.row() - from.row() + 1) * (to.column() - from.column() + 1);
    });
    QList<qint64> edits;
    for (int i = 0; i < 20; ++i) {
        timer.start();
        Dz::AnalystValue value;
        value.reportId = ids.at(i % ids.size());
        value.indicatorId = u"penalty_cases"_s;
        value.value = Dz::Decimal::fromParts(100 + i);
        value.note = u"bench"_s;
        session.setValue(value);
        const Dz::ChartData redrawn = Dz::IndicatorChartBuilder::build(table, request);
        edits.append(timer.nsecsElapsed());
        Q_UNUSED(redrawn);
    }
    std::sort(edits.begin(), edits.end());
    out << u"value edit (write, cell, chart of "_s << ids.size() << u" reports): median "_s << ms(edits.at(edits.size() / 2)) << u", worst "_s
        << ms(edits.constLast()) << u"; "_s << cells << u" cells updated in 20 edits"_s << Qt::endl;
    for (int i = 0; i < 20; ++i)
        session.removeValue(ids.at(i % ids.size()), u"penalty_cases"_s);

    // The event loop while a comparison of every report is read on a worker,
    // as AnalysisController does: the longest gap between 5 ms ticks.
    QFutureWatcher<Dz::Result<Dz::Comparison>> watcher;
    QElapsedTimer tick;
    qint64 worstGap = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        worstGap = std::max(worstGap, tick.restart());
    });
    QObject::connect(&watcher, &QFutureWatcher<Dz::Result<Dz::Comparison>>::finished, &app, &QCoreApplication::quit);
    timer.start();
    tick.start();
    probe.start();
    watcher.setFuture(QtConcurrent::run(&Dz::ProjectAnalysis::compareInBackground, project, ids, QList<Dz::AlignmentCorrection>()));
    app.exec();
    out << u"comparison on a worker: "_s << ms(timer.nsecsElapsed()) << u"; longest event-loop gap "_s << worstGap << u" ms"_s << Qt::endl;
    return 0;
}
