// DateReader: every way a report writes a date, the spans it gives, and the
// numbers that are no dates.

#include "base/datereader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Precision = Dz::DateReading::Precision;

class TestDateReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso"); // empty: no date

        QTest::newRow("Arabic 年月日") << u"2024年3月15日"_s << u"2024-03-15"_s;
        QTest::newRow("Arabic with spaces") << u"2024 年 3 月 15 日"_s << u"2024-03-15"_s;
        QTest::newRow("leading zeros") << u"2024年03月05日"_s << u"2024-03-05"_s;
        QTest::newRow("号 for 日") << u"2024年3月15号"_s << u"2024-03-15"_s;
        QTest::newRow("full width") << u"２０２４年３月１５日"_s << u"2024-03-15"_s;
        QTest::newRow("layout spaces around") << u"\u3000 2025年2月19日  "_s << u"2025-02-19"_s;
        QTest::newRow("〇") << u"二〇二四年三月十五日"_s << u"2024-03-15"_s;
        QTest::newRow("○ (a circle)") << u"二○二五年一月八日"_s << u"2025-01-08"_s;
        QTest::newRow("零") << u"二零二五年十二月三十一日"_s << u"2025-12-31"_s;
        QTest::newRow("廿") << u"二〇二四年二月廿九日"_s << u"2024-02-29"_s;
        QTest::newRow("hyphens") << u"2024-03-15"_s << u"2024-03-15"_s;
        QTest::newRow("hyphens, short") << u"2024-3-5"_s << u"2024-03-05"_s;
        QTest::newRow("slashes") << u"2024/3/15"_s << u"2024-03-15"_s;
        QTest::newRow("points") << u"2024.3.15"_s << u"2024-03-15"_s;
        QTest::newRow("full-width hyphens") << u"２０２４－０３－１５"_s << u"2024-03-15"_s;
        QTest::newRow("mixed separators") << u"2024-03/15"_s << QString();
        QTest::newRow("no such day") << u"2024年2月30日"_s << QString();
        QTest::newRow("not a leap year") << u"二〇二五年二月二十九日"_s << QString();
        QTest::newRow("month 13") << u"2024-13-01"_s << QString();
        QTest::newRow("month 十三") << u"二〇二四年十三月一日"_s << QString();
        QTest::newRow("year out of range") << u"1850年3月1日"_s << QString();
        QTest::newRow("five-digit year") << u"20245年3月1日"_s << QString();
        QTest::newRow("three-digit day") << u"2024-03-150"_s << QString();
        QTest::newRow("only a month") << u"2025年1月"_s << QString();
        QTest::newRow("a bare number") << u"2024"_s << QString();
        QTest::newRow("text after") << u"2024年3月15日发布"_s << QString();
        QTest::newRow("financial digits") << u"贰〇贰肆年三月十五日"_s << QString();
    }

    void readsWhole()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto date = Dz::DateReader::readWhole(text);
        QCOMPARE(date ? date->isoText() : QString(), iso);
        if (date)
            QCOMPARE(date->precision, Precision::Day);
    }

    void precision_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Precision>("least");
        QTest::addColumn<QString>("iso");

        QTest::newRow("month, Chinese") << u"二○二五年一月"_s << Precision::Month << u"2025-01"_s;
        QTest::newRow("month, Arabic") << u"2025年1月"_s << Precision::Month << u"2025-01"_s;
        QTest::newRow("a day is more than a month") << u"2025年1月8日"_s << Precision::Month << u"2025-01-08"_s;
        QTest::newRow("year") << u"2024年"_s << Precision::Year << u"2024"_s;
        QTest::newRow("year, Chinese") << u"二〇二四年"_s << Precision::Year << u"2024"_s;
        QTest::newRow("a year is no month") << u"2024年"_s << Precision::Month << QString();
        QTest::newRow("month 13 is no month") << u"2024年13月"_s << Precision::Month << QString();
        QTest::newRow("a hyphenated date is a year too") << u"2024-03-15"_s << Precision::Year << u"2024-03-15"_s;
    }

    void precision()
    {
        QFETCH(QString, text);
        QFETCH(Precision, least);
        QFETCH(QString, iso);
        const auto date = Dz::DateReader::readWhole(text, least);
        QCOMPARE(date ? date->isoText() : QString(), iso);
    }

    void findsInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Precision>("least");
        QTest::addColumn<QString>("found"); // the date as written
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("year"); // the year's span as written

        QTest::newRow("page header") << u"来源: 卫健委 发布时间:2025-02-24 10:49 字体:[ ]"_s << Precision::Day << u"2025-02-24"_s << u"2025-02-24"_s
                                     << u"2025"_s;
        QTest::newRow("header without 日") << u"发布时间：2024年3月15 10:30"_s << Precision::Day << u"2024年3月15"_s << u"2024-03-15"_s << u"2024"_s;
        QTest::newRow("a day needs 日 before a word") << u"2024年3月5项工作"_s << Precision::Day << QString() << QString() << QString();
        QTest::newRow("title year") << u"关于2024年度法治政府建设情况的报告"_s << Precision::Year << u"2024年"_s << u"2024"_s << u"2024"_s;
        QTest::newRow("title year, Chinese") << u"二〇二四年法治政府建设情况报告"_s << Precision::Year << u"二〇二四年"_s << u"2024"_s << u"二〇二四"_s;
        QTest::newRow("span of years") << u"《规划(2021-2025年)》"_s << Precision::Year << u"2025年"_s << u"2025"_s << u"2025"_s;
        QTest::newRow("a longer number holds no year") << u"编号12024年"_s << Precision::Year << QString() << QString() << QString();
        QTest::newRow("second date") << u"共1234件，2024/12/1起施行"_s << Precision::Day << u"2024/12/1"_s << u"2024-12-01"_s << u"2024"_s;
        QTest::newRow("a code is no date") << u"2024.3.15.2版"_s << Precision::Day << QString() << QString() << QString();
        QTest::newRow("a decimal is no date") << u"增长2024.3万元"_s << Precision::Day << QString() << QString() << QString();
        QTest::newRow("no date") << u"行政处罚200件"_s << Precision::Year << QString() << QString() << QString();
    }

    void findsInText()
    {
        QFETCH(QString, text);
        QFETCH(Precision, least);
        QFETCH(QString, found);
        QFETCH(QString, iso);
        QFETCH(QString, year);
        const auto date = Dz::DateReader::find(text, least);
        QCOMPARE(date ? text.mid(date->span.start, date->span.length()) : QString(), found);
        QCOMPARE(date ? date->isoText() : QString(), iso);
        QCOMPARE(date ? text.mid(date->yearSpan.start, date->yearSpan.length()) : QString(), year);
    }

    void findsFromAnOffset()
    {
        const QString text = u"2023年3月1日至2024年3月1日"_s;
        const auto first = Dz::DateReader::find(text);
        QVERIFY(first);
        QCOMPARE(first->isoText(), u"2023-03-01"_s);
        const auto second = Dz::DateReader::find(text, Precision::Day, first->span.end);
        QVERIFY(second);
        QCOMPARE(second->isoText(), u"2024-03-01"_s);
        QCOMPARE(second->date(), QDate(2024, 3, 1));
    }
};

QTEST_GUILESS_MAIN(TestDateReader)
#include "tst_datereader.moc"
