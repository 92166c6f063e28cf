// Indicators: the table of seed-expectations.md, the traps in the seeds, the
// rules that choose a value, and the catalog file's validation.

#include "alignment/scheme.h"
#include "alignment/sectionclassifier.h"
#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "indicators/indicatorcatalog.h"
#include "indicators/indicatorextractor.h"
#include "indicators/indicatorformat.h"
#include "seedfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// The engines the workbench and the CLI use.
const AnalysisEngines &engines()
{
    return *AnalysisEngines::builtIn().value();
}

const SectionClassifier &classifier()
{
    return engines().classifier;
}

const IndicatorExtractor &extractor()
{
    return engines().indicators;
}

struct Extracted {
    Report report;
    ReportIndicators indicators;
};

const QList<Extracted> &seedIndicators()
{
    static const QList<Extracted> all = [] {
        QList<Extracted> result;
        for (const Report &report : Test::loadSeeds())
            result.append({report, extractor().extract(report, classifier().classify(report))});
        return result;
    }();
    return all;
}

const Extracted &seedAt(int index)
{
    return seedIndicators().at(index);
}

IndicatorValue valueOf(const ReportIndicators &indicators, const QString &id)
{
    for (const IndicatorValue &v : indicators.values) {
        if (v.id == id)
            return v;
    }
    qFatal("no indicator %s", qPrintable(id));
}

ReportIndicators extractText(const QString &text)
{
    const Report report = ReportPipeline::readText(text, u"synthetic.txt"_s);
    return extractor().extract(report, classifier().classify(report));
}

QString numbersOf(const IndicatorValue &v)
{
    QStringList numbers;
    for (const IndicatorCandidate &c : v.candidates)
        numbers.append(c.figure.value ? c.figure.value->toString() : u"?"_s);
    return numbers.join(u',');
}

// A report in the shape the parser knows, with the given text in P1 and P4.
QString reportWith(const QString &measures, const QString &plans)
{
    return u"某区卫生健康委员会2024年法治政府建设情况报告\n一、主要举措和成效\n（一）严格规范公正文明执法\n"_s + measures
        + u"\n二、存在的不足\n法治宣传有待加强。\n三、下一年度工作安排\n"_s + plans + u"\n"_s;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalogIsValid();
    void seedTable_data();
    void seedTable();
    void notReported_data();
    void notReported();
    void legalEducationWithoutTotalKeepsComponents();
    void componentsBesideTheTotal();
    void drillsCountedFromTheNamedList();
    void seedTrapsYieldNothing_data();
    void seedTrapsYieldNothing();
    void nothingFromOtherParts();
    void choosing_data();
    void choosing();
    void badCatalog_data();
    void badCatalog();
    void subset();
    void jsonShape();
    void csvHasOneRowPerIndicator();
};

void TestIndicators::builtInCatalogIsValid()
{
    const auto catalog = IndicatorCatalog::builtIn();
    QVERIFY2(catalog, qPrintable(catalog.error()));
    const QStringList required {u"penalty_cases"_s, u"legal_education_events"_s, u"emergency_drills"_s, u"inspections"_s, u"admin_reconsideration"_s,
        u"admin_litigation"_s, u"fines_amount"_s, u"complaints"_s};
    for (const QString &id : required)
        QVERIFY2(catalog->indicator(id), qPrintable(id));
    for (const IndicatorDefinition &d : catalog->indicators())
        QCOMPARE(d.parts, QStringList {u"P1"_s});
}

