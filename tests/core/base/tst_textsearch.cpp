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
