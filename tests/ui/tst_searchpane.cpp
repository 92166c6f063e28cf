// Searching the workbench: searchWorkbench() finds the hits in the compared
// reports and the project's other reports; the AnalysisController runs it in
// the background, a newer search dropping an older one; SearchPane lists
// the results and says which was chosen.

#include "outline/outlineformat.h"
#include "project/projectstore.h"
#include "project/searchpane.h"
#include "seedfiles.h"
#include "window/analysiscontroller.h"

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
        const Dz::WorkbenchSearch search = Dz::searchWorkbench(u"  "_s + query, m_reports.mid(0, compared), m_ids.mid(0, compared), path());
        QCOMPARE(search.query, query);
        QVERIFY(search.error.isEmpty());
        QCOMPARE(search.compared.isEmpty(), query == u"量子计算机"_s);
        QCOMPARE(search.others.size(), others);
        for (const Dz::SearchHit &hit : search.others)
            QVERIFY(m_ids.mid(compared).contains(hit.reportId));

        Dz::SearchPane pane;
        QSignalSpy chosen(&pane, &Dz::SearchPane::reportChosen);
        QSignalSpy hit(&pane, &Dz::SearchPane::hitChosen);
        QSignalSpy title(&pane, &Dz::SearchPane::titleChanged);
        pane.showSearching(query);
        QVERIFY(pane.title().contains(u"searching"_s));
        pane.showSearch(search, {u"甲"_s, u"乙"_s, u"丙"_s, u"丁"_s, u"戊"_s});
        QCOMPARE(title.size(), 2);
        // The compared reports' hits first, each named by its report, then the others.
        QCOMPARE(count(pane.results(), true), int(search.compared.size()));
        QCOMPARE(count(pane.results(), false), others);
        if (!search.compared.isEmpty()) {
            QVERIFY(pane.results()->item(0)->text().startsWith(u"甲"_s));
            Q_EMIT pane.results()->itemActivated(pane.results()->item(0));
            QCOMPARE(hit.size(), 1);
            QCOMPARE(hit.at(0).at(1).value<Dz::TextSpan>(), search.compared.constFirst().span);
        }
        QCOMPARE(pane.title().contains(u"other report"_s), others > 0);
        QVERIFY(pane.title().contains(query));
        if (others > 0) {
            QListWidgetItem *last = pane.results()->item(pane.results()->count() - 1);
            QVERIFY(last->text().contains(u"(not compared)"_s));
            Q_EMIT pane.results()->itemActivated(last);
            QCOMPARE(chosen.size(), 1);
            QCOMPARE(chosen.at(0).at(0).toLongLong(), search.others.constLast().reportId);
        }
    }

    void aNewerSearchDropsAnOlder()
    {
        Dz::AnalysisController controller;
        QSignalSpy compared(&controller, &Dz::AnalysisController::comparisonChanged);
        controller.compare(path(), m_ids.mid(0, 1));
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, 30000);
        QSignalSpy finished(&controller, &Dz::AnalysisController::searchFinished);
        controller.search(u"行政处罚"_s, path());
        controller.search(u"紧密型城市医疗集团"_s, path());
        QTRY_COMPARE(finished.size(), 1);
        auto last = finished.constLast().constFirst().value<Dz::WorkbenchSearch>();
        QCOMPARE(last.query, u"紧密型城市医疗集团"_s);
        QVERIFY(!last.compared.isEmpty()); // 000, the report compared, holds it
        QVERIFY(last.others.isEmpty());
        // A third search finishes as the second did: the first, dropped,
        // never reports in between.
        controller.search(u"普法"_s, path());
        QTRY_COMPARE(finished.size(), 2);
        last = finished.constLast().constFirst().value<Dz::WorkbenchSearch>();
        QCOMPARE(last.query, u"普法"_s);
        QCOMPARE(last.others.size(), 4);
    }

    void emptyQuerySearchesNothing()
    {
        const Dz::WorkbenchSearch search = Dz::searchWorkbench(u"  "_s, m_reports, m_ids, path());
        QVERIFY(search.query.isEmpty());
        QVERIFY(search.compared.isEmpty());
        QVERIFY(search.others.isEmpty());
        Dz::SearchPane pane;
        pane.showSearch(search, {});
        QCOMPARE(pane.results()->count(), 0);
        QCOMPARE(pane.title(), u"Search"_s);
    }

    void aProjectThatCannotBeSearched()
    {
        const QString gone = m_dir.filePath(u"gone.duizhao"_s);
        const Dz::WorkbenchSearch search = Dz::searchWorkbench(u"行政处罚"_s, m_reports.mid(0, 1), m_ids.mid(0, 1), gone);
        QVERIFY(search.error.contains(u"gone.duizhao"_s));
        QVERIFY(!search.compared.isEmpty()); // the compared report's hits stand
        QVERIFY(search.others.isEmpty());
    }
};

QTEST_MAIN(TestSearchPane)
#include "tst_searchpane.moc"
