#include "mainwindow.h"

#include "languagemenu.h"
#include "outlinepane.h"
#include "reportlistmodel.h"
#include "reportview.h"
#include "uilogging.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
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
    setCentralWidget(centre);

    createActions();
    createDocks();
    createMenus();
    createStatusBar();
    connectLoader();

    connect(m_view, &ReportView::positionChanged, m_outline, &OutlinePane::selectPosition);
    connect(m_outline, &OutlinePane::sectionChosen, m_view, &ReportView::showSection);

    retranslate();
    updateActions();
    resize(1280, 800);
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
    connect(m_zoomInAction, &QAction::triggered, m_view, [this] {
        m_view->zoomIn(1);
    });
    m_zoomOutAction = new QAction(QIcon::fromTheme(u"zoom-out"_s), QString(), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_view, [this] {
        m_view->zoomOut(1);
    });

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
    m_reportList->setSelectionMode(QAbstractItemView::SingleSelection);
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

    resizeDocks({m_reportsDock, m_outlineDock}, {220, 340}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
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
    m_fileMenu->addAction(m_openSamplesAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_reportsDock->toggleViewAction());
    m_viewMenu->addAction(m_outlineDock->toggleViewAction());
    m_viewMenu->addAction(m_errorsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);

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
    connect(m_cancelButton, &QToolButton::clicked, m_project, &ProjectController::cancelImport);
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
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Reports"), dir, tr("Text reports (*.txt);;All files (*)"));
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
        // Listed reports are read in full when first shown (a stored text is never empty).
        if (m_reports->report(row).text.isEmpty()) {
            auto full = m_project->readReport(row);
            if (full)
                m_reports->setReport(row, full.value());
            else
                addErrors({full.error()});
        }
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
    why.append(tr("File: %1 (%2)").arg(QDir::toNativeSeparators(report.filePath), report.encoding));
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
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    updateActions();

    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop importing; the reports imported so far stay in the project"));
    m_progress->setFormat(tr("%v of %m"));

    m_newProjectAction->setText(tr("&New Project…"));
    m_openProjectAction->setText(tr("&Open Project…"));
    m_saveAsAction->setText(tr("Save Project &As…"));
    m_saveAsAction->setToolTip(tr("Copy the project to a new file and go on working in the copy (changes are saved as you make them)"));
    m_closeProjectAction->setText(tr("&Close Project"));
    m_openAction->setText(tr("&Import Reports…"));
    m_openAction->setToolTip(tr("Add report files to the project (text in UTF-8, UTF-16 or GB18030)"));
    m_openFolderAction->setText(tr("Import &Folder…"));
    m_openFolderAction->setToolTip(tr("Add every .txt file in a folder and its sub-folders to the project"));
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
