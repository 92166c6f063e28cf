#pragma once

#include "project/projectcheck.h"

#include <QFutureWatcher>
#include <QObject>

class QAction;

namespace Dz
{

class ProjectController;

/**
 * File → Check Project: SQLite's integrity check of the current project and
 * every stored text against its content hash (ProjectCheck), on a worker
 * thread with its own read-only connection, with progress and Cancel; the
 * window shows progressChanged() in its status bar and the outcome when
 * finished().
 */
class ProjectCheckAction final : public QObject
{
    Q_OBJECT

public:
    /// The action belongs to @p parent (the window).
    ProjectCheckAction(ProjectController *project, QObject *parent);
    ~ProjectCheckAction() override;

    QAction *action() const
    {
        return m_action;
    }
    bool isRunning() const;
    /// Checks the current project (nothing when a check runs).
    void start();
    void cancel();
    void retranslate();

Q_SIGNALS:
    void started();
    void progressChanged(int done, int total);
    void finished(const Dz::ProjectCheckOutcome &outcome);
    void canceled();

private:
    void handleFinished();

    ProjectController *m_project = nullptr;
    QAction *m_action = nullptr;
    QFutureWatcher<ProjectCheckOutcome> m_watcher;
};

} // namespace Dz