// The indicator table of seed-expectations.md: value, qualifier, bounds, the
// sentence the value rests on, and the number the span points at.
void TestIndicators::seedTable_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("upper");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("number");

    const auto row = [](int seed, const char *indicator, const QString &value, const char *qualifier, const QString &lower, const QString &upper,
                         const QString &evidence, const QString &number) {
        QTest::addRow("%03d %s", seed, indicator) << seed << QString::fromUtf8(indicator) << value << QString::fromUtf8(qualifier) << lower << upper << evidence
                                                  << number;
    };
    row(0, "penalty_cases", u"200"_s, "exact", {}, {}, u"全年监督检查6180户次，行政处罚200件"_s, u"200件"_s);
    row(2, "penalty_cases", u"4"_s, "partial", {}, {}, u"在双随机检查中办理行政处罚案件4件"_s, u"4件"_s);
    row(3, "penalty_cases", u"314"_s, "exact", {}, {}, u"全年行政处罚案件314件，大案要案17件"_s, u"314件"_s);
    row(4, "penalty_cases", u"67"_s, "exact", {}, {}, u"共查处案件数67件"_s, u"67件"_s);
    row(2, "legal_education_events", u"20"_s, "at_least", u"20"_s, u"30"_s, u"开展各类普法宣传、主题教育20余次"_s, u"20余次"_s);
    row(3, "legal_education_events", u"175"_s, "at_least", u"175"_s, {}, u"全系统共计开展普法活动175余场次"_s, u"175余场次"_s);
    row(4, "legal_education_events", u"13"_s, "exact", {}, {}, u"共组织开展宣传专项13起"_s, u"13起"_s);
    row(0, "emergency_drills", u"6"_s, "derived", u"6"_s, u"7"_s, u"开展洪涝灾害、食品安全、呼吸道传染病、中医医疗应急演练"_s, {});
    row(3, "emergency_drills", u"2"_s, "derived", u"2"_s, u"2"_s, u"集训演练和无脚本集结演练"_s, {});
    row(0, "inspections", u"6180"_s, "exact", {}, {}, u"全年监督检查6180户次"_s, u"6180户次"_s);
    row(3, "inspections", u"5567"_s, "exact", {}, {}, u"完成日常监督检查及双随机监督检查5567户次"_s, u"5567户次"_s);
    row(0, "admin_reconsideration", u"5"_s, "exact", {}, {}, u"年内行政复议5次"_s, u"5次"_s);
    row(2, "admin_reconsideration", u"1"_s, "exact", {}, {}, u"2024年行政复议1件"_s, u"1件"_s);
    row(3, "admin_reconsideration", u"1"_s, "exact", {}, {}, u"行政复议案件1件"_s, u"1件"_s);
    row(0, "admin_litigation", u"1"_s, "exact", {}, {}, u"行政诉讼1次"_s, u"1次"_s);
    row(2, "admin_litigation", u"1"_s, "exact", {}, {}, u"行政诉讼1件"_s, u"1件"_s);
    row(3, "admin_litigation", u"4"_s, "exact", {}, {}, u"行政应诉案件4件"_s, u"4件"_s);
    row(4, "fines_amount", u"182536"_s, "exact", {}, {}, u"共计罚款金额18.2536万元"_s, u"18.2536万元"_s);
    row(0, "complaints", u"7540"_s, "exact", {}, {}, u"信访等渠道投诉（咨询）事项7540件"_s, u"7540件"_s);
    row(3, "complaints", u"700"_s, "at_least", u"700"_s, {}, u"各类投诉共计700余起"_s, u"700余起"_s);
    row(4, "complaints", u"60"_s, "exact", {}, {}, u"共受理各类举报事项60起"_s, u"60起"_s);
}

void TestIndicators::seedTable()
{
    QFETCH(int, seed);
    QFETCH(QString, indicator);
    QFETCH(QString, value);
    QFETCH(QString, qualifier);
    QFETCH(QString, lower);
    QFETCH(QString, upper);
    QFETCH(QString, evidence);
    QFETCH(QString, number);

    const Extracted &e = seedAt(seed);
    const IndicatorValue v = valueOf(e.indicators, indicator);
    QVERIFY2(v.figure.value, qPrintable(u"not found; candidates: "_s + numbersOf(v)));
    QCOMPARE(v.figure.value->toString(), value);
    QCOMPARE(qualifierName(v.figure.qualifier), qualifier);
    if (!lower.isEmpty())
        QCOMPARE(v.figure.lower ? v.figure.lower->toString() : QString(), lower);
    if (!upper.isEmpty())
        QCOMPARE(v.figure.upper ? v.figure.upper->toString() : QString(), upper);
    QVERIFY2(v.evidence.contains(evidence), qPrintable(v.evidence));
    // The evidence is the report's own sentence, at the place the span says.
    QVERIFY(e.report.textOf(v.evidenceSpan).contains(evidence));
    QVERIFY(v.evidenceSpan.start <= v.numberSpan.start && v.numberSpan.end <= v.evidenceSpan.end);
    if (!number.isEmpty())
        QCOMPARE(e.report.textOf(v.numberSpan).toString(), number);
    QCOMPARE(e.report.sections.at(v.section).headingSpan.isValid(), true);
    QVERIFY(v.node.startsWith(u"P1"_s));
    QVERIFY(v.confidence > 0 && v.confidence <= 1);
}

