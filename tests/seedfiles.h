#pragma once

// The five seed reports, as the tests find them in resources/samples/.

#include "analysis/reportpipeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

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
/// @p second's, each seed's district and issuer named 青石区 instead. It is
/// the later report: the year it states (the first seed's, where the text
/// first names it) is the year after both seeds'.
inline bool writeAssembledReport(const QString &path, const QString &first, const QString &second)
{
    using namespace Qt::StringLiterals;
    QStringList lines;
    int stated = 0;
    int latest = 0;
    for (const QString &prefix : {first, second}) {
        const Report seed = loadSeed(prefix);
        if (prefix == first)
            stated = seed.year();
        latest = std::max(latest, seed.year());
        QString text = seed.text;
        for (const QString &name : {seed.metadata.issuer.value, seed.metadata.district.value}) {
            if (!name.isEmpty())
                text.replace(name, u"青石区"_s);
        }
        const QStringList own = text.split(u'\n');
        lines += prefix == first ? own.mid(0, own.size() / 2) : own.mid(own.size() / 2);
    }
    QString text = lines.join(u'\n');
    const qsizetype at = text.indexOf(u"%1年"_s.arg(stated));
    if (stated > 0 && at >= 0)
        text.replace(at, 4, QString::number(latest + 1));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

} // namespace Dz::Test
