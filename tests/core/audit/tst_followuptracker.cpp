// Follow-up across years: a body's two consecutive reports written for the
// test (tests/data/audit/qingshi-*.txt): two of the four plan items of 2023
// are reported on in 2024, two are not; one shortcoming recurs; one is said
// to be rectified.

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportpipeline.h"
#include "audit/auditformat.h"
#include "audit/auditor.h"
#include "audit/followuptracker.h"
#include "audit/reportparts.h"
#include "base/parallelgrain.h"
#include "csvrecords.h"
#include "directionreports.h"
#include "export/comparisondeck.h"
#include "models/weaknessmatrixmodel.h"

#include <QAbstractItemModelTester>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// @p name in tests/data/audit, or a path below tests/data ("recurrence/changxing-2022.txt").
Report load(const QString &name)
{
    auto report = ReportPipeline::readFile(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + (name.contains(u'/') ? u"/"_s : u"/audit/"_s) + name);
    if (!report)
        qFatal("%s", qPrintable(report.error()));
    return std::move(report).value();
}

QList<ReportAudit> auditOf(const QList<Report> &reports)
{
    return Auditor().audit(Comparison::analyse(*AnalysisEngines::builtIn().value(), reports));
}

const ReportAudit &later()
{
    static const QList<ReportAudit> audits = auditOf({load(u"qingshi-2023.txt"_s), load(u"qingshi-2024.txt"_s)});
    return audits.at(1);
}

} // namespace

class TestFollowUpTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBody();
    void plans_data();
    void plans();
    void recurring();
    void rectified();
    void rectifyingSentences_data();
    void rectifyingSentences();
    void headingsAreNoDeeds();
    void otherBodyIsNoFollowUp();
    void orderDoesNotMatter();
    void previousYears_data();
    void previousYears();
    void sharedWords_data();
    void sharedWords();
    void recurrenceColumn();
    void shortcomingsReadOnce();
    void longPairsOnSeveralCores();
    void recurrenceExports_data();
    void recurrenceExports();
    void deckSlides();
};

void TestFollowUpTracker::sameBody()
{
    QCOMPARE(Auditor::bodyKey(load(u"qingshi-2023.txt"_s)), Auditor::bodyKey(load(u"qingshi-2024.txt"_s)));
    QVERIFY(later().followUp.has_value());
    QVERIFY(later().followUp->previousFile.endsWith(u"qingshi-2023.txt"_s));
    QCOMPARE(later().followUp->previous, 0);
    QCOMPARE(later().followUp->plans.size(), 4);
    QCOMPARE(later().check(AuditCheckId::FollowUp)->status, AuditStatus::Finding);
    QCOMPARE(later().check(AuditCheckId::FollowUp)->value, u"2/4"_s);
}

void TestFollowUpTracker::plans_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("sharedWord");
    QTest::newRow("smart supervision platform") << u"建设智慧监管平台"_s << true << u"建成智慧监管平台"_s << u"平台"_s;
    QTest::newRow("food safety campaign") << u"开展食品安全专项整治行动"_s << true << u"开展食品安全专项整治行动"_s << u"整治"_s;
    QTest::newRow("legal culture sites") << u"建设法治文化阵地"_s << false << QString() << QString();
    QTest::newRow("major decisions") << u"健全重大行政决策程序"_s << false << QString() << QString();
}

void TestFollowUpTracker::plans()
{
    QFETCH(QString, plan);
    QFETCH(bool, reported);
    QFETCH(QString, section);
    QFETCH(QString, sharedWord);
    const PlanFollowUp *found = nullptr;
    for (const PlanFollowUp &p : later().followUp->plans) {
        if (p.title.startsWith(plan))
            found = &p;
    }
    QVERIFY2(found, qPrintable(plan));
    QCOMPARE(found->reported(), reported);
    QVERIFY(!found->reason.isEmpty());
    if (reported) {
        QVERIFY2(found->sectionTitle.startsWith(section), qPrintable(found->sectionTitle));
        QVERIFY(found->node.startsWith(u"P1"_s));
        QVERIFY(found->sectionSpan.isValid());
        QVERIFY(found->score > 0);
        const bool shared = std::any_of(found->shared.cbegin(), found->shared.cend(), [&](const QString &w) {
            return w.contains(sharedWord);
        });
        QVERIFY2(shared, qPrintable(found->shared.join(u", "_s)));
    } else {
        QVERIFY(found->sectionTitle.isEmpty());
        QVERIFY(!found->sectionSpan.isValid());
    }
}

