// The bigram tokens of the second search index, and short terms found
// through it: one and two characters, letters and digits, surrogate pairs,
// case, punctuation between runs.

#include "project/projectstore.h"
#include "project/searchindex.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dz::SearchIndex;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bigramTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tokens");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("one character") << u"法"_s << u"法"_s;
        QTest::newRow("a run") << u"普法宣传"_s << u"普法 法宣 宣传 传"_s;
        QTest::newRow("punctuation ends a run") << u"普法。开展"_s << u"普法 法 开展 展"_s;
        QTest::newRow("white space and line ends") << u"依法\n 行政"_s << u"依法 法 行政 政"_s;
        QTest::newRow("digits and letters, case folded") << u"GDP增长12%"_s << u"gd dp p增 增长 长1 12 2"_s;
        QTest::newRow("full-width letters are letters") << u"ＡＢ"_s << u"ａｂ ｂ"_s;
        QTest::newRow("surrogate pair") << u"𠀋法"_s << u"𠀋法 法"_s;
        QTest::newRow("only punctuation") << u"（）、。"_s << QString();
    }

    void bigramTokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, tokens);
        QCOMPARE(SearchIndex::bigramTokens(text), tokens);
    }

    void findsShortTerms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected"); // texts that hold it, by index
        QTest::newRow("two characters") << u"普法"_s << QList<int> {0, 2};
        QTest::newRow("two characters at a run's end") << u"宣传"_s << QList<int> {0};
        QTest::newRow("one character") << u"普"_s << QList<int> {0, 2};
        QTest::newRow("one character, second of a pair") << u"法"_s << QList<int> {0, 1, 2};
        QTest::newRow("not across punctuation") << u"法开"_s << QList<int> {};
        QTest::newRow("case folded") << u"gd"_s << QList<int> {1};
        QTest::newRow("digits inside a number") << u"12"_s << QList<int> {1};
        QTest::newRow("surrogate pair") << u"𠀋法"_s << QList<int> {2};
        QTest::newRow("two short terms") << u"普法 𠀋"_s << QList<int> {2};
        QTest::newRow("short and long") << u"普法 宣传活动"_s << QList<int> {0};
        QTest::newRow("punctuation only") << u"。"_s << QList<int> {};
        QTest::newRow("nowhere") << u"鲸鱼"_s << QList<int> {};
    }

    void findsShortTerms()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        const QStringList texts = {u"开展普法宣传活动。"_s, u"GDP增长12%，依法。开展工作"_s, u"𠀋法普法"_s};
        QTemporaryDir dir;
        auto store = Dz::ProjectStore::open(dir.filePath(u"p.duizhao"_s), Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        QList<qint64> ids;
        for (const QString &text : texts) {
            Dz::NewReport r;
            r.fileName = u"r%1.txt"_s.arg(ids.size());
            r.encoding = u"UTF-8"_s;
            r.text = text;
            r.contentHash = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
            ids.append(store.value()->addReport(r).value());
        }
        const auto hits = store.value()->searchIndex().search(query);
        QVERIFY2(hits, qPrintable(hits.error()));
        QList<int> found;
        for (const Dz::SearchHit &hit : hits.value()) {
            found.append(int(ids.indexOf(hit.reportId)));
            QVERIFY2(!hit.highlights.isEmpty(), qPrintable(hit.snippet));
        }
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);

        // A new text replaces the old one in the index; a removed report leaves it.
        if (!expected.isEmpty()) {
            const qint64 id = ids.at(expected.constFirst());
            Dz::NewReport other;
            other.fileName = u"other.txt"_s;
            other.encoding = u"UTF-8"_s;
            other.text = u"别的内容"_s;
            other.contentHash = u"other"_s;
            QVERIFY(store.value()->replaceReport(id, other));
            const auto after = store.value()->searchIndex().search(query).value();
            QVERIFY(std::none_of(after.cbegin(), after.cend(), [id](const Dz::SearchHit &h) {
                return h.reportId == id;
            }));
            QCOMPARE(store.value()->searchIndex().search(u"别的"_s).value().size(), 1);
            QVERIFY(store.value()->reportRecords().removeReport(id));
            QVERIFY(store.value()->searchIndex().search(u"别的"_s).value().isEmpty());
            QCOMPARE(store.value()->database().integrityCheck().value(), u"ok"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)

#include "tst_searchindex.moc"
