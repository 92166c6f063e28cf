#pragma once

#include "projectcontroller.h"
#include "reportloader.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Dz
{

class LanguageMenu;
class OutlinePane;
class ReportListModel;
class ReportView;

/**
 * The workbench: the project's reports (left), the selected report's text
 * (centre), its outline (right); problems with files in a dock and the
 * status bar. Reports come from a project (ProjectController): files opened
 * or dropped are imported into it.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports @p paths (files or folders) into the project in the background;
    /// each import ends with loadFinished().
    void openFiles(const QStringList &paths);
    /// Imports the five reports shipped with Duizhao.
    void openSamples();
    /// At start: the project open when the application last quit, or, when
    /// there is none or it cannot be opened (the reason goes to the problems
    /// list), the built-in samples in an untitled project.
    void openLastProjectOrSamples();
    /// Makes @p path the current project (no dialogs; the caller shows the error).
    Result<bool> openProject(const QString &path, ProjectStore::Access access = ProjectStore::Access::ReadWrite);
    bool isLoading() const;

    ProjectController *project() const
    {
        return m_project;
    }
    ReportListModel *reportModel() const
    {
        return m_reports;
    }
    ReportView *reportView() const
    {
        return m_view;
    }
    OutlinePane *outlinePane() const
    {
        return m_outline;
    }
    QListView *reportList() const
    {
        return m_reportList;
    }
    /// Every file problem since the list was last cleared, one per file.
    QStringList errors() const;

Q_SIGNALS:
    /// A load ended (read, partly read or canceled) and the window shows its result.
    void loadFinished();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class LoadState { Idle, Loading, Loaded, Canceled };

    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void connectLoader();
    void retranslate();

    void chooseFiles();
    void chooseFolder();
    void chooseNewProject();
    void chooseProject();
    void openProjectAsked(const QString &path);
    void chooseCopy();
    void fillRecentMenu();
    void removeCurrentReport();
    void warn(const QString &title, const QString &message);
    void showAbout();
    void showReport(int row);
    void handleImported(const ImportOutcome &outcome);
    void handleLoaded(const ProjectReports &loaded);
    void addErrors(const QStringList &errors);
    void clearErrors();
    void updateStatus();
    void updateHeader();
    void updateActions();

    ReportListModel *m_reports = nullptr;
    ProjectController *m_project = nullptr;

    QListView *m_reportList = nullptr;
    ReportView *m_view = nullptr;
    QLabel *m_header = nullptr;
    OutlinePane *m_outline = nullptr;
    QListWidget *m_errorList = nullptr;
    QPushButton *m_clearErrors = nullptr;
    QDockWidget *m_reportsDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_errorsDock = nullptr;

    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolButton *m_errorsButton = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newProjectAction = nullptr;
    QAction *m_openProjectAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeProjectAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_openSamplesAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_aboutAction = nullptr;

    LoadState m_loadState = LoadState::Idle;
    int m_lastLoadedCount = 0;
    int m_lastErrorCount = 0;
    int m_lastDuplicateCount = 0;
    int m_loadingCount = 0;
};

} // namespace Dz
