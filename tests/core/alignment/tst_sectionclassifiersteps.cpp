// SectionClassifier::classify() step by step (sectionclassifier_p.h): cue
// counts, heading evidence, position, the part decision, the theme decision,
// split spans and missing parts, against a small scheme of its own whose
// weights make every expected figure one a reader can work out by hand.
// The classifier as a whole is read in tst_sectionclassifier.

#include "alignment/sectionclassifier_p.h"
#include "handmadereport.h"
#include "stepsscheme.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Dz::Internal;
using Dz::Test::makeReport;
using Dz::Test::OutlineItem;
using Dz::Test::StepsScheme;

namespace
{

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

// "执法×3 检查×1": counts by cue term, in cue order.
QString describeCounts(const CueIndex &index, const CueCounts &counts)
{
    QStringList out;
    for (const auto &[cue, count] : counts)
        out.append(index.cues.at(cue).term + u'×' + QString::number(count));
    return out.join(u' ');
}

// "B=3.50 D=2.50": the nodes with a weight, in scheme order.
QString describeWeights(const QStringList &ids, const std::vector<double> &weights)
{
    QStringList out;
    for (qsizetype k = 0; k < ids.size(); ++k) {
        if (weights[k] != 0)
            out.append(ids.at(k) + u'=' + number(weights[k]));
    }
    return out.join(u' ');
}

// "Heading:B:不足 Order:B": source, node and term of each piece of evidence.
QString describeEvidence(const QList<Dz::ClassificationEvidence> &evidence)
{
    static const QStringList sources {u"Heading"_s, u"Body"_s, u"Parent"_s, u"Order"_s, u"ThemeHeading"_s, u"Default"_s};
    QStringList out;
    for (const Dz::ClassificationEvidence &e : evidence) {
        QString item = sources.at(int(e.source)) + u':' + e.nodeId;
        if (!e.term.isEmpty())
            item += u':' + e.term;
        out.append(item);
    }
    return out.join(u' ');
}

} // namespace

class TestSectionClassifierSteps : public QObject
{
    Q_OBJECT

private:
    Dz::Scheme m_scheme;
    CueIndex m_index;

    QStringList partIds() const
    {
        QStringList ids;
        for (const Dz::SchemePart &part : m_scheme.parts())
            ids.append(part.id);
        return ids;
    }
    QStringList themeIds() const
    {
        QStringList ids;
        for (const Dz::SchemeTheme &theme : m_scheme.themes())
            ids.append(theme.id);
        return ids;
    }
    CueCounts bodyCounts(const QString &body) const
    {
        const Dz::Report report = makeReport({{1, u"一、标题"_s, body, -1}});
        return bodyCueCounts(m_index, report.text, report.sections).front();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto scheme = Dz::Scheme::fromJson(StepsScheme, u"steps.json"_s);
        QVERIFY2(scheme.isValid(), qPrintable(scheme.error()));
        m_scheme = scheme.value();
        m_index = CueIndex::fromScheme(m_scheme);
    }

    // ---- cue counts ----

    void cueCounts_data()
    {
        QTest::addColumn<QList<OutlineItem>>("outline");
        QTest::addColumn<QStringList>("counts"); // per section, its subtree's
        QTest::newRow("a child's cues count for its parent") << QList<OutlineItem> {{1, u"一、工作情况"_s, u"开展执法检查。"_s, -1},
            {2, u"（一）专项行动"_s, u"执法宣传，联合执法。"_s, 0}, {1, u"二、其他"_s, u"普法。"_s, -1}}
                                                             << QStringList {u"执法×3 检查×1 宣传×1"_s, u"执法×2 宣传×1"_s, u"普法×1"_s};
        QTest::newRow("grandchildren reach the top") << QList<OutlineItem> {{1, u"一、甲"_s, QString(), -1}, {2, u"（一）乙"_s, QString(), 0},
            {3, u"1.丙"_s, u"与目标存在差距，差距较大。"_s, 1}}
                                                     << QStringList {u"差距×2"_s, u"差距×2"_s, u"差距×2"_s};
        QTest::newRow("heading cues are not body cues") << QList<OutlineItem> {{1, u"一、工作"_s, u"取得成效，存在不足。"_s, -1}} << QStringList {QString()};
        QTest::newRow("body cues of every part") << QList<OutlineItem> {{1, u"一、工作"_s, u"主要领导亲自部署，计划完成。"_s, -1}}
                                                 << QStringList {u"亲自部署×1 完成×1 计划×1"_s};
    }