void TestFollowUpTracker::recurring()
{
    const auto &recurring = later().followUp->recurring;
    QCOMPARE(recurring.size(), 1);
    QVERIFY(recurring.first().text.startsWith(u"执法力量依然不足"_s));
    QVERIFY(recurring.first().previousText.startsWith(u"执法力量不足"_s));
    QVERIFY(!recurring.first().theme.isEmpty());
    QCOMPARE(recurring.first().signs, QStringList {u"依然"_s});
}

void TestFollowUpTracker::rectified()
{
    const auto &rectified = later().followUp->rectified;
    QCOMPARE(rectified.size(), 1);
    QVERIFY(rectified.first().previousText.startsWith(u"信息化建设滞后"_s));
    QVERIFY(rectified.first().evidence.contains(u"整改"_s));
}

// A rectification is a sentence that holds one of the rules' cues (整改,
// 得到解决 …) whole, not cut by a sentence end; it is shown trimmed.
void TestFollowUpTracker::rectifyingSentences_data()
{
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("evidence");
    const QString quoted = u"登记、许可与执法数据共享不畅问题"_s;
    QTest::newRow("a cue in a sentence") << u"针对%1，已完成整改，数据实现共享。"_s.arg(quoted) << u"针对%1，已完成整改，数据实现共享"_s.arg(quoted);
    QTest::newRow("spaces around it") << u"　 针对%1已整改到位 。"_s.arg(quoted) << u"针对%1已整改到位"_s.arg(quoted);
    QTest::newRow("two cues, one sentence") << u"针对%1开展整改，问题得到解决。"_s.arg(quoted) << u"针对%1开展整改，问题得到解决"_s.arg(quoted);
    QTest::newRow("a sentence end cuts the cue") << u"针对%1已开展整。改进录入方式。"_s.arg(quoted) << QString();
}

void TestFollowUpTracker::rectifyingSentences()
{
    QFETCH(QString, said);
    QFETCH(QString, evidence);
    const QString report = u"江宁区市场监督管理局%1年法治政府建设情况报告\n\n一、主要举措和成效\n（一）规范行政执法\n全年办理行政处罚案件156件。%2\n"
                           u"二、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人召开专题会议4次。\n三、存在的不足和原因\n"
                           u"（一）信息化建设滞后，登记、许可与执法数据共享不畅，重复录入较多。\n四、下一年工作安排\n（一）建设智慧监管平台。\n"_s;
    const QList<ReportAudit> audits = auditOf(
        {ReportPipeline::readText(report.arg(u"2023"_s, QString()), u"2023.txt"_s), ReportPipeline::readText(report.arg(u"2024"_s, said), u"2024.txt"_s)});
    QVERIFY(audits.at(1).followUp.has_value());
    const QList<RectifiedShortcoming> &rectified = audits.at(1).followUp->rectified;
    if (evidence.isEmpty()) {
        QVERIFY2(rectified.isEmpty(), qPrintable(rectified.value(0).evidence));
    } else {
        QCOMPARE(rectified.size(), 1);
        QCOMPARE(rectified.first().evidence, evidence);
        QVERIFY(rectified.first().previousText.startsWith(u"信息化建设滞后"_s));
    }
}

