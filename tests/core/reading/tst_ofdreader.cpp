#include "reading/ofdreader.h"

#include "readerfixtures.h"
#include "reading/documentreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOfdReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPages()
    {
        QStringList lines = {u"某某区人民政府关于2024年法治政府建设情况的报告"_s, u"一、主要举措和成效"_s};
        for (int i = 0; i < 30; ++i)
            lines.append(u"（%1）全年开展行政执法检查%2次，依法办理行政复议案件%1件，有关工作得到上级机关的充分肯定。"_s.arg(i + 1).arg(i * 3 + 10));
        lines.append(u"二、存在的不足"_s);
        const QByteArray bytes = Dz::Test::ofd(lines);
        QCOMPARE(Dz::DocumentReader::forContent(bytes, u"report.zip"_s).format(), u"ofd"_s);
        auto doc = Dz::OfdReader().read(bytes, u"report.ofd"_s);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->text.split(u'\n'), lines);
        QCOMPARE(doc->format, u"ofd"_s);
        QVERIFY(!doc->text.contains(u"- 2 -"_s));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no OFD.xml") << Dz::Test::zip({{u"Doc_0/Document.xml"_s, "<x/>"}}) << u"OFD.xml"_s;
        QTest::newRow("root missing") << Dz::Test::zip({{u"OFD.xml"_s,
            "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"}})
                                      << u"document root"_s;
        QTest::newRow("no text") << Dz::Test::ofd({}) << u"no text"_s;
        const QByteArray good = Dz::Test::ofd({u"一、总体情况"_s});
        QTest::newRow("truncated") << good.left(good.size() / 3) << u"damaged"_s;
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        auto doc = Dz::OfdReader().read(bytes, u"report.ofd"_s);
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(u"report.ofd"_s), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(problem), qPrintable(doc.error()));
    }
};

QTEST_GUILESS_MAIN(TestOfdReader)
#include "tst_ofdreader.moc"
