#pragma once

// The five seed reports, as the tests find them in resources/samples/.

#include "reading/reportloader.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace Dz::Test
{

inline QStringList seedPaths()
{
    using namespace Qt::StringLiterals;
    const QDir dir(QStringLiteral(DUIZHAO_SAMPLES_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

/// The seed whose file name starts with @p prefix ("000" … "004").
inline QString seedPath(const QString &prefix)
{
    for (const QString &path : seedPaths()) {
        if (QFileInfo(path).fileName().startsWith(prefix))
            return path;
    }
    return {};
}

inline Report loadSeed(const QString &prefix)
{
    const QString path = seedPath(prefix);
    auto report = ReportLoader::load(path);
    if (!report)
        qFatal("cannot load seed %s: %s", qPrintable(prefix), qPrintable(report.error()));
    return std::move(report).value();
}

inline QList<Report> loadSeeds()
{
    QList<Report> reports;
    for (const QString &path : seedPaths())
        reports.append(loadSeed(QFileInfo(path).fileName().left(3)));
    return reports;
}

} // namespace Dz::Test
