// readNumber()'s steps one by one: Arabic digits with their separators, the
// tokens of the whole part in the grammar of Chinese numbers, and the
// decimal part after 点. readNumber() itself is read in tst_chinesenumerals
// and, in running text, in tst_quantityscanner.

#include "base/numberreader.h"
#include "base/numberreader_p.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Dz::Internal::NumberTokens;

class TestNumberReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arabicDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<int>("end"); // -1: too long for a Decimal
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("plain");
        QTest::newRow("plain integer") << u"检查1260户"_s << 2 << 6 << u"1260"_s << true;
        QTest::newRow("thousands separators") << u"罚没1,204,500元"_s << 2 << 11 << u"1204500"_s << false;
        QTest::newRow("a list is no separator") << u"第3,4条"_s << 1 << 2 << u"3"_s << true;
        QTest::newRow("a group of four is no separator") << u"7,2519人"_s << 0 << 1 << u"7"_s << true;
        QTest::newRow("four digits before the comma") << u"2046,318"_s << 0 << 4 << u"2046"_s << true;
        QTest::newRow("decimal part") << u"46.75万元"_s << 0 << 5 << u"46.75"_s << false;
        QTest::newRow("a point without digits ends it") << u"共9.完成"_s << 1 << 2 << u"9"_s << true;
        QTest::newRow("separators and a decimal part") << u"3,518.5吨"_s << 0 << 7 << u"3518.5"_s << false;
        QTest::newRow("beyond 18 digits") << u"1234567890123456789012"_s << 0 << -1 << QString() << false;
    }

    void arabicDigits()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        QFETCH(int, end);
        QFETCH(QString, value);
        QFETCH(bool, plain);
        Dz::Decimal read;
        bool readPlain = false;
        QCOMPARE(Dz::Internal::readArabicDigits(text, pos, &read, &readPlain), qsizetype(end));
        if (end < 0)
            return;
        QCOMPARE(read.toString(), value);
        QCOMPARE(readPlain, plain);
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowBareUnit");
        QTest::addColumn<int>("tokens"); // read before the number stops
        QTest::addColumn<int>("end"); // after finish()
        QTest::addColumn<QString>("value"); // empty: finish() finds no number
        QTest::newRow("units in order") << u"四千七百二十六起"_s << false << 7 << 7 << u"4726"_s;
        QTest::newRow("the elided last unit") << u"六万八人次"_s << false << 3 << 3 << u"68000"_s;
        QTest::newRow("a digit after a unit before 万") << u"两千四万元"_s << false << 4 << 4 << u"24000000"_s;
        QTest::newRow("zero between parts") << u"三百零七家"_s << false << 4 << 4 << u"307"_s;
        QTest::newRow("zero before a bare ten") << u"两千零十二名"_s << false << 5 << 5 << u"2012"_s;
        QTest::newRow("zero last is not read") << u"九百零"_s << false << 2 << 2 << u"900"_s;
        QTest::newRow("zero first is no number") << u"零星"_s << false << 0 << 0 << QString();
        QTest::newRow("ten alone starts a number") << u"十七项"_s << false << 2 << 2 << u"17"_s;
        QTest::newRow("tens as one character") << u"卅六条"_s << false << 2 << 2 << u"36"_s;
        QTest::newRow("units must fall") << u"五十百"_s << false << 2 << 2 << u"50"_s;
        QTest::newRow("hundred alone only when allowed") << u"百分"_s << false << 0 << 0 << QString();
        QTest::newRow("hundred alone allowed") << u"百分"_s << true << 1 << 1 << u"100"_s;
        QTest::newRow("wan with nothing before it") << u"万一"_s << false << 0 << 0 << QString();
        QTest::newRow("yi then wan") << u"3亿2000万"_s << false << 4 << 7 << u"320000000"_s;
        QTest::newRow("mixed with zero") << u"5千零60万"_s << false << 5 << 6 << u"50600000"_s;
        QTest::newRow("digits after wan without a unit stop") << u"7万4"_s << false << 3 << 2 << u"70000"_s;
        QTest::newRow("arabic after qian without zero stops") << u"3千25"_s << false << 2 << 2 << u"3000"_s;
        QTest::newRow("two digits in a row") << u"七八个"_s << false << 1 << 1 << u"7"_s;
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowBareUnit);
        QFETCH(int, tokens);
        QFETCH(int, end);
        QFETCH(QString, value);
        Dz::NumberReading n;
        NumberTokens reader(text, 0, &n, allowBareUnit);
        int read = 0;
        NumberTokens::Step step = reader.next();
        for (; step == NumberTokens::Step::Read; step = reader.next())
            ++read;
        QCOMPARE(step, NumberTokens::Step::Stop);
        QCOMPARE(read, tokens);
        QCOMPARE(reader.tokenCount(), tokens);
        QCOMPARE(reader.finish(), !value.isEmpty());
        if (value.isEmpty())
            return;
        QCOMPARE(reader.position(), qsizetype(end));
        QCOMPARE(n.value.toString(), value);
    }

    void tokensRecordTheForm()
    {
        Dz::NumberReading n;
        NumberTokens reader(u"2千零30万元"_s, 0, &n, false);
        while (reader.next() == NumberTokens::Step::Read) { }
        QVERIFY(reader.finish());
        QVERIFY(n.hasArabic);
        QVERIFY(n.hasChinese);
        QVERIFY(n.hasLargeUnit);
        QCOMPARE(n.bigStart, qsizetype(5));
        QCOMPARE(n.bigExponent, 4);

        // A 万 that something follows is no final one.
        Dz::NumberReading m;
        NumberTokens inner(u"三万五千"_s, 0, &m, false);
        while (inner.next() == NumberTokens::Step::Read) { }
        QVERIFY(inner.finish());
        QCOMPARE(m.bigStart, qsizetype(-1));
        QCOMPARE(m.value.toString(), u"35000"_s);
    }

    void tokensTooLong()
    {
        Dz::NumberReading n;
        NumberTokens reader(u"99999999999999999999999件"_s, 0, &n, false);
        QCOMPARE(reader.next(), NumberTokens::Step::Invalid);
    }

    void chineseFraction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("end"); // -1: no decimal part
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("bigStart");
        QTest::newRow("one digit") << u"九十二点六分"_s << 5 << u"92.6"_s << -1;
        QTest::newRow("several digits with a zero") << u"四点零五倍"_s << 4 << u"4.05"_s << -1;
        QTest::newRow("scaled by wan") << u"六点八万人"_s << 4 << u"68000"_s << 3;
        QTest::newRow("a bare dian is a time") << u"七点召开"_s << -1 << u"7"_s << -1;
        QTest::newRow("after arabic digits") << u"7点5"_s << -1 << u"7"_s << -1;
    }

    void chineseFraction()
    {
        QFETCH(QString, text);
        QFETCH(int, end);
        QFETCH(QString, value);
        QFETCH(int, bigStart);
        Dz::NumberReading n;
        NumberTokens reader(text, 0, &n, false);
        while (reader.next() == NumberTokens::Step::Read) { }
        QVERIFY(reader.finish());
        QCOMPARE(Dz::Internal::readChineseFraction(text, reader.position(), &n), qsizetype(end));
        QCOMPARE(n.value.toString(), value);
        QCOMPARE(n.bigStart, qsizetype(bigStart));
    }
};

QTEST_GUILESS_MAIN(TestNumberReader)
#include "tst_numberreader.moc"
