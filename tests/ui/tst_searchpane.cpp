// SearchPane: hits in the compared reports at once, the project's other
// reports from its index on a worker, a newer search dropping an older one,
// and a project that cannot be searched.

#include "outline/outlineformat.h"
#include "project/projectstore.h"
#include "project/searchpane.h"
#include "seedfiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

Dz::NewReport newReport(const Dz::Report &report, const QString &fileName)
{
    Dz::NewReport r;
    r.fileName = fileName;
    r.sourcePath = u"/reports/"_s + fileName;
    r.encoding = report.encoding;
    r.text = report.text;
    r.contentHash = QString::fromLatin1(QCryptographicHash::hash(report.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    r.metadata = Dz::OutlineFormat::toJson(report).value(u"metadata").toObject();
    return r;
}

int count(const QListWidget *list, bool compared)
{
    int n = 0;
    for (int i = 0; i < list->count(); ++i)
        n += (list->item(i)->data(Qt::UserRole).toInt() >= 0) == compared;
    return n;
}

} // namespace

class TestSearchPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Dz::ProjectStore> m_store; // open read-write, as the workbench keeps it
    QList<Dz::Report> m_reports;
    QList<qint64> m_ids;

    QString path() const
    {
        return m_dir.filePath(u"p.duizhao"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto store = Dz::ProjectStore::open(path(), Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        m_store = std::move(store).value();
        for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            const Dz::Report report = Dz::Test::loadSeed(prefix);
            const auto id = m_store->addReport(newReport(report, QFileInfo(Dz::Test::seedPath(prefix)).fileName()));
            QVERIFY2(id, qPrintable(id.error()));
            m_reports.append(report);
            m_ids.append(id.value());
        }
    }

    void comparedFirstThenTheProject_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("compared"); // how many reports are compared (the first ones)
        QTest::addColumn<int>("others"); // the project's other reports that hold the query
        QTest::newRow("indexed term") << u"行政处罚"_s << 2 << 3;
        QTest::newRow("two characters") << u"普法"_s << 1 << 4;
        QTest::newRow("all compared") << u"行政处罚"_s << 5 << 0;
        QTest::newRow("nowhere") << u"量子计算机"_s << 2 << 0;
    }

    void comparedFirstThenTheProject()
    {
        QFETCH(QString, query);
        QFETCH(int, compared);
        QFETCH(int, others);
        Dz::SearchPane pane;
        QSignalSpy finished(&pane, &Dz::SearchPane::projectSearchFinished);
        QSignalSpy chosen(&pane, &Dz::SearchPane::reportChosen);
        QSignalSpy failed(&pane, &Dz::SearchPane::failed);
        pane.search(query, m_reports.mid(0, compared), m_ids.mid(0, compared), path());

        // The compared reports' hits are there at once ...
        const int comparedHits = count(pane.results(), true);
        QCOMPARE(comparedHits > 0, query != u"量子计算机"_s);
        QCOMPARE(count(pane.results(), false), 0);
        // ... the others when the worker is done.
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(count(pane.results(), false), others);
        QCOMPARE(count(pane.results(), true), comparedHits);
        QCOMPARE(pane.title().contains(u"other report"_s), others > 0);
        QVERIFY(pane.title().contains(query));
        if (others > 0) {
            QListWidgetItem *last = pane.results()->item(pane.results()->count() - 1);
            QVERIFY(last->text().contains(u"(not compared)"_s));
            Q_EMIT pane.results()->itemActivated(last);
            QCOMPARE(chosen.size(), 1);
            QVERIFY(m_ids.mid(compared).contains(chosen.at(0).at(0).toLongLong()));
        }
    }

    void aNewerSearchDropsAnOlder()
    {
        Dz::SearchPane pane;
        QSignalSpy finished(&pane, &Dz::SearchPane::projectSearchFinished);
        pane.search(u"行政处罚"_s, m_reports.mid(0, 1), m_ids.mid(0, 1), path());
        pane.search(u"紧密型城市医疗集团"_s, {}, {}, path());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(pane.results()->count(), 1); // only 000 holds it
        QCOMPARE(pane.query(), u"紧密型城市医疗集团"_s);
        // A third search finishes as the second did: the first, dropped,
        // never reports in between.
        pane.search(u"行政处罚"_s, m_reports.mid(0, 1), m_ids.mid(0, 1), path());
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(pane.query(), u"行政处罚"_s);
    }

    void emptyQuerySearchesNothing()
    {
        Dz::SearchPane pane;
        pane.search(u"  "_s, m_reports, m_ids, path());
        QCOMPARE(pane.results()->count(), 0);
        QCOMPARE(pane.title(), u"Search"_s);
        QVERIFY(!pane.isSearchingProject());
    }

    void aProjectThatCannotBeSearched()
    {
        Dz::SearchPane pane;
        QSignalSpy failed(&pane, &Dz::SearchPane::failed);
        const QString gone = m_dir.filePath(u"gone.duizhao"_s);
        pane.search(u"行政处罚"_s, m_reports.mid(0, 1), m_ids.mid(0, 1), gone);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"gone.duizhao"_s));
        QVERIFY(count(pane.results(), true) > 0); // the compared report's hits stay
    }
};

QTEST_MAIN(TestSearchPane)
#include "tst_searchpane.moc"
