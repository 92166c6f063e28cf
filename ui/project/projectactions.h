#pragma once

#include "base/result.h"
#include "project/projectstore.h"

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace Dz
{

class ProjectController;
class ScanOcrOffer;
struct ChangeConflict;

/**
 * The File menu's actions on the project: New, Open, Open Recent, Save As,
 * Close, and importing files, a folder or the samples, and removing a
 * report. Each asks what it needs (a file dialog, a confirmation) and acts
 * on the ProjectController; the window only puts the actions in its menus
 * and answers the signals.
 */
class ProjectActions final : public QObject
{
    Q_OBJECT

public:
    /// Dialogs open over @p window, which also owns the actions.
    ProjectActions(ProjectController *project, QWidget *window);

    QAction *newProjectAction() const
    {
        return m_newProject;
    }
    QAction *openProjectAction() const
    {
        return m_openProject;
    }
    QAction *saveAsAction() const
    {
        return m_saveAs;
    }
    QAction *closeProjectAction() const
    {
        return m_closeProject;
    }
    QAction *importAction() const
    {
        return m_import;
    }
    QAction *importFolderAction() const
    {
        return m_importFolder;
    }
    QAction *importSamplesAction() const
    {
        return m_importSamples;
    }
    QAction *removeReportAction() const
    {
        return m_removeReport;
    }
    /// Offers OCR for the scans an import refused.
    ScanOcrOffer *scanOcrOffer() const
    {
        return m_scanOcr;
    }
    /// Tells the analyst that another changed what @p what changes, to what,
    /// and asks: true overwrites theirs, false keeps it.
    bool askOverwrite(const ChangeConflict &conflict, const QString &what);

    /// Fills @p menu with the recent projects each time it is about to show.
    void attachRecentMenu(QMenu *menu);

    /// Makes @p path the current project (no dialogs; the caller shows the error).
    Result<> openProject(const QString &path, ProjectStore::Access access = ProjectStore::Access::ReadWrite,
        ProjectStore::Creation creation = ProjectStore::Creation::OpenExisting);
    /// Opens @p path, offering to open it read-only when it cannot be written; says why when it fails.
    void openProjectAsked(const QString &path);
    /// Asks for a file and copies the project there (Save As); false when
    /// canceled or failed (the analyst was told).
    bool chooseCopy();
    /// Imports @p paths (files or folders) in the background.
    void importFiles(const QStringList &paths);
    /// Removes the report in row @p row, named @p name, from the project,
    /// after asking when the analyst wrote about it; false when not removed
    /// (a failure goes out as failed()).
    bool removeReport(int row, const QString &name);

    /// At start: the project open when the application last quit, or, when
    /// there is none or it cannot be opened (failed() says why), the samples.
    void openLastProjectOrSamples();
    /// The analyst has written something (corrections, values, annotations)
    /// into the untitled project, which is deleted on exit.
    bool hasUnsavedWork() const;
    /// Before quitting: offers to save unsaved work; false when quitting should not go on.
    bool confirmQuit();
    /// Whether @p mime brings local files to import.
    static bool acceptsDrop(const QMimeData *mime);
    /// Imports the local files @p mime brings; false when it brings none.
    bool importDropped(const QMimeData *mime);

    /// Enables what the project allows; @p hasCurrentReport: a report is selected.
    void updateEnabled(bool hasCurrentReport);
    void retranslate();

Q_SIGNALS:
    /// Another project is about to be opened or made.
    void projectOpening();
    /// The remove action was triggered; the window answers with removeReport().
    void removeReportRequested();
    /// The analyst confirmed: the report's row goes next, so nothing may hold its number.
    void aboutToRemoveReport();
    void failed(const QString &message);

private:
    void chooseNewProject();
    void chooseProject();
    void chooseFiles();
    void chooseFolder();
    void fillRecentMenu(QMenu *menu);
    void warn(const QString &title, const QString &message);

    ProjectController *m_project = nullptr;
    QWidget *m_window = nullptr;
    ScanOcrOffer *m_scanOcr = nullptr;
    QAction *m_newProject = nullptr;
    QAction *m_openProject = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_closeProject = nullptr;
    QAction *m_import = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_importSamples = nullptr;
    QAction *m_removeReport = nullptr;
};

} // namespace Dz
