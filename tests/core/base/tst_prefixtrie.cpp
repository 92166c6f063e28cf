// The trie of words that the identity reader, the word segmenter and the
// weakness terms share (issue 21's speed, issue 23's one way to do a thing):
// every walk agrees with looking each piece up by hand.

#include "base/prefixtrie.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace
{

// What the trie must answer at @p pos: every listed word that starts there, shortest first, with its ids.
QList<std::pair<int, std::vector<int>>> byHand(const std::multimap<QString, int> &words, QStringView text, qsizetype pos)
{
    QList<std::pair<int, std::vector<int>>> out;
    for (qsizetype length = 1; pos + length <= text.size(); ++length) {
        const QString piece = text.mid(pos, length).toString();
        std::vector<int> ids;
        for (auto [it, end] = words.equal_range(piece); it != end; ++it) {
            if (std::find(ids.begin(), ids.end(), it->second) == ids.end())
                ids.push_back(it->second);
        }
        if (!ids.empty())
            out.append({int(length), ids});
    }
    return out;
}

} // namespace

class TestPrefixTrie : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAgreeWithLookingUp_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("text");
        QTest::newRow("nested names") << QStringList {u"执法"_s, u"执法力量"_s, u"执法力量不足"_s, u"力量"_s, u"不足"_s} << u"基层执法力量不足，执法人员少"_s;
        QTest::newRow("a word given twice keeps both ids") << QStringList {u"平台"_s, u"平台"_s, u"平"_s} << u"执法平台建设"_s;
        QTest::newRow("nothing listed in the text") << QStringList {u"营商环境"_s} << u"普法宣传不够深入"_s;
        QTest::newRow("latin and digits") << QStringList {u"12345"_s, u"AI"_s, u"AI平台"_s} << u"拨打12345热线，AI平台"_s;
        QTest::newRow("one character words") << QStringList {u"未"_s, u"来"_s, u"未来"_s} << u"未来未尽"_s;

        // Random words over a small alphabet, so that they share beginnings, and a text made of them and noise.
        QRandomGenerator random(20261207);
        const QString alphabet = u"法治政府建设执行力不足"_s;
        for (int set = 0; set < 6; ++set) {
            QStringList words;
            for (int i = 0; i < 200; ++i) {
                QString w;
                for (int n = 1 + random.bounded(5); n > 0; --n)
                    w += alphabet.at(random.bounded(alphabet.size()));
                words.append(w);
            }
            QString text;
            for (int i = 0; i < 120; ++i)
                text += alphabet.at(random.bounded(alphabet.size()));
            QTest::addRow("random %d", set) << words << text;
        }
    }

    void matchesAgreeWithLookingUp()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, text);
        Dz::PrefixTrie trie;
        std::multimap<QString, int> listed;
        for (int i = 0; i < words.size(); ++i) {
            // A word given twice: the same id once more is kept once, a new id beside it.
            trie.insert(words.at(i), i);
            trie.insert(words.at(i), i);
            listed.insert({words.at(i), i});
        }
        trie.freeze();
        QCOMPARE(trie.wordCount(), qsizetype(QSet<QString>(words.cbegin(), words.cend()).size()));
        for (qsizetype pos = 0; pos < text.size(); ++pos) {
            QList<std::pair<int, std::vector<int>>> walked;
            trie.matchesAt(text, pos, [&walked](int length, const std::vector<int> &ids) {
                walked.append({length, ids});
            });
            QCOMPARE(walked, byHand(listed, text, pos));
        }
        // Step by step, as the segmenter walks it.
        for (const QString &w : std::as_const(words)) {
            Dz::PrefixTrie::Node node = trie.start(w.front());
            for (qsizetype i = 1; i < w.size(); ++i)
                node = trie.next(node, w.at(i));
            QCOMPARE(node, trie.find(w));
            QVERIFY(!trie.idsAt(node).empty());
        }
        QCOMPARE(trie.find(u"不在其中的词"), Dz::PrefixTrie::None);
        QVERIFY(trie.idsAt(Dz::PrefixTrie::None).empty());
        QCOMPARE(trie.next(Dz::PrefixTrie::None, u'法'), Dz::PrefixTrie::None);
    }

    void emptyTrieFindsNothing()
    {
        Dz::PrefixTrie trie;
        trie.freeze();
        QVERIFY(trie.isEmpty());
        int calls = 0;
        trie.matchesAt(u"执法", 0, [&calls](int, const std::vector<int> &) {
            ++calls;
        });
        QCOMPARE(calls, 0);
        QCOMPARE(trie.find(u"执法"), Dz::PrefixTrie::None);
    }
};

QTEST_GUILESS_MAIN(TestPrefixTrie)
#include "tst_prefixtrie.moc"
