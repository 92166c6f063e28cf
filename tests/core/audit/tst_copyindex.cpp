// CopyIndex: passages shared between reports, told from boilerplate, with
// their spans in both texts and the share of the body they cover.

#include "audit/copyindex.h"
#include "base/widthfolding.h"

#include <QSet>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// Paragraphs written for these tests; no two share 13 characters unless a test makes them.
const QHash<QString, QString> &pool()
{
    static const QHash<QString, QString> p {
        {u"A1"_s, u"一年来，青石区卫生健康委员会围绕群众看病就医的急难愁盼问题，修订完善了医疗机构依法执业考核办法，将考核结果与校验挂钩。"_s},
        {u"A2"_s, u"全区二级以上医院在医疗废物管理方面已经实现在线追溯，青石区卫生健康委员会联合生态环境部门建立了收集、转运、处置全链条台账。"_s},
        {u"A3"_s, u"我们依托基层医疗卫生机构开设家庭医生签约服务门诊，重点人群签约率稳步提升，慢性病患者随访更加规范。"_s},
        {u"A4"_s, u"针对非法行医易发多发的城乡接合部，组织开展为期三个月的集中打击行动，青石区依法取缔无证诊所并移送涉嫌犯罪线索，震慑效果明显。"_s},
        {u"B1"_s, u"白沙区卫健委坚持把依法行政贯穿于各项业务工作的各个环节，不断提升行业治理能力。"_s},
        {u"B3"_s, u"今年新招录的执法人员全部参加岗前法律知识培训，考试合格后方可申领执法证件。"_s},
        {u"C1"_s, u"临江县应急管理局以安全生产专项整治三年行动为抓手，督促企业落实全员安全生产责任制。"_s},
        {u"C2"_s, u"防汛抗旱指挥部办公室修订了县级防汛应急预案，汛前对重点水库和河道堤防逐一排查。"_s},
        {u"D1"_s, u"东湖街道办事处推行综合行政执法改革，把城市管理、市场监管等领域的执法事项下放到基层。"_s},
        {u"D2"_s, u"辖区内老旧小区加装电梯项目实行联合审批，居民申请材料由十余项精简为五项。"_s},
        {u"E1"_s, u"南山镇人民政府聘请两名律师担任常年法律顾问，镇党委会研究的合同和协议全部经过合法性审核。"_s},
        // Shared by every report of a row: boilerplate by document frequency.
        {u"S"_s, u"坚持以人民为中心的发展思想，统筹推进卫生健康领域依法治理。"_s},
        // One 14-character phrase two bodies may write independently.
        {u"Q"_s, u"持续优化基层医疗服务网络布局。"_s},
        // Formulas of the built-in rules.
        {u"F"_s, u"坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。"_s},
    };
    return p;
}

// A report from paragraph names; "A2/青石区>白沙区" swaps a name, "A3~" writes it in half width with other punctuation.
QString compose(const QString &recipe)
{
    QStringList paragraphs;
    for (const QString &part : recipe.split(u' ', Qt::SkipEmptyParts)) {
        QString name = part;
        QString from, to;
        bool loose = false;
        if (const qsizetype slash = part.indexOf(u'/'); slash > 0) {
            name = part.left(slash);
            const QStringList swap = part.mid(slash + 1).split(u'>');
            from = swap.value(0);
            to = swap.value(1);
        }
        if (name.endsWith(u'~')) {
            name.chop(1);
            loose = true;
        }
        QString text = pool().value(name);
        if (text.isEmpty())
            qFatal("no paragraph %s", qPrintable(name));
        if (!from.isEmpty())
            text.replace(from, to);
        if (loose) {
            text = foldWidth(text);
            text.replace(u'，', u", "_s).replace(u'、', u'/').replace(u'。', u'.');
        }
        paragraphs.append(text);
    }
    return paragraphs.join(u'\n');
}

int letters(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isLetterOrNumber() ? 1 : 0;
    return n;
}

// A passage expected in report `doc`: its text there, the other report and its text there.
struct Expected {
    QString text;
    int other;
    QString otherText;
};