// A section's title names what it is about, not a deed: 长兴 2023's heading
// （三）规范执法程序 carries no plan to 推进乡镇应急管理站规范化建设. But a
// shortcoming written as a numbered heading still admits a plan as wanting.
void TestFollowUpTracker::headingsAreNoDeeds()
{
    const QList<ReportAudit> audits = auditOf({load(u"recurrence/changxing-2022.txt"_s), load(u"recurrence/changxing-2023.txt"_s)});
    QVERIFY(audits.at(1).followUp.has_value());
    const auto plan = [&](const QString &start) -> const PlanFollowUp * {
        for (const PlanFollowUp &p : audits.at(1).followUp->plans) {
            if (p.text.contains(start))
                return &p;
        }
        return nullptr;
    };
    const PlanFollowUp *stations = plan(u"推进乡镇应急管理站规范化建设"_s);
    QVERIFY(stations);
    QVERIFY2(!stations->reported(), qPrintable(stations->reason));
    const PlanFollowUp *staff = plan(u"引进和培养危险化学品专业执法人员"_s);
    QVERIFY(staff);
    QVERIFY2(!staff->reported(), qPrintable(staff->reason));
    QVERIFY2(staff->admission.startsWith(u"（一）专业执法力量仍然不足"_s), qPrintable(staff->admission));
}

void TestFollowUpTracker::otherBodyIsNoFollowUp()
{
    // 2023 of one body, 2024 of another in the same district: no follow-up.
    Report other = load(u"qingshi-2024.txt"_s);
    other = ReportPipeline::readText(other.text.replace(u"市场监督管理局"_s, u"卫生健康委员会"_s), u"other.txt"_s);
    const QList<ReportAudit> audits = auditOf({load(u"qingshi-2023.txt"_s), other});
    QVERIFY(!audits.at(1).followUp.has_value());
    QCOMPARE(audits.at(1).check(AuditCheckId::FollowUp)->status, AuditStatus::Unknown);
    // And the earlier year has none either: follow-ups look back only.
    QVERIFY(!audits.at(0).followUp.has_value());
}

void TestFollowUpTracker::orderDoesNotMatter()
{
    const QList<ReportAudit> audits = auditOf({load(u"qingshi-2024.txt"_s), load(u"qingshi-2023.txt"_s)});
    QVERIFY(audits.at(0).followUp.has_value());
    QCOMPARE(audits.at(0).followUp->previous, 1);
    QCOMPARE(audits.at(0).followUp->plans.size(), later().followUp->plans.size());
    QVERIFY(!audits.at(1).followUp.has_value());
}

// Reports by "body:year" (year 0: not stated, body empty: not known); for
// each, the place of its body's year before, or -1 (the first of two alike).
void TestFollowUpTracker::previousYears_data()
{
    QTest::addColumn<QStringList>("reports");
    QTest::addColumn<QList<int>>("previous");
    QTest::newRow("one body, three years, in any order") << QStringList {u"a:2024"_s, u"a:2022"_s, u"a:2023"_s} << QList<int> {2, -1, 1};
    QTest::newRow("another body's year before is none") << QStringList {u"a:2023"_s, u"b:2024"_s} << QList<int> {-1, -1};
    QTest::newRow("a year missing between") << QStringList {u"a:2022"_s, u"a:2024"_s} << QList<int> {-1, -1};
    QTest::newRow("two reports of the same year before: the first") << QStringList {u"a:2023"_s, u"a:2024"_s, u"a:2023"_s} << QList<int> {-1, 0, -1};
    QTest::newRow("no body or no year: no pair") << QStringList {u":2023"_s, u":2024"_s, u"a:0"_s, u"a:2024"_s} << QList<int> {-1, -1, -1, -1};
    QTest::newRow("two bodies side by side") << QStringList {u"a:2023"_s, u"b:2023"_s, u"b:2024"_s, u"a:2024"_s} << QList<int> {-1, -1, 1, 0};
}

