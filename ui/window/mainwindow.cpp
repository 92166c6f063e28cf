#include "window/mainwindow.h"

#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "brief/briefactions.h"
#include "common/actionicons.h"
#include "common/workbench_debug.h"
#include "compare/alignmentviews.h"
#include "compare/comparecolumn.h"
#include "compare/comparetoolbar.h"
#include "compare/compareview.h"
#include "deck/deckpane.h"
#include "export/indicatorexport.h"
#include "help/helpactions.h"
#include "indicators/indicatorspane.h"
#include "models/alignmenttreemodel.h"
#include "models/indicatortablemodel.h"
#include "models/weaknessmatrixmodel.h"
#include "print/printactions.h"
#include "project/analystcommands.h"
#include "project/changefiltermodel.h"
#include "project/changelistmodel.h"
#include "project/changespane.h"
#include "project/changetracker.h"
#include "project/comparisonactions.h"
#include "project/projectactions.h"
#include "project/projectaddress.h"
#include "project/projectcheckaction.h"
#include "project/projectcommand.h"
#include "project/reportlistmodel.h"
#include "project/searchpane.h"
#include "project/serverprojectaction.h"
#include "reading/documentreader.h"
#include "reading/samplereports.h"
#include "report/outlinepane.h"
#include "report/reportbrowser.h"
#include "report/reportpage.h"
#include "report/reportsourceactions.h"
#include "report/reportview.h"
#include "weaknesses/annotationspane.h"
#include "weaknesses/annotationworkflow.h"
#include "weaknesses/weaknessboard.h"
#include "weaknesses/weaknesscatalogeditor.h"
#include "window/analysiscontroller.h"
#include "window/languagemenu.h"
#include "window/problemspane.h"
#include "window/viewnavigation.h"
#include "window/workbenchstatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dz
{

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_reports(new ReportListModel(this))
    , m_project(new ProjectController(this))
    , m_view(new ReportView)
    , m_outline(new OutlinePane)
    , m_analysis(new AnalysisController(this))
    , m_alignmentModel(new AlignmentTreeModel(this))
    , m_tabs(new QTabWidget)
    , m_compare(new CompareView)
    , m_navigator(new NavigatorView(m_alignmentModel))
    , m_matrix(new MatrixView(m_alignmentModel))
    , m_indicatorModel(new IndicatorTableModel(this))
    , m_weaknessModel(new WeaknessMatrixModel(this))
{
    ActionIcons::install();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/duizhao/icons/" DUIZHAO_APP_ID ".svg"_s));
    setAcceptDrops(true);

    m_view->setObjectName(u"reportView"_s);
    m_reportPage = new ReportPage(m_view);

    m_navigation = new ViewNavigation(m_tabs, m_compare, m_navigator, m_alignmentModel, this);
    // The full section(s), in the compare view, in that report's column.
    connect(m_matrix, &MatrixView::sectionRequested, m_navigation, &ViewNavigation::showNodeOf);

    m_tabs->setObjectName(u"centralTabs"_s);
    m_tabs->setDocumentMode(true);
    m_indicators = new IndicatorsPane(m_indicatorModel);
    connect(m_indicators, &IndicatorsPane::evidenceRequested, m_navigation, &ViewNavigation::showSpan);
    m_commands = new AnalystCommands(m_project, m_analysis, m_indicatorModel, this);
    connect(m_indicators, &IndicatorsPane::overrideRequested, m_commands, &AnalystCommands::setIndicatorValue);
    connect(m_indicators, &IndicatorsPane::notReportedRequested, m_commands, &AnalystCommands::setNotReported);
    connect(m_indicators, &IndicatorsPane::sumRequested, m_commands, &AnalystCommands::setSum);

    m_weaknessBoard = new WeaknessBoard(m_weaknessModel);
    connect(m_weaknessBoard, &WeaknessBoard::itemRequested, m_navigation, &ViewNavigation::showSpan);
    connect(m_weaknessBoard, &WeaknessBoard::editThemesRequested, this, &MainWindow::editWeaknessThemes);

    m_tabs->addTab(m_compare, QString());
    m_tabs->addTab(m_matrix, QString());
    m_tabs->addTab(m_indicators, QString());
    m_tabs->addTab(m_weaknessBoard, QString());
    m_tabs->addTab(m_reportPage, QString());
    m_audit = new AuditPane;
    m_tabs->addTab(m_audit, QString());
    setCentralWidget(m_tabs);

    createActions();
    createDocks();
    createCompareTools();
    createMenus();
    createStatusBar();
    createContextHelp();
    connectLoader();
    connectConnection();
    connectAnalysis();

    connect(m_view, &ReportView::positionChanged, m_outline, &OutlinePane::selectPosition);
    connect(m_outline, &OutlinePane::sectionChosen, m_view, &ReportView::showSection);

    retranslate();
    updateActions();
    // Five report columns want a wide window: most of the screen, at first.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 900);
    resize(qMax(1024, available.width() * 19 / 20), qMax(700, available.height() * 9 / 10));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    createProjectActions();
    createCheckAction();
    createUndoActions();
    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    createZoomActions();
    createOutputActions();
    createHelpActions();
}

void MainWindow::createProjectActions()
{
    m_projectActions = new ProjectActions(m_project, this);
    connect(m_projectActions, &ProjectActions::projectOpening, this, [this] {
        m_status->reset();
    });
    connect(m_projectActions, &ProjectActions::removeReportRequested, this, &MainWindow::removeCurrentReport);
    // Nothing is current while the rows shift, so that no row is read by a
    // number that already means another report.
    connect(m_projectActions, &ProjectActions::aboutToRemoveReport, this, [this] {
        m_reportList->selectionModel()->clearCurrentIndex();
    });
    connect(m_projectActions, &ProjectActions::failed, this, [this](const QString &message) {
        addErrors({message});
    });
    m_serverProjectAction = new ServerProjectAction(m_projectActions, this);
    m_reconnectAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), QString(), this);
    m_reconnectAction->setObjectName(u"reconnectAction"_s);
    connect(m_reconnectAction, &QAction::triggered, m_project->connectionKeeper(), &ConnectionKeeper::reconnectNow);
}

