#include "project/projectlock.h"

#include "project/lock_debug.h"
#include "project/projectfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRecursiveMutex>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Holders in this process, by the file's lock descriptor's file. Recursive:
// a lock that could not be taken is destroyed while acquire() holds the mutex.
struct Registry {
    QRecursiveMutex mutex;
    QHash<const ProjectFile *, std::weak_ptr<ProjectLock>> locks;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QString canonicalOf(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// The byte the lock is on: far from the bytes SQLite locks (1 GiB and the
// 512 after it), below 2 GiB for file systems with small offsets.
constexpr off_t LockByte = 0x7F000000;

enum class Taken { Yes, Busy, Unsupported };

// An exclusive lock on the file that follows it under every name.
Taken lockFile(int fd)
{
#ifdef Q_OS_UNIX
#ifdef F_OFD_SETLK
    struct flock request = {};
    request.l_type = F_WRLCK;
    request.l_whence = SEEK_SET;
    request.l_start = LockByte;
    request.l_len = 1;
    if (::fcntl(fd, F_OFD_SETLK, &request) == 0)
        return Taken::Yes;
    if (errno == EAGAIN || errno == EACCES)
        return Taken::Busy;
    if (errno != EINVAL)
        return Taken::Unsupported;
#endif
    // Without OFD locks: flock, which also belongs to the open file.
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
        return Taken::Yes;
    return errno == EWOULDBLOCK ? Taken::Busy : Taken::Unsupported;
#else
    Q_UNUSED(fd);
    return Taken::Yes;
#endif
}

void unlockFile(int fd)
{
#ifdef Q_OS_UNIX
#ifdef F_OFD_SETLK
    struct flock request = {};
    request.l_type = F_UNLCK;
    request.l_whence = SEEK_SET;
    request.l_start = LockByte;
    request.l_len = 1;
    ::fcntl(fd, F_OFD_SETLK, &request);
#endif
    ::flock(fd, LOCK_UN);
#else
    Q_UNUSED(fd);
#endif
}

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

// Why nothing can be written in @p folder, in the system's words: a full
// disk, a quota, a read-only mount. QLockFile only says that it failed.
QString whyNotWritable(const QString &folder)
{
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly())
        return ProjectLock::tr("the file system is read-only");
    if (storage.isValid() && storage.bytesAvailable() == 0)
        return ProjectLock::tr("no space left on device");
    QTemporaryFile probe(QDir(folder).filePath(u".duizhao-probe-XXXXXX"_s));
    if (!probe.open())
        return probe.errorString();
    const QByteArray block(4096, 'x');
    if (probe.write(block) != block.size() || !probe.flush())
        return probe.errorString();
    return ProjectLock::tr("unknown reason");
}

} // namespace

ProjectLock::ProjectLock(std::shared_ptr<ProjectFile> file, const QString &lockPath)
    : m_file(std::move(file))
    , m_info(lockPath)
{
    // Only a dead owner makes a lock file stale: an import may run for minutes.
    m_info.setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    // Under the registry's mutex, so that another thread cannot find the lock
    // gone from the registry while its file still names this process.
    Registry &r = registry();
    const QMutexLocker locker(&r.mutex);
    m_info.unlock();
    // A holder that came meanwhile shares the file's lock (one open file
    // description per process): it stays while that holder lives.
    if (r.locks.value(m_file.get()).expired()) {
        r.locks.remove(m_file.get());
        if (m_locked)
            unlockFile(m_file->writableDescriptor());
    }
}

QString ProjectLock::lockFilePath(const QString &projectPath)
{
    return projectPath + u".lock"_s;
}

bool ProjectLock::createdFile() const
{
    return m_file->created();
}

qsizetype ProjectLock::maxNameLength(const QString &folder)
{
    long nameMax = 255;
#ifdef Q_OS_UNIX
    const long limit = ::pathconf(QFile::encodeName(folder).constData(), _PC_NAME_MAX);
    if (limit > 0)
        nameMax = limit;
#else
    Q_UNUSED(folder);
#endif
    // The longest name SQLite or this class writes beside the project.
    return qsizetype(nameMax) - qsizetype(qMax(sizeof("-journal"), sizeof(".lock")) - 1);
}

