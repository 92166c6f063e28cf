// Where texts stand in a text (occurrencesOf): every occurrence of every
// needle, overlapping ones too, in text order; and the first of them
// (firstOccurrenceOf).

#include "base/textsearch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

using Spans = QList<std::pair<qsizetype, qsizetype>>;

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occurrences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("needles");
        QTest::addColumn<Spans>("expected");

        QTest::newRow("none") << u"依法行政"_s << QStringList {u"整改"_s} << Spans();
        QTest::newRow("each time") << u"整改，再整改"_s << QStringList {u"整改"_s} << Spans {{0, 2}, {4, 6}};
        QTest::newRow("overlapping itself") << u"aaa"_s << QStringList {u"aa"_s} << Spans {{0, 2}, {1, 3}};
        QTest::newRow("several needles, in text order") << u"问题得到解决，已整改"_s << QStringList {u"整改"_s, u"得到解决"_s} << Spans {{2, 6}, {8, 10}};
        QTest::newRow("one inside another, shorter first") << u"已整改到位"_s << QStringList {u"整改到位"_s, u"整改"_s} << Spans {{1, 3}, {1, 5}};
        QTest::newRow("an empty needle stands nowhere") << u"整改"_s << QStringList {QString()} << Spans();
        QTest::newRow("at the very end") << u"已整改"_s << QStringList {u"整改"_s} << Spans {{1, 3}};
        QTest::newRow("longer than what is left") << u"已整"_s << QStringList {u"整改"_s} << Spans();
        // 改 is U+6539 and 9 is U+0039: the same low byte, where the walk looks closer.
        QTest::newRow("first characters alike in their low byte") << u"9改改正9"_s << QStringList {u"改正"_s, u"9"_s} << Spans {{0, 1}, {2, 4}, {4, 5}};
        QTest::newRow("a needle given twice is found twice") << u"整改"_s << QStringList {u"整改"_s, u"整改"_s} << Spans {{0, 2}, {0, 2}};
        QTest::newRow("three starting at one place, shorter first")
            << u"落实整改到位情况"_s << QStringList {u"整改到位情况"_s, u"整改"_s, u"整改到位"_s} << Spans {{2, 4}, {2, 6}, {2, 8}};
        QTest::newRow("no needles") << u"整改"_s << QStringList() << Spans();
    }

    void occurrences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, needles);
        QFETCH(Spans, expected);
        Spans got;
        for (const TextSpan &s : occurrencesOf(text, needles))
            got.append({s.start, s.end});
        QCOMPARE(got, expected);
    }

    void firstOccurrence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("needles");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");

        QTest::newRow("none") << u"依法行政"_s << QStringList {u"整改"_s} << qsizetype(-1) << qsizetype(-1);
        QTest::newRow("the earliest, whatever the needles' order")
            << u"问题得到解决，已整改"_s << QStringList {u"整改"_s, u"得到解决"_s} << qsizetype(2) << qsizetype(6);
        QTest::newRow("the longest of those starting together")
            << u"原因在于人员不足"_s << QStringList {u"原因"_s, u"原因在于"_s, u"在于"_s} << qsizetype(0) << qsizetype(4);
        QTest::newRow("at the very end") << u"主要表现为"_s << QStringList {u"表现为"_s} << qsizetype(2) << qsizetype(5);
        QTest::newRow("empty needles stand nowhere") << u"整改"_s << QStringList {QString(), u"改"_s} << qsizetype(1) << qsizetype(2);
        QTest::newRow("no needles") << u"整改"_s << QStringList() << qsizetype(-1) << qsizetype(-1);
    }

    void firstOccurrence()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, needles);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        const TextSpan found = firstOccurrenceOf(text, needles);
        QCOMPARE(found.start, start);
        QCOMPARE(found.end, end);
        // The first of all the occurrences, the longest where several start there.
        const QList<TextSpan> all = occurrencesOf(text, needles);
        if (!all.isEmpty()) {
            QCOMPARE(found.start, all.first().start);
            for (const TextSpan &s : all)
                QVERIFY(s.start > found.start || s.end <= found.end);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
