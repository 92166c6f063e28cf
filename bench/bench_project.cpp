// Imports synthetic reports into a new project and times the import, opening
// the project and searching it. Usage:
//   bench_project [REPORTS] [--keep DIR]
// REPORTS defaults to 10,000. The files and the project go to a temporary
// folder (or DIR, kept afterwards).

#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "reading/reportloader.h"
#include "syntheticreports.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrentRun>

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
    int wanted = 10000;
    QString keep;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--keep" && i + 1 < args.size())
            keep = args.at(++i);
        else
            wanted = qMax(1, args.at(i).toInt());
    }
    QTemporaryDir temporary;
    const QString root = keep.isEmpty() ? temporary.path() : QDir(keep).absolutePath();
    const QString in = root + u"/reports"_s;
    const QString project = root + u"/bench.duizhao"_s;
    QDir().mkpath(in);
    QFile::remove(project);

    QList<Dz::Report> seeds;
    for (const QString &path : Dz::sampleReportPaths()) {
        auto report = Dz::ReportLoader::load(path);
        if (!report) {
            err << report.error() << Qt::endl;
            return 1;
        }
        seeds.append(report.value());
    }
    const Dz::Bench::SyntheticReports generator(seeds);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (int i = 0; i < wanted; ++i) {
        QString name;
        const QByteArray text = generator.make(i, &name).toUtf8();
        QFile file(in + u'/' + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            err << file.fileName() << u": "_s << file.errorString() << Qt::endl;
            return 1;
        }
        bytes += text.size();
    }
    out << u"generated "_s << wanted << u" reports ("_s << bytes / (1024 * 1024) << u" MiB) in "_s << ms(timer.nsecsElapsed()) << Qt::endl;

    // Where an import's time goes, on one thread: reading and analysing a
    // file, then writing it (text, analyses, search index).
    {
        const QStringList sample = QDir(in).entryList(QDir::Files, QDir::Name).mid(0, 300);
        QList<Dz::NewReport> prepared;
        timer.restart();
        for (const QString &name : sample) {
            auto report = Dz::ProjectImporter::prepare(in + u'/' + name);
            if (report)
                prepared.append(std::move(report).value());
        }
        const qint64 prepareNs = timer.nsecsElapsed();
        const QString scratch = root + u"/phases.duizhao"_s;
        QFile::remove(scratch);
        auto store = Dz::ProjectStore::open(scratch, Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        if (!store) {
            err << store.error() << Qt::endl;
            return 1;
        }
        timer.restart();
        store.value()->transaction([&]() -> Dz::Result<bool> {
            for (const Dz::NewReport &report : std::as_const(prepared))
                store.value()->addReport(report);
            return true;
        });
        const qint64 writeNs = timer.nsecsElapsed();
        out << u"one thread, "_s << prepared.size() << u" reports: read and analyse "_s << QString::number(prepared.size() / (prepareNs / 1e9), 'f', 0)
            << u"/s, write "_s << QString::number(prepared.size() / (writeNs / 1e9), 'f', 0) << u"/s"_s << Qt::endl;
    }

    // The import as the GUI and the CLI run it: a worker thread with its own connection.
    timer.restart();
    QFuture<Dz::ImportOutcome> future = QtConcurrent::run(&Dz::ProjectImporter::run, project, QStringList {in});
    const Dz::ImportOutcome outcome = future.result();
    const qint64 importNs = timer.nsecsElapsed();
    out << u"import: "_s << outcome.added << u" added, "_s << outcome.duplicates.size() << u" duplicates, "_s << outcome.errors.size() << u" errors in "_s
        << ms(importNs) << u" ("_s << QString::number(outcome.files / (importNs / 1e9), 'f', 0) << u" reports/s)"_s << Qt::endl;
    for (const QString &e : outcome.errors.mid(0, 5))
        err << e << Qt::endl;
    out << u"project file: "_s << QFileInfo(project).size() / (1024 * 1024) << u" MiB"_s << Qt::endl;

    // Opening: what the workbench does before it can show the report list.
    timer.restart();
    auto store = Dz::ProjectStore::open(project);
    if (!store) {
        err << store.error() << Qt::endl;
        return 1;
    }
    const auto summaries = store.value()->reportSummaries();
    const qint64 openNs = timer.nsecsElapsed();
    out << u"open and list "_s << (summaries ? summaries->size() : 0) << u" reports: "_s << ms(openNs) << Qt::endl;

    for (const QString &query : {u"行政处罚"_s, u"重大行政决策"_s, u"普法"_s, u"法治 培训"_s}) {
        timer.restart();
        const auto hits = store.value()->search(query, 50);
        out << u"search "_s << query << u": "_s << (hits ? hits->size() : -1) << u" hits (top 50) in "_s << ms(timer.nsecsElapsed()) << Qt::endl;
    }
    return outcome.errors.isEmpty() ? 0 : 1;
}