void MainWindow::createCheckAction()
{
    m_checkAction = new ProjectCheckAction(m_project, this);
    connect(m_checkAction, &ProjectCheckAction::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setToolTip(tr("Checking the project"));
        m_progress->show();
        m_cancelButton->show();
    });
    connect(m_checkAction, &ProjectCheckAction::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_checkAction, &ProjectCheckAction::canceled, this, [this] {
        hideIdleProgress();
    });
    connect(m_checkAction, &ProjectCheckAction::finished, this, &MainWindow::showProjectCheck);
}

void MainWindow::createUndoActions()
{
    // Own actions rather than QUndoStack::createUndoAction(), whose prefix
    // cannot follow a change of language.
    QUndoStack *stack = m_project->undoStack();
    m_undoAction = new QAction(QIcon::fromTheme(u"edit-undo"_s), QString(), this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAction = new QAction(QIcon::fromTheme(u"edit-redo"_s), QString(), this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateActions);
}

void MainWindow::createZoomActions()
{
    m_zoomInAction = new QAction(QIcon::fromTheme(u"zoom-in"_s), QString(), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        if (m_navigation->comparing())
            m_compare->zoomIn();
        else
            m_view->zoomIn(1);
    });
    m_zoomOutAction = new QAction(QIcon::fromTheme(u"zoom-out"_s), QString(), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        if (m_navigation->comparing())
            m_compare->zoomOut();
        else
            m_view->zoomOut(1);
    });
}

void MainWindow::createOutputActions()
{
    m_briefActions = new BriefActions(m_analysis, m_indicatorModel, m_project, this);
    m_printActions = new PrintActions({m_tabs, m_compare, m_matrix, m_indicators, m_weaknessBoard, m_reportPage, m_view, m_audit, m_analysis, m_project}, this);
}

void MainWindow::createHelpActions()
{
    m_helpActions = new HelpActions(this);
    addAction(m_helpActions->contextAction()); // F1 wherever the focus is

    m_aboutAction = new QAction(QIcon::fromTheme(u"help-about"_s), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    createReportsDock();
    m_outline->setObjectName(u"outlinePane"_s);
    m_outlineDock = addDock(m_outline, u"outlineDock"_s, Qt::RightDockWidgetArea, true);

    createProblemsDock();
    connect(m_navigator, &NavigatorView::nodeRequested, m_navigation, &ViewNavigation::showNode);
    m_navigatorDock = addDock(m_navigator, u"navigatorDock"_s, Qt::LeftDockWidgetArea, true);
    tabifyDockWidget(m_reportsDock, m_navigatorDock);
    m_navigatorDock->raise();

    createSearchDock();
    createDeckDock();
    createAnnotationsDock();
    createChangesDock();

    resizeDocks({m_navigatorDock, m_outlineDock}, {440, 300}, Qt::Horizontal);
    m_outlineDock->hide(); // it follows the Report tab
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_outlineDock->setVisible(m_tabs->currentWidget() == m_reportPage);
    });
}

void MainWindow::createReportsDock()
{
    m_reportList = new QListView;
    m_reportList->setObjectName(u"reportList"_s);
    m_reportList->setModel(m_reports);
    m_reportList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Selecting shows a report; the comparison changes only by its actions.
    m_reportList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_comparison = new ComparisonActions(m_project, m_reportList, m_reports, this);
    connect(m_comparison, &ComparisonActions::changed, this, [this] {
        compareReports(false);
    });
    connect(m_reportList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showReport(current.isValid() ? current.row() : -1);
    });
    // A reset (setReports) replaces every row without a currentRowChanged:
    // show whatever is current afterwards.
    connect(m_reports, &QAbstractItemModel::modelReset, this, [this] {
        showReport(m_reportList->currentIndex().row());
    });

    auto *browser = new ReportBrowser(m_reportList, m_reports);
    browser->setComparisonActions({m_comparison->addAction(), m_comparison->removeAction(), m_comparison->compareSelectedAction()});
    connect(browser, &ReportBrowser::editIdentityRequested, m_commands, &AnalystCommands::editIdentity);
    connect(browser, &ReportBrowser::compareShownRequested, m_comparison, &ComparisonActions::replace);
    m_reportsDock = addDock(browser, u"reportsDock"_s, Qt::LeftDockWidgetArea, true);
}

