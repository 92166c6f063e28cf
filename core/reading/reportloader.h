#pragma once

#include "base/result.h"
#include "reading/report.h"
#include "reading/sourcedocument.h"

#include <QStringList>

namespace Dz
{

/**
 * Turns a file into a Report: read it (DocumentReader picks the format by
 * its content), set furniture aside, outline, metadata.
 */
class ReportLoader
{
public:
    static Result<Report> load(const QString &path);

    /// Analyses what a DocumentReader read; @p filePath is kept as the report's name.
    static Report fromDocument(const SourceDocument &document, const QString &filePath);

    /// Analyses text already decoded; @p filePath is kept as the report's name.
    static Report fromText(const QString &text, const QString &filePath, const QString &encoding = QStringLiteral("UTF-8"));
};

/// The five reports shipped with the application (Qt resource paths).
QStringList sampleReportPaths();

} // namespace Dz