// The span of @p paragraph in @p text without its closing punctuation.
TextSpan spanOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        return {};
    qsizetype end = at + needle.size();
    while (end > at && !text.at(end - 1).isLetterOrNumber())
        --end;
    qsizetype start = at;
    while (start < end && !text.at(start).isLetterOrNumber())
        ++start;
    return {start, end};
}

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestCopyIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data();
    void findings();
    void incremental();
    void boilerplateFollowsTheIndex();
    void noLongerThanItsWindow_data();
    void noLongerThanItsWindow();
    void directionWhateverTheIndexOrder_data();
    void directionWhateverTheIndexOrder();
    void boilerplateCountsBodies();
    void boilerplateCountsManyBodiesOnce_data();
    void boilerplateCountsManyBodiesOnce();
};

void TestCopyIndex::findings_data()
{
    QTest::addColumn<QStringList>("recipes");
    QTest::addColumn<int>("doc");
    QTest::addColumn<QStringList>("expectedTexts"); // recipes of the expected passages, as they stand in doc
    QTest::addColumn<QList<int>>("others");
    QTest::addColumn<QStringList>("otherTexts");
    QTest::addColumn<QStringList>("boilerplate"); // pool paragraphs expected as boilerplate in doc

    QTest::newRow("assembled from another's paragraphs, names swapped")
        << QStringList {u"A1 A2 A3 A4"_s, u"B1 A2/青石区>白沙区 B3 A4/青石区>白沙区"_s} << 1 << QStringList {u"A2/青石区>白沙区"_s, u"A4/青石区>白沙区"_s}
        << QList<int> {0, 0} << QStringList {u"A2"_s, u"A4"_s} << QStringList {};
    QTest::newRow("the source sees its copy") << QStringList {u"A1 A2 A3 A4"_s, u"B1 A2/青石区>白沙区 B3 A4/青石区>白沙区"_s} << 0
                                              << QStringList {u"A2"_s, u"A4"_s} << QList<int> {1, 1}
                                              << QStringList {u"A2/青石区>白沙区"_s, u"A4/青石区>白沙区"_s} << QStringList {};
    QTest::newRow("copied among unrelated reports, traced to its source") << QStringList {u"C1 C2"_s, u"A1 A2 A3"_s, u"D1 D2"_s, u"E1 A3 B3"_s} << 3
                                                                          << QStringList {u"A3"_s} << QList<int> {1} << QStringList {u"A3"_s} << QStringList {};
    QTest::newRow("half width, other punctuation") << QStringList {u"A1 A3"_s, u"B1 A3~"_s} << 1 << QStringList {u"A3~"_s} << QList<int> {0}
                                                   << QStringList {u"A3"_s} << QStringList {};
    QTest::newRow("boilerplate only: a sentence every report has")
        << QStringList {u"S A1"_s, u"S C1"_s, u"D1 S"_s, u"E1 S B3"_s} << 1 << QStringList {} << QList<int> {} << QStringList {} << QStringList {u"S"_s};
    QTest::newRow("boilerplate only: the rules' formulas")
        << QStringList {u"F A1"_s, u"F C1"_s} << 1 << QStringList {} << QList<int> {} << QStringList {} << QStringList {u"F"_s};
    QTest::newRow("boilerplate beside a copied paragraph")
        << QStringList {u"S A1 A2"_s, u"S C1 A2"_s, u"S D1"_s} << 1 << QStringList {u"A2"_s} << QList<int> {0} << QStringList {u"A2"_s} << QStringList {u"S"_s};
    QTest::newRow("one phrase in common is no copying")
        << QStringList {u"A1 Q"_s, u"Q C1"_s} << 1 << QStringList {} << QList<int> {} << QStringList {} << QStringList {};
    QTest::newRow("nothing in common") << QStringList {u"A1 A2"_s, u"C1 C2 D1"_s} << 1 << QStringList {} << QList<int> {} << QStringList {} << QStringList {};
}