void MainWindow::createProblemsDock()
{
    m_problems = new ProblemsPane;
    connect(m_problems, &ProblemsPane::problemsAdded, this, [this] {
        m_errorsDock->show();
    });
    connect(m_problems, &ProblemsPane::cleared, this, [this] {
        m_errorsDock->hide();
        updateStatus();
    });
    m_errorsDock = addDock(m_problems, u"errorsDock"_s, Qt::BottomDockWidgetArea, false);
    m_errorsDock->hide();
}

void MainWindow::createSearchDock()
{
    m_searchPane = new SearchPane;
    connect(m_searchPane, &SearchPane::titleChanged, this, [this](const QString &title) {
        m_searchDock->setWindowTitle(title);
    });
    connect(m_searchPane, &SearchPane::hitChosen, m_navigation, &ViewNavigation::showSearchHit);
    connect(m_searchPane, &SearchPane::reportChosen, this, &MainWindow::showProjectReport);
    m_searchDock = addDock(m_searchPane, u"searchDock"_s, Qt::BottomDockWidgetArea, false);
    m_searchDock->hide();
}

void MainWindow::createDeckDock()
{
    m_deck = new DeckPane;
    // The deck is the project's: every change an undoable command, shown when the project has it.
    connect(m_deck, &DeckPane::editRequested, m_commands, &AnalystCommands::editDeck);
    connect(m_project->session(), &AnalystSession::deckChanged, this, &MainWindow::loadDeck);
    connect(m_project->session(), &AnalystSession::reloaded, this, &MainWindow::loadDeck);
    const auto toDeck = [this](const DeckSlide &slide) {
        const auto added = slide.kind == DeckSlide::Kind::Chart ? m_deck->addChart(slide.chart) : m_deck->addTable(slide.table);
        if (added) {
            m_deckDock->show();
            m_deckDock->raise();
        }
    };
    connect(m_indicators, &IndicatorsPane::addToDeckRequested, this, [toDeck](const QList<ChartData> &charts) {
        for (const ChartData &chart : charts)
            toDeck(DeckSlide::ofChart(chart));
    });
    connect(m_weaknessBoard, &WeaknessBoard::tableForDeck, this, [toDeck](const TableData &table) {
        toDeck(DeckSlide::ofTable(table));
    });
    connect(m_deck, &DeckPane::indicatorTableRequested, this, [this] {
        m_deck->addTable(IndicatorExport::shownTable(*m_indicatorModel));
    });
    connect(m_deck, &DeckPane::weaknessMatrixRequested, this, [this] {
        const Comparison &comparison = m_analysis->comparison();
        m_deck->addTable(IndicatorExport::weaknessMatrix(comparison.weaknesses, comparison.reportNames(), comparison.weaknessCatalog));
    });
    connect(m_audit, &AuditPane::tableForDeck, this, [toDeck](const TableData &table) {
        toDeck(DeckSlide::ofTable(table));
    });
    connect(m_audit, &AuditPane::passageRequested, m_navigation, &ViewNavigation::showSpan);
    connect(m_audit, &AuditPane::findingRequested, m_navigation, &ViewNavigation::showFinding);
    connect(m_audit, &AuditPane::copiedPassageRequested, m_navigation, &ViewNavigation::showCopiedPassage);
    m_deckDock = addDock(m_deck, u"deckDock"_s, Qt::RightDockWidgetArea, false);
    m_deckDock->hide();
}

void MainWindow::createAnnotationsDock()
{
    m_annotations = new AnnotationsPane;
    connect(m_annotations, &AnnotationsPane::showRequested, m_navigation, &ViewNavigation::showSpan);
    m_annotationWorkflow = new AnnotationWorkflow(m_analysis, m_project, m_compare, m_annotations, m_weaknessBoard, m_weaknessModel, this);
    connect(m_annotationWorkflow, &AnnotationWorkflow::added, this, [this] {
        m_annotationsDock->show();
    });
    m_annotationsDock = addDock(m_annotations, u"annotationsDock"_s, Qt::BottomDockWidgetArea, false);
    m_annotationsDock->hide();
}

void MainWindow::createChangesDock()
{
    m_changeModel = new ChangeListModel(this);
    m_changeTracker = new ChangeTracker(m_project, m_reports, m_changeModel, this);
    connect(m_changeTracker, &ChangeTracker::failed, this, [this](const QString &message) {
        addErrors({message});
    });
    if (auto read = m_changeTracker->reload(); !read)
        addErrors({read.error()});
    m_changes = new ChangesPane(m_changeModel, new ChangeFilterModel(this));
    m_changes->setObjectName(u"changesPane"_s);
    connect(m_changes, &ChangesPane::reportRequested, this, &MainWindow::showProjectReport);
    m_changesDock = addDock(m_changes, u"changesDock"_s, Qt::BottomDockWidgetArea, false);
    m_changesDock->hide();
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &name, Qt::DockWidgetArea area, bool fixed)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    if (fixed)
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createCompareTools()
{
    m_compareTools = new CompareToolBar(this);
    addToolBar(m_compareTools);
    connect(m_compareTools->syncAction(), &QAction::toggled, m_compare, &CompareView::setSyncScrolling);
    connect(m_compareTools, &CompareToolBar::stepRequested, m_navigation, &ViewNavigation::stepNode);
    connect(m_compareTools, &CompareToolBar::searchRequested, this, &MainWindow::search);
}

