#include "mainwindow.h"

#include "languagemenu.h"
#include "loadcontroller.h"
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
    , m_loader(new LoadController(this))
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
    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFiles);

    m_openSamplesAction = new QAction(QIcon::fromTheme(u"folder-documents"_s), QString(), this);
    connect(m_openSamplesAction, &QAction::triggered, this, &MainWindow::openSamples);

    m_closeAction = new QAction(QIcon::fromTheme(u"document-close"_s), QString(), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCurrentReport);

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
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openSamplesAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

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
    connect(m_cancelButton, &QToolButton::clicked, m_loader, &LoadController::cancel);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::connectLoader()
{
    connect(m_loader, &LoadController::started, this, [this](int fileCount) {
        m_loadState = LoadState::Loading;
        m_loadingCount = fileCount;
        m_progress->setRange(0, fileCount);
        m_progress->setValue(0);
        m_progress->show();
        m_cancelButton->show();
        updateStatus();
    });
    connect(m_loader, &LoadController::progressChanged, this, [this](int done, int total, const QString &file) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setToolTip(QFileInfo(file).fileName());
    });
    connect(m_loader, &LoadController::loaded, this, &MainWindow::handleLoaded);
    connect(m_loader, &LoadController::canceled, this, [this] {
        m_loadState = LoadState::Canceled;
        m_progress->hide();
        m_cancelButton->hide();
        updateStatus();
        Q_EMIT loadFinished();
    });
}

void MainWindow::openFiles(const QStringList &paths)
{
    m_loader->load(paths);
}

void MainWindow::openSamples()
{
    openFiles(sampleReportPaths());
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
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
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Reports"), dir, tr("Text reports (*.txt);;All files (*)"));
    openFiles(files);
}

void MainWindow::closeCurrentReport()
{
    const int row = m_reportList->currentIndex().row();
    if (row >= 0)
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
        const Report &report = m_reports->report(row);
        m_view->setReport(report);
        m_outline->setReport(report);
    }
    updateHeader();
    updateActions();
}

void MainWindow::handleLoaded(const LoadOutcome &outcome)
{
    m_loadState = LoadState::Loaded;
    m_lastLoadedCount = int(outcome.reports.size());
    m_lastErrorCount = int(outcome.errors.size());
    m_progress->hide();
    m_cancelButton->hide();

    if (!outcome.reports.isEmpty()) {
        m_reports->addReports(outcome.reports);
        // Show the first report of this load: it is what the user asked for.
        const QModelIndexList match =
            m_reports->match(m_reports->index(0), ReportListModel::FilePathRole, outcome.reports.constFirst().filePath, 1, Qt::MatchExactly);
        const QModelIndex first = match.isEmpty() ? m_reports->index(0) : match.constFirst();
        if (first == m_reportList->currentIndex())
            showReport(first.row()); // replaced in place: refresh
        else
            m_reportList->setCurrentIndex(first);
    }
    addErrors(outcome.errors); // updates the status too
    for (const QString &error : outcome.errors)
        qCInfo(lcUi).noquote() << error;
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
    case LoadState::Loaded:
        if (m_lastErrorCount == 0)
            m_statusLabel->setText(tr("Loaded %n report(s).", nullptr, m_lastLoadedCount));
        else
            m_statusLabel->setText(
                tr("Loaded %n report(s).", nullptr, m_lastLoadedCount) + u' ' + tr("%n file(s) could not be read.", nullptr, m_lastErrorCount));
        break;
    }
    const int errorCount = m_errorList->count();
    m_errorsButton->setVisible(errorCount > 0);
    m_errorsButton->setText(tr("%n problem(s)", nullptr, errorCount));
    m_errorsButton->setToolTip(errors().join(u'\n'));
}

void MainWindow::updateHeader()
{
    const Report &report = m_view->report();
    if (report.text.isEmpty()) {
        m_header->setText(tr("No report selected."));
        m_header->setToolTip(QString());
        setWindowTitle(tr("Duizhao"));
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
    setWindowTitle(tr("%1 — Duizhao").arg(report.displayName()));
}

void MainWindow::updateActions()
{
    m_closeAction->setEnabled(m_reportList->currentIndex().isValid());
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading"));
    m_progress->setFormat(tr("%v of %m"));

    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open report files (text in UTF-8, UTF-16 or GB18030)"));
    m_openSamplesAction->setText(tr("Open &Samples"));
    m_openSamplesAction->setToolTip(tr("Load the five reports shipped with Duizhao"));
    m_closeAction->setText(tr("&Close Report"));
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
