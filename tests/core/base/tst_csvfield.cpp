// CSV fields: RFC 4180 quoting, and cells that spreadsheets would run as formulas (issue 14, item 9).

#include "base/textformatting.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesAndNeutralises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"行政处罚"_s << u"行政处罚"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("line break") << u"a\nb"_s << u"\"a\nb\""_s;
        // OWASP: = + - @ tab CR at the start make a formula; an apostrophe defuses it.
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"点击\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\""_s;
        QTest::newRow("sum") << u"=1+2"_s << u"\"'=1+2\""_s;
        QTest::newRow("plus") << u"+1+2"_s << u"\"'+1+2\""_s;
        QTest::newRow("minus") << u"-2+3"_s << u"\"'-2+3\""_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("sign inside is harmless") << u"a=1+2"_s << u"a=1+2"_s;
        QTest::newRow("full-width equals is text") << u"＝1"_s << u"＝1"_s;
    }

    void quotesAndNeutralises()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(Dz::Internal::csvField(text), field);
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
