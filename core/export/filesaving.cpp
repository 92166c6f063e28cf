#include "export/filesaving.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Dz
{

Result<qint64> FileSaving::save(const QByteArray &bytes, const QString &path)
{
    const QString shown = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(path).isDir())
        return Result<qint64>::failure(tr("%1: is a folder; choose a file name to export to.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<qint64>::failure(tr("%1: cannot be written (%2).").arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return Result<qint64>::failure(tr("%1: cannot be written (%2).").arg(shown, error));
    }
    if (!file.commit())
        return Result<qint64>::failure(tr("%1: cannot be written (%2).").arg(shown, file.errorString()));
    return qint64(bytes.size());
}

} // namespace Dz