void TestIndicators::notReported_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("indicator");
    const auto row = [](int seed, const char *indicator) {
        QTest::addRow("%03d %s", seed, indicator) << seed << QString::fromUtf8(indicator);
    };
    for (const char *id : {"penalty_cases", "legal_education_events", "emergency_drills", "inspections", "admin_reconsideration", "admin_litigation",
             "fines_amount", "complaints"})
        row(1, id);
    row(0, "fines_amount");
    row(2, "fines_amount");
    row(3, "fines_amount");
    row(2, "emergency_drills");
    row(4, "emergency_drills"); // 模拟演练 only in the plan
    row(2, "inspections");
    row(4, "inspections");
    row(4, "admin_reconsideration");
    row(4, "admin_litigation");
    row(2, "complaints");
}

void TestIndicators::notReported()
{
    QFETCH(int, seed);
    QFETCH(QString, indicator);
    const IndicatorValue v = valueOf(seedAt(seed).indicators, indicator);
    QVERIFY2(!v.figure.value, qPrintable(v.evidence));
    QCOMPARE(qualifierName(v.figure.qualifier), u"none"_s);
    QVERIFY(!v.numberSpan.isValid());
}

void TestIndicators::legalEducationWithoutTotalKeepsComponents()
{
    // 滨海 states no total: the five trainings and lectures are kept for the analyst.
    const IndicatorValue v = valueOf(seedAt(0).indicators, u"legal_education_events"_s);
    QVERIFY(!v.figure.value);
    QCOMPARE(numbersOf(v), u"3,6,5,4,2"_s);
    QStringList numbers;
    for (const IndicatorCandidate &c : v.candidates)
        numbers.append(seedAt(0).report.textOf(c.numberSpan).toString());
    QCOMPARE(numbers, (QStringList {u"3次"_s, u"6期"_s, u"5期"_s, u"4次"_s, u"2次"_s}));
    for (const IndicatorCandidate &c : v.candidates)
        QCOMPARE(c.role, CandidateRole::Component);
}

void TestIndicators::componentsBesideTheTotal()
{
    // 湖滨: 13 起 is the total; 专题普法4次 and 集中普法12次 stay as components.
    const IndicatorValue education = valueOf(seedAt(4).indicators, u"legal_education_events"_s);
    QStringList components;
    for (const IndicatorCandidate &c : education.candidates) {
        if (c.role == CandidateRole::Component)
            components.append(seedAt(4).report.textOf(c.numberSpan).toString());
    }
    QVERIFY2(components.contains(u"4次"_s) && components.contains(u"12次"_s), qPrintable(components.join(u' ')));

    // Of 18.2536万元 the confiscated 6.2036万元 is a part (其中), 1500元 a single case.
    const IndicatorValue fines = valueOf(seedAt(4).indicators, u"fines_amount"_s);
    QStringList roles;
    for (const IndicatorCandidate &c : fines.candidates)
        roles.append(c.figure.value->toString() + u':' + candidateRoleName(c.role));
    QCOMPARE(roles, (QStringList {u"1500:component"_s, u"182536:chosen"_s, u"62036:partial"_s}));
}

