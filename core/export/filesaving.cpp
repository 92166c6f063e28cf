#include "export/filesaving.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// The system's word for what went wrong ("No space left on device"), where
// Qt's own can be only "Unknown error"; Qt's when the system set none.
QString systemError(int error, const QString &qtError)
{
    return error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : qtError;
}

#ifdef Q_OS_UNIX
// A character device or a named pipe (/dev/null, /dev/stdout, a pipe to
// another program) is written to as it is, every write checked: a
// temporary file renamed over it would replace the device with a file.
Result<qint64> writeInPlace(const QByteArray &bytes, const QString &shown, const QByteArray &native, bool pipe)
{
    // Without blocking: a pipe nobody reads would wait for ever.
    const int fd = ::open(native.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (pipe && error == ENXIO)
            return Result<qint64>::failure(FileSaving::tr("%1: is a named pipe that no program reads from; nothing was written.").arg(shown));
        return Result<qint64>::failure(FileSaving::tr("%1: cannot be written (%2).").arg(shown, systemError(error, {})));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t wrote = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0) {
            const int error = wrote < 0 ? errno : EIO;
            ::close(fd);
            return Result<qint64>::failure(FileSaving::tr("%1: cannot be written (%2).").arg(shown, systemError(error, {})));
        }
        done += wrote;
    }
    if (::close(fd) != 0)
        return Result<qint64>::failure(FileSaving::tr("%1: cannot be written (%2).").arg(shown, systemError(errno, {})));
    return qint64(bytes.size());
}
#endif

} // namespace

Result<qint64> FileSaving::save(const Result<QByteArray> &bytes, const QString &path)
{
    if (!bytes)
        return Failure(bytes.error());
    return save(bytes.value(), path);
}

Result<qint64> FileSaving::save(const QByteArray &bytes, const QString &path)
{
    const QString shown = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(path).isDir())
        return Result<qint64>::failure(tr("%1: is a folder; choose a file name to export to.").arg(shown));
#ifdef Q_OS_UNIX
    // What the name leads to, through links.
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
            return writeInPlace(bytes, shown, native, S_ISFIFO(st.st_mode));
        return Result<qint64>::failure(tr("%1: is not a file (a socket or a disk device); nothing was written. Choose a file name.").arg(shown));
    }
#endif
    QSaveFile file(path);
    // Unbuffered: a write that fails (a full disk) fails here, with its own
    // errno, rather than in commit's flush, which reports "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Result<qint64>::failure(tr("%1: cannot be written (%2).").arg(shown, file.errorString()));
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const QString error = systemError(errno, file.errorString());
        file.cancelWriting();
        return Result<qint64>::failure(tr("%1: cannot be written (%2).").arg(shown, error));
    }
    errno = 0;
    if (!file.commit())
        return Result<qint64>::failure(tr("%1: cannot be written (%2).").arg(shown, systemError(errno, file.errorString())));
    return qint64(bytes.size());
}

} // namespace Dz
