// The user guide: Help → User Guide opens it in the interface's language
// (both languages built by qhelpgenerator into the build's share/duizhao/help),
// F1 opens the page of the view or pane that has the focus, the guide's
// search finds Chinese words, a missing guide says which file it looked for,
// and the first start's welcome shows once and leads to the guide.

#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "compare/comparecolumn.h"
#include "compare/compareview.h"
#include "help/helpactions.h"
#include "help/helpbrowser.h"
#include "help/helpsystem.h"
#include "help/helpwindow.h"
#include "help/welcomedialog.h"
#include "indicators/indicatorspane.h"
#include "report/reportview.h"
#include "weaknesses/annotationspane.h"
#include "weaknesses/weaknessboard.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHelpContentWidget>
#include <QHelpEngine>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestHelp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    HelpWindow *guide() const
    {
        return m_window->helpActions()->window();
    }

    // The widget of view or pane @p id that takes the focus.
    QWidget *focusTarget(const QString &id) const
    {
        if (id == u"compare")
            return m_window->compareView()->columns().constFirst()->view();
        if (id == u"indicators")
            return m_window->indicatorsPane()->table();
        if (id == u"weaknesses")
            return m_window->weaknessBoard()->matrix();
        if (id == u"audit")
            return m_window->auditPane()->table();
        if (id == u"report")
            return m_window->reportView();
        if (id == u"matrix")
            return m_window->matrix();
        if (id == u"navigator")
            return m_window->navigator();
        if (id == u"reports")
            return m_window->reportList();
        return nullptr;
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        // A folder of its own for the help collection and the settings, not
        // Qt's shared test folder: suites of two clones run at once share a HOME.
        QVERIFY(m_home.isValid());
        for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            qputenv(variable, QFile::encodeName(m_home.path() + u'/' + QString::fromLatin1(variable)));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DUIZHAO_HELP_DIR"), "the test runs with DUIZHAO_HELP_DIR set to the build's guide");
        TranslationLoader::instance()->setLanguage(u"en"_s);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy analysed(m_window.get(), &MainWindow::analysisFinished);
        m_window->openSamples();
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() > 0, 60000);
        QTRY_VERIFY(!m_window->compareView()->columns().isEmpty());
    }

    void guideOpensInTheInterfacesLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("pageText");
        QTest::newRow("English") << u"en"_s << u"Duizhao User Guide"_s << u"Three first steps"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s << u"对照使用指南"_s << u"开始使用的三步"_s;
    }

    void guideOpensInTheInterfacesLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, pageText);
        TranslationLoader::instance()->setLanguage(language);
        QCoreApplication::processEvents();
        // The Help menu holds the guide, F1 and the welcome.
        const auto *help = m_window->findChild<QMenu *>(u"helpMenu"_s);
        QVERIFY(help);
        QVERIFY(help->actions().contains(m_window->helpActions()->guideAction()));
        QVERIFY(help->actions().contains(m_window->helpActions()->contextAction()));
        if (language == u"zh_CN")
            QTRY_COMPARE(m_window->helpActions()->guideAction()->text(), u"使用指南(&U)"_s);
        m_window->helpActions()->guideAction()->trigger();
        QTRY_VERIFY(guide() && guide()->isVisible());
        QVERIFY2(m_window->helpActions()->system()->isReady(), qPrintable(m_window->helpActions()->system()->error()));
        QCOMPARE(m_window->helpActions()->system()->language(), language);
        QTRY_COMPARE(guide()->browser()->source().path(), u"/duizhao/index.html"_s);
        QCOMPARE(guide()->browser()->documentTitle(), title);
        QVERIFY(guide()->browser()->toPlainText().contains(pageText));
        // The contents come from the help file.
        QHelpContentWidget *contents = m_window->helpActions()->system()->engine()->contentWidget();
        QTRY_VERIFY(contents->model()->rowCount() > 0);
        QCOMPARE(contents->model()->index(0, 0).data().toString(), title);
        // DUIZHAO_SHOT_DIR=DIR keeps a picture of the window to look at.
        if (const QString shots = qEnvironmentVariable("DUIZHAO_SHOT_DIR"); !shots.isEmpty()) {
            contents->expandAll();
            QTest::qWait(300);
            guide()->grab().save(QDir(shots).filePath(u"guide-"_s + language + u".png"_s));
        }
        guide()->close();
    }

    void f1OpensThePageOfTheFocus_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("view");
        for (const char *id : {"compare", "matrix", "indicators", "weaknesses", "report", "audit"})
            QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(id);
        QTest::newRow("navigator pane") << u"navigator"_s << u"compare"_s;
        QTest::newRow("reports pane") << u"reports"_s << u"indicators"_s;
    }

    void f1OpensThePageOfTheFocus()
    {
        QFETCH(QString, id);
        QFETCH(QString, view);
        TranslationLoader::instance()->setLanguage(u"en"_s);
        QCoreApplication::processEvents();
        QVERIFY(m_window->showView(view));
        QWidget *target = focusTarget(id);
        QVERIFY(target);
        // A pane may be closed or behind another one's tab.
        for (QWidget *w = target; w; w = w->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                dock->show();
                dock->raise();
            }
        }
        m_window->activateWindow();
        target->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), target);
        QCOMPARE(m_window->helpActions()->currentContext(), id);
        QTest::keyClick(target, Qt::Key_F1);
        QTRY_VERIFY(guide() && guide()->isVisible());
        const QUrl page = m_window->helpActions()->system()->pageFor(id);
        QCOMPARE(page.fragment(), id);
        QTRY_COMPARE(guide()->browser()->source(), page);
        QCOMPARE(page.path(), u"/duizhao/views.html"_s);
        guide()->close();
    }

    void focusNowhereOpensTheViewOnScreen()
    {
        m_window->showView(u"audit"_s);
        m_window->menuBar()->setFocus();
        QCOMPARE(m_window->helpActions()->currentContext(), u"audit"_s);
    }

    void searchFindsChineseWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("page");
        QTest::newRow("two characters inside a sentence") << u"zh_CN"_s << u"压缩"_s << u"workflow.html"_s;
        QTest::newRow("a mark's meaning") << u"zh_CN"_s << u"下限"_s << u"marks.html"_s;
        QTest::newRow("English, any case") << u"en"_s << u"ZIP BOMB"_s << u"workflow.html"_s;
    }

    void searchFindsChineseWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        QFETCH(QString, page);
        HelpSystem help;
        QVERIFY(help.setLanguage(language));
        const QList<HelpSystem::Hit> hits = help.search(query);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.constFirst().url.fileName(), page);
        QVERIFY2(hits.constFirst().snippet.contains(query, Qt::CaseInsensitive), qPrintable(hits.constFirst().snippet));
        QVERIFY(help.search(u"没有这个词语的页面"_s).isEmpty());
        // The window lists them, and opening one shows its page.
        HelpWindow window(&help);
        window.search(query);
        QCOMPARE(window.searchResults()->count(), hits.size());
        Q_EMIT window.searchResults()->itemActivated(window.searchResults()->item(0));
        QCOMPARE(window.browser()->source().fileName(), page);
    }

    void missingGuideSaysWhere()
    {
        QTemporaryDir empty;
        const QByteArray saved = qgetenv("DUIZHAO_HELP_DIR");
        qputenv("DUIZHAO_HELP_DIR", empty.path().toUtf8());
        HelpSystem help;
        const auto opened = help.setLanguage(u"zh_CN"_s);
        qputenv("DUIZHAO_HELP_DIR", saved);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(empty.path()) && opened.error().contains(u"duizhao-zh_CN.qch"_s), qPrintable(opened.error()));
        QVERIFY(!help.isReady());
        HelpWindow window(&help);
        QCOMPARE(window.browser()->toPlainText(), help.error());
    }

    void welcomeShowsOnceAndLeadsToTheGuide()
    {
        // A first start: the test settings of an earlier run are forgotten.
        QSettings().remove(u"help/showWelcome"_s);
        QVERIFY(WelcomeDialog::showsAtStart());
        m_window->helpActions()->welcomeAction()->trigger();
        auto *welcome = m_window->findChild<WelcomeDialog *>();
        QTRY_VERIFY(welcome && welcome->isVisible());
        QVERIFY(!welcome->showAtStart()->isChecked());
        if (const QString shots = qEnvironmentVariable("DUIZHAO_SHOT_DIR"); !shots.isEmpty())
            welcome->grab().save(QDir(shots).filePath(u"welcome.png"_s));
        auto *open = welcome->findChild<QPushButton *>(u"openGuide"_s);
        QVERIFY(open);
        open->click();
        QTRY_VERIFY(guide() && guide()->isVisible());
        QCOMPARE(guide()->browser()->source(), m_window->helpActions()->system()->homePage());
        // Closed with the box unticked: not shown at the next start.
        QVERIFY(!WelcomeDialog::showsAtStart());
        guide()->close();
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
