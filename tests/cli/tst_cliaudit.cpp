// `duizhao-cli audit`: the real binary on the seeds, on a body's two years
// and on a project, in each format.

#include "alignment/alignmentcorrection.h"
#include "project/projectanalysis.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s, args);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString testData(const QString &name)
{
    return QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/audit/"_s + name;
}

QJsonArray reportsOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object().value(u"reports"_s).toArray();
}

QJsonObject reportOf(const Run &run, const QString &district)
{
    for (const QJsonValue &r : reportsOf(run)) {
        if (r.toObject().value(u"district"_s).toString() == district)
            return r.toObject();
    }
    return {};
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsJson()
    {
        const Run run = runCli(QStringList {u"audit"_s} + Dz::Test::seedPaths());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray reports = reportsOf(run);
        QCOMPARE(reports.size(), 5);
        const QJsonObject haimen = reports.at(2).toObject();
        QCOMPARE(haimen.value(u"district"_s).toString(), u"海门"_s);
        QCOMPARE(haimen.value(u"published"_s).toString(), u"2025-02-24"_s);
        QCOMPARE(haimen.value(u"deadline"_s).toString(), u"2025-04-01"_s);
        QCOMPARE(haimen.value(u"timeliness"_s).toString(), u"on_time"_s);
        QVERIFY(haimen.value(u"days_late"_s).isNull());
        QCOMPARE(reports.at(3).toObject().value(u"parts"_s).toObject().value(u"missing"_s).toArray(), QJsonArray {u"P2"_s});
        for (const QJsonValue &r : reports) {
            QVERIFY(r.toObject().value(u"copied"_s).toObject().value(u"passages"_s).toArray().isEmpty());
            QVERIFY(r.toObject().value(u"followups"_s).isNull());
        }
    }

    void followUpsAndCopying()
    {
        const Run run = runCli({u"audit"_s, testData(u"qingshi-2023.txt"_s), testData(u"qingshi-2024.txt"_s)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject later = reportsOf(run).at(1).toObject();
        QCOMPARE(later.value(u"timeliness"_s).toString(), u"late"_s);
        QCOMPARE(later.value(u"days_late"_s).toInt(), 15);
        QCOMPARE(later.value(u"signed"_s).toObject().value(u"issuer"_s).toString(), u"江宁区市场监督管理局"_s);
        const QJsonObject f = later.value(u"followups"_s).toObject();
        QVERIFY(f.value(u"previous_file"_s).toString().endsWith(u"qingshi-2023.txt"_s));
        const QJsonArray plans = f.value(u"plans"_s).toArray();
        QCOMPARE(plans.size(), 4);
        int reported = 0;
        for (const QJsonValue &p : plans) {
            const QJsonObject o = p.toObject();
            QVERIFY(o.contains(u"title"_s));
            QVERIFY(!o.value(u"reason"_s).toString().isEmpty());
            const QString status = o.value(u"status"_s).toString();
            if (status == u"reported"_s || status == u"partly_reported"_s) {
                reported += status == u"reported"_s;
                QVERIFY(o.value(u"evidence"_s).isObject());
                QVERIFY(!o.value(u"evidence"_s).toObject().value(u"passage"_s).toString().isEmpty());
            } else {
                QCOMPARE(o.value(u"status"_s).toString(), u"not_reported"_s);
                QVERIFY(o.value(u"evidence"_s).isNull());
            }
        }
        QCOMPARE(reported, 2);
        const QJsonArray recurring = f.value(u"recurring"_s).toArray();
        QCOMPARE(recurring.size(), 1);
        const QJsonObject r = recurring.first().toObject();
        QVERIFY(r.contains(u"text"_s) && r.contains(u"previous_text"_s) && r.contains(u"theme"_s));
        QVERIFY(r.value(u"signs"_s).toArray().contains(u"依然"_s));
        // CSV: a row per plan and per recurring shortcoming.
        const Run csv = runCli({u"audit"_s, u"--format"_s, u"csv"_s, testData(u"qingshi-2023.txt"_s), testData(u"qingshi-2024.txt"_s)});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(QString::fromUtf8(csv.out).count(u",follow_up_plan,"_s), 4);
        QCOMPARE(QString::fromUtf8(csv.out).count(u",recurring_shortcoming,"_s), 1);
        // The same body repeats its own sentences: each passage names where it came from.
        for (const QJsonValue &p : later.value(u"copied"_s).toObject().value(u"passages"_s).toArray()) {
            const QJsonObject o = p.toObject();
            QVERIFY(o.value(u"other_file"_s).toString().endsWith(u"qingshi-2023.txt"_s));
            QVERIFY(o.value(u"end"_s).toInt() > o.value(u"start"_s).toInt());
            QVERIFY(o.value(u"other_end"_s).toInt() > o.value(u"other_start"_s).toInt());
        }
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << u"text"_s << u"P2 missing"_s;
        QTest::newRow("csv") << u"csv"_s << u"file,district,year,check,status,value,reason"_s;
    }

    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const Run run = runCli(QStringList {u"audit"_s, u"--format"_s, format} + Dz::Test::seedPaths());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(expected));
    }

    void errors()
    {
        const Run bad = runCli({u"audit"_s, u"--format"_s, u"xml"_s, Dz::Test::seedPath(u"000"_s)});
        QCOMPARE(bad.exitCode, 2);
        const Run missing = runCli({u"audit"_s, Dz::Test::seedPath(u"000"_s), u"/nonexistent/report.txt"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(QString::fromUtf8(missing.err).contains(u"/nonexistent/report.txt"_s));
        QCOMPARE(reportsOf(missing).size(), 1);
    }

    void project()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(u"audit.duizhao"_s);
        const Run import = runCli({u"import"_s, project, testData(u"qingshi-2023.txt"_s), testData(u"qingshi-2024.txt"_s)});
        QCOMPARE(import.exitCode, 0);
        const Run run = runCli({u"audit"_s, u"--project"_s, project});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray reports = reportsOf(run);
        QCOMPARE(reports.size(), 2);
        int withFollowUps = 0;
        for (const QJsonValue &r : reports)
            withFollowUps += r.toObject().value(u"followups"_s).isObject() ? 1 : 0;
        QCOMPARE(withFollowUps, 1);
    }

    // The analyst's work in the project counts: 九龙坡 says nothing under a
    // 存在的不足 heading until a section of it is put in P2, and its year is
    // the one the analyst gave.
    void projectCorrections()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(u"corrected.duizhao"_s);
        const QString district = u"九龙坡"_s;
        auto store = Dz::ProjectStore::open(project, Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(Dz::ProjectImporter::importInto(*store.value(), Dz::Test::seedPaths()).added, 5);

        const Run before = runCli({u"audit"_s, u"--project"_s, project});
        QCOMPARE(before.exitCode, 0);
        const QJsonObject beforeParts = reportOf(before, district).value(u"parts"_s).toObject();
        QCOMPARE(beforeParts.value(u"missing"_s).toArray(), QJsonArray {u"P2"_s});

        // A leaf section of its measures goes to P2 (P1 keeps the others).
        const auto summaries = store.value()->reportSummaries();
        QVERIFY(summaries);
        QList<qint64> ids;
        for (const Dz::ReportSummary &s : summaries.value())
            ids.append(s.id);
        const auto comparison = Dz::ProjectAnalysis::compare(*store.value(), ids, {});
        QVERIFY2(comparison, qPrintable(comparison.error()));
        int report = -1;
        for (int i = 0; i < comparison->reports.size(); ++i)
            report = comparison->reports.at(i).metadata.district.value == district ? i : report;
        QVERIFY(report >= 0);
        const Dz::Report &r = comparison->reports.at(report);
        int section = -1;
        for (int i = 0; i < r.sections.size(); ++i) {
            if (r.childrenOf(i).isEmpty() && comparison->placeAt(report, r.sections.at(i).span.start).node.startsWith(u"P1"_s))
                section = i;
        }
        QVERIFY(section >= 0);
        Dz::StoredCorrection correction;
        correction.correction = Dz::AlignmentCorrection::reassign(Dz::SectionRef::of(r, section), u"P2"_s);
        QVERIFY(store.value()->addCorrection(correction));
        // And the analyst says it reports on the year before (Edit Identity).
        const int year = r.year();
        QVERIFY(year > 0);
        QVERIFY(store.value()->setMetadataOverrides(comparison->keys.at(report), {{u"year"_s, QString::number(year - 1)}}));
        store.value().reset();

        const Run after = runCli({u"audit"_s, u"--project"_s, project});
        QCOMPARE(after.exitCode, 0);
        const QJsonObject afterReport = reportOf(after, district);
        const QJsonObject afterParts = afterReport.value(u"parts"_s).toObject();
        QVERIFY2(afterParts.value(u"missing"_s).toArray().isEmpty(), QJsonDocument(afterParts).toJson().constData());
        QVERIFY(afterParts.value(u"present"_s).toArray().contains(u"P2"_s));
        QVERIFY(afterParts.value(u"present"_s).toArray().contains(u"P1"_s));
        QCOMPARE(afterReport.value(u"year"_s).toInt(), year - 1);
        QCOMPARE(afterReport.value(u"deadline"_s).toString(), u"%1-04-01"_s.arg(year));
        QCOMPARE(reportOf(before, district).value(u"deadline"_s).toString(), u"%1-04-01"_s.arg(year + 1));
        // The section's share of the report now counts as its shortcomings.
        QVERIFY(afterReport.value(u"p2_share"_s).toDouble() > 0);
        QCOMPARE(reportOf(before, district).value(u"p2_share"_s).toDouble(), 0.0);
        // The other reports are as they were.
        QCOMPARE(reportsOf(after).size(), 5);
        for (const QJsonValue &r : reportsOf(after)) {
            if (r.toObject().value(u"district"_s).toString() != district)
                QCOMPARE(r.toObject(), reportOf(before, r.toObject().value(u"district"_s).toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
