#include "export/filesaving.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

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

} // namespace

Result<qint64> FileSaving::save(const QByteArray &bytes, const QString &path)
{
    const QString shown = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(path).isDir())
        return Result<qint64>::failure(tr("%1: is a folder; choose a file name to export to.").arg(shown));
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