void TestFollowUpTracker::previousYears()
{
    QFETCH(QStringList, reports);
    QFETCH(QList<int>, previous);
    QList<Report> list;
    QStringList keys;
    for (const QString &r : std::as_const(reports)) {
        Report report;
        report.metadata.year.value = r.section(u':', 1);
        list.append(report);
        keys.append(r.section(u':', 0, 0));
    }
    const std::vector<int> found = Auditor::previousYears(list, keys);
    QCOMPARE(QList<int>(found.begin(), found.end()), previous);
}

void TestFollowUpTracker::sharedWords_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("longest first, none inside another")
        << u"建设智慧监管平台，实现远程监管"_s << u"智慧监管平台上线，开展远程监管"_s << QStringList {u"智慧监管平台"_s, u"远程监管"_s};
    QTest::newRow("two characters are not enough") << u"开展执法"_s << u"执法开展"_s << QStringList {};
    QTest::newRow("nothing shared") << u"普法宣传"_s << u"应急演练"_s << QStringList {};
}

void TestFollowUpTracker::sharedWords()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QStringList, words);
    QCOMPARE(FollowUpTracker::sharedWords(a, b), words);
}

namespace
{

// The first place where @p a and @p b differ by @p same (0 when their sizes do), or -1.
template<typename T, typename Same>
qsizetype firstDifference(const QList<T> &a, const QList<T> &b, Same same)
{
    if (a.size() != b.size())
        return 0;
    for (qsizetype k = 0; k < a.size(); ++k) {
        if (!same(a.at(k), b.at(k)))
            return k;
    }
    return -1;
}

// What the audit of @p comparison found for each pair of years is what the
// tracker finds comparing that pair on its own (reading its shortcomings
// itself). Returns the pairs and the recurring shortcomings seen.
std::pair<int, int> checkPairsAsAlone(const Comparison &comparison, const QList<ReportAudit> &audits)
{
    const auto engines = AnalysisEngines::builtIn().value();
    const FollowUpTracker tracker(engines->classifier.scheme(), engines->weaknesses.catalog(), AuditRules::builtIn());
    int pairs = 0;
    int recurring = 0;
    for (int i = 0; i < comparison.reports.size(); ++i) {
        if (!audits.at(i).followUp)
            continue;
        const int j = audits.at(i).followUp->previous;
        const ReportParts earlierParts(comparison.alignment, comparison.reports.at(j), j);
        const ReportParts laterParts(comparison.alignment, comparison.reports.at(i), i);
        const FollowUpInput earlier {&comparison.reports.at(j), &comparison.classifications.at(j), &earlierParts, &comparison.weaknesses.at(j)};
        const FollowUpInput later {&comparison.reports.at(i), &comparison.classifications.at(i), &laterParts, &comparison.weaknesses.at(i)};
        const FollowUp alone = tracker.compare(earlier, later);
        const FollowUp &found = *audits.at(i).followUp;
        const qsizetype plan = firstDifference(found.plans, alone.plans, [](const PlanFollowUp &a, const PlanFollowUp &b) {
            return a.text == b.text && a.status == b.status && a.coverage == b.coverage && a.passage == b.passage && a.reason == b.reason;
        });
        const qsizetype recurrence = firstDifference(found.recurring, alone.recurring, [](const RecurringShortcoming &a, const RecurringShortcoming &b) {
            return a.text == b.text && a.previousText == b.previousText && a.score == b.score && a.signs == b.signs && a.shared == b.shared;
        });
        const qsizetype rectification = firstDifference(found.rectified, alone.rectified, [](const RectifiedShortcoming &a, const RectifiedShortcoming &b) {
            return a.previousText == b.previousText && a.evidence == b.evidence;
        });
        if (plan >= 0 || recurrence >= 0 || rectification >= 0) {
            qWarning() << "pair" << j << i << "differs: plan" << plan << "recurrence" << recurrence << "rectification" << rectification;
            return {-1, -1};
        }
        ++pairs;
        recurring += int(alone.recurring.size());
    }
    return {pairs, recurring};
}

// 长兴's report of @p year with its measures part made long: @p paragraphs
// of other work (tests/directionreports.h) added to its second measure.
Report paddedChangxing(int year, int paragraphs)
{
    QString text = load(u"recurrence/changxing-%1.txt"_s.arg(year)).text;
    const QStringList names {u"A01"_s, u"A02"_s, u"A04"_s, u"A05"_s, u"A06"_s, u"A08"_s, u"A09"_s, u"A21"_s, u"A22"_s, u"A23"_s, u"A24"_s};
    QString more;
    for (int k = 0; k < paragraphs; ++k)
        more += Test::directionParagraph(names.at(k % names.size()), u"长兴县"_s) + u'\n';
    const qsizetype at = text.indexOf(u'\n', text.indexOf(u"（二）"_s)) + 1;
    text.insert(at, more);
    return ReportPipeline::readText(text, u"changxing-%1-long.txt"_s.arg(year));
}

} // namespace

