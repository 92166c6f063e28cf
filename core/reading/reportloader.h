#pragma once

#include "base/result.h"
#include "reading/report.h"
#include "reading/sourcedocument.h"

#include <QPromise>
#include <QStringList>

namespace Dz
{

/// What loading several files gave: the reports read, and one message per
/// file that could not be read (each names its file).
struct LoadOutcome {
    QList<Report> reports;
    QStringList errors;
};

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

    /// Loads @p paths in order on a worker thread, reporting progress per file
    /// and stopping early when the promise is cancelled.
    static void loadAll(QPromise<LoadOutcome> &promise, const QStringList &paths);
};

/// The five reports shipped with the application (Qt resource paths).
QStringList sampleReportPaths();

} // namespace Dz
