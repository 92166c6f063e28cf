#include "reading/readlimits.h"

#include <QLocale>

namespace Dz
{

QString ReadLimits::tooDeep(const QString &fileName, const QString &part)
{
    return tr("%1: refused: its %2 nests elements more than %3 levels deep, which no real document does (a damaged or hostile file).")
        .arg(fileName, part)
        .arg(MaxDepth);
}

QString ReadLimits::tooLong(const QString &fileName)
{
    return tr("%1: refused: its text would be longer than %2 characters, far more than a report holds (a damaged or hostile file).")
        .arg(fileName, QLocale().toString(MaxTextLength));
}

QString ReadLimits::tooManyPages(const QString &fileName, qint64 pages)
{
    return tr("%1: refused: it has %2 pages; a report is read only up to %3 pages.").arg(fileName, QLocale().toString(pages), QLocale().toString(MaxPages));
}

QString ReadLimits::outOfMemory(const QString &fileName)
{
    return tr("%1: refused: reading it needs more memory than this computer can give (a damaged or hostile file); the other files are read as usual.")
        .arg(fileName);
}

} // namespace Dz
