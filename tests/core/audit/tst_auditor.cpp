// Auditor: the per-report checks on the seeds and on reports written for the
// tests (publication dates, signatures, figures, shortcomings), corrections
// counted, the JSON the CLI prints.

#include "alignment/alignmentcorrection.h"
#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportpipeline.h"
#include "audit/auditformat.h"
#include "audit/auditor.h"
#include "audit/timelinesscheck.h"
#include "seedfiles.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

const AnalysisEngines &engines()
{
    return *AnalysisEngines::builtIn().value();
}

QList<ReportAudit> auditOf(const QList<Report> &reports, const QList<AlignmentCorrection> &corrections = {})
{
    return Auditor().audit(Comparison::analyse(engines(), reports, corrections));
}

const QList<ReportAudit> &seedAudits()
{
    static const QList<ReportAudit> audits = auditOf(Test::loadSeeds());
    return audits;
}

const ReportAudit &seed(QStringView prefix)
{
    for (const ReportAudit &a : seedAudits()) {
        if (a.file.contains(u'/' + prefix.toString()))
            return a;
    }
    qFatal("no seed %s", qPrintable(prefix.toString()));
}

const QString DefaultMeasures = u"全年办理行政处罚案件35件，组织执法培训4次，审核规范性文件12件。"_s;
const QString DefaultShortcomings = u"一是执法人员专业素质有待提高；二是基层执法力量不足；三是案卷制作不够规范。"_s;

// A report of 柳林区司法局 for 2024, with the header, measures, shortcomings and end given.
Report makeReport(const QString &header, const QString &footer, const QString &measures = DefaultMeasures, const QString &shortcomings = DefaultShortcomings)
{
    const QString text = u"柳林区司法局2024年法治政府建设情况报告\n"_s + header
        + u"\n\n2024年，柳林区司法局认真履行法治政府建设职责，现将有关情况报告如下。\n"_s + u"一、主要举措和成效\n（一）推进行政执法规范化\n"_s + measures
        + u"\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n"_s + u"主要负责人专题研究法治工作3次，带头讲法治课1次。\n三、存在的不足和原因\n"_s
        + shortcomings + u"\n四、下一年度工作安排\n"_s + u"继续加强执法队伍建设，提升行政执法质量。\n\n"_s + footer + u'\n';
    return ReportPipeline::readText(text, u"liulin-2024.txt"_s);
}

const QString Signed = u"柳林区司法局\n2025年3月1日"_s;

} // namespace

class TestAuditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsRequiredContents();
    void seedsTimeliness();
    void seedsCopyNothing();
    void correctionsCount();
    void timeliness_data();
    void timeliness();
    void yearNotStated();
    void publicationDateFirstLabelledLine_data();
    void publicationDateFirstLabelledLine();
    void signature_data();
    void signature();
    void substance_data();
    void substance();
    void everyCheckHasAReason();
    void jsonShape();
    void rulesFile_data();
    void rulesFile();
};

void TestAuditor::seedsRequiredContents()
{
    const ReportAudit &jiulongpo = seed(u"003"_s);
    QCOMPARE(jiulongpo.missing, QStringList {u"P2"_s});
    QCOMPARE(jiulongpo.check(AuditCheckId::Contents)->status, AuditStatus::Finding);
    QVERIFY(jiulongpo.check(AuditCheckId::Contents)->reason.contains(u"P2"_s));
    QCOMPARE(jiulongpo.check(AuditCheckId::Shortcomings)->status, AuditStatus::Finding);
    QCOMPARE(jiulongpo.p2Share, 0.0);
    for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"004"_s}) {
        QVERIFY2(seed(prefix).missing.isEmpty(), qPrintable(prefix));
        QCOMPARE(seed(prefix).check(AuditCheckId::Contents)->status, AuditStatus::Met);
        // P5 is listed, never a finding.
        QVERIFY(seed(prefix).absent.contains(u"P5"_s));
    }
}

