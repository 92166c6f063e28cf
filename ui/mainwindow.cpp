#include "mainwindow.h"

#include "alignment/alignmenttreemodel.h"
#include "analysis/reportsearch.h"
#include "analysiscontroller.h"
#include "annotationdialog.h"
#include "annotationspane.h"
#include "base/translationloader.h"
#include "comparecolumn.h"
#include "compareview.h"
#include "deckpane.h"
#include "export/indicatorexport.h"
#include "indicators/indicatortablemodel.h"
#include "indicatorspane.h"
#include "languagemenu.h"
#include "navigatordelegate.h"
#include "outlinepane.h"
#include "project/reportlistmodel.h"
#include "projectcommand.h"
#include "reading/documentreader.h"
#include "reportsourceactions.h"
#include "reportview.h"
#include "uilogging.h"
#include "weaknessboard.h"
#include "weaknesses/weaknessmatrixmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_reports(new ReportListModel(this))
    , m_project(new ProjectController(this))
    , m_view(new ReportView)
    , m_header(new QLabel)
    , m_outline(new OutlinePane)
    , m_analysis(new AnalysisController(this))
    , m_alignmentModel(new AlignmentTreeModel(this))
    , m_tabs(new QTabWidget)
    , m_compare(new CompareView)
    , m_navigator(new QTreeView)
    , m_matrix(new QTreeView)
    , m_indicatorModel(new IndicatorTableModel(this))
    , m_weaknessModel(new WeaknessMatrixModel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/duizhao/icons/" DUIZHAO_APP_ID ".svg"_s));
    setAcceptDrops(true);

    m_view->setObjectName(u"reportView"_s);
    m_header->setObjectName(u"reportHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(6, 4, 6, 4);
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins({});
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_header);
    centreLayout->addWidget(m_view);

    m_matrix->setObjectName(u"matrixView"_s);
    m_matrix->setModel(m_alignmentModel);
    m_matrix->setItemDelegate(new MatrixDelegate(m_matrix));
    m_matrix->setUniformRowHeights(false);
    m_matrix->setWordWrap(true);
    m_matrix->setAlternatingRowColors(false);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(m_matrix, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // The full section(s), in the compare view, in that report's column.
        m_tabs->setCurrentWidget(m_compare);
        showNode(index.data(AlignmentTreeModel::NodeRole).toString());
        const int report = index.data(AlignmentTreeModel::ReportRole).toInt();
        if (report >= 0 && report < m_compare->columns().size())
            m_compare->columns().at(report)->view()->setFocus();
    });

    m_tabs->setObjectName(u"centralTabs"_s);
    m_tabs->setDocumentMode(true);
    m_indicators = new IndicatorsPane(m_indicatorModel);
    connect(m_indicators, &IndicatorsPane::evidenceRequested, this, [this](int report, TextSpan span) {
        m_tabs->setCurrentWidget(m_compare);
        m_compare->showSpan(report, span);
    });
    connect(m_indicators, &IndicatorsPane::overrideRequested, this,
        [this](int report, const QString &indicator, const std::optional<Decimal> &value, const QString &note) {
            const qint64 id = comparedReportId(report);
            if (id == 0)
                return;
            const QString what = m_indicatorModel->indicatorLabel(indicator) + u" · "_s + m_analysis->comparison().reports.at(report).displayName();
            ProjectCommand *command = value ? ProjectCommand::setIndicatorOverride(m_project->commandContext(),
                                                  IndicatorOverride {0, id, indicator, value->toString(), note, QDateTime::currentDateTimeUtc()})
                                            : ProjectCommand::removeIndicatorOverride(m_project->commandContext(), id, indicator);
            command->setText(value ? tr("Set %1 to %2").arg(what, value->toString()) : tr("Reset %1").arg(what));
            undoStack()->push(command);
        });

    m_weaknessBoard = new WeaknessBoard(m_weaknessModel);
    connect(m_weaknessBoard, &WeaknessBoard::itemRequested, this, [this](int report, TextSpan span) {
        m_tabs->setCurrentWidget(m_compare);
        m_compare->showSpan(report, span);
    });

    m_reportPage = centre;
    m_tabs->addTab(m_compare, QString());
    m_tabs->addTab(m_matrix, QString());
    m_tabs->addTab(m_indicators, QString());
    m_tabs->addTab(m_weaknessBoard, QString());
    m_tabs->addTab(centre, QString());
    setCentralWidget(m_tabs);

    createActions();
    createDocks();
    createCompareTools();
    createMenus();
    createStatusBar();
    connectLoader();
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
    m_newProjectAction = new QAction(QIcon::fromTheme(u"document-new"_s), QString(), this);
    m_newProjectAction->setObjectName(u"newProjectAction"_s);
    m_newProjectAction->setShortcut(QKeySequence::New);
    connect(m_newProjectAction, &QAction::triggered, this, &MainWindow::chooseNewProject);

    m_openProjectAction = new QAction(QIcon::fromTheme(u"document-open"_s), QString(), this);
    m_openProjectAction->setObjectName(u"openProjectAction"_s);
    m_openProjectAction->setShortcut(QKeySequence::Open);
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_saveAsAction = new QAction(QIcon::fromTheme(u"document-save-as"_s), QString(), this);
    m_saveAsAction->setObjectName(u"saveAsAction"_s);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::chooseCopy);

    m_closeProjectAction = new QAction(QIcon::fromTheme(u"document-close"_s), QString(), this);
    m_closeProjectAction->setObjectName(u"closeProjectAction"_s);
    m_closeProjectAction->setShortcut(QKeySequence::Close);
    connect(m_closeProjectAction, &QAction::triggered, m_project, &ProjectController::close);

    m_openAction = new QAction(QIcon::fromTheme(u"document-import"_s), QString(), this);
    m_openAction->setObjectName(u"importAction"_s);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFiles);

    m_openFolderAction = new QAction(QIcon::fromTheme(u"folder-open"_s), QString(), this);
    m_openFolderAction->setObjectName(u"importFolderAction"_s);
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_openSamplesAction = new QAction(QIcon::fromTheme(u"folder-documents"_s), QString(), this);
    m_openSamplesAction->setObjectName(u"importSamplesAction"_s);
    connect(m_openSamplesAction, &QAction::triggered, this, &MainWindow::openSamples);

    m_closeAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), QString(), this);
    m_closeAction->setObjectName(u"removeReportAction"_s);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::removeCurrentReport);

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

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = new QAction(QIcon::fromTheme(u"zoom-in"_s), QString(), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_compare)
            m_compare->zoomIn();
        else
            m_view->zoomIn(1);
    });
    m_zoomOutAction = new QAction(QIcon::fromTheme(u"zoom-out"_s), QString(), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_compare)
            m_compare->zoomOut();
        else
            m_view->zoomOut(1);
    });

    m_syncAction = new QAction(QIcon::fromTheme(u"link"_s), QString(), this);
    m_syncAction->setObjectName(u"syncAction"_s);
    m_syncAction->setCheckable(true);
    m_syncAction->setChecked(true);
    connect(m_syncAction, &QAction::toggled, m_compare, &CompareView::setSyncScrolling);

    m_nextNodeAction = new QAction(QIcon::fromTheme(u"go-down"_s), QString(), this);
    m_nextNodeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextNodeAction, &QAction::triggered, this, [this] {
        stepNode(1);
    });
    m_previousNodeAction = new QAction(QIcon::fromTheme(u"go-up"_s), QString(), this);
    m_previousNodeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previousNodeAction, &QAction::triggered, this, [this] {
        stepNode(-1);
    });
    m_findAction = new QAction(QIcon::fromTheme(u"edit-find"_s), QString(), this);
    m_findAction->setShortcut(QKeySequence::Find);

    m_aboutAction = new QAction(QIcon::fromTheme(u"help-about"_s), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    m_reportList = new QListView;
    m_reportList->setObjectName(u"reportList"_s);
    m_reportList->setModel(m_reports);
    m_reportList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Several reports selected are the ones compared (Ctrl/Shift-click).
    m_reportList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_selectionTimer = new QTimer(this);
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(400);
    connect(m_selectionTimer, &QTimer::timeout, this, [this] {
        compareReports(false);
    });
    connect(m_reportList->selectionModel(), &QItemSelectionModel::selectionChanged, m_selectionTimer, qOverload<>(&QTimer::start));
    connect(m_reportList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showReport(current.isValid() ? current.row() : -1);
    });
    // A reset (setReports) replaces every row without a currentRowChanged:
    // show whatever is current afterwards.
    connect(m_reports, &QAbstractItemModel::modelReset, this, [this] {
        showReport(m_reportList->currentIndex().row());
    });

    m_reportsDock = new QDockWidget(this);
    m_reportsDock->setObjectName(u"reportsDock"_s);
    m_reportsDock->setWidget(m_reportList);
    m_reportsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_reportsDock);

    m_outline->setObjectName(u"outlinePane"_s);
    m_outlineDock = new QDockWidget(this);
    m_outlineDock->setObjectName(u"outlineDock"_s);
    m_outlineDock->setWidget(m_outline);
    m_outlineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_outlineDock);

    m_errorList = new QListWidget;
    m_errorList->setObjectName(u"errorList"_s);
    m_errorList->setWordWrap(true);
    m_clearErrors = new QPushButton;
    connect(m_clearErrors, &QPushButton::clicked, this, &MainWindow::clearErrors);
    auto *errorsPane = new QWidget;
    auto *errorsLayout = new QVBoxLayout(errorsPane);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    errorsLayout->addWidget(m_errorList);
    errorsLayout->addWidget(m_clearErrors, 0, Qt::AlignRight);
    m_errorsDock = new QDockWidget(this);
    m_errorsDock->setObjectName(u"errorsDock"_s);
    m_errorsDock->setWidget(errorsPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorsDock);
    m_errorsDock->hide();

    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setModel(m_alignmentModel);
    m_navigator->setItemDelegate(new NavigatorDelegate(m_navigator));
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigator->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_navigator->setUniformRowHeights(true);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->header()->setMinimumSectionSize(24);
    connect(m_navigator, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showNode(index.data(AlignmentTreeModel::NodeRole).toString());
    });
    connect(m_navigator, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        showNode(index.data(AlignmentTreeModel::NodeRole).toString());
    });
    m_navigatorDock = new QDockWidget(this);
    m_navigatorDock->setObjectName(u"navigatorDock"_s);
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    tabifyDockWidget(m_reportsDock, m_navigatorDock);
    m_navigatorDock->raise();

    m_searchResults = new QListWidget;
    m_searchResults->setObjectName(u"searchResults"_s);
    m_searchResults->setWordWrap(true);
    connect(m_searchResults, &QListWidget::itemActivated, this, &MainWindow::showSearchHit);
    connect(m_searchResults, &QListWidget::itemClicked, m_searchResults, &QListWidget::itemActivated);
    m_searchDock = new QDockWidget(this);
    m_searchDock->setObjectName(u"searchDock"_s);
    m_searchDock->setWidget(m_searchResults);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    m_searchDock->hide();

    m_deck = new DeckPane;
    connect(m_indicators, &IndicatorsPane::addToDeckRequested, this, [this](const ChartData &chart) {
        m_deck->addChart(chart);
        m_deckDock->show();
        m_deckDock->raise();
    });
    connect(m_weaknessBoard, &WeaknessBoard::tableForDeck, this, [this](const TableData &table) {
        m_deck->addTable(table);
        m_deckDock->show();
        m_deckDock->raise();
    });
    connect(m_deck, &DeckPane::indicatorTableRequested, this, [this] {
        m_deck->addTable(IndicatorExport::shownTable(*m_indicatorModel));
    });
    connect(m_deck, &DeckPane::weaknessMatrixRequested, this, [this] {
        const Comparison &comparison = m_analysis->comparison();
        if (const WeaknessCatalog *catalog = m_analysis->weaknessCatalog())
            m_deck->addTable(IndicatorExport::weaknessMatrix(comparison.weaknesses, comparison.reportNames(), *catalog));
    });
    m_annotations = new AnnotationsPane;
    connect(m_annotations, &AnnotationsPane::showRequested, this, [this](int report, TextSpan span) {
        m_tabs->setCurrentWidget(m_compare);
        m_compare->showSpan(report, span);
    });
    connect(m_annotations, &AnnotationsPane::editRequested, this, &MainWindow::editAnnotation);
    connect(m_annotations, &AnnotationsPane::removeRequested, this, [this](const Annotation &annotation) {
        undoStack()->push(ProjectCommand::removeAnnotation(m_project->commandContext(), annotation));
    });
    connect(m_annotations, &AnnotationsPane::placeRequested, this, &MainWindow::placeAnnotation);
    connect(m_compare, &CompareView::annotateRequested, this, &MainWindow::annotate);
    connect(m_weaknessBoard, &WeaknessBoard::annotateRequested, this, &MainWindow::annotate);
    m_annotationsDock = new QDockWidget(this);
    m_annotationsDock->setObjectName(u"annotationsDock"_s);
    m_annotationsDock->setWidget(m_annotations);
    addDockWidget(Qt::BottomDockWidgetArea, m_annotationsDock);
    m_annotationsDock->hide();

    m_deckDock = new QDockWidget(this);
    m_deckDock->setObjectName(u"deckDock"_s);
    m_deckDock->setWidget(m_deck);
    addDockWidget(Qt::RightDockWidgetArea, m_deckDock);
    m_deckDock->hide();

    resizeDocks({m_navigatorDock, m_outlineDock}, {440, 300}, Qt::Horizontal);
    m_outlineDock->hide(); // it follows the Report tab
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_outlineDock->setVisible(m_tabs->currentWidget() == m_reportPage);
    });
}

