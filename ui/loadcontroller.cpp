#include "loadcontroller.h"

#include "uilogging.h"

#include <QtConcurrentRun>

#include <utility>

namespace Dz
{

LoadController::LoadController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, &LoadController::handleFinished);
}

LoadController::~LoadController()
{
    // The worker only touches its own data, but it must not outlive the watcher.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void LoadController::load(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (isLoading()) {
        m_queued.append(paths);
        return;
    }
    start(paths);
}

void LoadController::cancel()
{
    m_queued.clear();
    if (isLoading())
        m_watcher.cancel();
}

bool LoadController::isLoading() const
{
    return m_loading;
}

void LoadController::start(const QStringList &paths)
{
    qCDebug(lcUi) << "loading" << paths.size() << "files";
    m_loading = true;
    Q_EMIT started(int(paths.size()));
    m_watcher.setFuture(QtConcurrent::run(&ReportLoader::loadAll, paths));
}

void LoadController::handleFinished()
{
    m_loading = false;
    const QFuture<LoadOutcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        qCDebug(lcUi) << "loading canceled";
        Q_EMIT canceled();
    } else {
        Q_EMIT loaded(future.result());
    }
    if (!m_queued.isEmpty() && !m_loading)
        start(std::exchange(m_queued, {}));
}

} // namespace Dz