QString ProjectLock::nameTooLong(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const qsizetype length = QFile::encodeName(info.fileName()).size();
    const qsizetype most = maxNameLength(info.absolutePath());
    if (length <= most)
        return {};
    return tr("%1: the file name is %2 bytes long; a project's name may have at most %3 (the files SQLite keeps beside it need the rest). "
              "Choose a shorter name.")
        .arg(projectPath)
        .arg(length)
        .arg(most);
}

Result<std::shared_ptr<ProjectLock>> ProjectLock::acquire(const QString &projectPath)
{
    using R = Result<std::shared_ptr<ProjectLock>>;
    if (const QString tooLong = nameTooLong(projectPath); !tooLong.isEmpty())
        return R::failure(tooLong);
    auto file = ProjectFile::open(projectPath, ProjectFile::Mode::Create);
    if (!file)
        return R::failure(file.error());
    Registry &r = registry();
    const QMutexLocker locker(&r.mutex);
    if (auto existing = r.locks.value(file->get()).lock())
        return existing;
    // A file made here for a lock that cannot be had goes again: a refused
    // New leaves nothing behind (a full disk, say).
    auto removeMade = qScopeGuard([&projectPath, made = file.value()->created()] {
        if (made && QFileInfo(projectPath).size() == 0)
            QFile::remove(projectPath);
    });

    const QString lockPath = lockFilePath(canonicalOf(projectPath));
    std::shared_ptr<ProjectLock> lock(new ProjectLock(file.value(), lockPath));
    // First the file itself, under whatever name another holder opened it.
    switch (lockFile(file.value()->writableDescriptor())) {
    case Taken::Yes:
        lock->m_locked = true;
        break;
    case Taken::Unsupported:
        qCInfo(lcLock).noquote() << projectPath << "allows no file locks; only the lock file guards it";
        break;
    case Taken::Busy: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->m_info.getLockInfo(&pid, &host, &application) && pid > 0) {
            return R::failure(tr("%1 is open in another program (%2, process %3 on %4). Close it there first, or open it read-only.")
                    .arg(projectPath, application.isEmpty() ? tr("unknown") : application)
                    .arg(pid)
                    .arg(host.isEmpty() ? tr("unknown host") : host));
        }
        return R::failure(tr("%1 is being written by another program that opened the same file under another name (a hard link, a copy made "
                             "with links, or another mount of its folder). Close it there first, or open it read-only.")
                .arg(projectPath));
    }
    }
    // Then the lock file beside it, which says who holds it.
    bool locked = lock->m_info.tryLock(0);
    if (!locked && lock->m_info.error() == QLockFile::LockFailedError && removeUnreadableLock(lock->m_info, lockPath))
        locked = lock->m_info.tryLock(0);
    if (!locked) {
        switch (lock->m_info.error()) {
        case QLockFile::LockFailedError: {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->m_info.getLockInfo(&pid, &host, &application);
            return R::failure(tr("%1 is open in another program (%2, process %3 on %4). Close it there first, or open it read-only.")
                    .arg(projectPath, application.isEmpty() ? tr("unknown") : application)
                    .arg(pid)
                    .arg(host.isEmpty() ? tr("unknown host") : host));
        }
        case QLockFile::PermissionError:
            return R::failure(
                tr("%1: cannot create the lock file %2 (no permission to write in its folder). Open the project read-only.").arg(projectPath, lockPath));
        default:
            return R::failure(tr("%1: cannot create the lock file %2 (%3).").arg(projectPath, lockPath, whyNotWritable(QFileInfo(lockPath).absolutePath())));
        }
    }
    r.locks.insert(file->get(), lock);
    removeMade.dismiss();
    return lock;
}

} // namespace Dz
