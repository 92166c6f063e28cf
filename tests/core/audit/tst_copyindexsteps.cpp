// The steps of CopyIndex::prepare() on their own (core/audit/copyindex_p.h):
// the text compared, the k-gram hashes, winnowing and its guarantee.

#include "audit/copyindex_p.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// The normal text with its boundaries written as '|'.
QString shown(const QString &normal)
{
    QString out = normal;
    out.replace(QChar(CopyIndex::Boundary), u'|');
    return out;
}

// A text of @p length common characters drawn by @p random: no two runs of it alike by design.
QString drawn(QRandomGenerator &random, int length)
{
    static const QString pool = u"法治政府建设依法行政执法监督复议应诉公开透明规范权力运行基层治理社会矛盾纠纷化解普法宣传教育公共法律服务"_s;
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(pool.at(random.bounded(int(pool.size()))));
    return out;
}

std::set<quint64> hashesOf(const std::vector<std::pair<quint64, qint32>> &prints)
{
    std::set<quint64> out;
    for (const auto &[hash, pos] : prints)
        out.insert(hash);
    return out;
}

} // namespace

class TestCopyIndexSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("excluded"); // start, end of each span left out
        QTest::addColumn<QString>("normal");
        QTest::addColumn<QList<int>>("positions");
        QTest::newRow("punctuation and spaces go") << u"Ab, C d"_s << QList<int>() << u"abcd"_s << QList<int> {0, 1, 4, 6};
        QTest::newRow("digits stay") << u"2023年，共12件。"_s << QList<int>() << u"2023年共12件"_s << QList<int> {0, 1, 2, 3, 4, 6, 7, 8, 9};
        QTest::newRow("a line ends") << u"第一行。\n第二行"_s << QList<int>() << u"第一行|第二行"_s << QList<int> {0, 1, 2, 4, 5, 6, 7};
        QTest::newRow("empty lines count once") << u"甲\n\n\n乙"_s << QList<int>() << u"甲|乙"_s << QList<int> {0, 1, 4};
        QTest::newRow("no boundary first") << u"\n甲乙"_s << QList<int>() << u"甲乙"_s << QList<int> {1, 2};
        QTest::newRow("text left out") << u"甲乙丙丁戊"_s << QList<int> {1, 3} << u"甲|丁戊"_s << QList<int> {0, 1, 3, 4};
        QTest::newRow("a title left out") << u"标题\n正文甲乙"_s << QList<int> {0, 2} << u"正文甲乙"_s << QList<int> {3, 4, 5, 6};
        QTest::newRow("spans out of order and overlapping")
            << u"一二三四五六七八"_s << QList<int> {5, 6, 1, 3, 2, 4} << u"一|五|七八"_s << QList<int> {0, 1, 4, 5, 6, 7};
        QTest::newRow("empty, unset and reversed spans ignored") << u"一二三"_s << QList<int> {1, 1, -1, -1, 2, 1} << u"一二三"_s << QList<int> {0, 1, 2};
    }

    void copyText()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, excluded);
        QFETCH(QString, normal);
        QFETCH(QList<int>, positions);
        QList<TextSpan> spans;
        for (qsizetype i = 0; i + 1 < excluded.size(); i += 2)
            spans.append({excluded.at(i), excluded.at(i + 1)});
        const CopyIndex::Prepared p = Internal::copyText(text, spans);
        QCOMPARE(shown(p.normal), normal);
        QCOMPARE(QList<int>(p.position.cbegin(), p.position.cend()), positions);
        QVERIFY(p.prints.empty());
    }

    void kGramsCrossBoundaries()
    {
        const QString normal = u"abc"_s + QChar(CopyIndex::Boundary) + u"defabc"_s;
        const Internal::KGrams grams = Internal::kGrams(normal, 3);
        QCOMPARE(grams.hashes.size(), std::size_t(normal.size() - 2));
        QCOMPARE(grams.crosses, (std::vector<bool> {false, true, true, true, false, false, false, false}));
        // The same k-gram, the same hash, wherever it stands.
        QCOMPARE(grams.hashes.at(0), grams.hashes.at(7));
        QVERIFY(grams.hashes.at(0) != grams.hashes.at(4));
        // Shorter than k: no k-gram at all.
        QVERIFY(Internal::kGrams(u"ab"_s, 3).hashes.empty());
    }

    // Every stretch of k + w − 1 characters two texts share, whatever
    // surrounds it, gives both a common fingerprint; none crosses a boundary.
    void winnowingGuarantee_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("window");
        QTest::addColumn<quint32>("seed");
        for (const auto &[k, w] : {std::pair {9, 5}, std::pair {5, 4}, std::pair {12, 1}}) {
            for (quint32 seed = 1; seed <= 12; ++seed)
                QTest::addRow("k%d w%d seed %u", k, w, seed) << k << w << seed;
        }
    }

    void winnowingGuarantee()
    {
        QFETCH(int, k);
        QFETCH(int, window);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QString shared = drawn(random, k + window - 1);
        const QString a = drawn(random, random.bounded(0, 60)) + shared + drawn(random, random.bounded(0, 60));
        const QString b = drawn(random, random.bounded(0, 30)) + u'\n' + drawn(random, random.bounded(0, 90)) + shared + u'\n' + drawn(random, 20);
        const CopyIndex::Prepared pa = Internal::copyText(a, {});
        const CopyIndex::Prepared pb = Internal::copyText(b, {});
        const Internal::KGrams gramsB = Internal::kGrams(pb.normal, k);
        const auto printsA = Internal::winnow(Internal::kGrams(pa.normal, k), window);
        const auto printsB = Internal::winnow(gramsB, window);
        const std::set<quint64> hashesA = hashesOf(printsA);
        const std::set<quint64> hashesB = hashesOf(printsB);
        QVERIFY(std::any_of(hashesA.cbegin(), hashesA.cend(), [&hashesB](quint64 h) {
            return hashesB.count(h) > 0;
        }));
        qint32 last = -1;
        for (const auto &[hash, pos] : printsB) {
            QVERIFY(pos > last); // in text order, each position once
            last = pos;
            QVERIFY(!gramsB.crosses.at(std::size_t(pos)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCopyIndexSteps)
#include "tst_copyindexsteps.moc"
