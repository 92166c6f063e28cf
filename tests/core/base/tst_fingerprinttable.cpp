// FingerprintTable (base/fingerprinttable.h), the copy index's table of
// fingerprints: checked against std::unordered_map on keys of several
// shapes, through its growth, with the indices callers keep.

#include "base/fingerprinttable.h"

#include <QRandomGenerator>
#include <QTest>

#include <unordered_map>

using namespace Dz;

class TestFingerprintTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsAMap_data();
    void sameAsAMap();
    void empty();
};

void TestFingerprintTable::sameAsAMap_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("count");
    QTest::newRow("random") << QStringLiteral("random") << 50000;
    // Keys that differ only in their low bits, or only in their high bits, or are all multiples of a power of two.
    QTest::newRow("consecutive") << QStringLiteral("consecutive") << 50000;
    QTest::newRow("high bits") << QStringLiteral("high") << 30000;
    QTest::newRow("multiples of 4096") << QStringLiteral("strided") << 30000;
    QTest::newRow("zero among them") << QStringLiteral("zero") << 100;
    QTest::newRow("one") << QStringLiteral("random") << 1;
}

void TestFingerprintTable::sameAsAMap()
{
    QFETCH(QString, shape);
    QFETCH(int, count);
    QRandomGenerator random(42);
    const auto keyOf = [&](int i) -> quint64 {
        if (shape == QLatin1String("consecutive"))
            return quint64(i);
        if (shape == QLatin1String("high"))
            return quint64(i) << 40;
        if (shape == QLatin1String("strided"))
            return quint64(i) * 4096;
        if (shape == QLatin1String("zero"))
            return quint64(i) * 7;
        return random.generate64();
    };
    FingerprintTable<int> table;
    std::unordered_map<quint64, int> expected; // key → index
    std::vector<quint64> keys;
    for (int i = 0; i < count; ++i) {
        // Each key added, then added again half the time: a key once, whatever the number of adds.
        const quint64 key = keyOf(i);
        keys.push_back(key);
        const int index = table.findOrAdd(key);
        const auto [at, added] = expected.emplace(key, index);
        QCOMPARE(index, at->second);
        if (added)
            table.at(index) = i;
        if (i % 2 == 0)
            QCOMPARE(table.findOrAdd(key), index);
    }
    QCOMPARE(table.size(), qsizetype(expected.size()));
    // After every growth, the indices given out still name the same values.
    for (const auto &[key, index] : expected) {
        QCOMPARE(table.find(key), index);
        QCOMPARE(keys[size_t(table.at(index))], key);
    }
    // Keys never added are not found.
    for (int i = 0; i < 1000; ++i) {
        const quint64 key = random.generate64() | 1;
        if (expected.count(key) == 0)
            QCOMPARE(table.find(key), FingerprintTable<int>::None);
    }
}

void TestFingerprintTable::empty()
{
    const FingerprintTable<int> table;
    QCOMPARE(table.find(0), FingerprintTable<int>::None);
    QCOMPARE(table.find(12345), FingerprintTable<int>::None);
    QCOMPARE(table.size(), 0);
}

QTEST_GUILESS_MAIN(TestFingerprintTable)
#include "tst_fingerprinttable.moc"
