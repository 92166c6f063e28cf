// OutlineParser::parse() step by step: lines and run-on paragraphs, marker
// reading and the title/body split, the title, signature, date and preamble
// blocks, repairs of unmarked headings, 一是 enumerations (on lines of their
// own and in paragraphs), level assignment and spans. The whole parse, from
// a report's text, is read in tst_outlineparser.

#include "base/widthfolding.h"
#include "outline/enumerations.h"
#include "outline/headingcandidate.h"
#include "outline/outlineblocks.h"
#include "outline/outlinerepairs.h"
#include "outline/outlinetext.h"
#include "outline/sectionbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz::Internal;

namespace
{

// A text with its folded form, kept alive for the OutlineText that refers to both.
struct Fixture {
    explicit Fixture(const QString &input)
        : text(input)
        , folded(Dz::foldWidth(input))
        , lines(text, folded)
    {
    }
    QString text;
    QString folded;
    OutlineText lines;

    QString at(qsizetype start, qsizetype end) const
    {
        return text.mid(start, end - start);
    }
    QString contentOf(int line) const
    {
        return at(lines.line(line).contentStart, lines.line(line).contentEnd);
    }
    // "L3 1.|title" per candidate; "(repaired)" when it says why, "(一是)" for enumerations.
    QStringList describe(const QList<HeadingCandidate> &candidates) const
    {
        QStringList out;
        for (const HeadingCandidate &c : candidates) {
            QString item = u"%1 %2|%3"_s.arg(c.line).arg(at(c.markerStart, c.markerEnd).trimmed(), at(c.titleStart, c.titleEnd));
            if (!c.repaired.isEmpty())
                item += u" (repaired)"_s;
            if (c.enumerated)
                item += u" (一是)"_s;
            out.append(item);
        }
        return out;
    }
};

QString describe(const QList<Dz::Section> &sections)
{
    QStringList out;
    for (const Dz::Section &s : sections)
        out.append(u"L%1 %2%3%4"_s.arg(s.level).arg(s.marker, s.title, s.repaired.isEmpty() ? QString() : u" (repaired)"_s));
    return out.join(u" / "_s);
}

// A long run-on paragraph: a preamble and then headings, as copied from a web page.
const QString RunOn =
    u"2023年，我县司法局坚持以习近平法治思想为指导，围绕县委县政府中心工作，扎实推进法治政府建设，各项工作取得新的进展，现将有关情况报告如下。 一、工作举措 "
    u"（一）健全依法决策机制。制定重大行政决策程序规定，全年开展合法性审查46件，审查意见全部采纳，决策质量持续提升，群众满意度稳步提高。 "
    u"（二）规范行政执法行为。全面落实行政执法三项制度，开展执法案卷评查3次，评查案卷120卷，发现问题均已整改到位，执法规范化水平明显提升。 "
    u"二、存在问题 执法力量不足，专业人员偏少。 三、下步打算 继续加强学习，提升依法行政能力。"_s;

} // namespace

class TestOutlineSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- lines ----

    void lines()
    {
        const Fixture f(u"  第一行  \n\n\u3000第二行\u3000"_s);
        QCOMPARE(f.lines.lineCount(), 3);
        QCOMPARE(f.contentOf(0), u"第一行"_s);
        QVERIFY(f.lines.line(1).isEmpty());
        QCOMPARE(f.contentOf(2), u"第二行"_s);
        QVERIFY(!f.lines.line(2).runOn);
    }

    void runOnParagraph()
    {
        const Fixture f(RunOn);
        QStringList pieces;
        for (int i = 0; i < f.lines.lineCount(); ++i) {
            QVERIFY(f.lines.line(i).runOn);
            pieces.append(f.contentOf(i).left(6));
        }
        QCOMPARE(pieces, (QStringList {u"2023年，"_s, u"一、工作举措"_s, u"（一）健全依"_s, u"（二）规范行"_s, u"二、存在问题"_s, u"三、下步打算"_s}));
    }

    void runOnCuts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cuts");
        QTest::newRow("a long paragraph with top-level markers") << RunOn << 5;
        QTest::newRow("a short line is never cut") << u"现将有关情况报告如下。 一、工作举措 二、存在问题"_s << 0;
        QTest::newRow("one top-level marker is a reference, not an outline")
            << QString(u"按照要求，全面推进各项工作，取得明显成效，具体情况见附件。 一、工作举措 "_s + QString(200, u'文') + u"。"_s) << 0;
    }

    void runOnCuts()
    {
        QFETCH(QString, text);
        QFETCH(int, cuts);
        const QString folded = Dz::foldWidth(text);
        const OutlineLine line {0, folded.size(), 0, folded.size()};
        QCOMPARE(Dz::Internal::runOnCuts(folded, line).size(), cuts);
    }

    void lineKinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("headingLike");
        QTest::addColumn<bool>("date");
        QTest::addColumn<bool>("issuer");
        QTest::addColumn<bool>("titleSentence");
        QTest::newRow("short heading") << u"依法履行政府职能"_s << true << false << false << false;
        QTest::newRow("a heading ending in a comma") << u"依法履行政府职能，"_s << false << false << false << false;
        QTest::newRow("a sentence") << u"全年办结案件12件。"_s << false << false << false << true;
        QTest::newRow("a title sentence and its body") << u"强化法治基础。配齐法制审核人员。"_s << false << false << false << true;
        QTest::newRow("a first sentence with a comma") << u"今年以来，我局加强学习。"_s << false << false << false << false;
        QTest::newRow("a date") << u"二〇二四年十二月三十日"_s << false << true << false << false;
        QTest::newRow("a month") << u"2025年1月"_s << false << true << false << false;
        QTest::newRow("an issuer") << u"某市市场监督管理局"_s << true << false << true << false;
        QTest::newRow("a committee") << u"某县卫生健康委员会"_s << true << false << true << false;
        QTest::newRow("a heading ending in a body's word is no issuer when long")
            << u"关于进一步加强和改进全区基层综合行政执法队伍建设工作情况的调研所"_s << true << false << false << false;
    }

    void lineKinds()
    {
        QFETCH(QString, line);
        QFETCH(bool, headingLike);
        QFETCH(bool, date);
        QFETCH(bool, issuer);
        QFETCH(bool, titleSentence);
        const Fixture f(line);
        const OutlineLine &l = f.lines.line(0);
        QCOMPARE(f.lines.isHeadingLike(l), headingLike);
        QCOMPARE(f.lines.isDateLine(l), date);
        QCOMPARE(f.lines.looksLikeIssuerName(l), issuer);
        QCOMPARE(f.lines.firstSentenceIsTitle(l), titleSentence);
    }

    // ---- markers and titles ----

    void markedHeading_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("previousArabic");
        QTest::addColumn<int>("level"); // 0: no heading
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("inlineBody");

        QTest::newRow("一、") << u"一、总体情况"_s << -1 << 1 << 1 << u"一、"_s << u"总体情况"_s << false;
        QTest::newRow("十二、 with a space") << u"十二、 其他事项"_s << -1 << 1 << 12 << u"十二、"_s << u"其他事项"_s << false;
        QTest::newRow("half-width 三.") << u"三.工作打算"_s << -1 << 1 << 3 << u"三."_s << u"工作打算"_s << false;
        QTest::newRow("第二部分") << u"第二部分 存在问题"_s << -1 << 1 << 2 << u"第二部分"_s << u"存在问题"_s << false;
        QTest::newRow("（四） and its body") << u"（四）推进政务公开。全年公开信息320条。"_s << -1 << 2 << 4 << u"（四）"_s << u"推进政务公开"_s << true;
        QTest::newRow("(五) half width") << u"(五)强化监督"_s << -1 << 2 << 5 << u"(五)"_s << u"强化监督"_s << false;
        QTest::newRow("7．full-width point") << u"7．完善机制"_s << -1 << 3 << 7 << u"7．"_s << u"完善机制"_s << false;
        QTest::newRow("3、") << u"3、开展培训；"_s << -1 << 3 << 3 << u"3、"_s << u"开展培训"_s << false;
        QTest::newRow("（2）") << u"（2）专项整治"_s << -1 << 4 << 2 << u"（2）"_s << u"专项整治"_s << false;
        QTest::newRow("a decimal is no marker") << u"3.5万元用于培训"_s << -1 << 0 << 0 << QString() << QString() << false;
        QTest::newRow("an item glued to a date, continuing") << u"9.10月开展检查"_s << 8 << 3 << 9 << u"9."_s << u"10月开展检查"_s << false;
        QTest::newRow("an item glued to a date, out of turn") << u"9.10月开展检查"_s << 2 << 0 << 0 << QString() << QString() << false;
        QTest::newRow("a bare marker") << u"（三）"_s << -1 << 0 << 0 << QString() << QString() << false;
        QTest::newRow("零、 is no number") << u"零、概述"_s << -1 << 0 << 0 << QString() << QString() << false;
    }

    void markedHeading()
    {
        QFETCH(QString, line);
        QFETCH(int, previousArabic);
        QFETCH(int, level);
        QFETCH(int, number);
        QFETCH(QString, marker);
        QFETCH(QString, title);
        QFETCH(bool, inlineBody);
        const Fixture f(line);
        const std::optional<HeadingCandidate> c = readMarkedHeading(f.lines, 0, previousArabic);
        QCOMPARE(c.has_value(), level > 0);
        if (!c)
            return;
        QCOMPARE(styleLevel(c->style), level);
        QCOMPARE(c->number, number);
        QCOMPARE(f.at(c->markerStart, c->markerEnd).trimmed(), marker);
        QCOMPARE(f.at(c->titleStart, c->titleEnd), title);
        QCOMPARE(c->inlineBody, inlineBody);
    }

    void titleInARunOnPiece()
    {
        // In a run-on paragraph, the space after a heading ends its title.
        const Fixture f(RunOn);
        HeadingCandidate c;
        c.line = 4; // 二、存在问题 执法力量不足。
        setTitle(f.lines, &c, f.lines.line(4).contentStart + 2);
        QCOMPARE(f.at(c.titleStart, c.titleEnd), u"存在问题"_s);
        QVERIFY(c.inlineBody);
    }

    void markedCandidates()
    {
        const Fixture f(u"一、甲\n正文。\n（一）乙\n1.丙\n2.12月完成\n7.5万元\n"_s);
        QCOMPARE(f.describe(findMarkedCandidates(f.lines)), (QStringList {u"0 一、|甲"_s, u"2 （一）|乙"_s, u"3 1.|丙"_s, u"4 2.|12月完成"_s}));
    }

    // ---- blocks ----

    void titleBlock_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title"); // empty: none
        QTest::addColumn<int>("bodyStartLine");
        QTest::newRow("two title lines") << u"某省交通运输厅\n2023年法治政府建设工作总结\n\n一、工作"_s << u"某省交通运输厅\n2023年法治政府建设工作总结"_s << 2;
        QTest::newRow("a preamble first") << u"今年以来，我局认真落实各项要求。现报告如下：\n一、工作"_s << QString() << 0;
        QTest::newRow("no line names the document") << u"某市应急管理局\n法治建设情况\n一、工作"_s << QString() << 0;
        QTest::newRow("only before the first heading") << u"一、工作报告\n正文"_s << QString() << 0;
    }

    void titleBlock()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(int, bodyStartLine);
        const Fixture f(text);
        int bodyStart = 0;
        const std::optional<Dz::Block> block = findTitleBlock(f.lines, firstCandidateLine(f.lines, findMarkedCandidates(f.lines)), &bodyStart);
        QCOMPARE(block.has_value(), !title.isEmpty());
        if (block)
            QCOMPARE(f.at(block->span.start, block->span.end), title);
        QCOMPARE(bodyStart, bodyStartLine);
    }

    void signatureAndDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<int>("contentEndLine");
        QTest::newRow("signature and date") << u"一、工作\n正文。\n某县人民政府\n2024年1月5日\n"_s
                                            << QStringList {u"date:2024年1月5日"_s, u"signature:某县人民政府"_s} << 2;
        QTest::newRow("a date alone") << u"一、工作\n正文。\n\n二〇二四年一月\n"_s << QStringList {u"date:二〇二四年一月"_s} << 3;
        QTest::newRow("a signature alone") << u"一、工作\n正文。\n某区司法局\n"_s << QStringList {u"signature:某区司法局"_s} << 2;
        QTest::newRow("a sentence at the end") << u"一、工作\n正文。\n特此报告。\n"_s << QStringList() << -1;
        QTest::newRow("nothing after the last heading") << u"一、工作\n二、某区司法局\n"_s << QStringList() << -1;
    }

    void signatureAndDate()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, blocks);
        QFETCH(int, contentEndLine);
        const Fixture f(text);
        const QList<HeadingCandidate> candidates = findMarkedCandidates(f.lines);
        int contentEnd = -1;
        QStringList found;
        for (const Dz::Block &b : findSignatureAndDate(f.lines, candidates.last().line, &contentEnd))
            found.append((b.kind == Dz::BlockKind::Date ? u"date:"_s : u"signature:"_s) + f.at(b.span.start, b.span.end));
        QCOMPARE(found, blocks);
        QCOMPARE(contentEnd, contentEndLine);
    }

    void preamble()
    {
        const Fixture f(u"关于2023年度工作的报告\n\n今年以来，我局扎实工作。\n现报告如下：\n一、工作\n"_s);
        const std::optional<Dz::Block> block = findPreamble(f.lines, 1, 4);
        QVERIFY(block);
        QCOMPARE(f.at(block->span.start, block->span.end), u"今年以来，我局扎实工作。\n现报告如下："_s);
        QVERIFY(!findPreamble(f.lines, 1, 2));
    }

    // ---- repairs ----

    void repairs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("candidates");
        QTest::newRow("the missing 一、 before 二、") << u"某镇2024年法治建设情况报告\n健全制度体系\n正文。\n二、强化执法\n"_s
                                                      << QStringList {u"1 |健全制度体系 (repaired)"_s, u"3 二、|强化执法"_s};
        QTest::newRow("一、 present: nothing to repair")
            << u"一、健全制度\n正文。\n二、强化执法\n"_s << QStringList {u"0 一、|健全制度"_s, u"2 二、|强化执法"_s};
        QTest::newRow("the missing （一） before （二）") << u"一、主要举措\n加强组织领导。成立领导小组。\n（二）完善制度\n"_s
                                                          << QStringList {u"0 一、|主要举措"_s, u"1 |加强组织领导 (repaired)"_s, u"2 （二）|完善制度"_s};
        QTest::newRow("a paragraph before （二） is no heading")
            << u"一、主要举措\n今年以来，我局成立领导小组。\n（二）完善制度\n"_s << QStringList {u"0 一、|主要举措"_s, u"2 （二）|完善制度"_s};
        QTest::newRow("both, in one report") << u"报告\n加强领导\n明确职责\n（二）完善制度\n二、存在不足\n"_s
                                             << QStringList {
                                                    u"1 |加强领导 (repaired)"_s, u"2 |明确职责 (repaired)"_s, u"3 （二）|完善制度"_s, u"4 二、|存在不足"_s};
    }

    void repairs()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, candidates);
        const Fixture f(text);
        QList<HeadingCandidate> found = findMarkedCandidates(f.lines);
        int bodyStart = 0;
        findTitleBlock(f.lines, firstCandidateLine(f.lines, found), &bodyStart);
        repairMissingFirstTopHeading(f.lines, bodyStart, &found);
        repairMissingFirstSubHeadings(f.lines, &found);
        QCOMPARE(f.describe(found), candidates);
    }

    // ---- enumerations ----

    void ownLineEnumeration_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("number");
        QTest::newRow("a title only") << u"二是压实工作责任。"_s << 2;
        QTest::newRow("with a trailing colon") << u"三是完善工作机制："_s << 3;
        QTest::newRow("a sentence follows") << u"一是加强学习。组织学习4次。"_s << 0;
        QTest::newRow("too long") << QString(u"一是"_s + QString(41, u'字')) << 0;
        QTest::newRow("too short") << u"一是学。"_s << 0;
        QTest::newRow("not at the start") << u"其一是加强学习"_s << 0;
    }

    void ownLineEnumeration()
    {
        QFETCH(QString, line);
        QFETCH(int, number);
        const Fixture f(line);
        qsizetype markerEnd = -1;
        QCOMPARE(Dz::Internal::ownLineEnumeration(f.lines, f.lines.line(0), &markerEnd), number);
        if (number > 0)
            QCOMPARE(markerEnd, qsizetype(2));
    }

    void ownLineEnumerations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("candidates");
        QTest::newRow("in order, each with its body") << u"一、工作\n一是强化领导\n成立小组。\n二是完善制度\n修订制度。\n"_s
                                                      << QStringList {u"0 一、|工作"_s, u"1 一是|强化领导 (一是)"_s, u"3 二是|完善制度 (一是)"_s};
        QTest::newRow("one alone is a list") << u"一、工作\n一是强化领导\n成立小组。\n"_s << QStringList {u"0 一、|工作"_s};
        QTest::newRow("one without a body spoils the group")
            << u"一、工作\n一是强化领导\n成立小组。\n二是完善制度\n三是加强监督\n开展检查。\n"_s << QStringList {u"0 一、|工作"_s};
        QTest::newRow("out of order") << u"一、工作\n二是强化领导\n成立小组。\n三是完善制度\n修订制度。\n"_s << QStringList {u"0 一、|工作"_s};
        QTest::newRow("each heading its own group") << u"一、工作\n一是强化领导\n成立小组。\n二是完善制度\n修订制度。\n二、不足\n一是人员偏少\n缺少力量。\n"_s
                                                    << QStringList {
                                                           u"0 一、|工作"_s, u"1 一是|强化领导 (一是)"_s, u"3 二是|完善制度 (一是)"_s, u"5 二、|不足"_s};
        QTest::newRow("before any heading") << u"一是强化领导\n成立小组。\n二是完善制度\n修订制度。\n"_s << QStringList();
    }

    void ownLineEnumerations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, candidates);
        const Fixture f(text);
        QList<HeadingCandidate> found = findMarkedCandidates(f.lines);
        findOwnLineEnumerations(f.lines, 0, -1, &found);
        QCOMPARE(f.describe(found), candidates);
    }

    void paragraphEnumeration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("after sentence ends") << u"一是强化学习。二是健全制度，完善机制。三是严格考核；落实奖惩。"_s
                                             << QStringList {u"一是|强化学习"_s, u"二是|健全制度，完善机制"_s, u"三是|严格考核"_s};
        QTest::newRow("inside a word it is none") << u"坚持统一是前提。"_s << QStringList();
        QTest::newRow("a number out of turn mid-line") << u"一是加强领导。三是完善制度。"_s << QStringList {u"一是|加强领导"_s};
        QTest::newRow("a line may skip one") << u"一是加强领导。\n三是完善制度。"_s << QStringList {u"一是|加强领导"_s, u"三是|完善制度"_s};
        QTest::newRow("第一，第二，") << u"第一，压实责任。第二，强化保障。"_s << QStringList {u"第一|压实责任"_s, u"第二|强化保障"_s};
        QTest::newRow("circled numbers") << u"①完善台账；②定期通报。"_s << QStringList {u"①|完善台账"_s, u"②|定期通报"_s};
        QTest::newRow("a list starts at one") << u"③完善台账；④定期通报。"_s << QStringList();
    }

    void paragraphEnumeration()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, items);
        const Fixture f(text);
        QStringList found;
        for (const Dz::EnumerationItem &item : findEnumeration(f.lines, 0, text.size())) {
            found.append(item.marker + u'|' + item.title);
            QVERIFY(text.mid(item.span.start, item.span.length()).startsWith(item.marker));
            QVERIFY(!text.mid(item.span.start, item.span.length()).contains(u'\n'));
        }
        QCOMPARE(found, items);
    }

    // ---- levels and spans ----

    void levels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sections");
        QTest::newRow("by marker") << u"一、甲\n（一）乙\n1.丙\n（1）丁\n"_s << u"L1 一、甲 / L2 （一）乙 / L3 1.丙 / L4 （1）丁"_s;
        QTest::newRow("an Arabic marker where the next top heading belongs")
            << u"一、甲\n二、乙\n（一）丙\n3.下一步打算\n"_s << u"L1 一、甲 / L1 二、乙 / L2 （一）丙 / L1 3.下一步打算 (repaired)"_s;
        QTest::newRow("an Arabic item that continues the items")
            << u"一、甲\n（一）乙\n1.丙\n二、丁\n2.戊\n"_s << u"L1 一、甲 / L2 （一）乙 / L3 1.丙 / L1 二、丁 / L3 2.戊"_s;
        QTest::newRow("（3） with no 1. above it") << u"一、甲\n（一）乙\n（二）丙\n（3）丁\n"_s
                                                   << u"L1 一、甲 / L2 （一）乙 / L2 （二）丙 / L2 （3）丁 (repaired)"_s;
        QTest::newRow("a number that is not the ordinal") << u"一、甲\n三、乙\n"_s << u"L1 一、甲 / L1 三、乙 (repaired)"_s;
        QTest::newRow("一是 one level below its heading")
            << u"一、甲\n（一）乙\n一是丙丙\n正文。\n二是丁丁\n正文。\n"_s << u"L1 一、甲 / L2 （一）乙 / L3 一是丙丙 / L3 二是丁丁"_s;
    }

    void levels()
    {
        QFETCH(QString, text);
        QFETCH(QString, sections);
        const Fixture f(text);
        QList<HeadingCandidate> candidates = findMarkedCandidates(f.lines);
        findOwnLineEnumerations(f.lines, 0, -1, &candidates);
        SectionBuilder builder(f.lines);
        for (const HeadingCandidate &c : std::as_const(candidates))
            builder.add(c);
        QCOMPARE(describe(builder.sections()), sections);
        QCOMPARE(builder.lines().size(), builder.sections().size());
        for (const Dz::Section &s : builder.sections()) {
            if (s.parent >= 0)
                QVERIFY(builder.sections().at(s.parent).level < s.level);
        }
    }

    void numberedParagraphs()
    {
        const Fixture f(u"一、甲\n1.推行政务公开。落实制度。\n2.短标题\n"_s);
        SectionBuilder builder(f.lines);
        for (const HeadingCandidate &c : findMarkedCandidates(f.lines))
            builder.add(c);
        QCOMPARE(builder.sections().at(1).kind, Dz::SectionKind::NumberedParagraph);
        QCOMPARE(builder.sections().at(2).kind, Dz::SectionKind::Heading);
    }

    void spans()
    {
        const QString text = u"一、甲\n正文一。\n（一）乙\n一是加强。二是完善。\n二、丙\n正文三。\n某局\n"_s;
        const Fixture f(text);
        SectionBuilder builder(f.lines);
        for (const HeadingCandidate &c : findMarkedCandidates(f.lines))
            builder.add(c);
        QList<Dz::Section> sections = builder.sections();
        const qsizetype contentEnd = text.indexOf(u"某局"_s);
        setSectionSpans(f.lines, contentEnd, &sections);
        QCOMPARE(f.at(sections.at(0).span.start, sections.at(0).span.end), u"一、甲\n正文一。\n（一）乙\n一是加强。二是完善。"_s);
        QCOMPARE(f.at(sections.at(0).bodySpan.start, sections.at(0).bodySpan.end), u"\n正文一。"_s);
        QCOMPARE(f.at(sections.at(2).span.start, sections.at(2).span.end), u"二、丙\n正文三。"_s);
        QCOMPARE(sections.at(1).enumeration.size(), 2);
        QVERIFY(sections.at(0).enumeration.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutlineSteps)
#include "tst_outlinesteps.moc"