void TestIndicators::drillsCountedFromTheNamedList()
{
    const IndicatorValue v = valueOf(seedAt(0).indicators, u"emergency_drills"_s);
    QStringList counted;
    for (const IndicatorCandidate &c : v.candidates)
        counted.append(c.figure.value->toString() + u':' + candidateRoleName(c.role));
    // 四项应急演练 in one list, 小分队培训演练 (uncertain), 开营演练, 不明原因肺炎应急演练; 演练交流会 is not a drill.
    QCOMPARE(counted, (QStringList {u"4:event"_s, u"1:uncertain_event"_s, u"1:event"_s, u"1:event"_s}));
    QVERIFY(v.participants.value);
    QCOMPARE(v.participants.value->toString(), u"100"_s);
    QCOMPARE(v.participants.unit, u"人次"_s);
    QCOMPARE(qualifierName(v.participants.qualifier), u"at_least"_s);
    QCOMPARE(seedAt(0).report.textOf(v.participantsSpan).toString(), u"100余人次"_s);
    // The mention's span holds the drills it names.
    QCOMPARE(seedAt(0).report.textOf(v.numberSpan).toString(), u"洪涝灾害、食品安全、呼吸道传染病、中医医疗应急演练"_s);

    // 九龙坡: two drills named; 为期2天 is how long they took, not how many.
    const IndicatorValue two = valueOf(seedAt(3).indicators, u"emergency_drills"_s);
    QStringList named;
    for (const IndicatorCandidate &c : two.candidates)
        named.append(seedAt(3).report.textOf(c.numberSpan).toString() + u':' + c.figure.value->toString());
    QCOMPARE(named, (QStringList {u"为期2天的应急队伍集训演练:1"_s, u"无脚本集结演练:1"_s}));
}

void TestIndicators::seedTrapsYieldNothing_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("trap");
    QTest::newRow("case-file review") << 0 << u"复核行政处罚案卷84件"_s;
    QTest::newRow("case evaluation") << 0 << u"行政处罚案件评查136件"_s;
    QTest::newRow("hotline") << 0 << u"12345"_s;
    QTest::newRow("hotline 002") << 2 << u"12345市民热线"_s;
    QTest::newRow("document number") << 1 << u"〔2020〕255号"_s;
    QTest::newRow("document number 228") << 1 << u"〔2020〕228号"_s;
    QTest::newRow("issue number") << 0 << u"第11期"_s;
    QTest::newRow("ordinal") << 0 << u"第一议题"_s;
    QTest::newRow("excellent case file") << 3 << u"行政处罚优秀案卷1件"_s;
    QTest::newRow("drill exchange meeting") << 0 << u"承办2次突发公共卫生事件应急演练交流会"_s;
    QTest::newRow("national constitution day") << 0 << u"12.4国家宪法日"_s;
    QTest::newRow("drill in the plan") << 4 << u"模拟演练"_s;
}

void TestIndicators::seedTrapsYieldNothing()
{
    QFETCH(int, seed);
    QFETCH(QString, trap);
    const Extracted &e = seedAt(seed);
    const qsizetype at = e.report.text.indexOf(trap);
    QVERIFY2(at >= 0, "the trap must be in the seed");
    const TextSpan trapSpan {at, at + trap.size()};
    for (const IndicatorValue &v : e.indicators.values) {
        for (const IndicatorCandidate &c : v.candidates) {
            const bool overlaps = c.numberSpan.start < trapSpan.end && trapSpan.start < c.numberSpan.end;
            QVERIFY2(!overlaps, qPrintable(v.id + u": "_s + e.report.textOf(c.numberSpan).toString()));
        }
    }
}

void TestIndicators::nothingFromOtherParts()
{
    for (const Extracted &e : seedIndicators()) {
        for (const IndicatorValue &v : e.indicators.values) {
            for (const IndicatorCandidate &c : v.candidates)
                QVERIFY2(c.node.startsWith(u"P1"_s), qPrintable(e.report.filePath + u' ' + v.id + u' ' + c.node));
        }
    }
    // Plans are not achievements, however they are worded.
    const ReportIndicators planned = extractText(reportWith(u"加强执法队伍建设。"_s, u"全年计划开展应急演练3次，行政处罚案件100件，普法活动20场次。"_s));
    for (const IndicatorValue &v : planned.values)
        QVERIFY2(v.candidates.isEmpty(), qPrintable(v.id));
}