void MainWindow::createCompareTools()
{
    m_searchBox = new QLineEdit;
    m_searchBox->setObjectName(u"searchBox"_s);
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(320);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        search(m_searchBox->text());
    });
    connect(m_findAction, &QAction::triggered, m_searchBox, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });

    m_compareTools = addToolBar(QString());
    m_compareTools->setObjectName(u"compareTools"_s);
    m_compareTools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_compareTools->addAction(m_previousNodeAction);
    m_compareTools->addAction(m_nextNodeAction);
    m_compareTools->addAction(m_syncAction);
    m_compareTools->addSeparator();
    m_compareTools->addWidget(m_searchBox);
}

void MainWindow::createMenus()
{
    m_sourceActions = new ReportSourceActions(m_project, this);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_newProjectAction);
    m_fileMenu->addAction(m_openProjectAction);
    m_recentMenu = m_fileMenu->addMenu(QIcon::fromTheme(u"document-open-recent"_s), QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_closeProjectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openFolderAction);
    m_fileMenu->addAction(m_sourceActions->webAction());
    m_fileMenu->addAction(m_openSamplesAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_sourceActions->pasteAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->addAction(m_reportsDock->toggleViewAction());
    m_viewMenu->addAction(m_searchDock->toggleViewAction());
    m_viewMenu->addAction(m_deckDock->toggleViewAction());
    m_viewMenu->addAction(m_annotationsDock->toggleViewAction());
    m_viewMenu->addAction(m_outlineDock->toggleViewAction());
    m_viewMenu->addAction(m_errorsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_syncAction);
    m_viewMenu->addAction(m_previousNodeAction);
    m_viewMenu->addAction(m_nextNodeAction);

    m_languageMenu = new LanguageMenu(this);
    menuBar()->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);

    m_errorsButton = new QToolButton;
    m_errorsButton->setObjectName(u"errorsButton"_s);
    m_errorsButton->setIcon(QIcon::fromTheme(u"dialog-warning"_s));
    m_errorsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_errorsButton->setAutoRaise(true);
    m_errorsButton->hide();
    connect(m_errorsButton, &QToolButton::clicked, this, [this] {
        m_errorsDock->setVisible(!m_errorsDock->isVisible());
    });
    statusBar()->addPermanentWidget(m_errorsButton);

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    m_cancelButton = new QToolButton;
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_project->cancelImport();
        m_analysis->cancel();
    });
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::connectLoader()
{
    connect(m_project, &ProjectController::importStarted, this, [this](int fileCount) {
        m_loadState = LoadState::Loading;
        m_loadingCount = fileCount;
        m_progress->setRange(0, 0); // busy until the importer has counted the files
        m_progress->show();
        m_cancelButton->show();
        updateStatus();
        updateActions();
    });
    connect(m_project, &ProjectController::progressChanged, this, [this](int done, int total, const QString &file) {
        if (m_loadingCount != total) {
            m_loadingCount = total;
            updateStatus();
        }
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setToolTip(QFileInfo(file).fileName());
    });
    connect(m_project, &ProjectController::importFinished, this, &MainWindow::handleImported);
    connect(m_project, &ProjectController::importCanceled, this, [this] {
        m_loadState = LoadState::Canceled;
        m_progress->hide();
        m_cancelButton->hide();
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
    connect(m_project, &ProjectController::analystDataChanged, this, [this] {
        // Changed corrections realign, and showComparison() rereads the rest.
        if (!loadCorrections()) {
            loadValues();
            showAnnotations();
        }
    });
    connect(m_analysis, &AnalysisController::valueOverridesChanged, this, [this] {
        m_indicatorModel->setOverrides(m_analysis->valueOverrides());
    });
    connect(m_analysis, &AnalysisController::canceled, this, [this] {
        m_progress->hide();
        m_cancelButton->hide();
        updateStatus();
    });
    connect(m_compare, &CompareView::assignRequested, this, &MainWindow::assignSection);
    connect(m_compare, &CompareView::currentNodeChanged, this, [this](const QString &node) {
        const QModelIndex index = m_alignmentModel->indexOfNode(node);
        if (index.isValid() && m_navigator->currentIndex().data(AlignmentTreeModel::NodeRole).toString() != node)
            m_navigator->setCurrentIndex(index);
    });
    if (!m_analysis->engineError().isEmpty())
        addErrors({m_analysis->engineError()});
}

QList<int> MainWindow::rowsToCompare() const
{
    QList<int> rows;
    const QModelIndexList selected = m_reportList->selectionModel()->selectedRows();
    if (selected.size() >= 2) {
        for (const QModelIndex &index : selected)
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
    } else {
        for (int row = 0; row < qMin(m_reports->rowCount(), MaxComparedByDefault); ++row)
            rows.append(row);
    }
    return rows;
}

void MainWindow::compareReports(bool always)
{
    const QList<int> rows = rowsToCompare();
    QList<qint64> keys;
    for (int row : rows)
        keys.append(m_project->reportId(row));
    // The same reports, unchanged: the comparison on screen stands.
    if (!always && keys == m_analysis->comparison().keys && !m_analysis->isAnalysing())
        return;
    QList<Report> reports;
    keys.clear();
    for (int row : rows) {
        if (!readInFull(row))
            continue;
        reports.append(m_reports->report(row));
        keys.append(m_project->reportId(row));
    }
    loadCorrections();
    m_analysis->analyse(reports, keys);
}

bool MainWindow::readInFull(int row)
{
    // Listed reports carry no text until read (a stored text is never empty).
    if (!m_reports->report(row).text.isEmpty())
        return true;
    auto full = m_project->readReport(row);
    if (!full) {
        addErrors({full.error()});
        return false;
    }
    m_reports->setReport(row, full.value());
    return true;
}

qint64 MainWindow::comparedReportId(int report) const
{
    return m_analysis->comparison().keys.value(report);
}

bool MainWindow::loadCorrections()
{
    ProjectStore *store = m_project->store();
    if (!store)
        return false;
    const auto stored = store->corrections();
    if (!stored) {
        addErrors({stored.error()});
        return false;
    }
    QList<AlignmentCorrection> corrections;
    for (const StoredCorrection &c : stored.value())
        corrections.append(c.correction);
    return m_analysis->setCorrections(corrections);
}

void MainWindow::loadValues()
{
    ProjectStore *store = m_project->store();
    if (!store)
        return;
    const auto stored = store->indicatorOverrides();
    if (!stored) {
        addErrors({stored.error()});
        return;
    }
    // Only the compared reports' values show, by their row in the comparison.
    const QList<qint64> &keys = m_analysis->comparison().keys;
    QList<ValueOverride> overrides;
    for (const IndicatorOverride &o : stored.value()) {
        const auto value = Decimal::fromString(o.value);
        if (const qsizetype report = keys.indexOf(o.reportId); report >= 0 && value)
            overrides.append({int(report), o.indicatorId, *value, o.note});
    }
    m_analysis->setValueOverrides(overrides);
}

void MainWindow::showAnnotations()
{
    ProjectStore *store = m_project->store();
    const Comparison &comparison = m_analysis->comparison();
    if (!store)
        return;
    QList<ShownAnnotation> shown;
    QList<QList<std::pair<TextSpan, QString>>> notes(comparison.reports.size());
    for (int report = 0; report < comparison.reports.size(); ++report) {
        const auto stored = store->annotations(comparison.keys.value(report));
        if (!stored) {
            addErrors({stored.error()});
            continue;
        }
        QList<TextMark> marks;
        for (const Annotation &a : stored.value()) {
            // What the passage is about: its weakness theme, else its node.
            QString theme;
            for (const WeaknessItem &item : comparison.weaknesses.at(report).items) {
                if (item.span.contains(a.span.start) && !item.theme.isEmpty()) {
                    theme = m_weaknessModel->themeLabel(item.theme);
                    break;
                }
            }
            if (theme.isEmpty()) {
                const QString node = comparison.placeAt(report, a.span.start).node;
                if (!node.isEmpty())
                    theme = node + u' ' + labelOf(comparison.alignment.rows().at(comparison.alignment.rowIndex(node)).label);
            }
            shown.append({report, comparison.reports.at(report).displayName(), a, theme});
            notes[report].append({a.span, a.note});
            const bool urgent = a.severity == Annotation::Severity::High || a.status == Annotation::Status::Flagged;
            QString tip = tr("Note: %1").arg(a.note.isEmpty() ? tr("(none)") : a.note);
            if (!a.tags.isEmpty())
                tip += u"\n"_s + tr("Tags: %1").arg(a.tags.join(u", "_s));
            tip += u"\n"_s + severityText(a.severity) + u" · "_s + statusText(a.status);
            if (!a.needsReanchoring)
                marks.append({a.span, urgent ? TextMark::Kind::UrgentAnnotation : TextMark::Kind::Annotation, tip});
        }
        m_compare->setAnnotationMarks(report, marks);
    }
    m_annotations->setAnnotations(shown);
    m_weaknessBoard->setNotes(notes);
}

void MainWindow::addAnnotation(int report, TextSpan span, const Annotation &what)
{
    const qint64 id = comparedReportId(report);
    if (id == 0 || report >= m_analysis->comparison().reports.size() || !span.isValid() || span.length() == 0)
        return;
    Annotation annotation = Annotation::of(id, m_analysis->comparison().reports.at(report).text, span);
    annotation.note = what.note;
    annotation.tags = what.tags;
    annotation.severity = what.severity;
    annotation.status = what.status;
    undoStack()->push(ProjectCommand::addAnnotation(m_project->commandContext(), annotation));
    m_annotationsDock->show();
}

void MainWindow::annotate(int report, TextSpan span)
{
    const qint64 id = comparedReportId(report);
    if (id == 0 || report >= m_analysis->comparison().reports.size() || span.length() == 0)
        return;
    const Annotation draft = Annotation::of(id, m_analysis->comparison().reports.at(report).text, span);
    const auto tags = m_project->store() ? m_project->store()->tags() : Result<QStringList>(QStringList());
    AnnotationDialog dialog(draft, tags ? tags.value() : QStringList(), this);
    if (dialog.exec() == QDialog::Accepted)
        addAnnotation(report, span, dialog.result());
}

void MainWindow::editAnnotation(const Annotation &annotation)
{
    const auto tags = m_project->store() ? m_project->store()->tags() : Result<QStringList>(QStringList());
    AnnotationDialog dialog(annotation, tags ? tags.value() : QStringList(), this);
    if (dialog.exec() == QDialog::Accepted && !(dialog.result() == annotation))
        undoStack()->push(ProjectCommand::editAnnotation(m_project->commandContext(), annotation, dialog.result()));
}

void MainWindow::placeAnnotation(const Annotation &annotation)
{
    const int report = int(m_analysis->comparison().keys.indexOf(annotation.reportId));
    if (report < 0 || report >= m_compare->columns().size())
        return;
    const QTextCursor selection = m_compare->columns().at(report)->view()->textCursor();
    if (!selection.hasSelection()) {
        warn(tr("Place Annotation"), tr("Select the passage in %1's column first.").arg(m_analysis->comparison().reports.at(report).displayName()));
        return;
    }
    undoStack()->push(ProjectCommand::placeAnnotation(
        m_project->commandContext(), annotation, m_analysis->comparison().reports.at(report).text, {selection.selectionStart(), selection.selectionEnd()}));
}

void MainWindow::showComparison()
{
    if (!m_project->isBusy() && !m_analysis->isAnalysing()) {
        m_progress->hide();
        m_cancelButton->hide();
    }
    const Comparison &comparison = m_analysis->comparison();
    m_alignmentModel->setComparison(comparison);
    m_compare->setComparison(&comparison, nodeLabels());
    loadValues(); // by row: they follow the comparison's reports
    showAnnotations(); // they need the new comparison's columns and themes
    m_deck->setSubtitle(Deck::subtitle(comparison.reportNames(), QDate::currentDate()));
    if (const WeaknessCatalog *catalog = m_analysis->weaknessCatalog())
        m_weaknessModel->setComparison(comparison, *catalog);
    if (const IndicatorCatalog *catalog = m_analysis->indicatorCatalog()) {
        m_indicatorModel->setComparison(comparison, *catalog);
        m_indicatorModel->setOverrides(m_analysis->valueOverrides());
    }

    m_navigator->expandAll();
    m_navigator->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_navigator->header()->setDefaultAlignment(Qt::AlignCenter);
    for (int column = 1; column < m_alignmentModel->columnCount(); ++column) {
        m_navigator->header()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_navigator->setColumnWidth(column, 46);
    }
    m_matrix->expandAll();
    m_matrix->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrix->setColumnWidth(0, 220);
    for (int column = 1; column < m_alignmentModel->columnCount(); ++column)
        m_matrix->setColumnWidth(column, 240);
    if (!m_compare->currentNode().isEmpty())
        m_navigator->setCurrentIndex(m_alignmentModel->indexOfNode(m_compare->currentNode()));
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
    const QList<std::pair<QString, QWidget *>> views {
        {u"compare"_s, m_compare}, {u"matrix"_s, m_matrix}, {u"indicators"_s, m_indicators}, {u"weaknesses"_s, m_weaknessBoard}, {u"report"_s, m_reportPage}};
    for (const auto &[id, widget] : views) {
        if (id == name) {
            m_tabs->setCurrentWidget(widget);
            return true;
        }
    }
    return false;
}

void MainWindow::showNode(const QString &node)
{
    if (node.isEmpty())
        return;
    if (m_tabs->currentWidget() == m_reportPage)
        m_tabs->setCurrentWidget(m_compare);
    m_compare->showNode(node);
    const QModelIndex index = m_alignmentModel->indexOfNode(node);
    if (index.isValid())
        m_navigator->setCurrentIndex(index);
}

void MainWindow::stepNode(int delta)
{
    const QStringList nodes = m_alignmentModel->nodes();
    if (nodes.isEmpty())
        return;
    const int at = int(nodes.indexOf(m_compare->currentNode()));
    const int next = at < 0 ? 0 : std::clamp(at + delta, 0, int(nodes.size()) - 1);
    m_tabs->setCurrentWidget(m_compare);
    showNode(nodes.at(next));
}

void MainWindow::search(const QString &query)
{
    m_searchResults->clear();
    // Hits in the compared reports, each at its place in its column ...
    const QList<TextSearchHit> hits = searchReports(m_analysis->comparison().reports, query);
    for (const TextSearchHit &hit : hits) {
        const Report &report = m_analysis->comparison().reports.at(hit.report);
        auto *item = new QListWidgetItem(report.displayName() + u"  "_s + hit.snippet, m_searchResults);
        item->setData(Qt::UserRole, hit.report);
        item->setData(Qt::UserRole + 1, qlonglong(hit.span.start));
        item->setData(Qt::UserRole + 2, qlonglong(hit.span.end));
    }
    // ... then the project's other reports that hold it, from the full-text index.
    int others = 0;
    if (ProjectStore *store = m_project->store(); store && !query.trimmed().isEmpty()) {
        const auto found = store->search(query.trimmed());
        if (!found) {
            addErrors({found.error()});
        } else {
            for (const SearchHit &hit : found.value()) {
                if (m_analysis->comparison().keys.contains(hit.reportId))
                    continue;
                auto *item = new QListWidgetItem(tr("(not compared) %1  %2").arg(hit.fileName, hit.snippet), m_searchResults);
                item->setData(Qt::UserRole, -1);
                item->setData(Qt::UserRole + 3, hit.reportId);
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                ++others;
            }
        }
    }
    m_searchDock->setWindowTitle(query.trimmed().isEmpty() ? tr("Search")
                                                           : tr("Search: “%1” — %n hit(s)", nullptr, int(hits.size())).arg(query.trimmed())
                + (others > 0 ? u"  "_s + tr("(and %n other report(s) in the project)", nullptr, others) : QString()));
    m_searchDock->show();
    if (m_searchResults->count() > 0)
        m_searchResults->setCurrentRow(0);
}

void MainWindow::showSearchHit(QListWidgetItem *item)
{
    const int report = item->data(Qt::UserRole).toInt();
    if (report >= 0) {
        m_tabs->setCurrentWidget(m_compare);
        m_compare->showSpan(report, {item->data(Qt::UserRole + 1).toLongLong(), item->data(Qt::UserRole + 2).toLongLong()});
        return;
    }
    // A report not compared: show it alone, at its first hit.
    const qint64 id = item->data(Qt::UserRole + 3).toLongLong();
    for (int row = 0; row < m_reports->rowCount(); ++row) {
        if (m_project->reportId(row) != id)
            continue;
        m_reportList->selectionModel()->setCurrentIndex(m_reports->index(row), QItemSelectionModel::ClearAndSelect);
        m_tabs->setCurrentWidget(m_reportPage);
        const QList<TextSearchHit> hits = searchReports({m_reports->report(row)}, m_searchBox->text(), 1);
        if (!hits.isEmpty())
            m_view->showSpan(hits.constFirst().span);
        return;
    }
}

void MainWindow::assignSection(int report, int section, const QString &node)
{
    const Comparison &comparison = m_analysis->comparison();
    if (report < 0 || report >= comparison.reports.size())
        return;
    const Report &r = comparison.reports.at(report);
    const Section &s = r.sections.at(section);
    auto *command = ProjectCommand::addCorrection(m_project->commandContext(), AlignmentCorrection::reassign(SectionRef::of(r, section), node));
    command->setText(tr("Assign “%1” to %2").arg(QString(s.marker + s.title).simplified(), node));
    undoStack()->push(command);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray());
    restoreState(settings.value(u"ui/state"_s).toByteArray());
    m_syncAction->setChecked(settings.value(u"compare/sync"_s, true).toBool());
    m_compare->setZoom(settings.value(u"compare/zoom"_s, 0).toInt());
    m_tabs->setCurrentIndex(settings.value(u"ui/tab"_s, 0).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/state"_s, saveState());
    settings.setValue(u"compare/sync"_s, m_syncAction->isChecked());
    settings.setValue(u"compare/zoom"_s, m_compare->zoom());
    settings.setValue(u"ui/tab"_s, m_tabs->currentIndex());
}

bool MainWindow::hasUnsavedWork() const
{
    // The untitled project is deleted on exit: what the analyst wrote in it would go with it.
    ProjectStore *store = m_project->store();
    if (!m_project->isTemporary() || !store)
        return false;
    const auto annotations = store->annotations();
    const auto corrections = store->corrections();
    const auto overrides = store->indicatorOverrides();
    return (annotations && !annotations->isEmpty()) || (corrections && !corrections->isEmpty()) || (overrides && !overrides->isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (hasUnsavedWork()) {
        const auto answer = QMessageBox::question(this, tr("Save Your Work?"),
            tr("Your corrections, values and annotations are in an untitled project, which is deleted when Duizhao quits. Save it as a project file first?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            chooseCopy();
            if (m_project->isTemporary()) { // the dialog was canceled or the copy failed
                event->ignore();
                return;
            }
        }
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
    const QString last = ProjectController::lastProject();
    if (!last.isEmpty()) {
        const auto opened = openProject(last);
        if (opened)
            return;
        addErrors({opened.error()});
    }
    openSamples();
}

Result<bool> MainWindow::openProject(const QString &path, ProjectStore::Access access)
{
    m_loadState = LoadState::Idle;
    return m_project->open(path, access);
}

void MainWindow::openSamples()
{
    openFiles(sampleReportPaths());
}

bool MainWindow::isLoading() const
{
    return m_project->isBusy();
}

QStringList MainWindow::errors() const
{
    QStringList errors;
    for (int i = 0; i < m_errorList->count(); ++i)
        errors.append(m_errorList->item(i)->text());
    return errors;
}

void MainWindow::chooseFiles()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Reports"), dir, tr("Reports (%1);;All files (*)").arg(DocumentReader::nameFilters().join(u' ')));
    openFiles(files);
}

void MainWindow::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Import a Folder of Reports"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!dir.isEmpty())
        openFiles({dir});
}

namespace
{

QString withSuffix(QString path)
{
    const QString suffix = u"."_s + ProjectStore::fileSuffix();
    if (!path.isEmpty() && !path.endsWith(suffix))
        path += suffix;
    return path;
}

} // namespace

void MainWindow::warn(const QString &title, const QString &message)
{
    qCInfo(lcUi).noquote() << message;
    QMessageBox::warning(this, title, message);
}

void MainWindow::chooseNewProject()
{
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        this, tr("New Project"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Duizhao projects (*.duizhao)")));
    if (path.isEmpty())
        return;
    m_loadState = LoadState::Idle;
    if (auto created = m_project->create(path); !created)
        warn(tr("New Project"), created.error());
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Duizhao projects (*.duizhao);;All files (*)"));
    if (!path.isEmpty())
        openProjectAsked(path);
}

void MainWindow::openProjectAsked(const QString &path)
{
    const auto opened = openProject(path);
    if (opened)
        return;
    // Locked by another window, or a read-only file: reading it may still be what the analyst wants.
    if (auto probe = ProjectStore::open(path, ProjectStore::Access::ReadOnly); probe) {
        probe = Result<std::unique_ptr<ProjectStore>>::failure({}); // closed again before the controller opens it
        const auto answer = QMessageBox::question(this, tr("Open Project"), opened.error() + u"\n\n"_s + tr("Open it read-only?"));
        if (answer != QMessageBox::Yes)
            return;
        if (auto readOnly = openProject(path, ProjectStore::Access::ReadOnly); !readOnly)
            warn(tr("Open Project"), readOnly.error());
        return;
    }
    warn(tr("Open Project"), opened.error());
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_project->recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            openProjectAsked(path);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::chooseCopy()
{
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        this, tr("Save Project As"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Duizhao projects (*.duizhao)")));
    if (path.isEmpty())
        return;
    if (auto saved = m_project->saveAs(path); !saved)
        warn(tr("Save Project As"), saved.error());
}

void MainWindow::removeCurrentReport()
{
    const int row = m_reportList->currentIndex().row();
    if (row < 0)
        return;
    // Removing a report removes what the analyst wrote about it: ask first when there is any.
    if (ProjectStore *store = m_project->store()) {
        const qint64 id = m_project->reportId(row);
        const auto annotations = store->annotations(id);
        const auto overrides = store->indicatorOverrides(id);
        const int notes = int((annotations ? annotations->size() : 0) + (overrides ? overrides->size() : 0));
        if (notes > 0) {
            const auto answer = QMessageBox::question(this, tr("Remove Report"),
                tr("%1 has %n annotation(s) or value(s) of yours. Remove the report with them from the project?", nullptr, notes)
                    .arg(m_reports->report(row).displayName()));
            if (answer != QMessageBox::Yes)
                return;
        }
    }
    if (auto removed = m_project->removeReport(row); !removed) {
        addErrors({removed.error()});
        return;
    }
    m_reports->removeReport(row);
    if (m_reports->rowCount() == 0)
        showReport(-1);
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
        readInFull(row);
        const Report &report = m_reports->report(row);
        m_view->setReport(report);
        m_outline->setReport(report);
    }
    updateHeader();
    updateActions();
}

void MainWindow::handleImported(const ImportOutcome &outcome)
{
    m_loadState = LoadState::Loaded;
    m_lastLoadedCount = outcome.added + outcome.updated;
    m_lastErrorCount = int(outcome.errors.size());
    m_lastDuplicateCount = int(outcome.duplicates.size());
    m_reportsChanged = m_reportsChanged || outcome.updated > 0;
    m_progress->hide();
    m_cancelButton->hide();
    addErrors(outcome.errors); // updates the status too
    for (const QString &error : outcome.errors)
        qCInfo(lcUi).noquote() << error;
}

void MainWindow::handleLoaded(const ProjectReports &loaded)
{
    const QString selected = m_reportList->currentIndex().data(ReportListModel::FilePathRole).toString();
    m_reports->setReports(loaded.reports);
    if (m_loadState == LoadState::Idle) {
        // A project opened: what it holds is what was loaded.
        m_loadState = loaded.reports.isEmpty() ? LoadState::Idle : LoadState::Loaded;
        m_lastLoadedCount = int(loaded.reports.size());
        m_lastErrorCount = 0;
        m_lastDuplicateCount = 0;
    }
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
    for (const QString &error : errors)
        m_errorList->addItem(error);
    if (!errors.isEmpty())
        m_errorsDock->show();
    updateStatus();
}

void MainWindow::clearErrors()
{
    m_errorList->clear();
    m_errorsDock->hide();
    updateStatus();
}

void MainWindow::updateStatus()
{
    switch (m_loadState) {
    case LoadState::Idle:
        m_statusLabel->setText(tr("No reports loaded. Open report files or drop them here."));
        break;
    case LoadState::Loading:
        m_statusLabel->setText(tr("Loading %n report(s)…", nullptr, m_loadingCount));
        break;
    case LoadState::Canceled:
        m_statusLabel->setText(tr("Loading canceled."));
        break;
    case LoadState::Loaded: {
        QString text = tr("Loaded %n report(s).", nullptr, m_lastLoadedCount);
        if (m_lastDuplicateCount > 0)
            text += u' ' + tr("%n file(s) already in the project.", nullptr, m_lastDuplicateCount);
        if (m_lastErrorCount > 0)
            text += u' ' + tr("%n file(s) could not be read.", nullptr, m_lastErrorCount);
        if (m_analysis->isAnalysing())
            text += u' ' + tr("Comparing %n report(s)…", nullptr, int(rowsToCompare().size()));
        else if (m_reports->rowCount() > m_analysis->comparison().reports.size() && !m_analysis->comparison().isEmpty())
            text += u' '
                + tr("Comparing %1 of %2 reports: select reports in the list to compare others.")
                      .arg(m_analysis->comparison().reports.size())
                      .arg(m_reports->rowCount());
        m_statusLabel->setText(text);
        break;
    }
    }
    const int errorCount = m_errorList->count();
    m_errorsButton->setVisible(errorCount > 0);
    m_errorsButton->setText(tr("%n problem(s)", nullptr, errorCount));
    m_errorsButton->setToolTip(errors().join(u'\n'));
}

void MainWindow::updateHeader()
{
    const Report &report = m_view->report();
    QString project = m_project->isTemporary() ? tr("Untitled project") : QFileInfo(m_project->path()).completeBaseName();
    if (m_project->isReadOnly())
        project = tr("%1 (read-only)").arg(project);
    if (report.text.isEmpty()) {
        m_header->setText(tr("No report selected."));
        m_header->setToolTip(QString());
        setWindowTitle(tr("%1 — Duizhao").arg(project));
        return;
    }
    const ReportMetadata &meta = report.metadata;
    const QString unknown = tr("unknown");
    auto valueOf = [&unknown](const MetadataField &field) {
        return field.isValid() ? field.value : unknown;
    };
    m_header->setText(tr("%1 — year reported on: %2 — published: %3").arg(valueOf(meta.issuer), valueOf(meta.year), valueOf(meta.published)));

    // Where each value was read from, so the reader can check it.
    QStringList why;
    auto explain = [&why, &unknown](const QString &label, const MetadataField &field) {
        why.append(field.isValid() ? tr("%1: %2 (from the %3)").arg(label, field.value, field.origin.isEmpty() ? unknown : field.origin)
                                   : tr("%1: not found").arg(label));
    };
    explain(tr("District"), meta.district);
    explain(tr("Issuer"), meta.issuer);
    explain(tr("Year"), meta.year);
    explain(tr("Published"), meta.published);
    if (meta.source.isValid())
        explain(tr("Source"), meta.source);
    why.append(tr("File: %1 (%2, %3)").arg(QDir::toNativeSeparators(report.filePath), report.format, report.encoding));
    if (!report.address.isEmpty())
        why.append(tr("Address: %1").arg(report.address));
    m_header->setToolTip(why.join(u'\n'));
    setWindowTitle(tr("%1 — %2 — Duizhao").arg(report.displayName(), project));
}

void MainWindow::updateActions()
{
    const bool writable = m_project->store() && !m_project->isReadOnly();
    m_closeAction->setEnabled(writable && m_reportList->currentIndex().isValid());
    for (QAction *action : {m_openAction, m_openFolderAction, m_openSamplesAction})
        action->setEnabled(writable);
    m_saveAsAction->setEnabled(m_project->store() != nullptr);
    m_closeProjectAction->setEnabled(!m_project->isTemporary());
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
    m_syncAction->setText(tr("Synchronised Scrolling"));
    m_syncAction->setToolTip(tr("Scrolling one column keeps the others at the same section"));
    m_nextNodeAction->setText(tr("Next Section"));
    m_previousNodeAction->setText(tr("Previous Section"));
    m_findAction->setText(tr("&Find in Reports…"));
    m_compareTools->setWindowTitle(tr("Compare"));
    m_searchBox->setPlaceholderText(tr("Search all reports…"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_searchDock->setWindowTitle(tr("Search"));
    m_deckDock->setWindowTitle(tr("Deck"));
    m_annotationsDock->setWindowTitle(tr("Annotations"));
    m_alignmentModel->setChineseLabels(TranslationLoader::instance()->showsChinese());
    m_indicatorModel->setChineseLabels(TranslationLoader::instance()->showsChinese());
    m_weaknessModel->setChineseLabels(TranslationLoader::instance()->showsChinese());
    if (!m_analysis->comparison().isEmpty())
        m_compare->setComparison(&m_analysis->comparison(), nodeLabels());
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop importing or comparing; the reports imported so far stay in the project"));
    m_progress->setFormat(tr("%v of %m"));

    m_newProjectAction->setText(tr("&New Project…"));
    m_openProjectAction->setText(tr("&Open Project…"));
    m_saveAsAction->setText(tr("Save Project &As…"));
    m_saveAsAction->setToolTip(tr("Copy the project to a new file and go on working in the copy (changes are saved as you make them)"));
    m_closeProjectAction->setText(tr("&Close Project"));
    m_openAction->setText(tr("&Import Reports…"));
    m_openAction->setToolTip(tr("Add report files to the project (text in UTF-8, UTF-16 or GB18030)"));
    m_openFolderAction->setText(tr("Import &Folder…"));
    m_openFolderAction->setToolTip(tr("Add every report file (text, web page, Word, PDF, OFD) in a folder and its sub-folders to the project"));
    m_openSamplesAction->setText(tr("Import &Samples"));
    m_openSamplesAction->setToolTip(tr("Add the five reports shipped with Duizhao to the project"));
    m_closeAction->setText(tr("&Remove Report from Project"));
    m_quitAction->setText(tr("&Quit"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_aboutAction->setText(tr("&About Duizhao"));

    m_reportsDock->setWindowTitle(tr("Reports"));
    m_outlineDock->setWindowTitle(tr("Outline"));
    m_errorsDock->setWindowTitle(tr("Problems"));
    m_clearErrors->setText(tr("Clear"));

    updateStatus();
    updateHeader();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(files);
}

} // namespace Dz
