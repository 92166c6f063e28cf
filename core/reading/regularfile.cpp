#include "reading/regularfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QString tooLarge(const QString &path, qint64 size, qint64 maxSize)
{
    return RegularFile::tr("%1: the file is %2, more than the %3 a report can have.")
        .arg(path, RegularFile::describeSize(size), RegularFile::describeSize(maxSize));
}

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return RegularFile::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return RegularFile::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return RegularFile::tr("a device");
    return RegularFile::tr("not a regular file");
}

QString openError(const QString &path, const QByteArray &native, int error)
{
    switch (error) {
    case ENOENT: {
        struct stat link;
        if (::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            return RegularFile::tr("%1: is a symbolic link to “%2”, which does not exist.").arg(path, QFileInfo(path).symLinkTarget());
        return RegularFile::tr("%1: no such file.").arg(path);
    }
    case ELOOP:
        return RegularFile::tr("%1: is a symbolic link that leads round in a loop, never to a file.").arg(path);
    case EACCES:
        return RegularFile::tr("%1: no permission to read the file.").arg(path);
    case ENOTDIR:
        return RegularFile::tr("%1: no such file (a part of the path is not a folder).").arg(path);
    default:
        return RegularFile::tr("%1: cannot be opened (%2).").arg(path, QString::fromLocal8Bit(std::strerror(error)));
    }
}
#endif

} // namespace

QString RegularFile::describeSize(qint64 bytes)
{
    const QLocale locale;
    return tr("%1 bytes (%2)").arg(locale.toString(bytes), locale.formattedDataSize(bytes));
}

Result<QByteArray> RegularFile::read(const QString &path, qint64 maxSize)
{
    using R = Result<QByteArray>;
    QFile file;
#ifdef Q_OS_UNIX
    // Qt resources (the built-in samples) are no files of the system's.
    const bool resource = path.startsWith(u':') || path.startsWith(u"qrc:"_s);
    if (!resource) {
        // O_NONBLOCK: opening a FIFO for reading would wait for a writer.
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            return R::failure(openError(path, native, errno));
        struct stat st;
        if (::fstat(fd, &st) != 0) {
            const int error = errno;
            ::close(fd);
            return R::failure(tr("%1: cannot be opened (%2).").arg(path, QString::fromLocal8Bit(std::strerror(error))));
        }
        if (!S_ISREG(st.st_mode)) {
            ::close(fd);
            if (S_ISDIR(st.st_mode))
                return R::failure(tr("%1: is a folder, not a report file.").arg(path));
            return R::failure(tr("%1: is %2, not a report file; only regular files are read.").arg(path, kindOf(st.st_mode)));
        }
        if (st.st_size > maxSize) {
            ::close(fd);
            return R::failure(tooLarge(path, st.st_size, maxSize));
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return R::failure(tr("%1: cannot be opened (%2).").arg(path, file.errorString()));
        }
    }
#endif
    if (!file.isOpen()) {
        const QFileInfo info(path);
        if (!info.exists())
            return R::failure(tr("%1: no such file.").arg(path));
        if (info.isDir())
            return R::failure(tr("%1: is a folder, not a report file.").arg(path));
        if (!info.isFile())
            return R::failure(tr("%1: is not a regular file, not a report file; only regular files are read.").arg(path));
        if (info.size() > maxSize)
            return R::failure(tooLarge(path, info.size(), maxSize));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("%1: cannot be opened (%2).").arg(path, file.errorString()));
    }
    // Read by the file's size: QIODevice::read(maxSize) would reserve the
    // whole limit for every file (2,000 files of a folder import, 64 MiB
    // each, are 128 GiB of address space). One byte past the size shows a
    // file that grew meanwhile; past the limit, it is refused.
    QByteArray bytes;
    const qint64 expected = qBound<qint64>(0, file.size(), maxSize);
    bytes.resize(qsizetype(expected + 1));
    qint64 have = 0;
    while (true) {
        if (have == bytes.size()) {
            if (have > maxSize)
                return R::failure(tr("%1: the file is larger than the %2 a report can have.").arg(path, describeSize(maxSize)));
            bytes.resize(qsizetype(qMin<qint64>(maxSize + 1, have + qMax<qint64>(have, 64 * 1024))));
        }
        const qint64 got = file.read(bytes.data() + have, bytes.size() - have);
        if (got < 0)
            return R::failure(tr("%1: cannot be read (%2).").arg(path, file.errorString()));
        if (got == 0)
            break;
        have += got;
    }
    if (have > maxSize)
        return R::failure(tr("%1: the file is larger than the %2 a report can have.").arg(path, describeSize(maxSize)));
    bytes.resize(qsizetype(have));
    bytes.squeeze();
    return bytes;
}

} // namespace Dz