void TestCopyIndex::findings()
{
    QFETCH(QStringList, recipes);
    QFETCH(int, doc);
    QFETCH(QStringList, expectedTexts);
    QFETCH(QList<int>, others);
    QFETCH(QStringList, otherTexts);
    QFETCH(QStringList, boilerplate);

    QStringList texts;
    CopyIndex index;
    for (const QString &recipe : std::as_const(recipes)) {
        texts.append(compose(recipe));
        index.add(foldWidth(texts.last()));
    }
    const CopyFindings f = index.findings(doc);
    const QString &text = texts.at(doc);
    QCOMPARE(f.passages.size(), expectedTexts.size());
    int copied = 0;
    for (int i = 0; i < expectedTexts.size(); ++i) {
        const TextSpan want = spanOf(text, compose(expectedTexts.at(i)));
        QVERIFY(want.isValid());
        const CopiedPassage &p = f.passages.at(i);
        QCOMPARE(text.mid(p.span.start, p.span.length()), text.mid(want.start, want.length()));
        QCOMPARE(p.span, want);
        QCOMPARE(p.other, others.at(i));
        const QString &otherText = texts.at(p.other);
        const TextSpan there = spanOf(otherText, compose(otherTexts.at(i)));
        QCOMPARE(otherText.mid(p.otherSpan.start, p.otherSpan.length()), otherText.mid(there.start, there.length()));
        copied += letters(QStringView(text).mid(want.start, want.length()));
    }
    // Reports of no known order only share text.
    QCOMPARE(f.length(CopyDirection::Shared), copied);
    QCOMPARE(f.length(CopyDirection::Copied), 0);
    QCOMPARE(f.length(CopyDirection::CopiedBy), 0);
    QCOMPARE(f.bodyLength, letters(text));
    QVERIFY(qAbs(f.share(CopyDirection::Shared) - double(copied) / letters(text)) < 1e-9);
    for (const CopiedPassage &p : f.passages)
        QCOMPARE(p.direction, CopyDirection::Shared);
    for (const QString &b : std::as_const(boilerplate)) {
        const TextSpan want = spanOf(text, compose(b));
        const bool listed = std::any_of(f.boilerplate.cbegin(), f.boilerplate.cend(), [&](const BoilerplatePassage &p) {
            return p.span.start <= want.start + CopyIndex().window() && p.span.end >= want.end - CopyIndex().window();
        });
        QVERIFY2(listed, qPrintable(b));
    }
    if (boilerplate.isEmpty() && expectedTexts.isEmpty())
        QVERIFY(f.boilerplate.isEmpty());
}

void TestCopyIndex::incremental()
{
    CopyIndex index;
    const QString source = compose(u"A1 A2 A3 A4"_s);
    index.add(foldWidth(source));
    QVERIFY(index.findings(0).passages.isEmpty());
    // The copy comes later: the source learns of it without being indexed again.
    index.add(foldWidth(compose(u"B1 A2/青石区>白沙区 B3"_s)));
    QCOMPARE(index.findings(0).passages.size(), 1);
    QCOMPARE(index.findings(0).passages.first().other, 1);
    QCOMPARE(index.findings(0).passages.first().span, spanOf(source, compose(u"A2"_s)));
    // Unrelated reports change nothing.
    index.add(foldWidth(compose(u"C1 C2"_s)));
    index.add(foldWidth(compose(u"D1 D2 E1"_s)));
    QCOMPARE(index.size(), 4);
    QCOMPARE(index.findings(0).passages.size(), 1);
    QCOMPARE(index.findings(1).passages.size(), 1);
    QVERIFY(index.findings(2).passages.isEmpty());
}

void TestCopyIndex::boilerplateFollowsTheIndex()
{
    // Two reports sharing a paragraph copy; once most reports have it, it is boilerplate.
    CopyIndex index;
    index.add(foldWidth(compose(u"A1 A3"_s)));
    index.add(foldWidth(compose(u"C1 A3"_s)));
    QCOMPARE(index.findings(1).passages.size(), 1);
    index.add(foldWidth(compose(u"D1 A3"_s)));
    QCOMPARE(index.boilerplateThreshold(), 3);
    QVERIFY(index.findings(1).passages.isEmpty());
    QVERIFY(!index.findings(1).boilerplate.isEmpty());
}

