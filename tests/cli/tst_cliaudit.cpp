// `duizhao-cli audit`: the real binary on the seeds, on a body's two years
// and on a project, in each format.

#include "alignment/alignmentcorrection.h"
#include "binaryrun.h"
#include "core/export/ooxmlcheck.h"
#include "directionreports.h"
#include "project/projectanalysis.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

using Run = Dz::Test::BinaryRun;
using Dz::Test::runCli;

QString testData(const QString &name)
{
    return QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/audit/"_s + name;
}

QJsonArray reportsOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object().value(u"reports"_s).toArray();
}

// Reports written for the direction of copying: 武侯 2023 and 2024 (one
// body, the later repeating the earlier), 雁塔 2024 taking a passage of
// 武侯 2023, and 余杭, which states no year, sharing one with 武侯 2024.
QStringList writeDirectionReports(const QTemporaryDir &dir)
{
    const QList<std::pair<QString, QString>> files {
        {u"wuhou-2023.txt"_s, u"成都市武侯区司法局/武侯 y2023 p2024-03-01 : A01 A02 A03 | A10 | A12 A13 | A16"_s},
        {u"wuhou-2024.txt"_s, u"成都市武侯区司法局/武侯 y2024 p2025-03-03 : A01 A03 A04 | A10 | A12 A13 | A16 A17"_s},
        {u"yanta-2024.txt"_s, u"西安市雁塔区市场监督管理局/雁塔 y2024 p2025-02-20 : A05 A02 A06 | A11 | A14 | A18"_s},
        {u"yuhang.txt"_s, u"杭州市余杭区生态环境局/余杭 : A07 A08 | A20 | A15 | A17 A19"_s},
    };
    QStringList paths;
    for (const auto &[name, recipe] : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(Dz::Test::directionReport(recipe).toUtf8()) <= 0)
            return {};
        paths.append(file.fileName());
    }
    return paths;
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

    // The deck's "Plans followed up" slide names its two reports by their
    // labels in its source line, as the copied-passages slide does: never a file's path.
    void followUpSlideSourceNamesLabels()
    {
        QTemporaryDir dir;
        const QString deck = dir.filePath(u"d.pptx"_s);
        const Run run = runCli({u"deck"_s, u"--out"_s, deck, testData(u"qingshi-2023.txt"_s), testData(u"qingshi-2024.txt"_s)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(deck);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const OoxmlCheck::Parts parts = OoxmlCheck::unzip(file.readAll());
        const QString titlePrefix = u"Plans followed up: "_s;
        QStringList sources;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!it.key().startsWith(u"ppt/slides/slide"_s))
                continue;
            const QStringList texts = OoxmlCheck::texts(it.value(), u"a:t"_s);
            const auto title = std::find_if(texts.cbegin(), texts.cend(), [&titlePrefix](const QString &t) {
                return t.startsWith(titlePrefix);
            });
            if (title == texts.cend())
                continue;
            const QString later = title->mid(titlePrefix.size());
            const QString prefix = u"Source: the rule-of-law reports of %1 and "_s.arg(later);
            for (const QString &t : texts) {
                if (t.startsWith(u"Source:"_s)) {
                    QVERIFY2(t.startsWith(prefix) && t.endsWith(u"; plans followed up by Duizhao."_s), qPrintable(t));
                    sources.append(t);
                }
            }
        }
        QCOMPARE(sources.size(), 1);
        const QString earlier = sources.first().section(u" and "_s, 1).section(u';', 0, 0);
        QVERIFY2(!earlier.isEmpty() && !earlier.contains(u".txt"_s) && !earlier.contains(u'/') && earlier.contains(u"2023"_s), qPrintable(earlier));
        QVERIFY(!sources.first().contains(QStringLiteral(DUIZHAO_TEST_DATA_DIR)));
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

    // Who took from whom, in JSON: each passage names the other report by
    // its label and file, with both spans.
    void directionJson()
    {
        QTemporaryDir dir;
        const QStringList paths = writeDirectionReports(dir);
        QCOMPARE(paths.size(), 4);
        const Run run = runCli(QStringList {u"audit"_s} + paths);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray reports = reportsOf(run);
        QCOMPARE(reports.size(), 4);
        QHash<QString, QJsonObject> byFile;
        QHash<QString, QString> labelOf;
        for (const QJsonValue &r : reports) {
            const QString name = QFileInfo(r.toObject().value(u"file"_s).toString()).fileName();
            byFile.insert(name, r.toObject());
            labelOf.insert(name, r.toObject().value(u"label"_s).toString());
            QVERIFY(!labelOf.value(name).isEmpty());
        }
        // The others each passage of one direction names, by file, checked against their labels.
        auto others = [&](const QString &file, const QString &direction) {
            QSet<QString> names;
            for (const QJsonValue &v : byFile.value(file).value(direction).toObject().value(u"passages"_s).toArray()) {
                const QJsonObject p = v.toObject();
                const QString other = QFileInfo(p.value(u"other_file"_s).toString()).fileName();
                names.insert(other);
                if (p.value(u"other"_s).toString() != labelOf.value(other))
                    return QSet<QString> {u"label mismatch"_s};
                if (p.value(u"end"_s).toInt() <= p.value(u"start"_s).toInt() || p.value(u"other_end"_s).toInt() <= p.value(u"other_start"_s).toInt())
                    return QSet<QString> {u"empty span"_s};
            }
            return names;
        };
        QCOMPARE(others(u"wuhou-2023.txt"_s, u"copied"_s), QSet<QString>());
        QCOMPARE(others(u"wuhou-2023.txt"_s, u"copied_by"_s), (QSet<QString> {u"wuhou-2024.txt"_s, u"yanta-2024.txt"_s}));
        QCOMPARE(others(u"wuhou-2024.txt"_s, u"copied"_s), QSet<QString> {u"wuhou-2023.txt"_s});
        QCOMPARE(others(u"yanta-2024.txt"_s, u"copied"_s), QSet<QString> {u"wuhou-2023.txt"_s});
        QCOMPARE(others(u"yuhang.txt"_s, u"shared"_s), QSet<QString> {u"wuhou-2024.txt"_s});
        QCOMPARE(others(u"wuhou-2024.txt"_s, u"shared"_s), QSet<QString> {u"yuhang.txt"_s});
        QCOMPARE(others(u"yuhang.txt"_s, u"copied"_s), QSet<QString>());
        // A body repeating its own earlier year: copying, said to be its own.
        const QJsonObject own = byFile.value(u"wuhou-2024.txt"_s).value(u"copied"_s).toObject();
        QVERIFY(own.value(u"share"_s).toDouble() > 0.5);
        QCOMPARE(own.value(u"own_share"_s).toDouble(), own.value(u"share"_s).toDouble());
        for (const QJsonValue &v : own.value(u"passages"_s).toArray())
            QVERIFY(v.toObject().value(u"same_body"_s).toBool());
        for (const QJsonValue &v : byFile.value(u"yanta-2024.txt"_s).value(u"copied"_s).toObject().value(u"passages"_s).toArray())
            QVERIFY(!v.toObject().value(u"same_body"_s).toBool());
        // The source is blamed for nothing.
        QCOMPARE(byFile.value(u"wuhou-2023.txt"_s).value(u"copied"_s).toObject().value(u"share"_s).toDouble(), 0.0);
        QVERIFY(byFile.value(u"wuhou-2023.txt"_s).value(u"copied_by"_s).toObject().value(u"share"_s).toDouble() > 0.5);
        QCOMPARE(byFile.value(u"yuhang.txt"_s).value(u"order"_s).toObject().value(u"year"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(byFile.value(u"wuhou-2024.txt"_s).value(u"order"_s).toObject().value(u"date"_s).toString(), u"2025-03-03"_s);
    }

    // CSV: a row per report for each direction, with its status and share;
    // text: each passage under its report with its direction and the other report.
    void directionCsvAndText_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << u"csv"_s;
        QTest::newRow("text") << u"text"_s;
    }

    void directionCsvAndText()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QStringList paths = writeDirectionReports(dir);
        const Run json = runCli(QStringList {u"audit"_s} + paths);
        const Run run = runCli(QStringList {u"audit"_s, u"--format"_s, format} + paths);
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QHash<QString, QString> labels;
        for (const QJsonValue &r : reportsOf(json))
            labels.insert(QFileInfo(r.toObject().value(u"file"_s).toString()).fileName(), r.toObject().value(u"label"_s).toString());
        if (format == u"csv"_s) {
            QHash<QString, QStringList> rows; // "file|check" → status, value
            for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
                const QStringList cells = line.split(u',');
                rows.insert(QFileInfo(cells.value(0)).fileName() + u'|' + cells.value(3), {cells.value(4), cells.value(5)});
            }
            QCOMPARE(rows.value(u"yanta-2024.txt|copied"_s).value(0), u"finding"_s);
            QCOMPARE(rows.value(u"wuhou-2023.txt|copied"_s), (QStringList {u"met"_s, u"0.0%"_s}));
            QCOMPARE(rows.value(u"wuhou-2023.txt|copied_by"_s).value(0), u"met"_s);
            QVERIFY(rows.value(u"wuhou-2023.txt|copied_by"_s).value(1) != u"0.0%"_s);
            QCOMPARE(rows.value(u"yuhang.txt|shared"_s).value(0), u"unknown"_s);
            QCOMPARE(rows.value(u"yanta-2024.txt|shared"_s), (QStringList {u"met"_s, u"0.0%"_s}));
        } else {
            // Under each report: its passages, with their direction and the other report.
            const qsizetype yanta = out.indexOf(u"(%1)"_s.arg(paths.at(2)));
            const qsizetype after = out.indexOf(u"\n\n"_s, yanta);
            QVERIFY(yanta >= 0 && after > yanta);
            QVERIFY(out.mid(yanta, after - yanta).contains(u"copied from %1:"_s.arg(labels.value(u"wuhou-2023.txt"_s))));
            QVERIFY(out.contains(u"copied by %1:"_s.arg(labels.value(u"yanta-2024.txt"_s))));
            QVERIFY(out.contains(u"shared with %1:"_s.arg(labels.value(u"yuhang.txt"_s))));
            QVERIFY(out.contains(u"(same body)"_s));
        }
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << u"text"_s << u"P2 Shortcomings and causes missing"_s;
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
        const auto summaries = store.value()->reportRecords().reportSummaries();
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
        QVERIFY(store.value()->analystRecords().addCorrection(correction));
        // And the analyst says it reports on the year before (Edit Identity).
        const int year = r.year();
        QVERIFY(year > 0);
        QVERIFY(store.value()->reportRecords().setMetadataOverrides(comparison->keys.at(report), {{u"year"_s, QString::number(year - 1)}}));
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
