#include "project/projectcheckaction.h"

#include "project/projectcontroller.h"

#include <QAction>
#include <QIcon>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Dz
{

ProjectCheckAction::ProjectCheckAction(ProjectController *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    m_action = new QAction(QIcon::fromTheme(u"tools-check-spelling"_s), QString(), parent);
    m_action->setObjectName(u"checkProjectAction"_s);
    connect(m_action, &QAction::triggered, this, &ProjectCheckAction::start);
    connect(&m_watcher, &QFutureWatcher<ProjectCheckOutcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_watcher.progressMaximum());
    });
    connect(&m_watcher, &QFutureWatcher<ProjectCheckOutcome>::finished, this, &ProjectCheckAction::handleFinished);
    retranslate();
}

ProjectCheckAction::~ProjectCheckAction()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool ProjectCheckAction::isRunning() const
{
    return m_watcher.isRunning();
}

void ProjectCheckAction::start()
{
    if (m_watcher.isRunning() || !m_project->store())
        return;
    // Its own read-only connection: the workbench keeps the project open meanwhile.
    m_watcher.setFuture(QtConcurrent::run(&ProjectCheck::runInBackground, m_project->path()));
    m_action->setEnabled(false);
    Q_EMIT started();
}

void ProjectCheckAction::cancel()
{
    m_watcher.cancel();
}

void ProjectCheckAction::handleFinished()
{
    m_action->setEnabled(true);
    const QFuture<ProjectCheckOutcome> future = m_watcher.future();
    if (future.resultCount() == 0) {
        Q_EMIT canceled();
        return;
    }
    const ProjectCheckOutcome outcome = future.result();
    if (outcome.canceled)
        Q_EMIT canceled();
    else
        Q_EMIT finished(outcome);
}

void ProjectCheckAction::retranslate()
{
    m_action->setText(tr("Chec&k Project"));
    m_action->setToolTip(tr("Check the project file: SQLite's integrity check, and every report's text against the hash it was saved with"));
}

} // namespace Dz
