// Alignment::compute() step by step (alignment_p.h): placement, the
// analyst's corrections, the rows, the cells and the pairs, on reports and
// classifications made by hand against the small scheme of stepsscheme.h.
// The alignment of the seeds as a whole is read in tst_alignment.

#include "alignment/alignment_p.h"
#include "handmadereport.h"
#include "stepsscheme.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz::Internal;
using Dz::Test::makeReport;
using Dz::Test::OutlineItem;

namespace
{

// "A" part A; "A/T1" with theme T1; "A!" a heading naming part A; "B>D" a
// heading naming B with its items D; "" nothing classified.
Dz::SectionClassification classification(const QString &code)
{
    Dz::SectionClassification c;
    QString rest = code;
    if (rest.endsWith(u'!')) {
        c.isPartHeading = true;
        rest.chop(1);
    }
    if (const qsizetype split = rest.indexOf(u'>'); split >= 0) {
        c.itemsPart = rest.mid(split + 1);
        c.isPartHeading = true;
        rest = rest.left(split);
    }
    const qsizetype slash = rest.indexOf(u'/');
    c.part = rest.left(slash);
    if (slash >= 0)
        c.theme = rest.mid(slash + 1);
    c.confidence = 0.5;
    return c;
}

Dz::ReportClassification classifications(const QStringList &codes)
{
    Dz::ReportClassification out;
    for (const QString &code : codes)
        out.sections.append(classification(code));
    return out;
}

// "1 A.T1 | 0 A": for each section, whether it is listed, and its node.
QString describePlacement(const Placement &placement, int report)
{
    QStringList out;
    for (qsizetype s = 0; s < placement.node.at(report).size(); ++s)
        out.append(QString::number(int(placement.listed.at(report).at(s))) + u' ' + placement.node.at(report).at(s));
    return out.join(u" | "_s);
}

// "A.T1: 二、执法" per non-empty row for @p report.
QStringList describeCells(const QList<Dz::AlignmentRow> &rows, int report)
{
    QStringList out;
    for (const Dz::AlignmentRow &row : rows) {
        QStringList titles;
        for (const Dz::AlignedSection &entry : row.cells.at(report))
            titles.append(entry.marker + entry.title + (entry.intro ? u" (intro)"_s : QString()));
        if (!titles.isEmpty())
            out.append(row.node + u": "_s + titles.join(u", "_s));
    }
    return out;
}

} // namespace

class TestAlignmentSteps : public QObject
{
    Q_OBJECT

private:
    Dz::Scheme m_scheme;

