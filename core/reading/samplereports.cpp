#include "reading/samplereports.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Dz
{

QStringList sampleReportPaths()
{
    const QDir dir(u":/duizhao/samples"_s);
    QStringList paths;
    const QStringList names = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace Dz
