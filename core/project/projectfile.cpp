#include "project/projectfile.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QMutex>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Dz
{

namespace
{

struct Registry {
    QMutex mutex;
    QHash<std::pair<quint64, quint64>, std::weak_ptr<ProjectFile>> files; // by device and inode
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

ProjectFile::~ProjectFile()
{
    Registry &r = registry();
    const QMutexLocker locker(&r.mutex);
    const auto it = r.files.constFind(m_identity);
    if (it != r.files.cend()) {
        if (const std::shared_ptr<ProjectFile> successor = it->lock()) {
            // Opened again meanwhile: its connection may hold locks by now,
            // so the descriptors go on living with it.
            successor->m_descriptors += m_descriptors;
            return;
        }
        r.files.erase(it);
    }
#ifdef Q_OS_UNIX
    // The last holder in this process is gone: no connection of ours has
    // the file open, so closing drops no lock SQLite still needs.
    for (const int fd : std::as_const(m_descriptors))
        ::close(fd);
#endif
}

QByteArray ProjectFile::head(qsizetype size) const
{
    QByteArray bytes(size, '\0');
#ifdef Q_OS_UNIX
    const ssize_t got = ::pread(m_readable, bytes.data(), size_t(size), 0);
    bytes.resize(got > 0 ? qsizetype(got) : 0);
#endif
    return bytes;
}

Result<std::shared_ptr<ProjectFile>> ProjectFile::open(const QString &path, Mode mode)
{
    using R = Result<std::shared_ptr<ProjectFile>>;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    Registry &r = registry();
    auto openFailed = [&path](int error) {
        if (error == ENOSPC || error == EDQUOT)
            return R::failure(tr("%1 cannot be created: no space left on device.").arg(path));
        return R::failure(tr("%1: cannot be opened (%2).").arg(path, systemError(error)));
    };
    // A file this process holds already is not opened again: every
    // descriptor stays open as long as the file is held, so opening one
    // per connection would pile them up.
    struct stat named;
    if (::stat(native.constData(), &named) == 0) {
        const Identity identity {quint64(named.st_dev), quint64(named.st_ino)};
        const QMutexLocker locker(&r.mutex);
        if (std::shared_ptr<ProjectFile> existing = r.files.value(identity).lock()) {
            if (mode == Mode::Read || existing->m_writable >= 0)
                return existing;
            const int fd = ::open(native.constData(), O_RDWR | O_CLOEXEC | O_NOCTTY);
            if (fd < 0)
                return openFailed(errno);
            existing->m_descriptors.append(fd);
            existing->m_writable = fd;
            return existing;
        }
    }
    bool created = false;
    int fd = -1;
    if (mode == Mode::Create) {
        // Made here only if missing: O_EXCL tells a file made now from one that was there.
        fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0666);
        created = fd >= 0;
        if (fd < 0 && errno == EEXIST)
            fd = ::open(native.constData(), O_RDWR | O_CLOEXEC | O_NOCTTY);
    } else {
        fd = ::open(native.constData(), (mode == Mode::Write ? O_RDWR : O_RDONLY) | O_CLOEXEC | O_NOCTTY);
    }
    if (fd < 0)
        return openFailed(errno);
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return R::failure(tr("%1: cannot be opened (%2).").arg(path, systemError(error)));
    }
    const Identity identity {quint64(st.st_dev), quint64(st.st_ino)};
    const QMutexLocker locker(&r.mutex);
    if (std::shared_ptr<ProjectFile> existing = r.files.value(identity).lock()) {
        // Another thread opened it meanwhile: this descriptor stays with its
        // others (see the class comment) and serves writing if none did yet.
        existing->m_descriptors.append(fd);
        if (existing->m_writable < 0 && mode != Mode::Read)
            existing->m_writable = fd;
        return existing;
    }
    std::shared_ptr<ProjectFile> file(new ProjectFile);
    file->m_identity = identity;
    file->m_descriptors.append(fd);
    file->m_readable = fd;
    file->m_writable = mode == Mode::Read ? -1 : fd;
    file->m_created = created;
    r.files.insert(identity, file);
    return file;
#else
    Q_UNUSED(mode);
    if (!QFile::exists(path))
        return R::failure(tr("%1: no such project file.").arg(path));
    return std::shared_ptr<ProjectFile>(new ProjectFile);
#endif
}

} // namespace Dz