    // A report with a top-level part heading, two theme sections and the
    // next part, and its classifications.
    static QList<OutlineItem> typicalOutline()
    {
        return {{1, u"一、工作成效"_s, QString(), -1}, {2, u"（一）严格执法"_s, u"开展执法检查。"_s, 0}, {3, u"1.专项检查"_s, u"检查。"_s, 1},
            {2, u"（二）普法宣传"_s, u"开展普法。"_s, 0}, {1, u"二、存在不足"_s, u"仍有差距。"_s, -1}};
    }
    static QStringList typicalCodes()
    {
        return {u"A!"_s, u"A/T1"_s, u"A/T1"_s, u"A/T2"_s, u"B!"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto scheme = Dz::Scheme::fromJson(Dz::Test::StepsScheme, u"steps.json"_s);
        QVERIFY2(scheme.isValid(), qPrintable(scheme.error()));
        m_scheme = scheme.value();
    }

    // ---- placement ----

    void placement_data()
    {
        QTest::addColumn<QList<OutlineItem>>("outline");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("placement");

        QTest::newRow("themes under a part heading start entries, their items do not")
            << typicalOutline() << typicalCodes() << u"1 A | 1 A.T1 | 0 A.T1 | 1 A.T2 | 1 B"_s;
        QTest::newRow("a change of part starts an entry")
            << QList<OutlineItem> {{1, u"一、成效"_s, QString(), -1}, {2, u"（一）问题"_s, QString(), 0}} << QStringList {u"A!"_s, u"B"_s} << u"1 A | 1 B"_s;
        QTest::newRow("a split heading's items are of its items part")
            << QList<OutlineItem> {{1, u"三、不足和打算"_s, QString(), -1}, {2, u"（一）计划"_s, QString(), 0}, {3, u"1.细则"_s, QString(), 1}}
            << QStringList {u"B>D"_s, u"D"_s, u"D"_s} << u"1 B | 1 D | 0 D"_s;
        QTest::newRow("a new theme under a top-level theme heading")
            << QList<OutlineItem> {{1, u"一、严格执法"_s, QString(), -1}, {2, u"（一）普法"_s, QString(), 0}} << QStringList {u"A/T1"_s, u"A/T2"_s}
            << u"1 A.T1 | 1 A.T2"_s;
        QTest::newRow("a new theme deeper down stays with its parent")
            << QList<OutlineItem> {{1, u"一、成效"_s, QString(), -1}, {2, u"（一）执法"_s, QString(), 0}, {3, u"1.普法"_s, QString(), 1}}
            << QStringList {u"A!"_s, u"A/T1"_s, u"A/T2"_s} << u"1 A | 1 A.T1 | 0 A.T2"_s;
        QTest::newRow("nothing classified: the first two levels")
            << QList<OutlineItem> {{1, u"一、甲"_s, QString(), -1}, {2, u"（一）乙"_s, QString(), 0}, {3, u"1.丙"_s, QString(), 1}}
            << QStringList {QString(), QString(), QString()} << u"1  | 1  | 0 "_s;
    }

    void placement()
    {
        QFETCH(QList<OutlineItem>, outline);
        QFETCH(QStringList, codes);
        QFETCH(QString, placement);
        const Placement p = placeSections(m_scheme, {makeReport(outline)}, {classifications(codes)});
        QCOMPARE(describePlacement(p, 0), placement);
        QVERIFY(!p.corrected.at(0).contains(true));
    }

    void placeMovesSubsections()
    {
        const Dz::Report report = makeReport(typicalOutline());
        Placement p = placeSections(m_scheme, {report}, {classifications(typicalCodes())});
        // A theme section corrected first keeps its own place when its parent moves.
        p.place(report.sections, 0, 3, u"A.T1"_s);
        p.place(report.sections, 0, 0, u"D"_s);
        QCOMPARE(describePlacement(p, 0), u"1 D | 0 D | 0 D | 1 A.T1 | 1 B"_s);
        QCOMPARE(p.corrected.at(0), (QList<bool> {true, false, false, true, false}));
        QCOMPARE(p.effectiveNode(report.sections, 0, 2), u"D"_s);
        QCOMPARE(p.effectiveNode(report.sections, 0, 3), u"A.T1"_s);
    }

    void classifiedNode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("node");
        QTest::newRow("a theme of a themed part") << u"A/T2"_s << u"A.T2"_s;
        QTest::newRow("a theme of a part without themes") << u"B/T2"_s << u"B"_s;
        QTest::newRow("a part") << u"D"_s << u"D"_s;
        QTest::newRow("nothing") << QString() << QString();
    }

    void classifiedNode()
    {
        QFETCH(QString, code);
        QFETCH(QString, node);
        const Dz::SectionClassification c = classification(code);
        QCOMPARE(Dz::Internal::classifiedNode(m_scheme, &c), node);
        QCOMPARE(Dz::Internal::classifiedNode(m_scheme, nullptr), QString());
    }

    // ---- corrections ----