// Three years of one body: the middle year stands in two pairs, and the
// audit reads its shortcomings once for both. What recurs is what each pair
// finds reading them itself.
void TestFollowUpTracker::shortcomingsReadOnce()
{
    const auto engines = AnalysisEngines::builtIn().value();
    const Comparison comparison = Comparison::analyse(
        *engines, {load(u"recurrence/changxing-2022.txt"_s), load(u"recurrence/changxing-2023.txt"_s), load(u"recurrence/changxing-2024.txt"_s)});
    const auto [pairs, recurring] = checkPairsAsAlone(comparison, Auditor().audit(comparison));
    QCOMPARE(pairs, 2);
    QVERIFY(recurring > 0);
}

// Pairs of long reports are read on several cores at once (small ones on the
// calling thread, as above): each pair's follow-up is still its own.
void TestFollowUpTracker::longPairsOnSeveralCores()
{
    const auto engines = AnalysisEngines::builtIn().value();
    const QList<Report> reports {paddedChangxing(2022, 150), paddedChangxing(2023, 160), paddedChangxing(2024, 170)};
    qsizetype characters = 0;
    for (const Report &r : reports)
        characters += r.text.size();
    // Worth other cores even counting each report once (base/parallelgrain.h).
    QVERIFY2(worthOtherCores(2, characters), qPrintable(QString::number(characters)));
    const Comparison comparison = Comparison::analyse(*engines, reports);
    const QList<ReportAudit> audits = Auditor().audit(comparison);
    const auto [pairs, recurring] = checkPairsAsAlone(comparison, audits);
    QCOMPARE(pairs, 2);
    QVERIFY(recurring > 0);
    // The added work is reported on, not planned: the plans still find what they found in the short reports.
    QCOMPARE(audits.at(1).followUp->plans.size(), 2);
}

void TestFollowUpTracker::recurrenceColumn()
{
    // Two years of one body: the heat map's last column counts the shortcoming admitted again.
    const auto engines = AnalysisEngines::builtIn().value();
    const Comparison comparison = Comparison::analyse(*engines, {load(u"qingshi-2023.txt"_s), load(u"qingshi-2024.txt"_s)});
    WeaknessMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(comparison, engines->weaknesses.catalog());
    QVERIFY(model.hasRecurrenceColumn());
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), WeaknessMatrixModel::tr("Recurring"));
    QCOMPARE(model.recurring().size(), 1);
    const WeaknessMatrixModel::RecurringItem &r = model.recurring().first();
    QCOMPARE(r.report, 1);
    QCOMPARE(r.earlierReport, 0);
    QCOMPARE(r.signs, QStringList {u"依然"_s});
    int total = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex cell = model.index(row, 2);
        QVERIFY(cell.data(WeaknessMatrixModel::RecurrenceRole).toBool());
        QVERIFY(!model.index(row, 0).data(WeaknessMatrixModel::RecurrenceRole).toBool());
        total += cell.data(WeaknessMatrixModel::CountRole).toInt();
        if (cell.data(WeaknessMatrixModel::CountRole).toInt() > 0) {
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"执法力量依然不足"_s));
            QCOMPARE(cell.data(WeaknessMatrixModel::ThemeRole).toString(), comparison.weaknesses.at(1).items.at(r.item).theme);
        }
    }
    QVERIFY(total >= 1);
    QVERIFY(model.toMarkdown().contains(WeaknessMatrixModel::tr("Recurring")));
    // Another body's report: no recurrence column.
    const Comparison two = Comparison::analyse(*engines, {load(u"qingshi-2024.txt"_s)});
    model.setComparison(two, engines->weaknesses.catalog());
    QVERIFY(!model.hasRecurrenceColumn());
    QCOMPARE(model.columnCount(), 1);
}

