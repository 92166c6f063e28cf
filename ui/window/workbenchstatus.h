#pragma once

#include "project/projectdatabase.h"

#include <QObject>
#include <QStringList>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Dz
{

struct ImportOutcome;

/**
 * The window's status bar: what was loaded (or is loading, or was
 * canceled), what is compared, the progress of the import or the analysis
 * with its Cancel button, and the button that counts the problems.
 *
 * It keeps the state of the last load; the window tells it what happens
 * (imports, a project opened) and gives it the comparison's state in
 * update().
 */
class WorkbenchStatus final : public QObject
{
    Q_OBJECT

public:
    /// The comparison as the status line tells it.
    struct Comparing {
        bool analysing = false; ///< an analysis is running
        int comparing = 0; ///< reports being compared (while analysing)
        int listed = 0; ///< reports in the project
        int compared = 0; ///< reports in the comparison on screen
        bool chosen = false; ///< the analyst chose them (else: the project's first reports)
        QStringList names; ///< their labels, in column order
    };

    /// Adds its widgets to @p bar.
    explicit WorkbenchStatus(QStatusBar *bar, QObject *parent = nullptr);

    /// A project is being opened or made: nothing loaded yet.
    void reset();
    void importStarted(int fileCount);
    /// True when the count of files changed (the status line then wants an update()).
    bool setImportProgress(int done, int total, const QString &file);
    void importFinished(const ImportOutcome &outcome);
    /// @p kept: reports stored before the cancel, which stay in the project.
    void importCanceled(int kept = 0);
    /// The project's reports are listed (@p count of them); after an import
    /// the import's figures stand, after opening a project these do.
    void reportsListed(int count);

    /// Shows the status line for @p comparing and the @p problems count.
    void update(const Comparing &comparing, const QStringList &problems);
    void retranslate();
    /// Shows, for a server project, whether its connection is encrypted; nothing for a file.
    void showConnection(const ProjectDatabase::ConnectionSecurity &security);
    /// The server cannot be reached (@p reason); the next attempt to connect
    /// is in @p retrySeconds. An empty @p reason: online again.
    void showOffline(const QString &reason, int retrySeconds = 0);

    QProgressBar *progressBar() const
    {
        return m_progress;
    }
    QToolButton *cancelButton() const
    {
        return m_cancelButton;
    }
    /// Shown after a canceled import that kept reports: removes them.
    QToolButton *removeKeptButton() const
    {
        return m_removeKeptButton;
    }
    QString text() const;

Q_SIGNALS:
    void cancelRequested();
    /// The analyst asked to remove the reports a canceled import kept.
    void removeKeptRequested();
    void problemsButtonClicked();

private:
    enum class LoadState { Idle, Loading, Loaded, Canceled };

    void hideProgress();

    QLabel *m_label = nullptr;
    QLabel *m_connection = nullptr; ///< a server project's connection: encrypted or not
    ProjectDatabase::ConnectionSecurity m_security;
    QString m_offline; ///< why the server cannot be reached; empty while online
    int m_retrySeconds = 0;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolButton *m_problemsButton = nullptr;
    QToolButton *m_removeKeptButton = nullptr;

    LoadState m_loadState = LoadState::Idle;
    int m_lastLoadedCount = 0;
    int m_lastErrorCount = 0;
    int m_lastDuplicateCount = 0;
    int m_lastSkippedCount = 0;
    int m_lastWarningCount = 0;
    int m_loadingCount = 0;
    int m_keptByCancel = 0;
    Comparing m_comparing;
};

} // namespace Dz
