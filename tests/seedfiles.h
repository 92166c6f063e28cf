#pragma once

// The five seed reports, as the tests find them in resources/samples/.

#include "analysis/reportpipeline.h"

#include <QDir>
#include <QFile>
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
    auto report = ReportPipeline::readFile(path);
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

/// A report assembled from two seeds for copying tests, written to @p path:
/// the first half of seed @p first's lines and the second half of seed
/// @p second's, each seed's district and issuer named 青石区 instead.
inline bool writeAssembledReport(const QString &path, const QString &first, const QString &second)
{
    using namespace Qt::StringLiterals;
    QStringList lines;
    for (const QString &prefix : {first, second}) {
        const Report seed = loadSeed(prefix);
        QString text = seed.text;
        for (const QString &name : {seed.metadata.issuer.value, seed.metadata.district.value}) {
            if (!name.isEmpty())
                text.replace(name, u"青石区"_s);
        }
        const QStringList own = text.split(u'\n');
        lines += prefix == first ? own.mid(0, own.size() / 2) : own.mid(own.size() / 2);
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(lines.join(u'\n').toUtf8()) > 0;
}

} // namespace Dz::Test
