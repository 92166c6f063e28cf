#include "project/projectlock.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
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

Q_LOGGING_CATEGORY(lcLock, "dz.core.lock", QtInfoMsg)

// A lock file that names no process (empty, or garbled by a crash or a copy)
// can hold no one out: QLockFile would keep it for ever, since it is stale
// only once its named owner is gone. One just being written by another
// process is a moment old, so only an older one is removed.
bool removeUnreadableLock(QLockFile &file, const QString &lockPath)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (file.getLockInfo(&pid, &host, &application) && pid > 0)
        return false;
    const QFileInfo info(lockPath);
    if (!info.exists() || qAbs(info.lastModified().msecsTo(QDateTime::currentDateTime())) < 2000)
        return false;
    qCWarning(lcLock).noquote() << ProjectLock::tr("%1: the lock file names no program (it is empty or garbled), so it is stale; removed it.").arg(lockPath);
    return file.removeStaleLockFile();
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
    bool locked = lock->m_file.tryLock(0);
    if (!locked && lock->m_file.error() == QLockFile::LockFailedError && removeUnreadableLock(lock->m_file, lockFilePath(key)))
        locked = lock->m_file.tryLock(0);
    if (!locked) {
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