// Synthetic statements: which figure becomes the value, with what qualifier.
void TestIndicators::choosing_data()
{
    QTest::addColumn<QString>("measures");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("qualifier");

    QTest::newRow("total beats a partial statement") << u"在双随机检查中办理行政处罚案件4件。全年共办理行政处罚案件52件。"_s << u"penalty_cases"_s << u"52"_s
                                                     << u"exact"_s;
    QTest::newRow("largest of two totals") << u"全年行政处罚案件30件；累计查处案件41件。"_s << u"penalty_cases"_s << u"41"_s << u"exact"_s;
    QTest::newRow("one figure stated twice") << u"行政处罚案件12件。其后又查处案件12件。"_s << u"penalty_cases"_s << u"12"_s << u"exact"_s;
    QTest::newRow("different figures, no total") << u"行政处罚案件12件。查处案件9件。"_s << u"penalty_cases"_s << QString() << u"none"_s;
    QTest::newRow("lone partial figure") << u"其中行政处罚案件3件。"_s << u"penalty_cases"_s << u"3"_s << u"partial"_s;
    QTest::newRow("not a penalty: not punished") << u"不予行政处罚案件5件。"_s << u"penalty_cases"_s << QString() << u"none"_s;
    QTest::newRow("not a penalty: transferred") << u"移送公安机关处罚案件2件。"_s << u"penalty_cases"_s << QString() << u"none"_s;
    QTest::newRow("anchor after the number does not count") << u"对5家单位实施行政处罚。"_s << u"penalty_cases"_s << QString() << u"none"_s;
    QTest::newRow("approximate") << u"全年查处案件约50件。"_s << u"penalty_cases"_s << u"≈50"_s << u"approx"_s;
    QTest::newRow("public places are not a total") << u"公共场所行政处罚案件8件。"_s << u"penalty_cases"_s << u"8"_s << u"exact"_s;
    QTest::newRow("fines in 万元") << u"全年罚没款共计3.5万元。"_s << u"fines_amount"_s << u"35000"_s << u"exact"_s;
    QTest::newRow("a rate is not a count") << u"行政处罚公示率达100%。"_s << u"penalty_cases"_s << QString() << u"none"_s;
    QTest::newRow("drills with a written count") << u"开展应急演练3次，200余人次参加。"_s << u"emergency_drills"_s << u"3"_s << u"derived"_s;
    QTest::newRow("drills with an open count") << u"开展应急演练20余次。"_s << u"emergency_drills"_s << u"≥20"_s << u"derived"_s;
    QTest::newRow("drills from a list") << u"组织开展地震、火灾、踩踏应急演练。"_s << u"emergency_drills"_s << u"3"_s << u"derived"_s;
    QTest::newRow("drills joined by 和") << u"完成桌面推演演练和实战演练。"_s << u"emergency_drills"_s << u"2"_s << u"derived"_s;
}

void TestIndicators::choosing()
{
    QFETCH(QString, measures);
    QFETCH(QString, indicator);
    QFETCH(QString, display);
    QFETCH(QString, qualifier);
    const ReportIndicators result = extractText(reportWith(measures, u"继续加强执法。"_s));
    const IndicatorValue v = valueOf(result, indicator);
    QCOMPARE(v.figure.toDisplayString(), display);
    QCOMPARE(qualifierName(v.figure.qualifier), qualifier);
}

void TestIndicators::badCatalog_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    const QByteArray head = R"({"format":"duizhao-indicators","version":1,"id":"t","indicators":[)";
    const QByteArray label = R"("label":{"zh":"处罚","en":"Penalties"})";
    QTest::newRow("syntax") << QByteArray("{") << u"JSON syntax error"_s;
    QTest::newRow("format") << QByteArray(R"({"format":"other","version":1})") << u"\"format\""_s;
    QTest::newRow("version") << QByteArray(R"({"format":"duizhao-indicators","version":9})") << u"version"_s;
    QTest::newRow("no indicators") << QByteArray(R"({"format":"duizhao-indicators","version":1,"id":"t","indicators":[]})") << u"\"indicators\""_s;
    QTest::newRow("no unit") << head + R"({"id":"a",)" + label + R"(,"measureWords":["件"],"anchors":["处罚"]}]})" << u"\"unit\""_s;
    QTest::newRow("no measure words") << head + R"({"id":"a",)" + label + R"(,"unit":"件","anchors":["处罚"]}]})" << u"measureWords"_s;
    QTest::newRow("no anchors") << head + R"({"id":"a",)" + label + R"(,"unit":"件","measureWords":["件"]}]})" << u"anchors"_s;
    QTest::newRow("unknown part") << head + R"({"id":"a",)" + label + R"(,"unit":"件","measureWords":["件"],"anchors":["处罚"],"parts":["P9"]}]})" << u"P9"_s;
    QTest::newRow("unknown theme") << head + R"({"id":"a",)" + label + R"(,"unit":"件","measureWords":["件"],"themeAnchors":{"T99":["培训"]}}]})" << u"T99"_s;
    QTest::newRow("bad pattern") << head + R"({"id":"a",)" + label + R"(,"unit":"件","measureWords":["件"],"anchors":["处罚"],"totalPatterns":["(共"]}]})"
                                 << u"(共"_s;
    QTest::newRow("duplicate id") << head + R"({"id":"a",)" + label + R"(,"unit":"件","measureWords":["件"],"anchors":["处罚"]},{"id":"a",)" + label
            + R"(,"unit":"件","measureWords":["件"],"anchors":["处罚"]}]})"
                                  << u"twice"_s;
    QTest::newRow("events without a term") << head + R"({"id":"a",)" + label + R"(,"method":"events","unit":"次","measureWords":["次"]}]})" << u"eventTerm"_s;
    QTest::newRow("unknown method") << head + R"({"id":"a",)" + label + R"(,"method":"guess","unit":"次","measureWords":["次"],"anchors":["x"]}]})"
                                    << u"guess"_s;
}

