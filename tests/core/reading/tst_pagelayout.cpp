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