void MainWindow::createMenus()
{
    m_sourceActions = new ReportSourceActions(m_project, this);
    connect(m_sourceActions, &ReportSourceActions::warned, this, &MainWindow::addErrors);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_projectActions->newProjectAction());
    m_fileMenu->addAction(m_projectActions->openProjectAction());
    m_fileMenu->addAction(m_serverProjectAction->action());
    m_fileMenu->addAction(m_reconnectAction);
    m_recentMenu = m_fileMenu->addMenu(QIcon::fromTheme(u"document-open-recent"_s), QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_projectActions->attachRecentMenu(m_recentMenu);
    m_fileMenu->addActions({m_projectActions->saveAsAction(), m_projectActions->closeProjectAction(), m_checkAction->action()});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_projectActions->importAction(), m_projectActions->importFolderAction(), m_sourceActions->webAction(),
        m_projectActions->importSamplesAction(), m_projectActions->removeReportAction(), m_sourceActions->saveOriginalAction()});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_briefActions->exportAction(), m_printActions->previewAction(), m_printActions->printAction()});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_sourceActions->pasteAction());
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_comparison->addAction(), m_comparison->removeAction(), m_comparison->compareSelectedAction()});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_compareTools->findAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    for (QDockWidget *dock : {m_navigatorDock, m_reportsDock, m_searchDock, m_deckDock, m_annotationsDock, m_changesDock, m_outlineDock, m_errorsDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_zoomInAction, m_zoomOutAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_compareTools->syncAction(), m_compareTools->previousNodeAction(), m_compareTools->nextNodeAction()});

    m_languageMenu = new LanguageMenu(this);
    menuBar()->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addActions({m_helpActions->guideAction(), m_helpActions->contextAction(), m_helpActions->welcomeAction()});
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_status = new WorkbenchStatus(statusBar(), this);
    m_progress = m_status->progressBar();
    m_cancelButton = m_status->cancelButton();
    connect(m_status, &WorkbenchStatus::problemsButtonClicked, this, [this] {
        m_errorsDock->setVisible(!m_errorsDock->isVisible());
    });
    connect(m_status, &WorkbenchStatus::cancelRequested, this, [this] {
        m_project->cancelImport();
        m_analysis->cancel();
        m_checkAction->cancel();
    });
}

void MainWindow::createContextHelp()
{
    ContextHelp &areas = m_helpActions->context();
    const QList<std::pair<QWidget *, QString>> views {{m_compare, u"compare"_s}, {m_matrix, u"matrix"_s}, {m_indicators, u"indicators"_s},
        {m_weaknessBoard, u"weaknesses"_s}, {m_reportPage, u"report"_s}, {m_audit, u"audit"_s}, {m_navigatorDock, u"navigator"_s},
        {m_reportsDock, u"reports"_s}, {m_searchDock, u"search"_s}, {m_deckDock, u"deck"_s}, {m_annotationsDock, u"annotations"_s},
        {m_outlineDock, u"report"_s}, {m_errorsDock, u"problems"_s}};
    for (const auto &[widget, id] : views)
        areas.addArea(widget, id);
    // Focus in no view or dock (the menu bar, the toolbar): the view on screen.
    m_helpActions->setFallback([this, views] {
        for (const auto &[widget, id] : views) {
            if (widget == m_tabs->currentWidget())
                return id;
        }
        return QString();
    });
}

void MainWindow::connectConnection()
{
    ConnectionKeeper *keeper = m_project->connectionKeeper();
    connect(keeper, &ConnectionKeeper::wentOffline, this, [this](const QString &reason) {
        m_status->showOffline(reason);
        updateHeader();
    });
    connect(keeper, &ConnectionKeeper::retryScheduled, this, [this, keeper](int seconds) {
        m_status->showOffline(keeper->offlineReason(), seconds);
    });
    connect(keeper, &ConnectionKeeper::cameOnline, this, [this](int caughtUp) {
        m_status->showOffline({});
        updateHeader();
        statusBar()->showMessage(tr("Connected to the server again; %n change(s) made meanwhile were read.", nullptr, caughtUp), 10000);
    });
}

