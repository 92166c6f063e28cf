// The one numeral reader: whole Chinese numerals (heading markers, months and
// days), digits written one by one (years), and numerals written back.

#include "base/chinesenumerals.h"
#include "base/numberreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestChineseNumerals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numeralValue_data()
    {
        QTest::addColumn<QString>("numeral");
        QTest::addColumn<int>("value");
        QTest::newRow("one digit") << u"三"_s << 3;
        QTest::newRow("两") << u"两"_s << 2;
        QTest::newRow("ten") << u"十"_s << 10;
        QTest::newRow("ten and a digit") << u"十五"_s << 15;
        QTest::newRow("tens") << u"二十"_s << 20;
        QTest::newRow("tens and a digit") << u"三十一"_s << 31;
        QTest::newRow("一十") << u"一十"_s << 10;
        QTest::newRow("廿五") << u"廿五"_s << 25;
        QTest::newRow("hundred with zero") << u"一百零五"_s << 105;
        QTest::newRow("zero before ten") << u"一千零十"_s << 1010;
        QTest::newRow("elided unit") << u"一千二"_s << 1200;
        QTest::newRow("万") << u"三万"_s << 30000;
        QTest::newRow("financial") << u"壹拾贰"_s << 12;
        QTest::newRow("two digits in a row") << u"一二"_s << 0;
        QTest::newRow("run-on") << u"十四五"_s << 0;
        QTest::newRow("ten twice") << u"十十"_s << 0;
        QTest::newRow("zero alone") << u"〇"_s << 0;
        QTest::newRow("零 alone") << u"零"_s << 0;
        QTest::newRow("decimal") << u"三点五"_s << 0;
        QTest::newRow("Arabic") << u"12"_s << 0;
        QTest::newRow("trailing word") << u"三是"_s << 0;
        QTest::newRow("empty") << QString() << 0;
    }

    void numeralValue()
    {
        QFETCH(QString, numeral);
        QFETCH(int, value);
        QCOMPARE(Dz::chineseNumeralValue(numeral), value);
    }

    void writesBack_data()
    {
        QTest::addColumn<int>("value");
        for (const int v : {1, 9, 10, 11, 19, 20, 21, 45, 99})
            QTest::addRow("%d", v) << v;
    }

    void writesBack()
    {
        QFETCH(int, value);
        // What chineseNumeral() writes, chineseNumeralValue() reads back.
        QCOMPARE(Dz::chineseNumeralValue(Dz::chineseNumeral(value)), value);
    }

    void writesNumbersOutsideTheRangeInDigits()
    {
        QCOMPARE(Dz::chineseNumeral(12), u"十二"_s);
        QCOMPARE(Dz::chineseNumeral(100), u"100"_s);
        QCOMPARE(Dz::chineseNumeral(0), u"0"_s);
    }

    void digitsValue_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<qint64>("value");
        QTest::newRow("〇") << u"二〇二四"_s << qint64(2024);
        QTest::newRow("○ (a circle)") << u"二○二五"_s << qint64(2025);
        QTest::newRow("零") << u"二零一九"_s << qint64(2019);
        QTest::newRow("no zero") << u"一九九八"_s << qint64(1998);
        QTest::newRow("十 is no digit") << u"二十"_s << qint64(-1);
        QTest::newRow("两 is no digit") << u"两〇"_s << qint64(-1);
        QTest::newRow("financial form") << u"贰〇贰肆"_s << qint64(-1);
        QTest::newRow("Arabic") << u"2024"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void digitsValue()
    {
        QFETCH(QString, digits);
        QFETCH(qint64, value);
        QCOMPARE(Dz::chineseDigitsValue(digits), value);
    }

    void readsNumbersInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("at");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("runOn");
        QTest::newRow("Arabic with separators") << u"罚款82,225元"_s << 2 << u"82225"_s << 8 << false;
        QTest::newRow("Arabic decimal with 万") << u"18.2536万元"_s << 0 << u"182536"_s << 8 << false;
        QTest::newRow("mixed") << u"2千零30万"_s << 0 << u"20300000"_s << 6 << false;
        QTest::newRow("Chinese with zero") << u"一百零五件"_s << 0 << u"105"_s << 4 << false;
        QTest::newRow("zero before ten") << u"两千零十二名"_s << 0 << u"2012"_s << 5 << false;
        QTest::newRow("Chinese decimal point") << u"八十五点五分"_s << 0 << u"85.5"_s << 5 << false;
        QTest::newRow("digits in a row run on") << u"三五成群"_s << 0 << u"3"_s << 1 << true;
    }

    void readsNumbersInText()
    {
        QFETCH(QString, text);
        QFETCH(int, at);
        QFETCH(QString, value);
        QFETCH(int, end);
        QFETCH(bool, runOn);
        Dz::NumberReading n;
        QVERIFY(Dz::readNumber(text, at, &n));
        QCOMPARE(n.value.toString(), value);
        QCOMPARE(n.end, qsizetype(end));
        QCOMPARE(n.runOn, runOn);
    }

    void readsVagueNumbers()
    {
        Dz::NumberReading n;
        QVERIFY(Dz::readVagueNumber(u"数十万人"_s, 0, &n));
        QCOMPARE(n.vagueLower->toString(), u"100000"_s);
        QCOMPARE(n.vagueUpper->toString(), u"900000"_s);
        QVERIFY(!Dz::readVagueNumber(u"以上万元"_s, 1, &n));
    }
};

QTEST_GUILESS_MAIN(TestChineseNumerals)
#include "tst_chinesenumerals.moc"
