// `duizhao-cli audit`: the real binary on the seeds, on a body's two years
// and on a project, in each format.

#include "project/projectimporter.h"
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
            if (o.value(u"status"_s).toString() == u"reported"_s) {
                ++reported;
                QVERIFY(o.value(u"evidence"_s).isObject());
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
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
