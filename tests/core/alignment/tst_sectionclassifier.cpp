// SectionClassifier: the heading-variant set (tests/data/heading-variants.json),
// the seed rows of ../shared/reference/seed-expectations.md, and the rules
// (body for generic headings, parent for neutral children, split headings).

#include "alignment/scheme.h"
#include "alignment/sectionclassifier.h"
#include "analysis/reportpipeline.h"
#include "handmadereport.h"
#include "seedfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

using Dz::Test::makeReport;
using Dz::Test::OutlineItem;
using Dz::Test::seedPath;

QString compact(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// Finds the section whose marker+title starts with @p heading (white space ignored).
int findSection(const Dz::Report &report, const QString &heading)
{
    const QString wanted = compact(heading);
    for (int i = 0; i < report.sections.size(); ++i) {
        const Dz::Section &s = report.sections.at(i);
        const QString title = compact(s.title);
        const QString full = compact(s.marker) + title;
        if (!title.isEmpty() && (full.startsWith(wanted) || wanted.endsWith(title) || title.startsWith(wanted)))
            return i;
    }
    return -1;
}

} // namespace

class TestSectionClassifier : public QObject
{
    Q_OBJECT

private:
    std::optional<Dz::SectionClassifier> m_classifier;
    QHash<QString, Dz::Report> m_seeds;
    int m_variants = 0;
    int m_variantPartsRight = 0;
    int m_variantThemesChecked = 0;
    int m_variantThemesRight = 0;
    int m_seedRows = 0;
    int m_seedThemesChecked = 0;
    int m_seedThemesRight = 0;

    const Dz::Report &seed(const QString &prefix)
    {
        if (!m_seeds.contains(prefix)) {
            const auto report = Dz::ReportPipeline::readFile(seedPath(prefix));
            if (!report)
                qFatal("cannot load seed %s: %s", qPrintable(prefix), qPrintable(report.error()));
            m_seeds.insert(prefix, report.value());
        }
        return m_seeds[prefix];
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto scheme = Dz::Scheme::builtIn();
        QVERIFY2(scheme.isValid(), qPrintable(scheme.error()));
        m_classifier.emplace(scheme.value());
    }

    // ---- the variant set ----