void TestCopyIndex::noLongerThanItsWindow_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("found");
    QTest::newRow("12 characters") << 12 << false;
    QTest::newRow("13 characters") << 13 << true;
    QTest::newRow("14 characters") << 14 << true;
    QTest::newRow("40 characters") << 40 << true;
}

void TestCopyIndex::noLongerThanItsWindow()
{
    // Every shared stretch of the passage length is found, wherever it falls
    // among the fingerprints; a shorter one never is.
    QFETCH(int, length);
    QFETCH(bool, found);
    CopyRules rules;
    rules.minimumPerSource = 0;
    // One paragraph, so that no line end stands in the way.
    const QString a = compose(u"A1 A2 A3 A4"_s).remove(u'\n');
    const QString b = compose(u"C1 C2 D1 D2 E1"_s);
    QString body;
    for (const QChar c : a) {
        if (c.isLetterOrNumber())
            body.append(c);
    }
    for (int offset = 0; offset + length <= body.size(); offset += 7) {
        CopyIndex index(rules, {});
        index.add(foldWidth(a));
        const QString copy = b.left(30) + body.mid(offset, length) + b.mid(30);
        index.add(copy);
        const CopyFindings f = index.findings(1);
        QCOMPARE(!f.passages.isEmpty(), found);
        if (found) {
            QCOMPARE(f.passages.first().length, length);
            QCOMPARE(f.passages.first().span.start, 30);
        }
    }
}

void TestCopyIndex::directionWhateverTheIndexOrder_data()
{
    QTest::addColumn<QStringList>("recipes");
    QTest::addColumn<QList<int>>("years");
    QTest::addColumn<QStringList>("bodies");
    QTest::addColumn<QList<int>>("sources"); // per report, the one it took its text from (-1: none)

    // 青石区 writes A1–A4 in 2022; 白沙区 takes A2 in 2023, 临江县 A4 in 2024, 青石区 its own text again in 2025.
    QTest::newRow("a chain of copies") << QStringList {u"A1 A2 A3 A4"_s, u"B1 A2/青石区>白沙区"_s, u"C1 A4/青石区>临江县"_s, u"A1 A2 A3 A4 C2"_s}
                                       << QList<int> {2022, 2023, 2024, 2025} << QStringList {u"qs"_s, u"bs"_s, u"lj"_s, u"qs"_s} << QList<int> {-1, 0, 0, 0};
    // One body's three years, each repeating the year before and adding to it.
    QTest::newRow("one body's years") << QStringList {u"A1 A2"_s, u"A1 A2 A3"_s, u"A1 A2 A3 A4"_s} << QList<int> {2021, 2022, 2023}
                                      << QStringList {u"qs"_s, u"qs"_s, u"qs"_s} << QList<int> {-1, 0, 1};
}

void TestCopyIndex::directionWhateverTheIndexOrder()
{
    // Whatever order the reports are indexed in, each names the same source
    // for what it took, and the source knows it was taken.
    QFETCH(QStringList, recipes);
    QFETCH(QList<int>, years);
    QFETCH(QStringList, bodies);
    QFETCH(QList<int>, sources);
    QList<int> order(recipes.size());
    std::iota(order.begin(), order.end(), 0);
    int permutations = 0;
    do {
        CopyIndex index;
        QList<int> at(recipes.size());
        for (const int r : std::as_const(order)) {
            ReportOrder o;
            o.year = years.at(r);
            at[r] = index.add(foldWidth(compose(recipes.at(r))), {}, bodies.at(r), o);
        }
        for (int r = 0; r < recipes.size(); ++r) {
            const CopyFindings f = index.findings(at.at(r));
            QSet<int> from;
            for (const CopiedPassage &p : f.passagesOf(CopyDirection::Copied)) {
                from.insert(int(at.indexOf(p.other)));
                QCOMPARE(p.sameBody, bodies.at(r) == bodies.at(int(at.indexOf(p.other))));
            }
            QCOMPARE(from, sources.at(r) < 0 ? QSet<int>() : QSet<int> {sources.at(r)});
            QVERIFY(f.passagesOf(CopyDirection::Shared).isEmpty());
            if (sources.at(r) >= 0) {
                bool known = false;
                for (const CopiedPassage &p : index.findings(at.at(sources.at(r))).passagesOf(CopyDirection::CopiedBy))
                    known = known || p.other == at.at(r);
                QVERIFY(known);
            }
        }
        ++permutations;
    } while (std::next_permutation(order.begin(), order.end()));
    QVERIFY(permutations >= 6);
}

