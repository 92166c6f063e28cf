#pragma once

#include "analysis/comparison.h"
#include "analysis/reportanalysis.h"
#include "base/result.h"
#include "project/projectrecords.h"
#include "reading/report.h"

#include <QCoreApplication>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>

namespace Dz
{

class ProjectStore;

/**
 * The derived analyses a project stores for each report, by kind, and the
 * engine version of each.
 *
 * A stored record names the engine version that made it; when the version
 * here differs (the parser, the classifier or the scheme changed), refresh()
 * computes it again from the stored text. Analyst data is stored apart and
 * never touched by this.
 */
class ProjectAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectAnalysis)

public:
    /// OutlineFormat::toJson() of the report.
    static QString outlineKind();
    /// The classification of each section by the built-in scheme.
    static QString classificationKind();
    /// Every built-in indicator with its evidence (IndicatorFormat::reportToJson()).
    static QString indicatorsKind();
    /// The weakness items of the shortcomings part, with themes.
    static QString weaknessesKind();
    static QStringList kinds();

    /// The version of the engine that makes @p kind now. Bump the number in
    /// projectanalysis.cpp when the output of the parser changes; the
    /// classification's, indicators' and weaknesses' versions also follow
    /// the content of the data files they read (scheme, catalogs).
    static QString engineVersion(const QString &kind);

    /// @p analysis as the records a project stores.
    static QList<AnalysisRecord> records(const ReportAnalysis &analysis);
    /// The analysis @p records hold for @p stored (its text, its identity
    /// overrides applied); nullopt when a record is missing, made by
    /// another engine version, or unreadable.
    static std::optional<ReportAnalysis> fromRecords(const StoredReport &stored, const QList<AnalysisRecord> &records);

    /// Report @p id's analysis, read back from the project: the stored records
    /// where they are current, else made again from the stored text (not
    /// written back: refresh() does that), with the analyst's identity
    /// values applied. Report::filePath is the original file name. A report
    /// whose text no longer matches its content hash is a failure naming it.
    static Result<ReportAnalysis> read(const ProjectStore &store, qint64 id);

    /// The analyses of reports @p ids, in that order, read as read() reads
    /// one but in batches of a few queries, decoded on every core (where
    /// each text is checked against its content hash, once).
    /// @p progress gets the number read after each batch; returning false
    /// stops the reading (then the result is a failure). A damaged report
    /// is left out of the list and named in @p damaged; without
    /// @p damaged, it makes the whole read a failure naming it: a damaged
    /// text is never served.
    static Result<QList<ReportAnalysis>> readAll(
        const ProjectStore &store, const QList<qint64> &ids, const std::function<bool(qsizetype done)> &progress = {}, QList<DamagedReport> *damaged = nullptr);

    /// The indicator values of reports @p ids, in that order, as readAll()
    /// would give them (the analyst's identity applied), read from the stored
    /// indicator records alone: no text, outline or classification, so a
    /// whole project's table is quick. A report whose record is missing or
    /// stale is read in full. Indicators do not depend on alignment
    /// corrections, so none are needed.
    static Result<QList<ReportIndicators>> readIndicators(const ProjectStore &store, const QList<qint64> &ids);

    /// The comparison of reports @p ids of the project: their stored analyses,
    /// aligned with @p corrections. What the workbench shows and what
    /// `duizhao-cli --project` prints. Damaged reports are left out, each
    /// named in Comparison::problems.
    static Result<Comparison> compare(const ProjectStore &store, const QList<qint64> &ids, const QList<AlignmentCorrection> &corrections);
    /// The same on a worker thread, with its own connection to @p projectPath:
    /// progress per report, stops when canceled; nothing when the project
    /// cannot be read (see @p promise's result count).
    static void compareInBackground(
        QPromise<Result<Comparison>> &promise, const QString &projectPath, const QList<qint64> &ids, const QList<AlignmentCorrection> &corrections);

    /// Recomputes the records made by another engine version; returns how
    /// many reports were analysed again. Stops between reports when
    /// @p canceled returns true. A damaged report is skipped (and logged).
    static Result<int> refresh(ProjectStore &store, const std::function<bool()> &canceled = {});
};

} // namespace Dz
