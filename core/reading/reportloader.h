#pragma once

#include "base/result.h"
#include "reading/report.h"

#include <QStringList>

namespace Dz
{

/**
 * Turns a file into a Report: decode, set furniture aside, outline, metadata.
 * Many files at once, in the background, are an import (ProjectImporter).
 */
class ReportLoader
{
public:
    static Result<Report> load(const QString &path);

    /// Analyses text already decoded; @p filePath is kept as the report's name.
    static Report fromText(const QString &text, const QString &filePath, const QString &encoding = QStringLiteral("UTF-8"));
};

/// The five reports shipped with the application (Qt resource paths).
QStringList sampleReportPaths();

} // namespace Dz