void TestFollowUpTracker::recurrenceExports_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("consecutive");
    QTest::newRow("a market regulator's two years") << QStringList {u"qingshi-2023.txt"_s, u"qingshi-2024.txt"_s} << true;
    QTest::newRow("the same, later year first") << QStringList {u"qingshi-2024.txt"_s, u"qingshi-2023.txt"_s} << true;
    QTest::newRow("a county emergency bureau's three years")
        << QStringList {u"recurrence/changxing-2022.txt"_s, u"recurrence/changxing-2023.txt"_s, u"recurrence/changxing-2024.txt"_s} << true;
    QTest::newRow("two bodies, one year") << QStringList {u"qingshi-2024.txt"_s, u"recurrence/changxing-2024.txt"_s} << false;
    QTest::newRow("one body, two years apart") << QStringList {u"recurrence/changxing-2022.txt"_s, u"recurrence/changxing-2024.txt"_s} << false;
}

void TestFollowUpTracker::recurrenceExports()
{
    // Every export of the heat map's model carries the recurrences, with the
    // year before's words, when consecutive years of a body are compared;
    // otherwise the exports keep the columns they had.
    QFETCH(QStringList, files);
    QFETCH(bool, consecutive);
    const auto engines = AnalysisEngines::builtIn().value();
    QList<Report> reports;
    for (const QString &file : std::as_const(files))
        reports.append(load(file));
    const Comparison comparison = Comparison::analyse(*engines, reports);
    WeaknessMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(comparison, engines->weaknesses.catalog());
    QCOMPARE(model.hasRecurrenceColumn(), consecutive);
    const QList<WeaknessMatrixModel::RecurringItem> &recurring = model.recurring();
    if (consecutive)
        QVERIFY(!recurring.isEmpty());
    const QStringList labels = model.reportLabels();
    const auto itemText = [&](int report, int item) {
        return comparison.weaknesses.at(report).items.at(item).text;
    };
    for (const WeaknessMatrixModel::RecurringItem &r : recurring) {
        QCOMPARE(comparison.reports.at(r.earlierReport).year(), comparison.reports.at(r.report).year() - 1);
        QCOMPARE(model.recurrenceOf(r.report, r.item), &r);
    }

    // The items table (the board's CSV and the workbook's second sheet): two columns more, on the item's own row.
    const TableData items = model.itemsTable();
    QCOMPARE(items.header.size(), consecutive ? 9 : 7);
    int rowsWithEarlier = 0;
    for (const QList<CellValue> &row : items.rows) {
        QCOMPARE(row.size(), items.header.size());
        if (consecutive && !std::get<QString>(row.at(8)).isEmpty())
            ++rowsWithEarlier;
    }
    QCOMPARE(rowsWithEarlier, recurring.size());
    int row = 0;
    for (int report = 0; report < comparison.weaknesses.size(); ++report) {
        row += comparison.weaknesses.at(report).missing ? 1 : 0;
        for (int item = 0; item < comparison.weaknesses.at(report).items.size(); ++item, ++row) {
            const WeaknessMatrixModel::RecurringItem *r = model.recurrenceOf(report, item);
            if (!r)
                continue;
            QCOMPARE(std::get<QString>(items.rows.at(row).at(6)), itemText(report, item));
            QCOMPARE(std::get<QString>(items.rows.at(row).at(7)), labels.at(r->earlierReport));
            QCOMPARE(std::get<QString>(items.rows.at(row).at(8)), itemText(r->earlierReport, r->earlierItem));
        }
    }

    // The table of recurrences (the workbook's third sheet, the brief): both years' words.
    const TableData again = model.recurringTable();
    QCOMPARE(again.rows.size(), recurring.size());
    for (int i = 0; i < recurring.size(); ++i) {
        const WeaknessMatrixModel::RecurringItem &r = recurring.at(i);
        QCOMPARE(again.rows.at(i).size(), again.header.size());
        QCOMPARE(std::get<QString>(again.rows.at(i).at(0)), labels.at(r.report));
        QCOMPARE(std::get<QString>(again.rows.at(i).at(2)), itemText(r.report, r.item));
        QCOMPARE(std::get<QString>(again.rows.at(i).at(3)), labels.at(r.earlierReport));
        QCOMPARE(std::get<QString>(again.rows.at(i).at(4)), itemText(r.earlierReport, r.earlierItem));
    }

    // The model's CSV for machines: six columns more, named as duizhao-cli weaknesses names them.
    const QList<QStringList> csv = Test::csvRecords(model.toCsv());
    const QStringList header = csv.first();
    const QStringList extra {u"recurring"_s, u"earlier_report"_s, u"earlier_file"_s, u"earlier_text"_s, u"recurrence_score"_s, u"recurrence_signs"_s};
    QCOMPARE(header.size(), consecutive ? 20 : 14);
    QCOMPARE(header.mid(14), consecutive ? extra : QStringList());
    int csvAgain = 0;
    for (const QStringList &record : csv.mid(1)) {
        QCOMPARE(record.size(), header.size());
        if (!consecutive || record.at(14) != u"true")
            continue;
        ++csvAgain;
        const auto r = std::find_if(recurring.begin(), recurring.end(), [&](const WeaknessMatrixModel::RecurringItem &r) {
            return itemText(r.report, r.item) == record.at(13) && labels.at(r.report) == record.at(0);
        });
        QVERIFY2(r != recurring.end(), qPrintable(record.join(u'|')));
        QCOMPARE(record.at(15), labels.at(r->earlierReport));
        QCOMPARE(record.at(16), comparison.weaknesses.at(r->earlierReport).filePath);
        QCOMPARE(record.at(17), itemText(r->earlierReport, r->earlierItem));
        QCOMPARE(record.at(19).split(u' ', Qt::SkipEmptyParts), r->signs);
    }
    QCOMPARE(csvAgain, recurring.size());
}