void TestAuditor::seedsTimeliness()
{
    const ReportAudit &haimen = seed(u"002"_s);
    QCOMPARE(haimen.published, QDate(2025, 2, 24));
    QCOMPARE(haimen.deadline, QDate(2025, 4, 1));
    QCOMPARE(haimen.timeliness, Timeliness::OnTime);
    QCOMPARE(haimen.daysLate, -1);
    QCOMPARE(haimen.check(AuditCheckId::Timeliness)->status, AuditStatus::Met);
    // 滨海 is signed on 2025-02-19 but says nowhere when it was published.
    const ReportAudit &binhai = seed(u"000"_s);
    QCOMPARE(binhai.timeliness, Timeliness::Unknown);
    QVERIFY(!binhai.published.isValid());
    QCOMPARE(binhai.signingDate, QDate(2025, 2, 19));
    QVERIFY(binhai.check(AuditCheckId::Timeliness)->reason.contains(u"2025-02-19"_s));
    QCOMPARE(binhai.signature->date, u"2025-02-19"_s);
}

void TestAuditor::seedsCopyNothing()
{
    for (const ReportAudit &a : seedAudits()) {
        QVERIFY2(a.copied.passages.isEmpty(), qPrintable(a.displayName));
        for (const AuditCheckId id : {AuditCheckId::Copied, AuditCheckId::CopiedBy, AuditCheckId::Shared}) {
            QCOMPARE(a.check(id)->status, AuditStatus::Met);
            QCOMPARE(a.check(id)->value, u"0.0%"_s);
        }
    }
    // The slogans they share are there, set apart.
    int withBoilerplate = 0;
    for (const ReportAudit &a : seedAudits())
        withBoilerplate += a.copied.boilerplate.isEmpty() ? 0 : 1;
    QVERIFY(withBoilerplate >= 4);
}

void TestAuditor::correctionsCount()
{
    // An analyst says 九龙坡's last top heading holds its shortcomings: P2 is then present.
    const Report jiulongpo = Test::loadSeed(u"003"_s);
    int last = -1;
    for (int i = 0; i < jiulongpo.sections.size(); ++i) {
        if (jiulongpo.sections.at(i).parent == -1)
            last = i;
    }
    QVERIFY(last >= 0);
    const QList<ReportAudit> audits = auditOf({jiulongpo}, {AlignmentCorrection::reassign(SectionRef::of(jiulongpo, last), u"P2"_s)});
    QVERIFY(!audits.first().missing.contains(u"P2"_s));
    QVERIFY(audits.first().present.contains(u"P2"_s));
}

void TestAuditor::timeliness_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<int>("timeliness");
    QTest::addColumn<int>("daysLate");
    QTest::addColumn<QDate>("published");

    const QString source = u"来源：柳林区人民政府 发布时间：%1 字体：[大 中 小]"_s;
    QTest::newRow("web header, 31 March") << source.arg(u"2025-03-31 16:00"_s) << Signed << int(Timeliness::OnTime) << -1 << QDate(2025, 3, 31);
    QTest::newRow("web header, 1 April is a day late") << source.arg(u"2025-04-01 08:00"_s) << Signed << int(Timeliness::Late) << 1 << QDate(2025, 4, 1);
    QTest::newRow("web header, 10 May") << source.arg(u"2025-05-10"_s) << Signed << int(Timeliness::Late) << 40 << QDate(2025, 5, 10);
    QTest::newRow("metadata line 发布日期") << u"发布日期：2025年2月3日"_s << Signed << int(Timeliness::OnTime) << -1 << QDate(2025, 2, 3);
    QTest::newRow("half-width header") << u"来源: 司法局 发布时间:2026-01-05 10:49 累计次数: 字体:[ ]"_s << Signed << int(Timeliness::Late) << 280
                                       << QDate(2026, 1, 5);
    QTest::newRow("signed, never dated as published") << QString() << Signed << int(Timeliness::Unknown) << -1 << QDate();
    QTest::newRow("no date at all") << QString() << QString() << int(Timeliness::Unknown) << -1 << QDate();
}

