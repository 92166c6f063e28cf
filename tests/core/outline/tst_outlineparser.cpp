// Heading forms the outline parser must read: full and half width, spaces,
// wrong numerals, inline bodies, unmarked headings, enumerations, furniture.

#include "analysis/reportpipeline.h"
#include "outline/outlineformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// "L<level> <marker>|<title>", with " (repaired)" when the parser repaired it.
QStringList describe(const Dz::Report &report)
{
    QStringList lines;
    for (const Dz::Section &s : report.sections) {
        QString line = u"L%1 %2|%3"_s.arg(s.level).arg(s.marker, s.title);
        if (!s.repaired.isEmpty())
            line += u" (repaired)"_s;
        lines.append(line);
    }
    return lines;
}

QStringList blockKinds(const Dz::Report &report)
{
    QStringList kinds;
    for (const Dz::Block &b : report.blocks)
        kinds.append(Dz::OutlineFormat::blockKindName(b.kind) + u':' + report.textOf(b.span).toString());
    return kinds;
}

} // namespace

class TestOutlineParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("four levels, full width") << u"一、主要举措和成效\n（一）加强党的领导\n1．第一议题学习\n（1）读书班\n"_s
                                                 << QStringList {u"L1 一、|主要举措和成效"_s, u"L2 （一）|加强党的领导"_s, u"L3 1．|第一议题学习"_s,
                                                        u"L4 （1）|读书班"_s};
        QTest::newRow("half width and comma")
            << u"一.主要举措和成效\n(一)深入学习贯彻习近平法治思想\n1.推行政务公开。落实政务信息公开制度,加强维护。\n(1)内容\n"_s
            << QStringList {u"L1 一.|主要举措和成效"_s, u"L2 (一)|深入学习贯彻习近平法治思想"_s, u"L3 1.|推行政务公开"_s, u"L4 (1)|内容"_s};
        QTest::newRow("stray spaces") << u"  一、 主要举措和成效\n　（ 一 ） 加强党的领导\n    1、 第一议题学习\n"_s
                                      << QStringList {u"L1 一、|主要举措和成效"_s, u"L2 （ 一 ）|加强党的领导"_s, u"L3 1、|第一议题学习"_s};
        QTest::newRow("inline body ends the title at the first full stop")
            << u"三、存在的不足和原因\n（一）法治政府建设水平有待提高。卫生健康系统在长远性谋划方面仍有差距。\n"_s
            << QStringList {u"L1 三、|存在的不足和原因 (repaired)"_s, u"L2 （一）|法治政府建设水平有待提高"_s};
        QTest::newRow("arabic 4、 after 三、 is the fourth top heading") << u"一、甲\n二、乙\n三、丙\n（一）丁。正文。\n4、 下一年度主要工作安排\n（一）戊\n"_s
                                                                         << QStringList {u"L1 一、|甲"_s, u"L1 二、|乙"_s, u"L1 三、|丙"_s, u"L2 （一）|丁"_s,
                                                                                u"L1 4、|下一年度主要工作安排 (repaired)"_s, u"L2 （一）|戊"_s};
        QTest::newRow("arabic 2. under a sub-heading stays an item")
            << u"一、甲\n（一）乙\n1.落实制度\n2.健全机制\n"_s << QStringList {u"L1 一、|甲"_s, u"L2 （一）|乙"_s, u"L3 1.|落实制度"_s, u"L3 2.|健全机制"_s};
        QTest::newRow("full-width arabic items numbered across sub-headings")
            << u"一、甲\n（一）乙\n１．制度建设\n（二）丙\n２．执法检查\n"_s
            << QStringList {u"L1 一、|甲"_s, u"L2 （一）|乙"_s, u"L3 １．|制度建设"_s, u"L2 （二）|丙"_s, u"L3 ２．|执法检查"_s};
        QTest::newRow("(5) after (五) is the sixth sub-heading")
            << u"二、主要举措\n（一）a\n（二）b\n（三）c\n（四）d\n（五）e\n一是检查。\n（5） 坚持以法润城\n三、不足\n"_s
            << QStringList {u"L1 二、|主要举措 (repaired)"_s, u"L2 （一）|a"_s, u"L2 （二）|b"_s, u"L2 （三）|c"_s, u"L2 （四）|d"_s, u"L2 （五）|e"_s,
                   u"L2 （5）|坚持以法润城 (repaired)"_s, u"L1 三、|不足 (repaired)"_s};
        QTest::newRow("(1) under an item stays fourth level")
            << u"一、甲\n（一）乙\n1.丙\n（1）丁\n（2）戊\n"_s
            << QStringList {u"L1 一、|甲"_s, u"L2 （一）|乙"_s, u"L3 1.|丙"_s, u"L4 （1）|丁"_s, u"L4 （2）|戊"_s};
        QTest::newRow("unmarked first heading and first sub-heading")
            << u"重庆市某区卫生健康委员会\n\n关于2023年法治政府建设情况的报告\n\n依法履行政府职能，夯实基础\n\n主要负责人履行第一责任人职责。坚持学习。\n（二）强化法治基础。配齐干部。\n二、切实做好依法行政\n"_s
            << QStringList {u"L1 |依法履行政府职能，夯实基础 (repaired)"_s, u"L2 |主要负责人履行第一责任人职责 (repaired)"_s, u"L2 （二）|强化法治基础"_s,
                   u"L1 二、|切实做好依法行政"_s};
        QTest::newRow("decimal and date numbers are not markers") << u"一、甲\n12.4国家宪法日开展活动。\n2024.5月完成。\n"_s << QStringList {u"L1 一、|甲"_s};
        QTest::newRow("item glued to a date continues the items")
            << u"一、甲\n24.起草建议。\n25.12月中旬交流论文。\n"_s << QStringList {u"L1 一、|甲"_s, u"L3 24.|起草建议"_s, u"L3 25.|12月中旬交流论文"_s};
        QTest::newRow("part words") << u"第一部分 主要举措\n第二部分 存在的不足\n"_s << QStringList {u"L1 第一部分|主要举措"_s, u"L1 第二部分|存在的不足"_s};
        QTest::newRow("bare marker is no heading") << u"一、\n正文。\n"_s << QStringList {};
        // 一是… on a line of its own, with its body after it: a heading one
        // level below the one it stands under.
        QTest::newRow("一是 headings under a sub-heading")
            << u"一、主要举措\n（一）加强党的领导\n一是强化组织领导。\n成立领导小组，定期研究。\n二是压实工作责任。\n签订责任书。\n（二）乙\n"_s
            << QStringList {u"L1 一、|主要举措"_s, u"L2 （一）|加强党的领导"_s, u"L3 一是|强化组织领导"_s, u"L3 二是|压实工作责任"_s, u"L2 （二）|乙"_s};
        QTest::newRow("一是 headings under a top heading")
            << u"一、存在的不足\n一是宣传形式单一\n宣传覆盖面不广。\n\n二是执法人员偏少\n人员与监管对象配比失衡。\n二、下一步打算\n"_s
            << QStringList {u"L1 一、|存在的不足"_s, u"L2 一是|宣传形式单一"_s, u"L2 二是|执法人员偏少"_s, u"L1 二、|下一步打算"_s};
        QTest::newRow("一是 headings under an item") << u"一、甲\n（一）乙\n1.丙\n一是规范程序。\n正文。\n二是强化监督：\n正文。\n"_s
                                                     << QStringList {
                                                            u"L1 一、|甲"_s, u"L2 （一）|乙"_s, u"L3 1.|丙"_s, u"L4 一是|规范程序"_s, u"L4 二是|强化监督"_s};
        QTest::newRow("a list of short 一是 lines stays body")
            << u"一、甲\n一是加强学习。\n二是完善制度。\n三是强化监督。\n"_s << QStringList {u"L1 一、|甲"_s};
        QTest::newRow("one 一是 line without a body keeps the set body")
            << u"一、甲\n一是加强学习。\n组织学习。\n二是完善制度。\n三是强化监督。\n接受监督。\n"_s << QStringList {u"L1 一、|甲"_s};
        QTest::newRow("一是 lines not starting at one stay body")
            << u"一、甲\n二是加强学习。\n组织学习。\n三是完善制度。\n修订制度。\n"_s << QStringList {u"L1 一、|甲"_s};
        QTest::newRow("a single 一是 line stays body") << u"一、甲\n一是加强学习。\n组织学习。\n"_s << QStringList {u"L1 一、|甲"_s};
        QTest::newRow("一是 with its body on the line stays body")
            << u"一、甲\n一是加强学习。组织学习4次。\n二是完善制度。修订制度3项。\n"_s << QStringList {u"L1 一、|甲"_s};
        QTest::newRow("一是…，二是… in running text stays body")
            << u"一、甲\n一是加强学习，二是完善制度。\n全年工作中，一是加强学习，二是完善制度。\n"_s << QStringList {u"L1 一、|甲"_s};
        QTest::newRow("一是 lines before the first heading stay preamble")
            << u"2024年，我局工作如下。\n一是加强学习。\n组织学习。\n二是完善制度。\n修订制度。\n一、甲\n"_s << QStringList {u"L1 一、|甲"_s};
        QTest::newRow("run-on copy: sub-headings too")
            << u"2024年，我局深入学习贯彻习近平法治思想，现将有关情况报告如下。 一、主要举措和成效 （一）深化“放管服”改革。持续精简审批事项，全面推行告知承诺制，120项政务服务事项实现网上办理，群众办事更加便利。 （二）强化行政执法监督。全年办理行政处罚案件85件，开展案卷评查2次，组织执法人员培训4次，执法质量稳步提升，群众满意度持续提高。 二、存在的不足 一是宣传不足。二是人员偏少。 三、下一步打算 继续推进依法行政。"_s
            << QStringList {u"L1 一、|主要举措和成效"_s, u"L2 （一）|深化“放管服”改革"_s, u"L2 （二）|强化行政执法监督"_s, u"L1 二、|存在的不足"_s,
                   u"L1 三、|下一步打算"_s};
    }

    void headingForms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"fixture.txt"_s);
        QCOMPARE(describe(report), expected);
        for (const Dz::Section &s : report.sections) {
            // Offsets are UTF-16 positions into the stored text.
            QCOMPARE(report.textOf(s.titleSpan).toString(), s.title);
            QVERIFY(s.span.start <= s.titleSpan.start && s.titleSpan.end <= s.span.end);
        }
    }

    void sectionSpansNest()
    {
        const QString text = u"一、甲\n正文一。\n（一）乙\n正文二。\n二、丙\n正文三。\n"_s;
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"fixture.txt"_s);
        QCOMPARE(report.sections.size(), 3);
        QCOMPARE(report.textOf(report.sections.at(0).span).toString(), u"一、甲\n正文一。\n（一）乙\n正文二。"_s);
        QCOMPARE(report.textOf(report.sections.at(1).span).toString(), u"（一）乙\n正文二。"_s);
        QCOMPARE(report.sections.at(1).parent, 0);
        QCOMPARE(report.textOf(report.sections.at(2).span).toString(), u"二、丙\n正文三。"_s);
    }

    void enumerations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");

        QTest::newRow("inline 一是…二是…") << u"一、甲\n一是加强学习。二是完善制度，健全机制。三是强化监督；接受监督。\n"_s
                                           << QStringList {u"一是|加强学习"_s, u"二是|完善制度，健全机制"_s, u"三是|强化监督"_s};
        QTest::newRow("one per line, with a gap") << u"一、甲\n一是推进联合检查。\n三是严格规范检查。\n四是实施两书同达。\n"_s
                                                  << QStringList {u"一是|推进联合检查"_s, u"三是|严格规范检查"_s, u"四是|实施两书同达"_s};
        QTest::newRow("after a colon") << u"一、甲\n主要表现在：一是宣传不足；二是人员偏少。\n"_s << QStringList {u"一是|宣传不足"_s, u"二是|人员偏少"_s};
        QTest::newRow("统一是 is not an item") << u"一、甲\n标准统一是关键。\n"_s << QStringList {};
        QTest::newRow("第一，第二，") << u"一、甲\n第一，加强领导。第二，完善制度。\n"_s << QStringList {u"第一|加强领导"_s, u"第二|完善制度"_s};
        QTest::newRow("circled numbers") << u"一、甲\n①制定方案；②组织培训。\n"_s << QStringList {u"①|制定方案"_s, u"②|组织培训"_s};
    }

    void enumerations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, items);
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"fixture.txt"_s);
        QCOMPARE(report.sections.size(), 1);
        QStringList found;
        for (const Dz::EnumerationItem &item : report.sections.first().enumeration) {
            found.append(item.marker + u'|' + item.title);
            QVERIFY(report.textOf(item.span).startsWith(item.marker));
        }
        QCOMPARE(found, items);
    }

    void blocksAndFurniture_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<QStringList>("sections");

        QTest::newRow("title, signature and date")
            << u"天津市某区卫生健康委2024年度\n法治政府建设情况报告\n一、主要举措\n正文。\n\n区卫生健康委          \n2025年2月19日        \n"_s
            << QStringList {u"title:天津市某区卫生健康委2024年度\n法治政府建设情况报告"_s, u"signature:区卫生健康委"_s, u"date:2025年2月19日"_s}
            << QStringList {u"L1 一、|主要举措"_s};
        QTest::newRow("preamble without a title") << u" 2020年，某区卫生健康委员会深入学习。现将有关情况报告如下：\n 一、主要举措\n"_s
                                                  << QStringList {u"preamble:2020年，某区卫生健康委员会深入学习。现将有关情况报告如下："_s}
                                                  << QStringList {u"L1 一、|主要举措"_s};
        QTest::newRow("web page header") << u" 2024年法治政府建设情况报告\n来源: 卫健委 发布时间:2025-02-24 10:49 累计次数: 字体:[ ]\n\n一、主要举措\n"_s
                                         << QStringList {u"title:2024年法治政府建设情况报告"_s,
                                                u"furniture:来源: 卫健委 发布时间:2025-02-24 10:49 累计次数: 字体:[ ]"_s}
                                         << QStringList {u"L1 一、|主要举措"_s};
        QTest::newRow("bookmark before an item") << u"一、甲\n（一）乙\n14.夯实非现场执法。\n[bookmark: _GoBack]15.搭建企校联合平台。正文。\n"_s
                                                 << QStringList {u"furniture:[bookmark: _GoBack]"_s}
                                                 << QStringList {u"L1 一、|甲"_s, u"L2 （一）|乙"_s, u"L3 14.|夯实非现场执法"_s, u"L3 15.|搭建企校联合平台"_s};
        QTest::newRow("breadcrumb, metadata table, share links")
            << u"首页 > 政务公开 > 法治政府建设\n索引号：11120000-2025-001\n发布机构：某区司法局\n成文日期：2025-03-01\n分享/打印\n一、主要举措\n"_s
            << QStringList {u"furniture:首页 > 政务公开 > 法治政府建设"_s, u"furniture:索引号：11120000-2025-001"_s, u"furniture:发布机构：某区司法局"_s,
                   u"furniture:成文日期：2025-03-01"_s, u"furniture:分享/打印"_s}
            << QStringList {u"L1 一、|主要举措"_s};
    }

    void blocksAndFurniture()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, blocks);
        QFETCH(QStringList, sections);
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"fixture.txt"_s);
        QCOMPARE(blockKinds(report), blocks);
        QCOMPARE(describe(report), sections);
        for (const Dz::Block &b : report.blocks) {
            for (const Dz::Section &s : report.sections)
                QVERIFY2(!(b.kind == Dz::BlockKind::Signature && s.span.contains(b.span.start)), "a section runs into the signature");
        }
    }

    void furnitureMetadata()
    {
        const Dz::Report report = Dz::ReportPipeline::readText(
            u"首页 > 政务公开\n发布机构：某区司法局\n成文日期：2025-03-01\n关于2024年度法治政府建设情况的报告\n一、主要举措\n"_s, u"fixture.txt"_s);
        QCOMPARE(report.metadata.published.value, u"2025-03-01"_s);
        QCOMPARE(report.metadata.published.origin, u"web metadata"_s);
        QCOMPARE(report.metadata.year.value, u"2024"_s);
    }

    // The outline parser finds the date line and the metadata reads it with
    // the same reader, whatever the numerals.
    void signatureDates_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("dateLine");
        QTest::addColumn<bool>("isDateBlock");
        QTest::addColumn<QString>("published"); // empty: none
        QTest::addColumn<QString>("year");

        QTest::newRow("Arabic") << u"2024年法治政府建设情况报告"_s << u"2025年2月19日"_s << true << u"2025-02-19"_s << u"2024"_s;
        QTest::newRow("full width") << u"２０２４年法治政府建设情况报告"_s << u"２０２５年２月１９日"_s << true << u"2025-02-19"_s << u"2024"_s;
        QTest::newRow("〇") << u"二〇二四年法治政府建设情况报告"_s << u"二〇二五年三月十五日"_s << true << u"2025-03-15"_s << u"2024"_s;
        QTest::newRow("○") << u"2024年法治政府建设情况报告"_s << u"二○二五年一月八日"_s << true << u"2025-01-08"_s << u"2024"_s;
        QTest::newRow("零") << u"2024年法治政府建设情况报告"_s << u"二零二五年一月二十日"_s << true << u"2025-01-20"_s << u"2024"_s;
        QTest::newRow("hyphens") << u"2024年法治政府建设情况报告"_s << u"2025-01-20"_s << true << u"2025-01-20"_s << u"2024"_s;
        QTest::newRow("slashes") << u"2024年法治政府建设情况报告"_s << u"2025/1/20"_s << true << u"2025-01-20"_s << u"2024"_s;
        QTest::newRow("points") << u"2024年法治政府建设情况报告"_s << u"2025.1.20"_s << true << u"2025-01-20"_s << u"2024"_s;
        // A month is a date line but no publish date; the year is the title's.
        QTest::newRow("month only") << u"2024年法治政府建设情况报告"_s << u"二○二五年一月"_s << true << QString() << u"2024"_s;
        // Without a year in the title, the year before publication.
        QTest::newRow("year from the date") << u"法治政府建设情况报告"_s << u"二〇二五年三月十五日"_s << true << u"2025-03-15"_s << u"2024"_s;
        QTest::newRow("no such day") << u"2024年法治政府建设情况报告"_s << u"2025年2月30日"_s << false << QString() << u"2024"_s;
    }

    void signatureDates()
    {
        QFETCH(QString, title);
        QFETCH(QString, dateLine);
        QFETCH(bool, isDateBlock);
        QFETCH(QString, published);
        QFETCH(QString, year);
        const QString text = title + u"\n一、主要举措\n开展执法检查。\n某区司法局\n"_s + dateLine + u"\n"_s;
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"fixture.txt"_s);
        const QStringList kinds = blockKinds(report);
        QCOMPARE(kinds.contains(u"date:"_s + dateLine), isDateBlock);
        QCOMPARE(kinds.contains(u"signature:某区司法局"_s), isDateBlock);
        QCOMPARE(report.metadata.published.value, published);
        if (!published.isEmpty())
            QCOMPARE(report.metadata.published.origin, u"signature"_s);
        QCOMPARE(report.metadata.year.value, year);
    }
};

QTEST_GUILESS_MAIN(TestOutlineParser)
#include "tst_outlineparser.moc"
