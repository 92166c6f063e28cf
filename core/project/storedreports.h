#pragma once

#include "base/result.h"
#include "project/projectrecords.h"
#include "reading/report.h"

#include <QJsonObject>
#include <QList>

namespace Dz
{

class ProjectStore;

/**
 * A project's stored reports read again as Reports: the reading stage runs
 * over each stored text, and the analyst's metadata values replace those
 * found. Report::filePath is the original file name, which SectionRef
 * matches. (The store itself never reads text.)
 */
class StoredReports
{
public:
    /// Every report of @p store, read in parallel; @p ids, if given,
    /// receives each report's id, in the same order.
    static Result<QList<Report>> readAll(const ProjectStore &store, QList<qint64> *ids = nullptr);
    /// One report, as readAll() gives it.
    static Result<Report> read(const ProjectStore &store, qint64 id);
    /// Opens @p path read-only and reads every report; the commands of
    /// duizhao-cli take their reports from a project this way.
    static Result<QList<Report>> readProject(const QString &path);
    /// One stored report, as readAll() gives it (any thread).
    static Report read(const StoredReport &stored);
    /// What a list shows before the text is read: the file name and the
    /// metadata values (with the analyst's overrides), no text, no sections.
    static Report listed(const ReportSummary &summary);
    /// Puts the analyst's values ({"district": "滨海", …}) in place of those found.
    static void applyOverrides(ReportMetadata &metadata, const QJsonObject &overrides);
};

} // namespace Dz
