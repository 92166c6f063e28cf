#include "reading/pagelayout.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// A page of lines, each given as (text, left, right), 10 units high, 16 apart.
Dz::PlacedPage page(const QList<std::tuple<QString, double, double>> &lines, double top = 50)
{
    Dz::PlacedPage p;
    p.size = QSizeF(210, 297);
    double y = top;
    for (const auto &[text, left, right] : lines) {
        p.runs.append({text, QRectF(left, y, right - left, 10), false});
        y += 16;
    }
    return p;
}

} // namespace

class TestPageLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joins_data()
    {
        QTest::addColumn<QList<Dz::PlacedPage>>("pages");
        QTest::addColumn<QStringList>("expected");

        // Indented paragraphs: a full line continues unless the next is indented.
        QTest::newRow("indent style") << QList<Dz::PlacedPage> {page({{u"一、主要举措"_s, 40, 100}, {u"全年开展普法活动十二次，覆盖"_s, 40, 180},
            {u"群众三千余人次。行政处罚案件"_s, 20, 180}, {u"三十五件。"_s, 20, 70}, {u"二、存在的不足"_s, 40, 110}})}
                                      << QStringList {
                                             u"一、主要举措"_s, u"全年开展普法活动十二次，覆盖群众三千余人次。行政处罚案件三十五件。"_s, u"二、存在的不足"_s};
        // Flush-left paragraphs: a full line ending a sentence ends its paragraph.
        QTest::newRow("block style") << QList<Dz::PlacedPage> {page({{u"全年开展普法活动十二次，覆盖群众"_s, 20, 180}, {u"三千余人次。"_s, 20, 80},
            {u"行政处罚案件三十五件，罚没金额"_s, 20, 180}, {u"十万元，全部按时办结完毕。"_s, 20, 180}, {u"1.下一步工作要点安排如下"_s, 20, 130}})}
                                     << QStringList {u"全年开展普法活动十二次，覆盖群众三千余人次。"_s,
                                            u"行政处罚案件三十五件，罚没金额十万元，全部按时办结完毕。"_s, u"1.下一步工作要点安排如下"_s};
        QTest::newRow("across a page break") << QList<Dz::PlacedPage> {page({{u"标题"_s, 90, 110}, {u"全年开展普法活动十二次，覆盖群众"_s, 40, 180},
                                                                           {u"三千余人次，行政处罚案件三十五件"_s, 20, 180}}),
            page({{u"，罚没金额十万元。"_s, 20, 110}, {u"第二段从这里开始写起。"_s, 40, 150}})}
                                             << QStringList {u"标题"_s, u"全年开展普法活动十二次，覆盖群众三千余人次，行政处罚案件三十五件，罚没金额十万元。"_s,
                                                    u"第二段从这里开始写起。"_s};
    }

    void joins()
    {
        QFETCH(QList<Dz::PlacedPage>, pages);
        QFETCH(QStringList, expected);
        QCOMPARE(Dz::PageLayout::paragraphs(pages).split(u'\n'), expected);
    }

    void words()
    {
        // Extraction splits "2024 年" and "第 3 条"; Latin words keep their spaces.
        QList<Dz::PlacedText> runs = {{u"2024"_s, QRectF(20, 50, 12, 10), true}, {u"年，依据"_s, QRectF(34, 50, 40, 10), false},
            {u"Open"_s, QRectF(76, 50, 20, 10), true}, {u"Data"_s, QRectF(99, 50, 20, 10), false}, {u"平台"_s, QRectF(121, 50, 20, 10), false},
            {u"第"_s, QRectF(20, 70, 10, 10), true}, {u"3"_s, QRectF(33, 70, 5, 10), true}, {u"条"_s, QRectF(41, 70, 10, 10), false}};
        const auto lines = Dz::PageLayout::lines(runs);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, u"2024年，依据Open Data平台"_s);
        QCOMPARE(lines.at(1).text, u"第3条"_s);
    }

    void pageNumbers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isNumber");
        QTest::newRow("- 3 -") << u"- 3 -"_s << true;
        QTest::newRow("—12—") << u"—12—"_s << true;
        QTest::newRow("第3页") << u"第3页"_s << true;
        QTest::newRow("第 3 页 共 12 页") << u"第 3 页 共 12 页"_s << true;
        QTest::newRow("3/12") << u"3/12"_s << true;
        QTest::newRow("plain 7") << u"7"_s << true;
        QTest::newRow("a heading") << u"3.加强执法"_s << false;
        QTest::newRow("a year") << u"2024年"_s << false;
    }

    void pageNumbers()
    {
        QFETCH(QString, line);
        QFETCH(bool, isNumber);
        QCOMPARE(Dz::PageLayout::isPageNumber(line), isNumber);
    }

    // ---- the steps of paragraphs() ----

    void continues_data()
    {
        // Lines 10 high; the margins run from 20 to 180.
        QTest::addColumn<bool>("indentStyled");
        QTest::addColumn<QString>("prev");
        QTest::addColumn<double>("prevRight");
        QTest::addColumn<QString>("next");
        QTest::addColumn<double>("nextLeft");
        QTest::addColumn<double>("gap"); // between the lines
        QTest::addColumn<bool>("startsPage");
        QTest::addColumn<bool>("continues");
        QTest::newRow("a full line goes on") << false << u"全年受理行政复议申请"_s << 180.0 << u"案件二十件"_s << 20.0 << 6.0 << false << true;
        QTest::newRow("a short line ends its paragraph") << false << u"案件二十件"_s << 90.0 << u"另有诉讼"_s << 20.0 << 6.0 << false << false;
        QTest::newRow("nearly full is full") << false << u"依据〔2020〕"_s << 155.0 << u"255号文件"_s << 20.0 << 6.0 << false << true;
        QTest::newRow("a sentence end ends it") << false << u"按期办结。"_s << 180.0 << u"同时开展"_s << 20.0 << 6.0 << false << false;
        QTest::newRow("a marker starts a paragraph") << false << u"主要做法如下"_s << 180.0 << u"（二）强化监督"_s << 20.0 << 6.0 << false << false;
        QTest::newRow("a wide gap parts them") << false << u"全年受理行政复议申请"_s << 180.0 << u"案件二十件"_s << 20.0 << 20.0 << false << false;
        QTest::newRow("except across a page break") << false << u"全年受理行政复议申请"_s << 180.0 << u"案件二十件"_s << 20.0 << 200.0 << true << true;
        QTest::newRow("indent style: the indent decides") << true << u"按期办结。"_s << 180.0 << u"同时开展"_s << 20.0 << 6.0 << false << true;
        QTest::newRow("indent style: an indented line starts one") << true << u"全年受理"_s << 180.0 << u"同时开展"_s << 42.0 << 6.0 << false << false;
        QTest::newRow("indent style: further from the margin still full") << true << u"全年受理"_s << 110.0 << u"案件"_s << 20.0 << 6.0 << false << true;
    }

    void continues()
    {
        QFETCH(bool, indentStyled);
        QFETCH(QString, prev);
        QFETCH(double, prevRight);
        QFETCH(QString, next);
        QFETCH(double, nextLeft);
        QFETCH(double, gap);
        QFETCH(bool, startsPage);
        QFETCH(bool, continues);
        Dz::PageLayout::Measure m;
        m.left = 20;
        m.right = 180;
        m.em = 10;
        m.indentStyled = indentStyled;
        const Dz::PageLayout::Line a {prev, QRectF(20, 100, prevRight - 20, 10)};
        const Dz::PageLayout::Line b {next, QRectF(nextLeft, 110 + gap, 100, 10)};
        QCOMPARE(Dz::PageLayout::continues(a, b, startsPage, m), continues);
    }

    void measure()
    {
        const QList<Dz::PlacedPage> pages {page({{u"一、标题"_s, 40, 100}, {u"正文第一行写满"_s, 40, 180}, {u"正文第二行"_s, 20, 120}, {u"二、标题"_s, 40, 100},
            {u"正文"_s, 20, 180}, {u"正文"_s, 20, 180}, {u"正文"_s, 20, 180}})};
        const Dz::PageLayout::Measure m = Dz::PageLayout::measure(Dz::PageLayout::lines(pages.first().runs));
        QCOMPARE(m.left, 20.0);
        QCOMPARE(m.right, 180.0);
        QCOMPARE(m.em, 10.0);
        QVERIFY(m.indentStyled);
        const Dz::PageLayout::Measure flush = Dz::PageLayout::measure({{u"甲"_s, QRectF(20, 0, 160, 10)}, {u"乙"_s, QRectF(20, 16, 100, 10)}});
        QVERIFY(!flush.indentStyled);
    }

    void withoutFurniture()
    {
        // Three pages: a running header on all, a footer number on all, one
        // page's own first line at the header's height.
        QList<Dz::PlacedPage> pages;
        QList<QList<Dz::PageLayout::Line>> lines;
        for (int i = 1; i <= 3; ++i) {
            Dz::PlacedPage p = page({{u"某县司法局工作简报"_s, 80, 130}}, 15);
            p.runs += page({{u"第%1页的正文。"_s.arg(i), 20, 180}}).runs;
            p.runs.append({u"%1"_s.arg(i), QRectF(100, 280, 5, 8), false});
            pages.append(p);
            lines.append(Dz::PageLayout::lines(p.runs));
        }
        const auto kept = Dz::PageLayout::withoutFurniture(lines, pages);
        QCOMPARE(kept.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(kept.at(i).size(), 1);
            QCOMPARE(kept.at(i).first().text, u"第%1页的正文。"_s.arg(i + 1));
        }
        // One page: only its page number goes.
        const auto single = Dz::PageLayout::withoutFurniture({lines.first()}, {pages.first()});
        QCOMPARE(single.first().size(), 2);
    }

    void runningHeadersGo()
    {
        QList<Dz::PlacedPage> pages;
        for (int i = 1; i <= 4; ++i) {
            Dz::PlacedPage p = page({{u"某某区人民政府文件"_s, 80, 130}}, 15);
            Dz::PlacedPage body = page({{u"%1部分的正文内容写在这里。"_s.arg(QString(u"甲乙丙丁"_s.at(i - 1))), 40, 180}});
            p.runs += body.runs;
            p.runs.append({u"- %1 -"_s.arg(i), QRectF(100, 280, 10, 8), false});
            pages.append(p);
        }
        // The title of the first page is not a running header although it is at the top.
        pages[0].runs.append({u"关于2024年法治政府建设情况的报告"_s, QRectF(70, 30, 70, 10), false});
        const QStringList got = Dz::PageLayout::paragraphs(pages).split(u'\n');
        QCOMPARE(got.size(), 5);
        QCOMPARE(got.first(), u"关于2024年法治政府建设情况的报告"_s);
        QVERIFY(!got.join(QString()).contains(u"某某区人民政府文件"_s));
        QVERIFY(!got.join(QString()).contains(u"- 2 -"_s));
    }
};

QTEST_GUILESS_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