void TestAuditor::timeliness()
{
    QFETCH(QString, header);
    QFETCH(QString, footer);
    QFETCH(int, timeliness);
    QFETCH(int, daysLate);
    QFETCH(QDate, published);
    const ReportAudit a = auditOf({makeReport(header, footer)}).first();
    QCOMPARE(a.deadline, QDate(2025, 4, 1));
    QCOMPARE(int(a.timeliness), timeliness);
    QCOMPARE(a.daysLate, daysLate);
    QCOMPARE(a.published, published);
    const AuditCheck *c = a.check(AuditCheckId::Timeliness);
    QCOMPARE(c->status,
        timeliness == int(Timeliness::OnTime)     ? AuditStatus::Met
            : timeliness == int(Timeliness::Late) ? AuditStatus::Finding
                                                  : AuditStatus::Unknown);
    if (timeliness == int(Timeliness::Unknown) && !footer.isEmpty()) {
        // The signing date is given, as such, never as the publication date.
        QCOMPARE(a.signingDate, QDate(2025, 3, 1));
        QVERIFY(c->reason.contains(u"2025-03-01"_s));
    }
}

// The first line holding a label and a date gives the publication date,
// wherever the lines stand: the text's first line, its last, one after a
// long sentence that also names the label.
void TestAuditor::publicationDateFirstLabelledLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    const QString body = u"柳林区司法局2024年法治政府建设情况报告\n一、主要举措和成效\n全年办理行政处罚案件35件。\n"_s;
    QTest::newRow("the first line") << u"发布日期：2025年3月20日\n"_s + body + u"发布时间：2025-05-10\n"_s << QDate(2025, 3, 20);
    QTest::newRow("the last line, no newline after it") << body + u"发布时间：2025-05-10"_s << QDate(2025, 5, 10);
    QTest::newRow("a label without a date first") << u"发布时间：不详\n"_s + body + u"发布时间：2025-05-10\n"_s << QDate(2025, 5, 10);
    QTest::newRow("a long sentence is no header") << body + u"本报告经局务会审议通过，"_s + QString(160, u'文')
            + u"发布日期：2025年3月20日。\n发布时间：2025-05-10\n"_s
                                                  << QDate(2025, 5, 10);
    QTest::newRow("no label") << body << QDate();
}

void TestAuditor::publicationDateFirstLabelledLine()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    Report report;
    report.text = text;
    const auto found = TimelinessCheck::publicationDate(report, AuditRules::builtIn());
    QCOMPARE(found ? found->date : QDate(), published);
    if (found)
        QVERIFY(report.text.mid(found->span.start, found->span.length()).startsWith(QString::number(published.year())));
}

void TestAuditor::yearNotStated()
{
    // No year in the title or preamble: the one guessed from the publication
    // date is not held against that same date.
    const QString text = u"柳林区司法局法治政府建设情况报告\n来源：柳林区人民政府 发布时间：2025-05-10 09:00 字体：[大 中 小]\n\n"
                         u"一、主要举措和成效\n全年办理行政处罚案件35件。\n二、存在的不足和原因\n执法力量不足。\n\n柳林区司法局\n"_s;
    const ReportAudit a = auditOf({ReportPipeline::readText(text, u"undated.txt"_s)}).first();
    QCOMPARE(a.published, QDate(2025, 5, 10));
    QVERIFY(!a.deadline.isValid());
    QCOMPARE(a.timeliness, Timeliness::Unknown);
    QCOMPARE(a.check(AuditCheckId::Timeliness)->status, AuditStatus::Unknown);

    // The analyst says which year it reports on (Edit Identity): that year is stated.
    ReportAnalysis analysis = ReportPipeline(engines()).analyse(ReportPipeline::readText(text, u"undated.txt"_s));
    analysis.applyIdentity({{u"year"_s, u"2024"_s}});
    const ReportAudit given = Auditor().audit(Comparison::compose(engines(), {analysis}, {})).first();
    QCOMPARE(given.deadline, QDate(2025, 4, 1));
    QCOMPARE(given.timeliness, Timeliness::Late);
    QCOMPARE(given.daysLate, 40);
    QCOMPARE(given.check(AuditCheckId::Timeliness)->status, AuditStatus::Finding);
}