void TestFollowUpTracker::deckSlides()
{
    const QList<Report> reports {load(u"qingshi-2023.txt"_s), load(u"qingshi-2024.txt"_s)};
    const QList<ReportAudit> audits = auditOf(reports);
    const QList<DeckSlide> slides = ComparisonDeck::auditSlides(audits, reports);
    const DeckSlide *followUp = nullptr;
    const DeckSlide *recurrence = nullptr;
    for (const DeckSlide &s : slides) {
        if (s.table.title == AuditFormat::followUpTable(audits, 1).title)
            followUp = &s;
        if (s.table.title == AuditFormat::recurrenceTable(audits).title)
            recurrence = &s;
    }
    QVERIFY(followUp);
    QCOMPARE(followUp->table.rows.size(), 4);
    for (const QList<CellValue> &row : followUp->table.rows) {
        QCOMPARE(row.size(), followUp->table.header.size());
        QVERIFY(!std::get<QString>(row.at(3)).isEmpty()); // why
    }
    QVERIFY(recurrence);
    QCOMPARE(recurrence->table.rows.size(), 1);
    QVERIFY(std::get<QString>(recurrence->table.rows.first().at(1)).startsWith(u"执法力量依然不足"_s));
    // The earlier year has no year before: no slide of its own.
    QVERIFY(AuditFormat::followUpTable(audits, 0).rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestFollowUpTracker)
#include "tst_followuptracker.moc"