    void cueCounts()
    {
        QFETCH(QList<OutlineItem>, outline);
        QFETCH(QStringList, counts);
        const Dz::Report report = makeReport(outline);
        const std::vector<CueCounts> found = bodyCueCounts(m_index, report.text, report.sections);
        QCOMPARE(qsizetype(found.size()), counts.size());
        for (qsizetype i = 0; i < counts.size(); ++i) {
            // Cue order is scheme order: part heading and body cues, then themes.
            QStringList expected = counts.at(i).split(u' ', Qt::SkipEmptyParts);
            QStringList actual = describeCounts(m_index, found[i]).split(u' ', Qt::SkipEmptyParts);
            expected.sort();
            actual.sort();
            QCOMPARE(actual, expected);
        }
    }

    // ---- heading evidence ----

    void headingEvidence_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("parts");
        QTest::addColumn<QString>("themes");
        QTest::newRow("two cues of one part add up") << u"存在的问题和不足"_s << u"B=3.50"_s << QString();
        QTest::newRow("two parts") << u"存在的不足和下一步打算"_s << u"B=2.50 D=2.50"_s << QString();
        QTest::newRow("one clause: no bonus") << u"加强执法检查"_s << QString() << u"T1=3.00"_s;
        QTest::newRow("the first of two clauses weighs more") << u"严格执法，加强普法宣传"_s << QString() << u"T1=2.60 T2=3.00"_s;
        QTest::newRow("the bonus is for themes only") << u"工作成效，执法"_s << u"A=2.50"_s << u"T1=2.00"_s;
        QTest::newRow("nothing") << u"其他事项"_s << QString() << QString();
    }

    void headingEvidence()
    {
        QFETCH(QString, heading);
        QFETCH(QString, parts);
        QFETCH(QString, themes);
        const HeadingEvidence e = Dz::Internal::headingEvidence(m_index, m_scheme, heading);
        QCOMPARE(describeWeights(partIds(), e.part), parts);
        QCOMPARE(describeWeights(themeIds(), e.theme), themes);
    }

    void headingEvidenceSpans()
    {
        const HeadingEvidence e = Dz::Internal::headingEvidence(m_index, m_scheme, u"问题不足及打算"_s);
        const int b = m_scheme.partIndex(u"B"_s);
        const int d = m_scheme.partIndex(u"D"_s);
        QCOMPARE(e.partFirst[b], qsizetype(0));
        QCOMPARE(e.partLastEnd[b], qsizetype(4));
        QCOMPARE(e.partFirst[d], qsizetype(5));
        QCOMPARE(e.partFirst[m_scheme.partIndex(u"A"_s)], qsizetype(-1));
    }

    void headingText()
    {
        Dz::Report report = makeReport({{1, u"一、ＡＢ执法"_s, QString(), -1}});
        // A title span inside the text: the text there (folded by the caller).
        QCOMPARE(Dz::Internal::headingText(report.sections.first(), report.text), u"ＡＢ执法"_s);
        // A span beyond the text: the title, folded here.
        report.sections.first().titleSpan = {100, 104};
        QCOMPARE(Dz::Internal::headingText(report.sections.first(), u"短"_s), u"AB执法"_s);
    }

    // ---- position ----

    void topLevelPositions()
    {
        const Dz::Report report =
            makeReport({{1, u"一、甲"_s, QString(), -1}, {2, u"（一）乙"_s, QString(), 0}, {1, u"二、丙"_s, QString(), -1}, {1, u"三、丁"_s, QString(), -1}});
        const std::vector<double> positions = Dz::Internal::topLevelPositions(report.sections);
        QCOMPARE(positions, (std::vector<double> {0.0, -0.5, 0.5, 1.0}));
        const Dz::Report single = makeReport({{1, u"一、甲"_s, QString(), -1}});
        QCOMPARE(Dz::Internal::topLevelPositions(single.sections), std::vector<double> {0.0});
    }

    void positionPrior_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<double>("position");
        QTest::addColumn<double>("prior");
        QTest::newRow("at the part's place") << u"B"_s << 0.5 << 1.0;
        QTest::newRow("a quarter away") << u"B"_s << 0.25 << 0.5;
        QTest::newRow("half the scale away") << u"B"_s << 1.0 << 0.0;
        QTest::newRow("the first part, first") << u"A"_s << 0.0 << 1.0;
        QTest::newRow("the first part, in the middle") << u"A"_s << 0.5 << 0.0;
        QTest::newRow("the last part, near the end") << u"D"_s << 0.9 << 0.8;
    }

    void positionPrior()
    {
        QFETCH(QString, part);
        QFETCH(double, position);
        QFETCH(double, prior);
        const Dz::SchemePart &p = m_scheme.parts().at(m_scheme.partIndex(part));
        QCOMPARE(number(Dz::Internal::positionPrior(m_scheme.settings(), p, position)), number(prior));
    }

    void positionPriorWithoutPlace()
    {
        Dz::SchemePart part;
        part.position = -1;
        QCOMPARE(Dz::Internal::positionPrior(m_scheme.settings(), part, 0.5), 0.0);
    }

    // ---- decision: the part ----

    void decidePart_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("parentPart"); // empty at the top level
        QTest::addColumn<double>("position");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("itemsPart");
        QTest::addColumn<bool>("partHeading");
        QTest::addColumn<QString>("evidence");

        QTest::newRow("a heading naming a part") << u"存在的问题和不足"_s << QString() << QString() << 1.0 << u"B"_s << QString() << true
                                                 << u"Heading:B:问题 Heading:B:不足"_s;
        QTest::newRow("two coordinated parts split") << u"存在的不足和下一步打算"_s << QString() << QString() << 0.5 << u"B"_s << u"D"_s << true
                                                     << u"Heading:B:不足 Heading:D:打算"_s;
        QTest::newRow("two parts out of order do not split")
            << u"下一步打算和现存不足"_s << QString() << QString() << 0.5 << u"B"_s << QString() << true << u"Heading:B:不足"_s;
        QTest::newRow("two parts without a connector do not split")
            << u"问题不足整改打算"_s << QString() << QString() << 0.5 << u"B"_s << QString() << true << u"Heading:B:问题 Heading:B:不足"_s;
        QTest::newRow("a child's weak heading keeps its parent's part")
            << u"（一）存在不足"_s << QString() << u"A"_s << 0.0 << u"A"_s << QString() << false << u"Parent:A:一、上级"_s;
        QTest::newRow("a child's strong heading overrides its parent")
            << u"（二）存在的问题和不足"_s << QString() << u"A"_s << 0.0 << u"B"_s << QString() << true << u"Heading:B:问题 Heading:B:不足"_s;
        QTest::newRow("a theme heading is content") << u"严格执法"_s << QString() << QString() << 1.0 << u"A"_s << QString() << false << u"ThemeHeading:A"_s;
        QTest::newRow("generic: the body and the place")
            << u"工作情况"_s << u"与要求存在差距，差距明显，差距较大。"_s << QString() << 0.5 << u"B"_s << QString() << false << u"Body:B:差距 Order:B"_s;
        QTest::newRow("generic: the place alone") << u"工作情况"_s << QString() << QString() << 0.0 << u"A"_s << QString() << false << u"Order:A"_s;
        QTest::newRow("generic: a duty cue without a duty heading is content")
            << u"工作情况"_s << u"主要领导亲自部署，亲自部署。"_s << QString() << 0.5 << u"A"_s << QString() << false << u"Body:A:亲自部署"_s;
        QTest::newRow("generic: weak theme cues count for content")
            << u"加强检查"_s << QString() << QString() << 0.75 << u"A"_s << QString() << false << u"Heading:A:检查"_s;
    }

    void decidePart()
    {
        QFETCH(QString, heading);
        QFETCH(QString, body);
        QFETCH(QString, parentPart);
        QFETCH(double, position);
        QFETCH(QString, part);
        QFETCH(QString, itemsPart);
        QFETCH(bool, partHeading);
        QFETCH(QString, evidence);

        PartDecision parentDecision;
        parentDecision.part = m_scheme.partIndex(parentPart);
        parentDecision.confidence = 0.8;
        Dz::SectionClassification parentClassification;
        parentClassification.part = parentPart;
        const ParentContext parent {&parentDecision, &parentClassification, u"一、上级"_s};

        QList<Dz::ClassificationEvidence> found;
        const HeadingEvidence e = Dz::Internal::headingEvidence(m_index, m_scheme, heading);
        const PartDecision d = Dz::Internal::decidePart(m_scheme, m_index, e, bodyCounts(body), parentPart.isEmpty() ? nullptr : &parent, position, &found);
        QCOMPARE(d.part, m_scheme.partIndex(part));
        QCOMPARE(d.itemsPart, m_scheme.partIndex(itemsPart));
        QCOMPARE(d.isPartHeading, partHeading);
        QCOMPARE(describeEvidence(found), evidence);
        QVERIFY(d.confidence > 0 && d.confidence < 1);
    }

    void partFromParentTakesTheItemsPart()
    {
        PartDecision split;
        split.part = m_scheme.partIndex(u"B"_s);
        split.itemsPart = m_scheme.partIndex(u"D"_s);
        split.confidence = 0.9;
        const ParentContext parent {&split, nullptr, u"三、不足和打算"_s};
        QList<Dz::ClassificationEvidence> evidence;
        const PartDecision d = partFromParent(m_scheme, parent, &evidence);
        QCOMPARE(d.part, m_scheme.partIndex(u"D"_s));
        QCOMPARE(d.confidence, 0.9 * 0.95);
        QCOMPARE(describeEvidence(evidence), u"Parent:D:三、不足和打算"_s);
    }

    void bodyPartScores()
    {
        // 差距 twice: 1 × (1 + ln 2) × 0.35; 亲自部署 once, for the content part A: 2 × 0.35.
        const HeadingEvidence e = Dz::Internal::headingEvidence(m_index, m_scheme, u"工作情况"_s);
        QList<Dz::ClassificationEvidence> evidence;
        const std::vector<double> scores =
            Dz::Internal::bodyPartScores(m_scheme, m_index, e, bodyCounts(u"差距不小，差距。亲自部署。"_s), m_scheme.partIndex(u"A"_s), &evidence);
        QCOMPARE(describeWeights(partIds(), scores), u"A=%1 B=%2"_s.arg(number(2 * 0.35), number((1 + std::log(2.0)) * 0.35)));
        QCOMPARE(describeEvidence(evidence), u"Body:B:差距 Body:A:亲自部署"_s);
    }

    // ---- decision: the theme ----

    void decideTheme_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("partHeading");
        QTest::addColumn<QString>("parentTheme"); // the parent is of part A; empty: none
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("evidence");

        QTest::newRow("from the heading") << u"严格执法"_s << QString() << false << QString() << u"T1"_s << u"Heading:T1:执法"_s;
        QTest::newRow("a weak heading cue is enough") << u"加强检查"_s << QString() << false << QString() << u"T1"_s << u"Heading:T1:检查"_s;
        QTest::newRow("the body decides when the heading says nothing")
            << u"工作情况"_s << u"普法宣传，普法。检查。"_s << false << QString() << u"T2"_s << u"Body:T2:普法 Body:T2:宣传"_s;
        QTest::newRow("too little body") << u"工作情况"_s << u"检查。"_s << false << QString() << QString() << QString();
        QTest::newRow("a part heading has none") << u"严格执法"_s << QString() << true << QString() << QString() << QString();
        QTest::newRow("nothing of its own: the parent's") << u"其他"_s << QString() << false << u"T2"_s << u"T2"_s << u"Parent:T2:（一）上级"_s;
        QTest::newRow("its own before the parent's") << u"严格执法"_s << QString() << false << u"T2"_s << u"T1"_s << u"Heading:T1:执法"_s;
    }

    void decideTheme()
    {
        QFETCH(QString, heading);
        QFETCH(QString, body);
        QFETCH(bool, partHeading);
        QFETCH(QString, parentTheme);
        QFETCH(QString, theme);
        QFETCH(QString, evidence);

        Dz::SectionClassification parentClassification;
        parentClassification.part = u"A"_s;
        parentClassification.theme = parentTheme;
        parentClassification.themeConfidence = 0.5;
        const ParentContext parent {nullptr, &parentClassification, u"（一）上级"_s};

        const HeadingEvidence e = Dz::Internal::headingEvidence(m_index, m_scheme, heading);
        const ThemeScores scores = themeScores(m_scheme, m_index, e, bodyCounts(body));
        Dz::SectionClassification c;
        c.part = u"A"_s;
        c.isPartHeading = partHeading;
        QList<Dz::ClassificationEvidence> found;
        Dz::Internal::decideTheme(m_scheme, m_index, e, scores, parentTheme.isEmpty() ? nullptr : &parent, &c, &found);
        QCOMPARE(c.theme, theme);
        QCOMPARE(describeEvidence(found), evidence);
        QCOMPARE(c.themeConfidence > 0, !theme.isEmpty());
    }

    void themeScoresCapTheBody()
    {
        // 普法 ×2 weighs 2 × (1 + ln 2), 宣传 1: the body's share is capped at 2
        // and the heading's 执法 (2) adds in full.
        const HeadingEvidence e = Dz::Internal::headingEvidence(m_index, m_scheme, u"严格执法"_s);
        const ThemeScores s = themeScores(m_scheme, m_index, e, bodyCounts(u"普法宣传，普法。"_s));
        const double body = 2 * (1 + std::log(2.0)) + 1;
        QCOMPARE(number(s.bodyTotal), number(body));
        QVERIFY(s.bodyCounts(m_scheme.settings()));
        QCOMPARE(describeWeights(themeIds(), s.total), u"T1=2.00 T2=2.00"_s);
        QCOMPARE(number(s.sum), number(4));
    }

    // ---- the report ----

    void splitSpans()
    {
        // Items enumerated in the heading's own text.
        Dz::Report report = makeReport({{1, u"三、不足和打算"_s, u"总体较好。一是加强。二是完善。"_s, -1}});
        Dz::Section &s = report.sections.first();
        const qsizetype first = report.text.indexOf(u"一是"_s);
        s.enumeration = {{u"一是"_s, 1, u"加强"_s, {first, first + 5}}, {u"二是"_s, 2, u"完善"_s, {first + 5, first + 10}}};
        Dz::SectionClassification c;
        setSplitSpans(report.sections, 0, &c);
        QCOMPARE(c.introSpan, (Dz::TextSpan {s.headingSpan.start, first}));
        QCOMPARE(c.itemsSpan, (Dz::TextSpan {first, s.bodySpan.end}));

        // Sub-headings carry the items: the opening is the whole body.
        const Dz::Report withChildren = makeReport({{1, u"三、不足和打算"_s, u"总体较好。"_s, -1}, {2, u"（一）加强"_s, QString(), 0}});
        Dz::SectionClassification d;
        setSplitSpans(withChildren.sections, 0, &d);
        QCOMPARE(d.introSpan, (Dz::TextSpan {0, withChildren.sections.first().bodySpan.end}));
        QVERIFY(!d.itemsSpan.isValid());
    }

    void missingParts_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QStringList>("itemsParts");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("none") << QStringList() << QStringList() << QStringList {u"A"_s, u"B"_s};
        QTest::newRow("both") << QStringList {u"A"_s, u"B"_s} << QStringList {QString(), QString()} << QStringList();
        QTest::newRow("items count") << QStringList {u"A"_s, u"D"_s} << QStringList {QString(), u"B"_s} << QStringList();
        QTest::newRow("optional parts are never missing") << QStringList {u"B"_s} << QStringList {QString()} << QStringList {u"A"_s};
    }

    void missingParts()
    {
        QFETCH(QStringList, parts);
        QFETCH(QStringList, itemsParts);
        QFETCH(QStringList, missing);
        QList<Dz::SectionClassification> sections;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            Dz::SectionClassification c;
            c.part = parts.at(k);
            c.itemsPart = itemsParts.at(k);
            sections.append(c);
        }
        QCOMPARE(Dz::Internal::missingParts(m_scheme, sections), missing);
    }
};

QTEST_GUILESS_MAIN(TestSectionClassifierSteps)
#include "tst_sectionclassifiersteps.moc"