void TestIndicators::badCatalog()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const auto catalog = IndicatorCatalog::fromJson(json, u"my-indicators.json"_s, Scheme::builtIn().value());
    QVERIFY(!catalog);
    QVERIFY2(catalog.error().contains(u"my-indicators.json"_s), qPrintable(catalog.error()));
    QVERIFY2(catalog.error().contains(problem), qPrintable(catalog.error()));
}

void TestIndicators::subset()
{
    const auto catalog = IndicatorCatalog::builtIn();
    const auto two = catalog->subset({u"emergency_drills"_s, u"penalty_cases"_s});
    QVERIFY(two);
    QCOMPARE(two->ids(), (QStringList {u"emergency_drills"_s, u"penalty_cases"_s}));
    const auto unknown = catalog->subset({u"penalty_cases"_s, u"parking_tickets"_s});
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(u"parking_tickets"_s));
}

void TestIndicators::jsonShape()
{
    const QJsonObject json = IndicatorFormat::toJson({seedAt(3).indicators});
    const QJsonObject report = json.value(u"reports"_s).toArray().at(0).toObject();
    QCOMPARE(report.value(u"district"_s).toString(), u"九龙坡"_s);
    QCOMPARE(report.value(u"year"_s).toInt(), 2023);
    const QJsonArray indicators = report.value(u"indicators"_s).toArray();
    QCOMPARE(indicators.size(), IndicatorCatalog::builtIn()->indicators().size());
    const QJsonObject penalty = indicators.at(0).toObject();
    for (const char *key : {"id", "label", "value", "unit", "qualifier", "lower", "upper", "evidence", "start", "end", "section", "confidence", "components"})
        QVERIFY2(penalty.contains(QString::fromUtf8(key)), key);
    QCOMPARE(penalty.value(u"value"_s).toDouble(), 314.0);
    QCOMPARE(penalty.value(u"qualifier"_s).toString(), u"exact"_s);
    const int start = penalty.value(u"start"_s).toInt();
    const int end = penalty.value(u"end"_s).toInt();
    QCOMPARE(seedAt(3).report.text.mid(start, end - start), u"314件"_s);
    QCOMPARE(penalty.value(u"section"_s).toString(), u"（三）行政执法坚强有力"_s);
    QCOMPARE(penalty.value(u"node"_s).toString(), u"P1.T05"_s);
    const QJsonObject fines = indicators.at(6).toObject();
    QVERIFY(fines.value(u"value"_s).isNull());
    QVERIFY(fines.value(u"start"_s).isNull());
    QCOMPARE(fines.value(u"qualifier"_s).toString(), u"none"_s);
}

void TestIndicators::csvHasOneRowPerIndicator()
{
    QList<ReportIndicators> all;
    for (const Extracted &e : seedIndicators())
        all.append(e.indicators);
    const QStringList lines = IndicatorFormat::toCsv(all).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 5 * IndicatorCatalog::builtIn()->indicators().size());
    QVERIFY(lines.first().startsWith(u"file,district,year,indicator"_s));
    QVERIFY(IndicatorFormat::toCsv(all).contains(u",175,≥175,场次,at_least,175,"_s));
}

QTEST_GUILESS_MAIN(TestIndicators)

#include "tst_indicators.moc"