    void corrections()
    {
        const QList<Dz::Report> reports {makeReport(typicalOutline(), u"/data/甲区.txt"_s), makeReport(typicalOutline(), u"/data/乙县.txt"_s)};
        const QList<Dz::ReportClassification> classified {classifications(typicalCodes()), classifications(typicalCodes())};
        Placement p = placeSections(m_scheme, reports, classified);

        Dz::SectionRef ghost = Dz::SectionRef::of(reports.at(0), 1);
        ghost.title = u"不存在"_s;
        Dz::SectionRef elsewhere = Dz::SectionRef::of(reports.at(0), 1);
        elsewhere.report = u"丙市.txt"_s;
        const QList<Dz::AlignmentCorrection> corrections {
            Dz::AlignmentCorrection::reassign(Dz::SectionRef::of(reports.at(0), 1), u"A.T2"_s),
            Dz::AlignmentCorrection::reassign(ghost, u"B"_s),
            Dz::AlignmentCorrection::reassign(Dz::SectionRef::of(reports.at(0), 4), u"Z"_s),
            Dz::AlignmentCorrection::reassign(elsewhere, u"B"_s),
            Dz::AlignmentCorrection::correspond(Dz::SectionRef::of(reports.at(0), 4), Dz::SectionRef::of(reports.at(1), 3)),
            Dz::AlignmentCorrection::correspond(Dz::SectionRef::of(reports.at(0), 1), ghost),
        };
        const CorrectionOutcome outcome = applyCorrections(m_scheme, reports, corrections, &p);

        // Reassigned with its item; the pair put 乙县's （二） in 甲区's 二、's node.
        QCOMPARE(describePlacement(p, 0), u"1 A | 1 A.T2 | 0 A.T2 | 1 A.T2 | 1 B"_s);
        QCOMPARE(describePlacement(p, 1), u"1 A | 1 A.T1 | 0 A.T1 | 1 B | 1 B"_s);
        QCOMPARE(outcome.manualPairs, (QList<std::pair<int, int>> {{0, 4}, {1, 3}}));
        QCOMPARE(outcome.unresolved.size(), 3);
        QVERIFY(outcome.unresolved.at(0).second.contains(u"不存在"_s));
        QVERIFY(outcome.unresolved.at(1).second.contains(u"“Z”"_s));
        QCOMPARE(outcome.unresolved.at(2).first, corrections.at(5));
    }

    // ---- rows and cells ----

    void rows()
    {
        const QList<Dz::AlignmentRow> rows = schemeRows(m_scheme, 3);
        QStringList nodes;
        for (const Dz::AlignmentRow &row : rows) {
            nodes.append(row.node + (row.required ? u"*"_s : QString()));
            QCOMPARE(row.cells.size(), 3);
        }
        // Theme rows follow their part and are never required themselves.
        QCOMPARE(nodes, (QStringList {u"A*"_s, u"A.T1"_s, u"A.T2"_s, u"B*"_s, u"C"_s, u"D"_s}));
        QCOMPARE(rows.at(1).label.zh, u"执法"_s);
    }

    void cells_data()
    {
        QTest::addColumn<QList<OutlineItem>>("outline");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("outside");
        QTest::addColumn<QStringList>("missing");

        QTest::newRow("one entry per listed section") << typicalOutline() << typicalCodes()
                                                      << QStringList {u"A: 一、工作成效"_s, u"A.T1: （一）严格执法"_s, u"A.T2: （二）普法宣传"_s,
                                                             u"B: 二、存在不足"_s}
                                                      << 0 << QStringList();
        QTest::newRow("content without a theme is outside the scheme")
            << QList<OutlineItem> {{1, u"一、工作情况"_s, QString(), -1}, {1, u"二、存在不足"_s, QString(), -1}} << QStringList {u"A"_s, u"B!"_s}
            << QStringList {u"A: 一、工作情况"_s, u"B: 二、存在不足"_s} << 1 << QStringList();
        QTest::newRow("a required part without a section is missing")
            << QList<OutlineItem> {{1, u"一、成效"_s, QString(), -1}, {1, u"二、打算"_s, QString(), -1}} << QStringList {u"A!"_s, u"D!"_s}
            << QStringList {u"A: 一、成效"_s, u"D: 二、打算"_s} << 0 << QStringList {u"B"_s};
        QTest::newRow("nothing classified: no cells, all outside") << QList<OutlineItem> {{1, u"一、甲"_s, QString(), -1}, {2, u"（一）乙"_s, QString(), 0}}
                                                                   << QStringList {QString(), QString()} << QStringList() << 2 << QStringList {u"A"_s, u"B"_s};
    }

