// Importing files and folders into a project: duplicates, errors per file,
// stored analyses and their refresh, cancellation.

#include "project/projectanalysis.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using Dz::ProjectImporter;
using Dz::ProjectStore;

namespace
{

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::unique_ptr<ProjectStore> openStore(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store).value();
}

// Makes @p count distinct reports from the seeds in @p dir.
void writeVariants(const QString &dir, int count)
{
    const QStringList seeds = Dz::Test::seedPaths();
    for (int i = 0; i < count; ++i) {
        const QByteArray text = readFile(seeds.at(i % seeds.size())) + "\n附：第" + QByteArray::number(i) + "号\n";
        writeFile(dir + u"/r%1.txt"_s.arg(i, 4, 10, QLatin1Char('0')), text);
    }
}

} // namespace

class TestProjectImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsFilesAndFolders()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in"_s);
        const QStringList seeds = Dz::Test::seedPaths();
        // Three seeds at the top, two in a sub-folder, one of them again under another name.
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeFile(in + (i < 3 ? u"/"_s : u"/2023/deep/"_s) + QFileInfo(seeds.at(i)).fileName(), readFile(seeds.at(i))));
        QVERIFY(writeFile(in + u"/2023/copy of 000.txt"_s, readFile(seeds.at(0))));
        // The same text in GB18030 is the same report.
        const QString text = QString::fromUtf8(readFile(seeds.at(1)));
        QStringEncoder gb(u"GB18030");
        QVERIFY(writeFile(in + u"/gbk/001-gbk.txt"_s, gb.encode(text)));
        QVERIFY(writeFile(in + u"/empty.txt"_s, QByteArray()));
        QVERIFY(writeFile(in + u"/source.pdf"_s, QByteArray("%PDF-1.7")));
        const QString missing = dir.filePath(u"missing.txt"_s);

        auto store = openStore(dir.filePath(u"p.duizhao"_s));
        const Dz::ImportOutcome outcome = ProjectImporter::importInto(*store, {in, missing});
        QCOMPARE(outcome.files, 9); // every format is read: the .pdf too
        QCOMPARE(outcome.added, 5);
        QCOMPARE(outcome.duplicates.size(), 2);
        QVERIFY(outcome.duplicates.join(u'\n').contains(u"copy of 000.txt"_s));
        QVERIFY(outcome.duplicates.join(u'\n').contains(u"001-gbk.txt"_s));
        QCOMPARE(outcome.errors.size(), 3);
        QVERIFY(outcome.errors.join(u'\n').contains(missing));
        QVERIFY(outcome.errors.join(u'\n').contains(u"empty.txt"_s));
        // A PDF that is only a header is damaged, and says so.
        QVERIFY(outcome.errors.join(u'\n').contains(u"source.pdf"_s));
        QVERIFY(!outcome.canceled);

        const auto summaries = store->reportRecords().reportSummaries().value();
        QCOMPARE(summaries.size(), 5);
        QStringList districts;
        for (const Dz::ReportSummary &s : summaries) {
            districts.append(s.value(u"district"_s));
            QVERIFY(QFileInfo(s.sourcePath).isAbsolute());
            QCOMPARE(s.contentHash, ProjectImporter::contentHash(store->reportRecords().report(s.id)->text));
        }
        districts.sort();
        QCOMPARE(districts, (QStringList {u"九龙坡"_s, u"海门"_s, u"湖滨"_s, u"滨海"_s, u"蓟州"_s}));

        // Importing again adds nothing.
        const Dz::ImportOutcome again = ProjectImporter::importInto(*store, {in});
        QCOMPARE(again.added, 0);
        QCOMPARE(again.duplicates.size(), 7);
        QCOMPARE(store->reportRecords().reportCount().value(), 5);
    }

    void reimportOfChangedFileUpdatesTheReport()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"in/report.txt"_s);
        const QByteArray original = readFile(Dz::Test::seedPaths().at(2));
        QVERIFY(writeFile(file, original));
        auto store = openStore(dir.filePath(u"p.duizhao"_s));
        QCOMPARE(ProjectImporter::importInto(*store, {file}).added, 1);
        const qint64 id = store->reportRecords().reportSummaries()->at(0).id;
        const QString text = store->reportRecords().report(id)->text;
        const qsizetype at = text.indexOf(u"行政"_s);
        Dz::Annotation a = Dz::Annotation::of(id, text, {at, at + 8});
        a.id = store->analystRecords().addAnnotation(a).value();

        // The file changed where it was: same report, new text, annotation moved along.
        QVERIFY(writeFile(file, "（修订版）\n" + original));
        Dz::ImportOutcome outcome = ProjectImporter::importInto(*store, {file});
        QCOMPARE(outcome.added, 0);
        QCOMPARE(outcome.updated, 1);
        QCOMPARE(store->reportRecords().reportCount().value(), 1);
        QVERIFY(store->reportRecords().report(id)->text.startsWith(u"（修订版）"_s));
        const Dz::Annotation moved = store->analystRecords().annotation(a.id).value();
        QCOMPARE(moved.span.start, a.span.start + 6);
        QVERIFY(!moved.needsReanchoring);

        // Back to the first version: that text is not in the project any more, so it is an update too.
        QVERIFY(writeFile(file, original));
        outcome = ProjectImporter::importInto(*store, {file});
        QCOMPARE(outcome.updated, 1);
        QCOMPARE(outcome.duplicates.size(), 0);
        QCOMPARE(store->analystRecords().annotation(a.id).value().span, a.span);
    }

    void storesAnalysesAndRefreshesStaleOnes()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"p.duizhao"_s));
        QCOMPARE(ProjectImporter::importInto(*store, Dz::Test::seedPaths()).added, 5);
        for (const QString &kind : Dz::ProjectAnalysis::kinds())
            QVERIFY(store->reportRecords().reportsNeedingAnalysis(kind, Dz::ProjectAnalysis::engineVersion(kind)).value().isEmpty());
        const qint64 id = store->reportRecords().reportSummaries()->at(3).id;
        for (const QString &kind : Dz::ProjectAnalysis::kinds())
            QVERIFY(store->reportRecords().analysis(id, kind).value().has_value());
        // Read back: 九龙坡 has no P2, its 314 penalty cases, and no shortcomings part.
        const auto analysis = Dz::ProjectAnalysis::read(*store, id);
        QVERIFY2(analysis, qPrintable(analysis.error()));
        QCOMPARE(analysis->classification.missingParts, QStringList {u"P2"_s});
        QCOMPARE(analysis->report.metadata.district.value, u"九龙坡"_s);
        QCOMPARE(analysis->indicators.values.at(0).figure.value, Dz::Decimal::fromParts(314));
        QVERIFY(analysis->weaknesses.missing);

        // A record from another engine version is made again; nothing else is.
        const auto outline = store->reportRecords().analysis(id, Dz::ProjectAnalysis::outlineKind()).value();
        QVERIFY(store->reportRecords().storeAnalysis(id, {Dz::ProjectAnalysis::outlineKind(), u"outline-0"_s, QJsonObject {{u"old"_s, true}}, {}}));
        QCOMPARE(Dz::ProjectAnalysis::refresh(*store).value(), 1);
        const auto refreshed = store->reportRecords().analysis(id, Dz::ProjectAnalysis::outlineKind()).value();
        QCOMPARE(refreshed->engineVersion, Dz::ProjectAnalysis::engineVersion(Dz::ProjectAnalysis::outlineKind()));
        QCOMPARE(refreshed->data, outline->data);
        QCOMPARE(Dz::ProjectAnalysis::refresh(*store).value(), 0);
    }

    void loadsReportsOfAProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        QCOMPARE(ProjectImporter::importInto(*openStore(path), Dz::Test::seedPaths()).added, 5);
        auto store = Dz::ProjectStore::open(path, Dz::ProjectStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const auto summaries = store.value()->reportRecords().reportSummaries();
        QVERIFY2(summaries, qPrintable(summaries.error()));
        QList<qint64> ids;
        for (const Dz::ReportSummary &summary : summaries.value())
            ids.append(summary.id);
        const auto analyses = Dz::ProjectAnalysis::readAll(*store.value(), ids);
        QVERIFY2(analyses, qPrintable(analyses.error()));
        QCOMPARE(analyses->size(), 5);
        const QList<Dz::Report> seeds = Dz::Test::loadSeeds();
        for (qsizetype i = 0; i < seeds.size(); ++i) {
            const Dz::Report &report = analyses->at(i).report;
            QCOMPARE(report.filePath, QFileInfo(seeds.at(i).filePath).fileName());
            QCOMPARE(report.text, seeds.at(i).text);
            QCOMPARE(report.sections.size(), seeds.at(i).sections.size());
            QCOMPARE(report.metadata.year.value, seeds.at(i).metadata.year.value);
        }
        const auto missing = Dz::ProjectStore::open(dir.filePath(u"none.duizhao"_s), Dz::ProjectStore::Access::ReadOnly);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(u"none.duizhao"_s));
    }

    void cancelLeavesWholeBatches()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in"_s);
        const int total = 6 * ProjectImporter::BatchSize;
        writeVariants(in, total);
        const QString path = dir.filePath(u"p.duizhao"_s);

        QFutureWatcher<Dz::ImportOutcome> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&watcher](int value) {
            if (value > 0)
                watcher.cancel();
        });
        watcher.setFuture(QtConcurrent::run(&ProjectImporter::run, path, QStringList {in}));
        QVERIFY(finished.wait(60000));
        QVERIFY(watcher.isCanceled());

        auto store = openStore(path);
        const int count = store->reportRecords().reportCount().value();
        QVERIFY2(count > 0 && count < total, qPrintable(QString::number(count)));
        QCOMPARE(count % ProjectImporter::BatchSize, 0);
        QCOMPARE(store->database().integrityCheck().value(), u"ok"_s);
        const QList<Dz::ReportSummary> summaries = store->reportRecords().reportSummaries().value();
        for (const Dz::ReportSummary &s : summaries) {
            QCOMPARE(s.contentHash, ProjectImporter::contentHash(store->reportRecords().report(s.id)->text));
            QVERIFY(store->reportRecords().analysis(s.id, Dz::ProjectAnalysis::outlineKind()).value().has_value());
        }
        // Importing again picks up where it stopped.
        const Dz::ImportOutcome rest = ProjectImporter::importInto(*store, {in});
        QCOMPARE(rest.added, total - count);
        QCOMPARE(rest.duplicates.size(), count);
    }
};

QTEST_GUILESS_MAIN(TestProjectImporter)
#include "tst_projectimporter.moc"
