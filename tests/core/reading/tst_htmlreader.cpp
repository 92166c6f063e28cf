#include "reading/htmlreader.h"

#include "analysis/reportpipeline.h"
#include "readerfixtures.h"
#include "reading/documentreader.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder(u"GB18030");
    return encoder.encode(text);
}

const QString articleHtml = u"<p>　　2024年，我局坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：</p>"
                            u"<p>一、主要举措和成效</p>"
                            u"<p>（一）加强组织领导。全年开展普法活动12次，行政处罚案件35件。</p>"
                            u"<p>二、存在的不足</p><p>执法人员专业能力有待提升。</p>"_s;

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsArticle_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");

        const QString utf8Page = Dz::Test::htmlPage(u"某区司法局2024年法治政府建设情况报告_某某区人民政府"_s, {u"某区司法局2024年法治政府建设情况报告"_s},
            articleHtml, u"来源：某区司法局　发布时间：2025-01-20 09:30"_s);
        QTest::newRow("UTF-8, <meta charset>") << utf8Page.toUtf8() << u"UTF-8"_s;

        QString gbkPage = utf8Page;
        gbkPage.replace(u"<meta charset=\"utf-8\">"_s, u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"_s);
        QTest::newRow("GB2312 by http-equiv") << gbk(gbkPage) << u"GB18030"_s;

        QString undeclared = utf8Page;
        undeclared.remove(u"<meta charset=\"utf-8\">"_s);
        QTest::newRow("GBK undeclared, sniffed") << gbk(undeclared) << u"GB18030"_s;
        QTest::newRow("UTF-8 undeclared, sniffed") << undeclared.toUtf8() << u"UTF-8"_s;

        // Old sites: layout tables, no class names, a nav bar of links, the footer as plain paragraphs.
        const QString plain =
            u"<html><head><meta http-equiv=\"content-type\" content=\"text/html;charset=GBK\"><title>某区司法局2024年法治政府建设情况报告 - "
            u"某某区政府网</title></head>"
            u"<body><table><tr><td><a href=\"/\">首页</a> | <a href=\"/a\">机构概况</a> | <a href=\"/b\">政务公开</a> | <a href=\"/c\">政策法规</a> | <a "
            u"href=\"/d\">公众参与</a></td></tr>"
            u"<tr><td><p>首页 &gt; 政务公开 &gt; 工作报告</p><h2>某区司法局2024年法治政府建设情况报告</h2><p>发布日期：2025-01-20　信息来源：某区司法局</p>"_s
            + articleHtml
            + u"</td></tr><tr><td><a href=\"#\">中国政府网</a> <a href=\"#\">省政府网</a> <a href=\"#\">市政府网</a> <a href=\"#\">司法部</a></td></tr></table>"
              u"<p>版权所有：某某区人民政府　网站标识码：1201160001</p><p>主办单位：某某区人民政府办公室</p></body></html>"_s;
        QTest::newRow("layout table, GBK, no class names") << gbk(plain) << u"GB18030"_s;
    }

    void readsArticle()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const Dz::HtmlReader reader;
        QVERIFY(reader.confidence(bytes, u"html"_s) > 0);
        QCOMPARE(&Dz::DocumentReader::forContent(bytes, u"page.txt"_s) == &Dz::DocumentReader::forContent(bytes, u"page.html"_s), true);
        auto doc = reader.read(bytes, u"page.html"_s);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->encoding, encoding);
        QCOMPARE(doc->format, u"html"_s);
        QCOMPARE(doc->original, bytes);
        const QStringList lines = doc->text.split(u'\n');
        QCOMPARE(lines.first(), u"某区司法局2024年法治政府建设情况报告"_s);
        QVERIFY2(lines.contains(u"一、主要举措和成效"_s), qPrintable(doc->text));
        QVERIFY(lines.contains(u"（一）加强组织领导。全年开展普法活动12次，行政处罚案件35件。"_s));
        // The indent of &nbsp;/　 is layout; the paragraph starts at its text.
        QVERIFY(lines.contains(u"2024年，我局坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下："_s));
        for (const QString &chrome :
            {u"政务公开"_s, u"友情链接"_s, u"中国政府网"_s, u"主办单位"_s, u"网站标识码"_s, u"ICP"_s, u"var menu"_s, u"color:red"_s, u"打印"_s})
            QVERIFY2(!doc->text.contains(chrome), qPrintable(chrome + u" in:\n"_s + doc->text));

        // The page's metadata reach the report through the furniture detector.
        const Dz::Report report = Dz::ReportPipeline::readDocument(doc.value(), u"page.html"_s);
        QCOMPARE(report.metadata.published.value, u"2025-01-20"_s);
        QCOMPARE(report.metadata.source.value, u"某区司法局"_s);
        QCOMPARE(report.year(), 2024);
        QCOMPARE(report.format, u"html"_s);
        QVERIFY(report.sections.size() >= 3);
        QCOMPARE(report.sections.first().title, u"主要举措和成效"_s);
    }

    void paragraphs_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("one div with <br>")
            << u"<div>一、工作成效<br>　　全年共办理行政复议案件15件，行政诉讼案件8件。<br>二、存在问题<br>执法规范化水平仍需提高。</div>"_s
            << QStringList {u"一、工作成效"_s, u"全年共办理行政复议案件15件，行政诉讼案件8件。"_s, u"二、存在问题"_s, u"执法规范化水平仍需提高。"_s};
        QTest::newRow("table row by row")
            << u"<p>一、主要数据如下，全年工作稳步推进。</p><table><tr><td>项目</td><td>数量</td></tr><tr><td>行政处罚</td><td>35件</td></tr></table>"
               u"<p>二、下一步打算，继续深化依法行政工作。</p>"_s
            << QStringList {u"一、主要数据如下，全年工作稳步推进。"_s, u"项目\t数量"_s, u"行政处罚\t35件"_s, u"二、下一步打算，继续深化依法行政工作。"_s};
        QTest::newRow("source line breaks inside Chinese")
            << u"<p>全年开展\n普法活动12次，覆盖群众\n  3000余人次，成效明显。</p><p>第二段内容，继续推进法治政府建设工作。</p>"_s
            << QStringList {u"全年开展普法活动12次，覆盖群众3000余人次，成效明显。"_s, u"第二段内容，继续推进法治政府建设工作。"_s};
    }

    void paragraphs()
    {
        QFETCH(QString, article);
        QFETCH(QStringList, expected);
        const QString page = Dz::Test::htmlPage(u"报告"_s, {}, article, QString());
        auto text = Dz::HtmlReader::articleText(page, u"p.html"_s);
        QVERIFY2(text, qPrintable(text.error()));
        QCOMPARE(text->split(u'\n'), expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");

        QTest::newRow("no article, only navigation") << u"<html><head><meta charset=\"utf-8\"><title>首页</title></head><body><ul><li><a "
                                                        u"href=\"/\">首页</a></li><li><a href=\"/a\">政务公开</a></li></ul>"
                                                        u"<p>主办单位：某某区人民政府办公室</p></body></html>"_s.toUtf8()
                                                     << u"no article"_s;
        QByteArray broken = u"<html><head><title>报告</title></head><body><p>全年开展普法活动</p></body></html>"_s.toUtf8();
        broken.insert(broken.indexOf("<p>") + 3, QByteArray("\xff\xfe\xfa\x80\x81", 5));
        QTest::newRow("undeclared, neither UTF-8 nor GBK") << broken << u"declares no encoding"_s;
        QByteArray wrongCharset = u"<html><head><meta charset=\"klingon-8\"></head><body><p>内容</p></body></html>"_s.toUtf8();
        QTest::newRow("unknown declared encoding") << wrongCharset << u"klingon-8"_s;
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        auto doc = Dz::HtmlReader().read(bytes, u"/tmp/bad page.html"_s);
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(u"/tmp/bad page.html"_s), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(problem), qPrintable(doc.error()));
    }

    void largePageIsQuick()
    {
        // About 2 MB of page: a long article inside heavy chrome.
        QString article;
        for (int i = 0; article.size() < 650000; ++i)
            article += u"<p>（%1）全年开展普法宣传活动%1次，覆盖群众约%1万人次，依法办理行政复议案件%1件，<a href=\"#\">详见附件</a>。</p>"_s.arg(i + 1);
        QString chrome;
        for (int i = 0; i < 6000; ++i)
            chrome += u"<li><a href=\"/n%1\">栏目%1</a></li>"_s.arg(i);
        QString page = Dz::Test::htmlPage(u"报告_网站"_s, {u"报告"_s}, article, u"来源：某局　发布时间：2025-01-01"_s);
        page.replace(u"<ul class=\"nav\">"_s, u"<ul class=\"nav\">"_s + chrome);
        const QByteArray bytes = page.toUtf8();
        QVERIFY(bytes.size() > 1000000);
        QElapsedTimer timer;
        timer.start();
        auto doc = Dz::HtmlReader().read(bytes, u"big.html"_s);
        const qint64 ms = timer.elapsed();
        QVERIFY2(doc, qPrintable(doc.error()));
        QVERIFY(doc->text.contains(u"（100）全年开展普法宣传活动100次"_s));
        QVERIFY(!doc->text.contains(u"栏目17"_s));
        qInfo("%lld bytes read in %lld ms", qlonglong(bytes.size()), ms);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