    void cells()
    {
        QFETCH(QList<OutlineItem>, outline);
        QFETCH(QStringList, codes);
        QFETCH(QStringList, cells);
        QFETCH(int, outside);
        QFETCH(QStringList, missing);
        const QList<Dz::Report> reports {makeReport(outline)};
        const QList<Dz::ReportClassification> classified {classifications(codes)};
        QList<Dz::AlignmentRow> rows = schemeRows(m_scheme, 1);
        const AlignedDocuments aligned = fillCells(m_scheme, reports, classified, placeSections(m_scheme, reports, classified), &rows);
        QCOMPARE(describeCells(rows, 0), cells);
        QCOMPARE(aligned.outside.size(), outside);
        QCOMPARE(missingPartsOf(m_scheme, rows, 0), missing);
        for (qsizetype doc = 0; doc < aligned.documents.size(); ++doc)
            QCOMPARE(aligned.documentAt(aligned.documents.at(doc).first, aligned.documents.at(doc).second), int(doc));
    }

    void splitHeadingCells()
    {
        // Items enumerated in the heading's own text go to the items part's row too.
        const QList<Dz::Report> reports {makeReport({{1, u"三、不足和打算"_s, u"总体较好。一是加强。"_s, -1}})};
        Dz::ReportClassification classified = classifications({u"B>D"_s});
        const qsizetype items = reports.first().text.indexOf(u"一是"_s);
        classified.sections[0].introSpan = {0, items};
        classified.sections[0].itemsSpan = {items, reports.first().sections.first().bodySpan.end};
        QList<Dz::AlignmentRow> rows = schemeRows(m_scheme, 1);
        fillCells(m_scheme, reports, {classified}, placeSections(m_scheme, reports, {classified}), &rows);
        QCOMPARE(describeCells(rows, 0), (QStringList {u"B: 三、不足和打算 (intro)"_s, u"D: 三、不足和打算"_s}));
        const auto itemsRow = std::find_if(rows.cbegin(), rows.cend(), [](const Dz::AlignmentRow &row) {
            return row.node == u"D"_s;
        });
        QCOMPARE(itemsRow->cells.at(0).first().span, classified.sections.first().itemsSpan);
    }

    // ---- pairs ----

    void pairs()
    {
        // Three reports whose sections are outside the scheme; 丙's
        // second section is like 甲's, 乙's like nobody's.
        const QList<Dz::Report> reports {
            makeReport({{1, u"一、加强行政执法队伍建设"_s, u"开展执法人员培训。"_s, -1}, {1, u"二、优化营商环境"_s, u"深化放管服改革。"_s, -1}}, u"甲.txt"_s),
            makeReport({{1, u"一、做好档案管理"_s, u"整理卷宗。"_s, -1}}, u"乙.txt"_s),
            makeReport({{1, u"一、营商环境持续优化"_s, u"推进放管服改革。"_s, -1}, {1, u"二、加强执法队伍建设"_s, u"组织执法培训。"_s, -1}}, u"丙.txt"_s),
        };
        const QList<Dz::ReportClassification> none {
            classifications({QString(), QString()}), classifications({QString()}), classifications({QString(), QString()})};
        QList<Dz::AlignmentRow> rows = schemeRows(m_scheme, 3);
        const AlignedDocuments aligned = fillCells(m_scheme, reports, none, placeSections(m_scheme, reports, none), &rows);
        QCOMPARE(aligned.outside.size(), 5);
        Dz::SectionSimilarity similarity;
        indexDocuments(reports, aligned.documents, &similarity);
        // An analyst's pair comes first and is not proposed again.
        const QList<Dz::SectionPair> pairs = sectionPairs(reports, aligned, {{0, 0}, {2, 1}}, similarity);
        QStringList described;
        for (const Dz::SectionPair &p : pairs)
            described.append(u"%1 — %2%3"_s.arg(p.headingA, p.headingB, p.manual ? u" (manual)"_s : QString()));
        QCOMPARE(described, (QStringList {u"一、加强行政执法队伍建设 — 二、加强执法队伍建设 (manual)"_s, u"二、优化营商环境 — 一、营商环境持续优化"_s}));
        QVERIFY(pairs.first().score > Dz::Alignment::MinimumPairScore);
    }
};

QTEST_GUILESS_MAIN(TestAlignmentSteps)
#include "tst_alignmentsteps.moc"