void TestAuditor::signature_data()
{
    QTest::addColumn<QString>("footer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("date");
    QTest::newRow("issuer and date") << Signed << int(AuditStatus::Met) << u"柳林区司法局"_s << u"2025-03-01"_s;
    QTest::newRow("date only") << u"2025年3月1日"_s << int(AuditStatus::Finding) << QString() << u"2025-03-01"_s;
    QTest::newRow("nothing") << QString() << int(AuditStatus::Finding) << QString() << QString();
}

void TestAuditor::signature()
{
    QFETCH(QString, footer);
    QFETCH(int, status);
    QFETCH(QString, issuer);
    QFETCH(QString, date);
    const ReportAudit a = auditOf({makeReport(QString(), footer)}).first();
    QCOMPARE(int(a.check(AuditCheckId::Signature)->status), status);
    QCOMPARE(a.signature.has_value(), !issuer.isEmpty() || !date.isEmpty());
    if (a.signature) {
        QCOMPARE(a.signature->issuer, issuer);
        QCOMPARE(a.signature->date, date);
    }
}

void TestAuditor::substance_data()
{
    QTest::addColumn<QString>("measures");
    QTest::addColumn<QString>("shortcomings");
    QTest::addColumn<int>("figures");
    QTest::addColumn<int>("figuresStatus");
    QTest::addColumn<int>("shareStatus");
    QTest::addColumn<int>("shortcomingCount");

    QTest::newRow("figures and shortcomings") << DefaultMeasures << DefaultShortcomings << 3 << int(AuditStatus::Met) << int(AuditStatus::Met) << 3;
    QTest::newRow("results without figures") << u"持续推进行政执法规范化建设，不断提高执法水平，取得了良好成效，群众满意度明显提升。"_s << DefaultShortcomings
                                             << 0 << int(AuditStatus::Finding) << int(AuditStatus::Met) << 3;
    QTest::newRow("dates, ordinals and document numbers are no figures")
        << u"2024年3月印发《柳林区行政执法规范》（柳司发〔2024〕12号），第3季度开展专项评查，12348热线全天候运行。"_s << DefaultShortcomings << 0
        << int(AuditStatus::Finding) << int(AuditStatus::Met) << 3;
    QString long_;
    for (int i = 1; i <= 30; ++i)
        long_ += u"第%1批执法检查完成，查处违法案件%2件，责令整改%3家。"_s.arg(i).arg(i + 10).arg(i + 3);
    QTest::newRow("all achievements, one token admission") << long_ << u"宣传有待加强。"_s << 60 << int(AuditStatus::Met) << int(AuditStatus::Finding) << 1;
}

void TestAuditor::substance()
{
    QFETCH(QString, measures);
    QFETCH(QString, shortcomings);
    QFETCH(int, figures);
    QFETCH(int, figuresStatus);
    QFETCH(int, shareStatus);
    QFETCH(int, shortcomingCount);
    const ReportAudit a = auditOf({makeReport(QString(), Signed, measures, shortcomings)}).first();
    QCOMPARE(a.figures, figures);
    QCOMPARE(int(a.check(AuditCheckId::Figures)->status), figuresStatus);
    QVERIFY(a.p1Length > measures.size() / 2);
    QVERIFY(qAbs(a.figuresPer1000 - 1000.0 * figures / a.p1Length) < 1e-9);
    QCOMPARE(int(a.check(AuditCheckId::ShortcomingsShare)->status), shareStatus);
    QVERIFY(a.p2Share > 0 && a.p2Share < 1);
    QCOMPARE(a.shortcomings, shortcomingCount);
}

void TestAuditor::everyCheckHasAReason()
{
    for (const ReportAudit &a : seedAudits()) {
        QCOMPARE(a.checks.size(), int(AuditCheckId::FollowUp) + 1);
        for (int i = 0; i < a.checks.size(); ++i) {
            QCOMPARE(int(a.checks.at(i).id), i);
            QVERIFY2(!a.checks.at(i).reason.isEmpty(), qPrintable(auditCheckKey(a.checks.at(i).id)));
            QVERIFY(!a.checks.at(i).value.isEmpty());
            if (a.checks.at(i).span.isValid())
                QVERIFY(a.checks.at(i).span.end <= Test::loadSeed(QFileInfo(a.file).fileName().left(3)).text.size());
        }
    }
}

void TestAuditor::jsonShape()
{
    QList<Report> reports = Test::loadSeeds();
    const QList<ReportAudit> audits = auditOf(reports);
    const QJsonObject root = AuditFormat::toJson(audits, reports);
    QCOMPARE(root.keys(), QStringList {u"reports"_s});
    const QJsonArray list = root.value(u"reports"_s).toArray();
    QCOMPARE(list.size(), 5);
    QStringList keys {u"file"_s, u"label"_s, u"district"_s, u"year"_s, u"parts"_s, u"published"_s, u"deadline"_s, u"timeliness"_s, u"days_late"_s, u"signed"_s,
        u"figures_per_1000"_s, u"p2_share"_s, u"order"_s, u"copied"_s, u"copied_by"_s, u"shared"_s, u"boilerplate"_s, u"followups"_s};
    keys.sort();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), keys);
        QCOMPARE(o.value(u"parts"_s).toObject().keys(), (QStringList {u"missing"_s, u"present"_s}));
        QCOMPARE(o.value(u"copied"_s).toObject().keys(), (QStringList {u"own_share"_s, u"passages"_s, u"share"_s}));
        QCOMPARE(o.value(u"copied_by"_s).toObject().keys(), (QStringList {u"passages"_s, u"share"_s}));
        QCOMPARE(o.value(u"shared"_s).toObject().keys(), (QStringList {u"passages"_s, u"share"_s}));
        QCOMPARE(o.value(u"order"_s).toObject().keys(), (QStringList {u"date"_s, u"date_kind"_s, u"year"_s}));
        QVERIFY(o.value(u"followups"_s).isNull());
        QVERIFY(o.value(u"deadline"_s).toString().endsWith(u"-04-01"_s));
        QVERIFY(QStringList({u"on_time"_s, u"late"_s, u"unknown"_s}).contains(o.value(u"timeliness"_s).toString()));
        QVERIFY(o.value(u"published"_s).isNull() || o.value(u"published"_s).isString());
        QVERIFY(o.value(u"days_late"_s).isNull() || o.value(u"days_late"_s).isDouble());
        QVERIFY(o.value(u"figures_per_1000"_s).isDouble());
        QVERIFY(o.value(u"p2_share"_s).isDouble());
    }
    const QJsonObject haimen = list.at(2).toObject();
    QCOMPARE(haimen.value(u"published"_s).toString(), u"2025-02-24"_s);
    QCOMPARE(haimen.value(u"timeliness"_s).toString(), u"on_time"_s);
    QCOMPARE(list.at(3).toObject().value(u"parts"_s).toObject().value(u"missing"_s).toArray(), QJsonArray {u"P2"_s});
    QCOMPARE(list.at(0).toObject().value(u"signed"_s).toObject().value(u"date"_s).toString(), u"2025-02-19"_s);
}