    void headingVariant_data()
    {
        QTest::addColumn<QJsonObject>("variant");
        QFile file(QStringLiteral(DUIZHAO_TEST_DATA_DIR "/heading-variants.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray variants = QJsonDocument::fromJson(file.readAll()).object().value(u"variants"_s).toArray();
        QVERIFY(variants.size() >= 80);
        for (const QJsonValue &v : variants) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(u"heading"_s).toString())) << o;
        }
    }

    // Each row is counted rather than asserted, so the set can hold hard
    // cases; variantAccuracy() asserts the overall figures.
    void headingVariant()
    {
        QFETCH(QJsonObject, variant);
        const QString heading = variant.value(u"heading"_s).toString();
        QList<OutlineItem> items;
        if (variant.contains(u"parent"_s))
            items.append({1, variant.value(u"parent"_s).toString(), QString(), -1});
        items.append({variant.value(u"level"_s).toInt(1), heading, variant.value(u"body"_s).toString(), items.isEmpty() ? -1 : 0});
        const Dz::Report report = makeReport(items);
        const Dz::ReportClassification result = m_classifier->classify(report);
        const Dz::SectionClassification &c = result.sections.constLast();

        ++m_variants;
        const QString part = variant.value(u"part"_s).toString();
        const QString itemsPart = variant.value(u"itemsPart"_s).toString();
        const bool partRight = c.part == part && c.itemsPart == itemsPart;
        if (partRight)
            ++m_variantPartsRight;
        else
            qInfo().noquote() << "variant part miss:" << heading << "expected" << part << itemsPart << "got" << c.part << c.itemsPart << "—" << c.why();

        if (variant.contains(u"theme"_s)) {
            ++m_variantThemesChecked;
            const QJsonValue expected = variant.value(u"theme"_s);
            QStringList accepted;
            if (expected.isArray()) {
                for (const QJsonValue &t : expected.toArray())
                    accepted.append(t.toString());
            } else if (expected.isString()) {
                accepted.append(expected.toString());
            }
            const bool themeRight = accepted.isEmpty() ? c.theme.isEmpty() : accepted.contains(c.theme);
            if (themeRight)
                ++m_variantThemesRight;
            else
                qInfo().noquote() << "variant theme miss:" << heading << "expected" << accepted << "got" << c.theme << "—" << c.why();
        }
        QVERIFY(!c.why().isEmpty());
        QCOMPARE(c.themes.size(), m_classifier->scheme().themes().size());
    }

    void variantAccuracy()
    {
        QVERIFY(m_variants >= 80);
        const double partAccuracy = double(m_variantPartsRight) / m_variants;
        const double themeAccuracy = m_variantThemesChecked ? double(m_variantThemesRight) / m_variantThemesChecked : 1.0;
        qInfo().noquote() << u"heading variants: part %1/%2 (%3%), theme %4/%5 (%6%)"_s.arg(m_variantPartsRight)
                                 .arg(m_variants)
                                 .arg(100 * partAccuracy, 0, 'f', 1)
                                 .arg(m_variantThemesRight)
                                 .arg(m_variantThemesChecked)
                                 .arg(100 * themeAccuracy, 0, 'f', 1);
        QVERIFY2(partAccuracy >= 0.95, "part accuracy on the heading variants fell below 95%");
        QVERIFY2(themeAccuracy >= 0.90, "theme accuracy on the heading variants fell below 90%");
    }

    // ---- the seeds ----

    // Every heading row of seed-expectations.md. Themes: the first listed, or
    // an alternative the reference accepts; empty when none is expected.
    void seedHeading_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QStringList>("themes");

        const auto row = [](const char *seed, const QString &heading, const QString &part, const QStringList &themes) {
            QTest::addRow("%s %s", seed, qPrintable(heading)) << QString::fromLatin1(seed) << heading << part << themes;
        };
        row("000", u"一、主要举措和成效"_s, u"P1"_s, {});
        row("000", u"（一）全面加强党对法治政府建设的领导"_s, u"P1"_s, {u"T01"_s});
        row("000", u"（二）依法全面履行政府部门职能"_s, u"P1"_s, {u"T02"_s});
        row("000", u"（三）持续打造一流营商环境"_s, u"P1"_s, {u"T02"_s});
        row("000", u"（四）严格规范公正文明执法"_s, u"P1"_s, {u"T05"_s});
        row("000", u"（五）抓实普法宣传，持续提升法治素养"_s, u"P1"_s, {u"T10"_s});
        row("000", u"（六）加强行政规范性文件和行政处罚案卷的管理"_s, u"P1"_s, {u"T03"_s, u"T05"_s});
        row("000", u"（七）积极推进法治化营商环境建设"_s, u"P1"_s, {u"T02"_s});
        row("000", u"（八）利用法治思维化解社会矛盾纠纷"_s, u"P1"_s, {u"T07"_s});
        row("000", u"（九）强化突发事件依法处置"_s, u"P1"_s, {u"T06"_s});
        row("000", u"二、履行推进法治建设第一责任人职责情况"_s, u"P3"_s, {});
        row("000", u"三、存在的不足和原因"_s, u"P2"_s, {});
        row("000", u"下一年度主要工作安排"_s, u"P4"_s, {});
        row("001", u"一、推进法治政府建设的主要举措和成效"_s, u"P1"_s, {});
        row("001", u"（一）完善法治制度"_s, u"P1"_s, {u"T03"_s});
        row("001", u"（二）推进法治宣传教育"_s, u"P1"_s, {u"T10"_s});
        row("001", u"（三）加强执法队伍建设，强化监管和行政执法能力"_s, u"P1"_s, {u"T05"_s});
        row("001", u"（四）依法履行政府职能，加强行政权力的制约和监督"_s, u"P1"_s, {u"T08"_s, u"T02"_s});
        row("001", u"（五）不断优化公共服务水平，优化营商环境"_s, u"P1"_s, {u"T02"_s});
        row("001", u"（六）推进行政决策科学化、民主化、法治化"_s, u"P1"_s, {u"T04"_s});
        row("001", u"二、党政主要负责人履行推进法治建设第一责任人职责"_s, u"P3"_s, {});
        row("001", u"三、推进法治政府建设存在的不足和原因"_s, u"P2"_s, {});
        row("001", u"四、下一年度推进法治政府建设的主要安排"_s, u"P4"_s, {});
        row("002", u"一、本年度推进法治政府建设的主要举措和成效"_s, u"P1"_s, {});
        row("002", u"(一)深入学习贯彻习近平法治思想"_s, u"P1"_s, {u"T01"_s});
        row("002", u"(二)全面依法履行政府职能"_s, u"P1"_s, {u"T02"_s});
        row("002", u"(三)提升重大行政决策质效"_s, u"P1"_s, {u"T04"_s});
        row("002", u"(四)推进严格规范公正文明执法"_s, u"P1"_s, {u"T05"_s});
        row("002", u"(五)加强法治宣传教育"_s, u"P1"_s, {u"T10"_s});
        row("002", u"(六)强化行政权力制约监督"_s, u"P1"_s, {u"T08"_s});
        row("002", u"(七)加强矛盾纠纷源头治理"_s, u"P1"_s, {u"T07"_s});
        row("002", u"二、主要负责人履行推进法治建设第一责任人职责"_s, u"P3"_s, {});
        row("002", u"三、存在的不足和下一步工作打算"_s, u"P2"_s, {});
        row("003", u"依法履行政府职能，夯实法治政府建设基础"_s, u"P1"_s, {u"T02"_s});
        row("003", u"主要负责人履行推进法治建设第一责任人职责"_s, u"P3"_s, {});
        row("003", u"（二）强化法治基础"_s, u"P1"_s, {u"T11"_s});
        row("003", u"（三）提升政务服务，营商环境进一步优化"_s, u"P1"_s, {u"T02"_s});
        row("003", u"二、切实做好依法行政，强化法治政府建设保障"_s, u"P1"_s, {u"T04"_s, u"T07"_s, u"T06"_s});
        row("003", u"三、优化行政执法程序，严格规范公正文明执法"_s, u"P1"_s, {u"T05"_s});
        row("003", u"四、开展法治宣传教育，提高法治政府建设水平"_s, u"P1"_s, {u"T10"_s});
        row("003", u"五、下一步打算"_s, u"P4"_s, {});
        row("004", u"一、湖滨区卫健委主要负责人法治政府建设第一责任人职责"_s, u"P3"_s, {});
        row("004", u"二、法治政府建设的主要举措和成效"_s, u"P1"_s, {});
        row("004", u"（一）坚持党的领导，深入学习贯彻习近平法治思想"_s, u"P1"_s, {u"T01"_s});
        row("004", u"（二）规范行政执法，全面落实行政执法“三项制度”"_s, u"P1"_s, {u"T05"_s});
        row("004", u"（三）优化营商环境，加快构建行政执法协调监督工作体系"_s, u"P1"_s, {u"T02"_s});
        row("004", u"（四）加强依法行政，健全科学民主决策制度机制"_s, u"P1"_s, {u"T04"_s});
        row("004", u"（五）落实卫生监管，依规有序防控行业风险隐患"_s, u"P1"_s, {u"T05"_s});
        row("004", u"坚持以法润城，大力推进法治政府建设工作"_s, u"P1"_s, {u"T10"_s});
        row("004", u"三、存在的不足、原因和问题整改情况"_s, u"P2"_s, {});
        row("004", u"四、2026年推进法治政府建设的初步安排"_s, u"P4"_s, {});
    }

    // Parts must all be right; themes are counted and asserted in seedAccuracy().
    void seedHeading()
    {
        QFETCH(QString, seed);
        QFETCH(QString, heading);
        QFETCH(QString, part);
        QFETCH(QStringList, themes);
        const Dz::Report &report = this->seed(seed);
        const int index = findSection(report, heading);
        QVERIFY2(index >= 0, qPrintable(u"the outline has no section “%1”"_s.arg(heading)));
        const Dz::ReportClassification result = m_classifier->classify(report);
        const Dz::SectionClassification &c = result.sections.at(index);
        ++m_seedRows;
        if (!themes.isEmpty()) {
            ++m_seedThemesChecked;
            if (themes.contains(c.theme))
                ++m_seedThemesRight;
            else
                qInfo().noquote() << "seed theme miss:" << seed << heading << "expected" << themes << "got" << c.theme << "—" << c.why();
        }
        QVERIFY2(c.part == part, qPrintable(u"got %1: %2"_s.arg(c.part, c.why())));
    }

    void seedAccuracy()
    {
        QVERIFY(m_seedRows > 0);
        const double themeAccuracy = double(m_seedThemesRight) / m_seedThemesChecked;
        qInfo().noquote() << u"seed headings: %1 rows, themes %2/%3 (%4%)"_s.arg(m_seedRows)
                                 .arg(m_seedThemesRight)
                                 .arg(m_seedThemesChecked)
                                 .arg(100 * themeAccuracy, 0, 'f', 1);
        QVERIFY(themeAccuracy >= 0.9);
    }

    void missingParts_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("000 滨海") << u"000"_s << QStringList();
        QTest::newRow("001 蓟州") << u"001"_s << QStringList();
        QTest::newRow("002 海门") << u"002"_s << QStringList();
        QTest::newRow("003 九龙坡 has no P2") << u"003"_s << QStringList {u"P2"_s};
        QTest::newRow("004 湖滨") << u"004"_s << QStringList();
    }

    void missingParts()
    {
        QFETCH(QString, seed);
        QFETCH(QStringList, missing);
        QCOMPARE(m_classifier->classify(this->seed(seed)).missingParts, missing);
    }

    // 海门's 三、存在的不足和下一步工作打算: opening paragraph P2, items P4.
    void seedSplit()
    {
        const Dz::Report &report = seed(u"002"_s);
        const int index = findSection(report, u"三、存在的不足和下一步工作打算"_s);
        QVERIFY(index >= 0);
        const Dz::ReportClassification result = m_classifier->classify(report);
        const Dz::SectionClassification &c = result.sections.at(index);
        QCOMPARE(c.part, u"P2"_s);
        QCOMPARE(c.itemsPart, u"P4"_s);
        QVERIFY(c.introSpan.isValid());
        QVERIFY(report.textOf(c.introSpan).contains(u"薄弱环节"_s));
        const QList<int> children = report.childrenOf(index);
        QCOMPARE(children.size(), 5);
        for (int child : children)
            QCOMPARE(result.sections.at(child).part, u"P4"_s);
    }

    // ---- the rules, on small made-up reports ----

    void rules_data()
    {
        QTest::addColumn<QList<OutlineItem>>("outline");
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("theme");

        QTest::newRow("neutral child of a P4 heading is P4")
            << QList<OutlineItem> {{1, u"四、下一步工作打算"_s, {}, -1}, {2, u"（一）突出重点"_s, u"围绕中心工作。"_s, 0}} << 1 << u"P4"_s << QString();
        QTest::newRow("child naming a theme under P4 keeps P4")
            << QList<OutlineItem> {{1, u"四、下一年度主要安排"_s, {}, -1}, {2, u"（一）深化普法宣传"_s, {}, 0}} << 1 << u"P4"_s << u"T10"_s;
        QTest::newRow("generic heading with a plan body is P4") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, u"全年完成检查。"_s, -1},
            {1, u"二、存在的不足"_s, u"有待提高。"_s, -1}, {1, u"三、工作情况"_s, u"下一步，我们将继续推进依法行政，明年将进一步加强普法宣传。"_s, -1}}
                                                                << 2 << u"P4"_s << QString();
        QTest::newRow("generic heading with a shortcomings body is P2") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, u"全年完成检查。"_s, -1},
            {1, u"二、有关情况"_s, u"一是执法力量不足，二是普法形式有待创新，与先进地区差距较大。"_s, -1}}
                                                                        << 1 << u"P2"_s << QString();
        QTest::newRow("unnamed top heading first is P1 by order")
            << QList<OutlineItem> {{1, u"一、总体情况"_s, u"我局认真落实。"_s, -1}, {1, u"二、存在的不足"_s, {}, -1}, {1, u"三、下一步打算"_s, {}, -1}} << 0
            << u"P1"_s << QString();
        QTest::newRow("theme heading at the top is P1 with the theme")
            << QList<OutlineItem> {{1, u"三、优化行政执法程序，严格规范公正文明执法"_s, u"完成检查。"_s, -1}} << 0 << u"P1"_s << u"T05"_s;
        QTest::newRow("P3 item inside P1") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, {}, -1},
            {2, u"（二）党政主要负责人履行推进法治建设第一责任人职责"_s, {}, 0}}
                                           << 1 << u"P3"_s << QString();
        QTest::newRow("generic heading, theme from the body") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, {}, -1},
            {2, u"（五）坚持以法润心，营造良好氛围"_s, u"开展普法宣传活动，组织宪法宣传周、民法典宣传月，推进法治宣传进社区。"_s, 0}}
                                                              << 1 << u"P1"_s << u"T10"_s;
        QTest::newRow("paragraph under a themed section inherits its theme")
            << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, {}, -1}, {2, u"（四）严格规范公正文明执法"_s, {}, 0}, {3, u"1.强化队伍"_s, u"组织学习。"_s, 1}}
            << 2 << u"P1"_s << u"T05"_s;
        QTest::newRow("a P2 word does not pull a P1 item out")
            << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, {}, -1}, {2, u"（三）着力解决群众反映的突出问题"_s, u"办理信访事项。"_s, 0}} << 1 << u"P1"_s
            << u"T07"_s;
        // The leaders' duty (P3) is a part only under a heading that names it.
        const OutlineItem shortcomings {1, u"三、存在的不足"_s, u"执法力量有待加强。"_s, -1};
        const OutlineItem plans {1, u"四、下一步打算"_s, u"将继续推进。"_s, -1};
        const OutlineItem leaderBody {2, u"（一）加强组织领导"_s, u"主要负责人亲自部署、亲自推动，主要领导定期听取汇报，主要负责人带头述法。"_s, 0};
        for (const QString &title : {u"工作推进情况"_s, u"工作完成情况"_s, u"主要做法"_s, u"基本情况"_s, u"2024年度法治政府建设主要情况"_s}) {
            QTest::newRow(qPrintable(title + u" is P1 though its first sub-section is about the leaders"_s))
                << QList<OutlineItem> {{1, u"一、"_s + title, {}, -1}, leaderBody, {1, u"二、履行第一责任人职责情况"_s, {}, -1}, shortcomings, plans} << 0
                << u"P1"_s << QString();
        }
        QTest::newRow("a theme-sentence top heading over the leaders is P1")
            << QList<OutlineItem> {{1, u"一、坚持党的领导，筑牢法治根基"_s, {}, -1}, leaderBody, shortcomings, plans} << 0 << u"P1"_s << u"T01"_s;
        QTest::newRow("统筹部署 at the top, naming no duty, is P1") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, u"全年完成检查。"_s, -1},
            {1, u"二、统筹部署法治建设"_s, u"主要负责人亲自部署，主要领导亲自协调，党组定期研究。"_s, -1}, shortcomings, plans}
                                                                    << 1 << u"P1"_s << QString();
        QTest::newRow("组织领导 at the top is P1, not P3 by its place") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, u"全年完成检查。"_s, -1},
            {1, u"二、组织领导"_s, u"成立领导小组，定期研究。"_s, -1}, shortcomings, plans}
                                                                        << 1 << u"P1"_s << u"T01"_s;
        QTest::newRow("加强党的领导 at the top is P1") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, u"全年完成检查。"_s, -1},
            {1, u"二、加强党的领导，统筹推进法治建设"_s, u"主要负责人亲自抓。"_s, -1}, shortcomings, plans}
                                                       << 1 << u"P1"_s << u"T01"_s;
        QTest::newRow("组织领导 naming the duty is P3") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, u"全年完成检查。"_s, -1},
            {1, u"二、加强组织领导，履行推进法治建设第一责任人职责"_s, u"主要负责人亲自部署。"_s, -1}, shortcomings, plans}
                                                        << 1 << u"P3"_s << QString();
        QTest::newRow("a weak duty cue in the heading lets the body decide") << QList<OutlineItem> {{1, u"一、主要举措和成效"_s, u"全年完成检查。"_s, -1},
            {1, u"二、落实领导职责"_s, u"主要负责人亲自部署，履行第一责任人职责，主要领导亲自协调。"_s, -1}, shortcomings, plans}
                                                                             << 1 << u"P3"_s << QString();
    }

    // Headings that merge two parts: the opening is one part, the items the other.
    void mergedParts_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("itemsPart");
        QTest::newRow("存在问题及下一步打算") << u"三、存在问题及下一步打算"_s << u"P2"_s << u"P4"_s;
        QTest::newRow("问题和不足及改进措施") << u"三、问题和不足及改进措施"_s << u"P2"_s << u"P4"_s;
        QTest::newRow("存在的问题和下一步工作打算") << u"三、存在的问题和下一步工作打算"_s << u"P2"_s << u"P4"_s;
        QTest::newRow("问题与不足及下一步工作计划") << u"三、问题与不足及下一步工作计划"_s << u"P2"_s << u"P4"_s;
        QTest::newRow("不足和原因 is one part") << u"三、存在的不足和原因"_s << u"P2"_s << QString();
        QTest::newRow("问题整改情况 is one part") << u"三、存在的不足、原因和问题整改情况"_s << u"P2"_s << QString();
    }
    void mergedParts()
    {
        QFETCH(QString, heading);
        QFETCH(QString, part);
        QFETCH(QString, itemsPart);
        const Dz::Report report = makeReport({{1, u"一、主要举措和成效"_s, u"全年完成检查。"_s, -1}, {1, heading, u"一是宣传不足。二是人员偏少。"_s, -1},
            {2, u"（一）加强培训"_s, u"持续推进。"_s, 1}});
        const Dz::SectionClassification c = m_classifier->classify(report).sections.at(1);
        QVERIFY2(c.part == part && c.itemsPart == itemsPart, qPrintable(c.why()));
        QCOMPARE(m_classifier->classify(report).sections.at(2).part, itemsPart.isEmpty() ? part : itemsPart);
    }

    void rules()
    {
        QFETCH(QList<OutlineItem>, outline);
        QFETCH(int, section);
        QFETCH(QString, part);
        QFETCH(QString, theme);
        const Dz::ReportClassification result = m_classifier->classify(makeReport(outline));
        const Dz::SectionClassification &c = result.sections.at(section);
        QVERIFY2(c.part == part, qPrintable(c.why()));
        if (!theme.isEmpty())
            QVERIFY2(c.theme == theme, qPrintable(u"got %1: %2"_s.arg(c.theme, c.why())));
        QVERIFY(c.confidence > 0 && c.confidence <= 1);
    }

    void explanationNamesTheCues()
    {
        const Dz::Report report = makeReport({{1, u"三、存在的不足和原因"_s, u"执法力量不足。"_s, -1}});
        const Dz::SectionClassification c = m_classifier->classify(report).sections.constFirst();
        QVERIFY2(c.why().contains(u"存在的不足"_s), qPrintable(c.why()));
        QVERIFY(c.why().contains(u"P2"_s));
        QVERIFY(!c.evidence.isEmpty());
        QCOMPARE(c.evidence.constFirst().source, Dz::EvidenceSource::Heading);
    }

    void emptyReport()
    {
        const Dz::ReportClassification result = m_classifier->classify(Dz::Report());
        QVERIFY(result.sections.isEmpty());
        QCOMPARE(result.missingParts, (QStringList {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s}));
    }

    // Another genre, loaded from a file at run time, with no recompilation.
    void otherScheme()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "duizhao-scheme", "version": 1, "id": "audit",
            "label": {"zh": "审计整改报告", "en": "Audit rectification report"},
            "parts": [
              {"id": "A1", "label": {"zh": "整改情况", "en": "Rectification"}, "required": true, "position": 0.2,
               "headingCues": [{"term": "整改", "weight": 3}]},
              {"id": "A2", "label": {"zh": "下一步", "en": "Next"}, "required": true, "position": 0.9,
               "headingCues": [{"term": "下一步", "weight": 3}]}],
            "themes": [{"id": "F", "label": {"zh": "财务", "en": "Finance"}, "cues": [{"term": "资金", "weight": 2}]}]})");
        file.close();
        const auto scheme = Dz::Scheme::loadFile(path);
        QVERIFY2(scheme.isValid(), qPrintable(scheme.error()));
        const Dz::SectionClassifier classifier(scheme.value());
        const Dz::ReportClassification result = classifier.classify(
            makeReport({{1, u"一、审计发现问题整改情况"_s, {}, -1}, {2, u"（一）专项资金管理"_s, {}, 0}, {1, u"二、下一步工作"_s, {}, -1}}));
        QCOMPARE(result.sections.at(0).part, u"A1"_s);
        QCOMPARE(result.sections.at(1).part, u"A1"_s);
        QCOMPARE(result.sections.at(1).theme, u"F"_s);
        QCOMPARE(result.sections.at(2).part, u"A2"_s);
        QVERIFY(result.missingParts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSectionClassifier)
#include "tst_sectionclassifier.moc"