void MainWindow::connectLoader()
{
    connect(m_project, &ProjectController::importStarted, this, [this](int fileCount) {
        m_status->importStarted(fileCount);
        updateStatus();
        updateActions();
    });
    connect(m_project, &ProjectController::progressChanged, this, [this](int done, int total, const QString &file) {
        if (m_status->setImportProgress(done, total, file))
            updateStatus();
    });
    connect(m_project, &ProjectController::importFinished, this, &MainWindow::handleImported);
    connect(m_project, &ProjectController::importCanceled, this, [this] {
        // Honest: what was read before the cancel stays, and can go again.
        m_status->importCanceled(int(m_project->keptByCanceledImport().size()));
        updateStatus();
    });
    connect(m_status, &WorkbenchStatus::removeKeptRequested, this, [this] {
        if (const auto removed = m_project->removeReports(m_project->keptByCanceledImport()); !removed)
            addErrors({removed.error()});
        m_status->importCanceled(0);
        updateStatus();
    });
    connect(m_project, &ProjectController::reportsLoaded, this, &MainWindow::handleLoaded);
    connect(m_project, &ProjectController::projectChanged, this, [this] {
        clearErrors();
        updateHeader();
        updateActions();
    });
    connect(m_project, &ProjectController::failed, this, [this](const QString &message) {
        addErrors({message});
    });
}

void MainWindow::connectAnalysis()
{
    connect(m_analysis, &AnalysisController::started, this, [this](int reportCount) {
        m_progress->setRange(0, reportCount + 1);
        m_progress->setValue(0);
        m_progress->show();
        m_cancelButton->show();
        updateStatus();
    });
    connect(m_analysis, &AnalysisController::progressChanged, this, [this](int done, int total, const QString &report) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setToolTip(report);
    });
    connect(m_analysis, &AnalysisController::comparisonChanged, this, &MainWindow::showComparison);
    // The audit follows each comparison, on the controller's worker; the Audit view shows it.
    connect(m_analysis, &AnalysisController::auditStarted, this, [this] {
        m_audit->showAuditing();
        m_progress->show();
        m_cancelButton->show();
    });
    connect(m_analysis, &AnalysisController::auditChanged, this, [this](const Audit &audit) {
        m_audit->setAudit(audit);
        hideIdleProgress();
    });
    connect(m_analysis, &AnalysisController::searchFinished, this, [this](const WorkbenchSearch &search) {
        m_searchPane->showSearch(search, m_analysis->comparison().reportNames());
        if (!search.error.isEmpty())
            addErrors({search.error});
    });
    // The analyst's work: corrections realign; a value updates its own cell
    // (the indicator model listens to the session itself).
    AnalystSession *session = m_project->session();
    m_indicatorModel->setSession(session);
    connect(session, &AnalystSession::correctionsChanged, this, &MainWindow::loadCorrections);
    connect(session, &AnalystSession::annotationsChanged, m_annotationWorkflow, &AnnotationWorkflow::show);
    // The list shows identities and groups by them, the views label reports
    // by them: after an edit and its undo the list is read again and the
    // comparison made again.
    connect(session, &AnalystSession::identityChanged, this, [this] {
        m_reportsChanged = true;
        m_project->reloadReports();
    });
    connect(session, &AnalystSession::reloaded, this, [this] {
        const bool themes = loadWeaknessCatalog();
        if (!loadCorrections() && !themes)
            m_annotationWorkflow->show();
    });
    // The project's weakness themes: the heat map, exports, deck and audit read with them.
    connect(session, &AnalystSession::weaknessCatalogChanged, this, &MainWindow::loadWeaknessCatalog);
    connect(m_analysis, &AnalysisController::failed, this, [this](const QString &message) {
        addErrors({message});
    });
    connect(m_project, &ProjectController::reportRead, this, &MainWindow::handleReportRead);
    connect(m_analysis, &AnalysisController::canceled, this, [this] {
        m_progress->hide();
        m_cancelButton->hide();
        updateStatus();
    });
    connect(m_compare, &CompareView::assignRequested, m_commands, &AnalystCommands::assignSection);
    connect(m_compare, &CompareView::currentNodeChanged, m_navigator, &NavigatorView::selectNode);
    if (!m_analysis->engineError().isEmpty())
        addErrors({m_analysis->engineError()});
}

void MainWindow::compareReports(bool always)
{
    const QList<qint64> keys = m_comparison->keys();
    // The same reports, unchanged: the comparison on screen stands.
    if (!always && keys == m_analysis->comparison().keys && !m_analysis->isAnalysing())
        return;
    loadCorrections();
    m_analysis->compare(m_project->path(), keys);
}

void MainWindow::handleReportRead(qint64 id, const ReportAnalysis &analysis)
{
    int row = -1;
    for (int r = 0; r < m_reports->rowCount() && row < 0; ++r)
        row = m_project->reportId(r) == id ? r : -1;
    if (row < 0)
        return;
    m_reports->setReport(row, analysis.report);
    if (m_reportList->currentIndex().row() == row)
        showReport(row);
}

bool MainWindow::loadCorrections()
{
    return m_analysis->setCorrections(m_project->session()->corrections());
}

bool MainWindow::loadWeaknessCatalog()
{
    const WeaknessCatalog *own = m_project->session()->weaknessCatalog();
    if (m_catalogEditor)
        m_catalogEditor->setCatalog(own ? *own : WeaknessCatalog(), !own);
    return m_analysis->setWeaknessCatalog(own ? *own : WeaknessCatalog());
}

