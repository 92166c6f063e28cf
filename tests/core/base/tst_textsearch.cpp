// Where texts stand in a text (occurrencesOf): every occurrence of every
// needle, overlapping ones too, in text order.

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
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
