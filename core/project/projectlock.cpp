#include "project/projectlock.h"

#include <QFileInfo>
#include <QHash>
#include <QRecursiveMutex>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Holders in this process, by canonical project path. Recursive: a lock that
// could not be taken is destroyed while acquire() holds the mutex.
struct Registry {
    QRecursiveMutex mutex;
    QHash<QString, std::weak_ptr<ProjectLock>> locks;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QString keyOf(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

ProjectLock::ProjectLock(const QString &key, const QString &lockPath)
    : m_key(key)
    , m_file(lockPath)
{
    // Only a dead owner makes a lock stale: an import may run for minutes.
    m_file.setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    // Under the registry's mutex, so that another thread cannot find the lock
    // gone from the registry while its file still names this process.
    const QMutexLocker locker(&registry().mutex);
    m_file.unlock();
}

QString ProjectLock::lockFilePath(const QString &projectPath)
{
    return projectPath + u".lock"_s;
}

Result<std::shared_ptr<ProjectLock>> ProjectLock::acquire(const QString &projectPath)
{
    using R = Result<std::shared_ptr<ProjectLock>>;
    const QString key = keyOf(projectPath);
    Registry &r = registry();
    const QMutexLocker locker(&r.mutex);
    if (auto existing = r.locks.value(key).lock())
        return existing;

    std::shared_ptr<ProjectLock> lock(new ProjectLock(key, lockFilePath(key)));
    if (!lock->m_file.tryLock(0)) {
        switch (lock->m_file.error()) {
        case QLockFile::LockFailedError: {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->m_file.getLockInfo(&pid, &host, &application);
            return R::failure(tr("%1 is open in another program (%2, process %3 on %4). Close it there first, or open it read-only.")
                    .arg(projectPath, application.isEmpty() ? tr("unknown") : application)
                    .arg(pid)
                    .arg(host.isEmpty() ? tr("unknown host") : host));
        }
        case QLockFile::PermissionError:
            return R::failure(tr("%1: cannot create the lock file %2 (no permission to write in its folder). Open the project read-only.")
                    .arg(projectPath, lockFilePath(key)));
        default:
            return R::failure(tr("%1: cannot create the lock file %2.").arg(projectPath, lockFilePath(key)));
        }
    }
    r.locks.insert(key, lock);
    return lock;
}

} // namespace Dz