void MainWindow::editWeaknessThemes()
{
    if (!m_catalogEditor) {
        const auto builtIn = WeaknessCatalog::builtIn();
        if (!builtIn) {
            addErrors({builtIn.error()});
            return;
        }
        m_catalogEditor = new WeaknessCatalogEditor(builtIn.value(), this);
        // Each change is an undoable command on the project's stack; the
        // session's weaknessCatalogChanged() brings it back to the editor.
        connect(m_catalogEditor, &WeaknessCatalogEditor::catalogEdited, this, [this](const WeaknessCatalog &catalog, const QString &what) {
            m_project->undoStack()->push(ProjectCommand::setWeaknessCatalog(m_project->commandContext(), catalog, what));
        });
    }
    const WeaknessCatalog *own = m_project->session()->weaknessCatalog();
    if (own)
        m_catalogEditor->setCatalog(*own, false);
    else if (const auto builtIn = WeaknessCatalog::builtIn())
        m_catalogEditor->setCatalog(builtIn.value(), true);
    m_catalogEditor->show();
    m_catalogEditor->raise();
    m_catalogEditor->activateWindow();
}

void MainWindow::addAnnotation(int report, TextSpan span, const Annotation &what)
{
    m_annotationWorkflow->add(report, span, what);
}

void MainWindow::showComparison(const Comparison &comparison)
{
    hideIdleProgress();
    // The compared reports are read in full now: the list keeps them.
    for (int row = 0; row < m_reports->rowCount(); ++row) {
        const qsizetype compared = comparison.keys.indexOf(m_project->reportId(row));
        if (compared >= 0 && m_reports->report(row).text.isEmpty())
            m_reports->setReport(row, comparison.reports.at(compared));
    }
    m_reports->setCompared(m_comparison->rows());
    m_alignmentModel->setComparison(comparison);
    m_compare->setComparison(&comparison, nodeLabels());
    m_annotationWorkflow->show(); // they need the new comparison's columns and themes
    m_deck->setDefaultSubtitle(Deck::defaultSubtitle(comparison.reportNames(), QDate::currentDate()));
    m_deck->setReportNames(comparison.reportNames());
    m_briefActions->updateEnabled();
    m_weaknessModel->setComparison(comparison, comparison.weaknessCatalog);
    if (const IndicatorCatalog *catalog = m_analysis->indicatorCatalog())
        m_indicatorModel->setComparison(comparison, *catalog);

    m_navigator->fitToComparison();
    m_matrix->fitToComparison();
    if (!m_compare->currentNode().isEmpty())
        m_navigator->selectNode(m_compare->currentNode());
    updateStatus();
    Q_EMIT analysisFinished();
}

QString MainWindow::labelOf(const SchemeLabel &label)
{
    return TranslationLoader::instance()->showsChinese() ? label.zh : label.en;
}

QList<std::pair<QString, QString>> MainWindow::nodeLabels() const
{
    QList<std::pair<QString, QString>> labels;
    for (const AlignmentRow &row : m_analysis->comparison().alignment.rows())
        labels.append({row.node, labelOf(row.label)});
    return labels;
}

bool MainWindow::showView(const QString &name)
{
    const QList<std::pair<QString, QWidget *>> views {{u"compare"_s, m_compare}, {u"matrix"_s, m_matrix}, {u"indicators"_s, m_indicators},
        {u"weaknesses"_s, m_weaknessBoard}, {u"report"_s, m_reportPage}, {u"audit"_s, m_audit}};
    for (const auto &[id, widget] : views) {
        if (id == name) {
            m_tabs->setCurrentWidget(widget);
            return true;
        }
    }
    return false;
}

void MainWindow::search(const QString &query)
{
    m_searchPane->showSearching(query);
    m_analysis->search(query, m_project->path());
    m_searchDock->show();
}

