// stableSortShort: the order std::stable_sort gives, equal elements kept in
// turn, for short lists (sorted in place) and long ones (handed on).

#include "base/shortsort.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <utility>

class TestShortSort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asStableSort_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("keys");
        for (const int size : {0, 1, 2, 3, 8, 31, 32, 33, 100}) {
            for (const int keys : {1, 3, 1000})
                QTest::addRow("%d elements, %d keys", size, keys) << size << keys;
        }
    }
    void asStableSort()
    {
        QFETCH(int, size);
        QFETCH(int, keys);
        QRandomGenerator random(quint32(size * 7919 + keys));
        for (int round = 0; round < 50; ++round) {
            // (key, place in the input): equal keys tell whether their order was kept.
            QList<std::pair<int, int>> list;
            for (int i = 0; i < size; ++i)
                list.append({int(random.bounded(keys)), i});
            const auto byKey = [](const std::pair<int, int> &a, const std::pair<int, int> &b) {
                return a.first < b.first;
            };
            QList<std::pair<int, int>> expected = list;
            std::stable_sort(expected.begin(), expected.end(), byKey);
            Dz::stableSortShort(list.begin(), list.end(), byKey);
            QCOMPARE(list, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestShortSort)
#include "tst_shortsort.moc"