void TestCopyIndex::boilerplateCountsBodies()
{
    // A sentence in three reports is boilerplate when three bodies wrote it,
    // and copying when they are one body's three years.
    for (const bool oneBody : {false, true}) {
        CopyIndex index;
        const QStringList recipes {u"S A1"_s, u"S C1"_s, u"D1 S"_s, u"E1 B3"_s};
        for (int r = 0; r < recipes.size(); ++r) {
            ReportOrder o;
            o.year = 2020 + r;
            index.add(foldWidth(compose(recipes.at(r))), {}, oneBody && r < 3 ? u"one"_s : u"body %1"_s.arg(r), o);
        }
        QCOMPARE(index.bodies(), oneBody ? 2 : 4);
        QCOMPARE(index.boilerplateThreshold(), 3);
        const CopyFindings f = index.findings(2);
        QCOMPARE(f.boilerplate.isEmpty(), oneBody);
        QCOMPARE(f.passagesOf(CopyDirection::Copied).isEmpty(), !oneBody);
        if (oneBody) {
            QVERIFY(f.passagesOf(CopyDirection::Copied).first().sameBody);
            QCOMPARE(f.ownLength, f.length(CopyDirection::Copied));
        }
    }
}

void TestCopyIndex::boilerplateCountsManyBodiesOnce_data()
{
    // Reports of `holders` bodies have the sentence, those of `others` do
    // not; the last holder also has `moreYears` more years with it. With
    // boilerplateShare 1, the sentence is boilerplate only when every body
    // has it: a body's further years never count again, however many bodies
    // came before it.
    QTest::addColumn<int>("holders");
    QTest::addColumn<int>("others");
    QTest::addColumn<int>("moreYears");
    QTest::addColumn<bool>("boilerplate");
    QTest::newRow("300 bodies, 298 have it, one for six years") << 298 << 2 << 5 << false;
    QTest::newRow("300 bodies, all have it, one for six years") << 300 << 0 << 5 << true;
    QTest::newRow("40 bodies, 39 have it, one for four years") << 39 << 1 << 3 << false;
}

void TestCopyIndex::boilerplateCountsManyBodiesOnce()
{
    QFETCH(int, holders);
    QFETCH(int, others);
    QFETCH(int, moreYears);
    QFETCH(bool, boilerplate);
    CopyRules rules;
    rules.boilerplateShare = 1;
    CopyIndex index(rules);
    const QString with = foldWidth(compose(u"S"_s));
    const QString without = foldWidth(compose(u"E1"_s));
    ReportOrder o;
    o.year = 2021;
    for (int b = 0; b < holders + others; ++b)
        index.add(b < holders ? with : without, {}, u"body %1"_s.arg(b), o);
    for (int y = 1; y <= moreYears; ++y) {
        o.year = 2021 + y;
        index.add(with, {}, u"body %1"_s.arg(holders - 1), o);
    }
    QCOMPARE(index.bodies(), holders + others);
    QCOMPARE(index.boilerplateThreshold(), holders + others);
    QCOMPARE(index.findings(0).boilerplate.isEmpty(), !boilerplate);
    QCOMPARE(index.findings(index.size() - 1).boilerplate.isEmpty(), !boilerplate);
}

QTEST_GUILESS_MAIN(TestCopyIndex)
#include "tst_copyindex.moc"