void TestAuditor::rulesFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QFile builtIn(u":/duizhao/audit/lawgov-audit.json"_s);
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    const QByteArray good = builtIn.readAll();
    QTest::newRow("built in") << good << QString();
    QTest::newRow("not JSON") << QByteArray("{") << u"JSON syntax error"_s;
    QTest::newRow("another format") << QByteArray(good).replace("duizhao-audit", "duizhao-other") << u"\"format\""_s;
    QTest::newRow("month 13") << QByteArray(good).replace("\"month\": 4", "\"month\": 13") << u"\"month\""_s;
    QTest::newRow("required part not reported") << QByteArray(good).replace("\"reportedParts\": [\"P1\", ", "\"reportedParts\": [") << u"P1"_s;
}

void TestAuditor::rulesFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const auto rules = AuditRules::fromJson(json, u"rules.json"_s);
    QCOMPARE(rules.isValid(), problem.isEmpty());
    if (!problem.isEmpty()) {
        QVERIFY2(rules.error().contains(problem), qPrintable(rules.error()));
        QVERIFY(rules.error().startsWith(u"rules.json"_s));
    } else {
        QCOMPARE(rules->requiredParts, (QStringList {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s}));
        QCOMPARE(rules->copying.passageLength, 13);
    }
}

QTEST_GUILESS_MAIN(TestAuditor)
#include "tst_auditor.moc"
