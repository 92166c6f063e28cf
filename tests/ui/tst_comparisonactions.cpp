// The comparison set: what the views compare is what the analyst chose, and
// it stays put. Clicking a report in the list (or a search hit of another
// report) shows it without touching the comparison; adding, removing and
// replacing are explicit and undoable; the set is kept in the project and
// comes back when it is opened again; the status bar says what is compared;
// Ctrl+A compares nothing by itself.

#include "base/translationloader.h"
#include "compare/compareview.h"
#include "project/comparisonactions.h"
#include "project/projectcommand.h"
#include "project/projectcontroller.h"
#include "project/reportlistmodel.h"
#include "window/analysiscontroller.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestComparisonActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    std::unique_ptr<MainWindow> loadedWindow(const QString &project = {})
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1600, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return window;
        QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
        if (project.isEmpty())
            window->openSamples();
        else if (const auto opened = window->openProject(project); !opened)
            qWarning("%s", qPrintable(opened.error()));
        if (!analysed.wait(30000))
            qWarning("no comparison within 30 s");
        return window;
    }

    static QStringList compared(const MainWindow &window)
    {
        return window.analysis()->comparison().reportNames();
    }

    static void click(MainWindow &window, int row, Qt::KeyboardModifiers modifiers = {})
    {
        QListView *list = window.reportList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualRect(window.reportModel()->index(row)).center());
    }

    static QString status(const MainWindow &window)
    {
        return window.findChild<QLabel *>(u"statusLabel"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    void clickingShowsAReportAndComparesNothingNew()
    {
        auto window = loadedWindow();
        QCOMPARE(compared(*window).size(), 5);
        ComparisonActions *set = window->comparisonActions();
        QVERIFY(!set->isChosen());
        QVERIFY2(status(*window).contains(u"Comparing 5 reports"_s), qPrintable(status(*window)));

        // Choose three: the set is the analyst's now.
        window->reportList()->selectionModel()->clear();
        click(*window, 0);
        click(*window, 2, Qt::ControlModifier);
        click(*window, 4, Qt::ControlModifier);
        QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
        set->compareSelectedAction()->trigger();
        QVERIFY(analysed.wait(30000));
        QCOMPARE(compared(*window).size(), 3);
        QVERIFY(set->isChosen());
        const QStringList three = compared(*window);
        QVERIFY2(status(*window).contains(u"Comparing 3 reports: "_s + three.at(0)), qPrintable(status(*window)));
        // The list marks them, with their column.
        QCOMPARE(window->reportModel()->index(2).data(ReportListModel::ComparedRole).toInt(), 2);
        QCOMPARE(window->reportModel()->index(1).data(ReportListModel::ComparedRole).toInt(), 0);

        // A single click elsewhere shows that report, and the comparison stays.
        analysed.clear();
        click(*window, 1);
        QTRY_COMPARE(window->reportList()->currentIndex().row(), 1);
        QVERIFY(!analysed.wait(1500));
        QCOMPARE(compared(*window), three);
        // Ctrl+A selects the list; it compares nothing by itself.
        window->reportList()->selectAll();
        QVERIFY(!analysed.wait(1500));
        QCOMPARE(compared(*window), three);
    }

    void addRemoveReplaceAreUndoable()
    {
        auto window = loadedWindow();
        ComparisonActions *set = window->comparisonActions();
        QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
        set->replace({0, 3});
        QVERIFY(analysed.wait(30000));
        const QStringList two = compared(*window);
        QCOMPARE(two.size(), 2);

        set->add({4});
        QVERIFY(analysed.wait(30000));
        QCOMPARE(compared(*window).size(), 3);
        QCOMPARE(compared(*window).constLast(), window->reportModel()->report(4).displayName());
        QVERIFY2(window->undoStack()->undoText().startsWith(u"Add "_s), qPrintable(window->undoStack()->undoText()));

        set->remove({0});
        QVERIFY(analysed.wait(30000));
        QCOMPARE(compared(*window).size(), 2);
        // The last report cannot go: an empty comparison compares nothing.
        set->remove({3, 4});
        QVERIFY(!analysed.wait(1000));
        QCOMPARE(compared(*window).size(), 2);

        window->undoStack()->undo(); // the removal
        QVERIFY(analysed.wait(30000));
        QCOMPARE(compared(*window).size(), 3);
        window->undoStack()->undo(); // the addition
        QVERIFY(analysed.wait(30000));
        QCOMPARE(compared(*window), two);
        window->undoStack()->undo(); // the choice: back to the project's first reports
        QVERIFY(analysed.wait(30000));
        QCOMPARE(compared(*window).size(), 5);
        QVERIFY(!set->isChosen());
    }

    // Edit Identity makes the open views again: the comparison labels the report anew.
    void editingAnIdentityRefreshesTheViews()
    {
        auto window = loadedWindow();
        QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
        const qint64 id = window->project()->reportId(0);
        const QString before = compared(*window).at(0);
        window->undoStack()->push(ProjectCommand::setIdentity(window->project()->commandContext(), id, QJsonObject {{u"year"_s, u"2019"_s}}));
        QVERIFY(analysed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(compared(*window).at(0) != before, 30000);
        QVERIFY2(compared(*window).at(0).endsWith(u"2019"_s), qPrintable(compared(*window).at(0)));
        window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(compared(*window).at(0), before, 30000);
    }

    void theSetComesBackWithTheProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kept.duizhao"_s);
        QStringList chosen;
        {
            auto window = loadedWindow();
            QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
            window->comparisonActions()->replace({4, 1, 3});
            QVERIFY(analysed.wait(30000));
            chosen = compared(*window);
            QCOMPARE(chosen.size(), 3);
            QVERIFY(window->project()->saveAs(path));
        }
        auto window = loadedWindow(path);
        QTRY_COMPARE_WITH_TIMEOUT(compared(*window), chosen, 30000);
        QVERIFY(window->comparisonActions()->isChosen());
    }
};

QTEST_MAIN(TestComparisonActions)
#include "tst_comparisonactions.moc"