void MainWindow::showProjectReport(qint64 id)
{
    // A report not compared: show it alone, at its first hit.
    for (int row = 0; row < m_reports->rowCount(); ++row) {
        if (m_project->reportId(row) != id)
            continue;
        m_reportList->selectionModel()->setCurrentIndex(m_reports->index(row), QItemSelectionModel::ClearAndSelect);
        m_tabs->setCurrentWidget(m_reportPage);
        m_searchOnRead = m_searchPane->query();
        showPendingSearchHit();
        return;
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray());
    restoreState(settings.value(u"ui/state"_s).toByteArray());
    m_compareTools->syncAction()->setChecked(settings.value(u"compare/sync"_s, true).toBool());
    m_compare->setZoom(settings.value(u"compare/zoom"_s, 0).toInt());
    m_tabs->setCurrentIndex(settings.value(u"ui/tab"_s, 0).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/state"_s, saveState());
    settings.setValue(u"compare/sync"_s, m_compareTools->syncAction()->isChecked());
    settings.setValue(u"compare/zoom"_s, m_compare->zoom());
    settings.setValue(u"ui/tab"_s, m_tabs->currentIndex());
}

bool MainWindow::hasUnsavedWork() const
{
    return m_projectActions->hasUnsavedWork();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_projectActions->confirmQuit()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::openFiles(const QStringList &paths)
{
    m_project->importFiles(paths);
}

void MainWindow::openLastProjectOrSamples()
{
    m_projectActions->openLastProjectOrSamples();
}

Result<> MainWindow::openProject(const QString &path, ProjectStore::Access access)
{
    return m_projectActions->openProject(path, access);
}

void MainWindow::openSamples()
{
    openFiles(sampleReportPaths());
}

bool MainWindow::isLoading() const
{
    return m_project->isBusy();
}

QListWidget *MainWindow::searchResults() const
{
    return m_searchPane->results();
}

QStringList MainWindow::errors() const
{
    return m_problems->problems();
}

void MainWindow::warn(const QString &title, const QString &message)
{
    qCInfo(lcUi).noquote() << message;
    QMessageBox::warning(this, title, message);
}

void MainWindow::removeCurrentReport()
{
    const int row = m_reportList->currentIndex().row();
    if (row < 0)
        return;
    if (!m_projectActions->removeReport(row, m_reports->report(row).displayName())) {
        m_reportList->setCurrentIndex(m_reports->index(row));
        return;
    }
    m_reports->removeReport(row);
    if (m_reports->rowCount() == 0)
        showReport(-1);
    else
        m_reportList->setCurrentIndex(m_reports->index(std::min(row, m_reports->rowCount() - 1)));
    updateActions();
    compareReports(false);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Duizhao"),
        tr("Duizhao (对照) %1\n\nCompares the rule-of-law reports of Chinese government bodies: "
           "reads them, outlines their headings and shows them side by side.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showReport(int row)
{
    if (row < 0 || row >= m_reports->rowCount()) {
        m_view->setReport({});
        m_outline->setReport({});
    } else {
        // Listed reports carry no text until read (a stored text is never
        // empty): read on a worker, shown when it comes (handleReportRead()).
        const Report &report = m_reports->report(row);
        if (report.text.isEmpty())
            m_project->readReport(row);
        m_view->setReport(report);
        m_outline->setReport(report);
        showPendingSearchHit();
    }
    m_sourceActions->setCurrentReport(row >= 0 && row < m_reports->rowCount() ? m_project->reportId(row) : 0);
    updateHeader();
    updateActions();
}

void MainWindow::showPendingSearchHit()
{
    const int row = m_reportList->currentIndex().row();
    if (m_searchOnRead.isEmpty() || row < 0 || m_reports->report(row).text.isEmpty())
        return;
    m_view->showFirst(std::exchange(m_searchOnRead, {}));
}

void MainWindow::handleImported(const ImportOutcome &outcome)
{
    m_status->importFinished(outcome);
    m_reportsChanged = m_reportsChanged || outcome.updated > 0;
    // What could not be read, what folders held and was left out, and texts
    // read with a doubt: all in the Problems dock, never silent.
    addErrors(outcome.errors + outcome.skipped + outcome.warnings); // updates the status too
    for (const QString &error : outcome.errors)
        qCInfo(lcUi).noquote() << error;
}

void MainWindow::hideIdleProgress()
{
    if (!m_project->isBusy() && !m_analysis->isAnalysing() && !m_analysis->isAuditing() && !m_checkAction->isRunning()) {
        m_progress->hide();
        m_cancelButton->hide();
    }
}

void MainWindow::showProjectCheck(const ProjectCheckOutcome &outcome)
{
    hideIdleProgress();
    QStringList problems;
    for (const DamagedReport &damaged : outcome.damaged)
        problems.append(damaged.message);
    if (!outcome.error.isEmpty())
        problems.append(outcome.error);
    if (!outcome.integrity.isEmpty() && outcome.integrity != u"ok"_s)
        problems.append(tr("%1: SQLite's integrity check: %2").arg(outcome.project, outcome.integrity));
    addErrors(problems);
    // Not modal: the analyst reads it while working on.
    auto *box = new QMessageBox(outcome.isHealthy() ? QMessageBox::Information : QMessageBox::Warning, tr("Check Project"),
        outcome.isHealthy() ? tr("Nothing wrong was found in the project.") : tr("The project is damaged."), QMessageBox::Ok, this);
    box->setObjectName(u"projectCheckResult"_s);
    box->setInformativeText(outcome.summary().join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::handleLoaded(const ProjectReports &loaded)
{
    const QString selected = m_reportList->currentIndex().data(ReportListModel::FilePathRole).toString();
    m_reports->setReports(loaded.reports);
    m_status->reportsListed(int(loaded.reports.size()));
    if (!loaded.reports.isEmpty()) {
        // Keep the report that was shown, else show the first.
        const QModelIndexList match =
            selected.isEmpty() ? QModelIndexList() : m_reports->match(m_reports->index(0), ReportListModel::FilePathRole, selected, 1, Qt::MatchExactly);
        const QModelIndex current = match.isEmpty() ? m_reports->index(0) : match.constFirst();
        if (current == m_reportList->currentIndex())
            showReport(current.row());
        else
            m_reportList->setCurrentIndex(current);
    } else {
        showReport(-1);
    }
    addErrors(loaded.errors);
    updateActions();
    // A re-import that changed a report's text needs a new comparison of the same reports.
    compareReports(std::exchange(m_reportsChanged, false));
    Q_EMIT loadFinished();
}

void MainWindow::addErrors(const QStringList &errors)
{
    m_problems->addProblems(errors);
    updateStatus();
}

void MainWindow::clearErrors()
{
    m_problems->clear(); // hides the dock and updates the status
}

void MainWindow::updateStatus()
{
    const Comparison &comparison = m_analysis->comparison();
    const bool analysing = m_analysis->isAnalysing();
    m_status->update({analysing, analysing ? int(m_comparison->keys().size()) : 0, m_reports->rowCount(), int(comparison.reports.size()),
                         m_comparison->isChosen(), comparison.reportNames()},
        m_problems->problems());
}

void MainWindow::loadDeck()
{
    auto deck = Deck::fromJson(m_project->session()->deck());
    if (!deck)
        addErrors({deck.error()});
    m_deck->setDeck(deck ? deck.value() : Deck());
}

void MainWindow::updateHeader()
{
    const Report &report = m_view->report();
    const QString path = m_project->path();
    QString project = m_project->isTemporary() ? tr("Untitled project")
        : ProjectAddress::isServer(path)       ? ProjectAddress::displayName(path)
                                               : QFileInfo(path).completeBaseName();
    if (m_project->isReadOnly())
        project = tr("%1 (read-only)").arg(project);
    if (!m_project->connectionKeeper()->isOnline())
        project = tr("%1 (offline)").arg(project);
    m_reconnectAction->setVisible(ProjectAddress::isServer(path));
    m_reconnectAction->setEnabled(!m_project->connectionKeeper()->isOnline());
    m_status->showConnection(m_project->store() ? m_project->store()->database().connectionSecurity() : ProjectDatabase::ConnectionSecurity());
    m_reportPage->setHeaderOf(report);
    setWindowTitle(report.text.isEmpty() ? tr("%1 — Duizhao").arg(project) : tr("%1 — %2 — Duizhao").arg(report.displayName(), project));
}

void MainWindow::updateActions()
{
    m_projectActions->updateEnabled(m_reportList->currentIndex().isValid());
    const QUndoStack *stack = m_project->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::retranslate()
{
    m_sourceActions->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_tabs->setTabText(0, tr("Compare"));
    m_tabs->setTabToolTip(0, tr("The reports side by side, section by section"));
    m_tabs->setTabText(1, tr("Matrix"));
    m_tabs->setTabToolTip(1, tr("Sections × reports: the first lines of each; double-click to read one in full"));
    m_tabs->setTabText(2, tr("Indicators"));
    m_tabs->setTabToolTip(2, tr("Figures of every report: double-click for the evidence, right-click to set a value"));
    m_tabs->setTabText(3, tr("Weaknesses"));
    m_tabs->setTabToolTip(3, tr("What each report admits (存在的不足), by theme"));
    m_tabs->setTabText(4, tr("Report"));
    m_tabs->setTabToolTip(4, tr("One report with its outline"));
    m_tabs->setTabText(m_tabs->indexOf(m_audit), tr("Audit"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_audit), tr("Which reports meet the rules, which were copied, what became of last year's plans"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_searchDock->setWindowTitle(m_searchPane->title());
    m_deckDock->setWindowTitle(tr("Deck"));
    m_annotationsDock->setWindowTitle(tr("Annotations"));
    m_changesDock->setWindowTitle(tr("Changes"));
    m_changeTracker->retranslate();
    m_alignmentModel->setChineseLabels(TranslationLoader::instance()->showsChinese());
    m_indicatorModel->setChineseLabels(TranslationLoader::instance()->showsChinese());
    m_weaknessModel->setChineseLabels(TranslationLoader::instance()->showsChinese());
    if (!m_analysis->comparison().isEmpty())
        m_compare->setComparison(&m_analysis->comparison(), nodeLabels());
    // The audit's reasons are written in the language it was made in: made again.
    m_analysis->auditAgain();
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    m_status->retranslate();
    m_projectActions->retranslate();
    m_comparison->retranslate();
    m_checkAction->retranslate();
    m_serverProjectAction->retranslate();
    m_reconnectAction->setText(tr("Re&connect"));
    m_reconnectAction->setToolTip(tr("Connect to the project's server again now, instead of waiting for the next attempt"));
    m_briefActions->retranslate();
    m_printActions->retranslate();
    m_helpActions->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_aboutAction->setText(tr("&About Duizhao"));

    m_reportsDock->setWindowTitle(tr("Reports"));
    m_outlineDock->setWindowTitle(tr("Outline"));
    m_errorsDock->setWindowTitle(tr("Problems"));

    updateStatus();
    updateHeader();
    updateActions(); // Undo and Redo name their command in the new language's words
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (ProjectActions::acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_projectActions->importDropped(event->mimeData()))
        event->acceptProposedAction();
}

} // namespace Dz
