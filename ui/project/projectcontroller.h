#pragma once

#include "analysis/reportanalysis.h"
#include "project/analystsession.h"
#include "project/connectionkeeper.h"
#include "project/projectchangefeed.h"
#include "project/projectcommand.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class QTemporaryDir;
class QUndoStack;

namespace Dz
{

/// A project's reports as the window lists them (ReportSummary::listedReport(): no
/// text yet, see ProjectController::readReport()), with their ids.
struct ProjectReports {
    QString project; ///< the file they were read from
    QList<qint64> ids;
    QList<Report> reports;
    QStringList errors;
};

/**
 * The project the workbench works on, and the background work on it.
 *
 * Opening lists the reports from their stored metadata, which takes a
 * fraction of a second for ten thousand; a report's stored analysis is read
 * on a worker when it is shown (readReport()). Analyses stored by an older
 * engine are made again in the background after opening. The analyst's
 * work on the project is held by session().
 *
 * There is always a project: without one chosen, an empty temporary project
 * (deleted on exit) takes the reports. Every change is written at once;
 * Save As copies the file and goes on in the copy. Imports run on a worker
 * thread with its own connection (ProjectImporter::run) and are followed by
 * a reload of the reports (also on a worker); requests made meanwhile are
 * queued. The undo stack holds ProjectCommands against the current project
 * and is cleared when the project changes.
 */
class ProjectController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecentProjects = 8;
    /// How long the list waits after another analyst's import or removal, so that a burst is read once.
    static constexpr int OthersReportsDelayMs = 300;

    explicit ProjectController(QObject *parent = nullptr);
    ~ProjectController() override;

    /// Makes @p path the current project. On failure the current project stays.
    /// With CreateIfMissing an empty server database becomes a new project.
    Result<> open(const QString &path, ProjectStore::Access access = ProjectStore::Access::ReadWrite,
        ProjectStore::Creation creation = ProjectStore::Creation::OpenExisting);
    /// Makes a new, empty project at @p path (an existing file there is replaced) and opens it.
    Result<> create(const QString &path);
    /// Copies the project to @p path and goes on in the copy.
    Result<> saveAs(const QString &path);
    /// Leaves the current project for an empty temporary one, and forgets it as the last project.
    void close();

    /// Imports files and folders into the current project (queued while
    /// busy); with @p ocr, scanned PDFs are read by OCR (PdfOcr).
    void importFiles(const QStringList &paths, bool ocr = false);
    void cancelImport();
    /// Reads the project's reports again (in the background).
    void reloadReports();
    bool isBusy() const;

    ProjectStore *store() const
    {
        return m_store.get();
    }
    QString path() const;
    bool isTemporary() const
    {
        return m_temporary != nullptr;
    }
    bool isReadOnly() const;
    /// The project id of the report in row @p row of the last reportsLoaded().
    qint64 reportId(int row) const;
    /// Reads report @p row's stored analysis on a worker; ends with
    /// reportRead() (or failed()).
    void readReport(int row);
    Result<> removeReport(int row);
    /// Removes reports @p ids (in one transaction) and reads the list again.
    Result<> removeReports(const QList<qint64> &ids);
    /// The reports a canceled import had already stored: they stay in the
    /// project until the analyst removes them (removeReports()).
    const QList<qint64> &keptByCanceledImport() const
    {
        return m_keptByCancel;
    }

    QUndoStack *undoStack() const
    {
        return m_undoStack;
    }
    /// The analyst's work on the current project.
    AnalystSession *session() const
    {
        return m_session;
    }
    /// The other analysts' changes to a server project as they are
    /// committed (idle for a file project); the session follows them.
    ProjectChangeFeed *changeFeed() const
    {
        return m_feed.get();
    }
    /// Whether a server project can be reached now, and reconnecting when it cannot.
    ConnectionKeeper *connectionKeeper() const
    {
        return m_keeper;
    }
    /// For ProjectCommand's factories: the current session, failures reported by this controller.
    ProjectCommandContext commandContext();
    /// Asked when another analyst changed what a command changes (see
    /// AnalystSession::lastConflict()): true overwrites their change, false
    /// keeps it. Without one, the command fails with the message saying who
    /// changed it to what.
    void setConflictHandler(std::function<bool(const ChangeConflict &conflict, const QString &what)> handler)
    {
        m_conflictHandler = std::move(handler);
    }

    QStringList recentProjects() const;
    /// The project open when the application last quit, if any.
    static QString lastProject();

Q_SIGNALS:
    void projectChanged();
    void importStarted(int fileCount);
    void progressChanged(int done, int total, const QString &file);
    void importFinished(const Dz::ImportOutcome &outcome);
    void importCanceled();
    /// Analyses made by an older engine were made again in the background (@p count reports).
    void analysesRefreshed(int count);
    void reportsLoaded(const Dz::ProjectReports &reports);
    /// Report @p id was read (readReport()), with what was derived from it.
    void reportRead(qint64 id, const Dz::ReportAnalysis &analysis);
    void failed(const QString &message);

private:
    void setStore(std::unique_ptr<ProjectStore> store, std::unique_ptr<QTemporaryDir> temporary);
    void openTemporary();
    /// Cancels and waits for the workers; @p announce: say so if an import was canceled.
    void stopWork(bool announce = true);
    void startImport(const QStringList &paths, bool ocr);
    void handleImportFinished();
    void handleReportsLoaded();
    void refreshAnalyses();
    void remember(const QString &path);
    void loadSession();

    // In this order: the store closes (and unlocks) before its temporary folder goes.
    std::unique_ptr<QTemporaryDir> m_temporary;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectChangeFeed> m_feed;
    std::function<bool(const ChangeConflict &conflict, const QString &what)> m_conflictHandler;
    QUndoStack *m_undoStack = nullptr;
    AnalystSession *m_session = nullptr;
    ConnectionKeeper *m_keeper = nullptr;
    QFutureWatcher<ImportOutcome> m_import;
    QFutureWatcher<ProjectReports> m_loading;
    QFutureWatcher<int> m_refresh;
    QTimer m_othersReports; ///< another analyst's reports: one reload for a burst of imports
    QStringList m_queued;
    QStringList m_queuedOcr;
    bool m_importing = false;
    bool m_reloadPending = false;
    QList<qint64> m_reportIds;
    QList<qint64> m_idsBeforeImport; ///< the project's reports when the running import started
    QList<qint64> m_keptByCancel;
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::ProjectReports)
