#pragma once

#include "base/result.h"
#include "project/changelog.h"
#include "project/projectrecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace Dz
{

class ProjectDatabase;

/**
 * The reports of a project and what was derived from them: the texts with
 * their metadata, and the analyses by kind and engine version.
 *
 * A view over an open ProjectDatabase (it owns nothing); every write runs in
 * a transaction of its own or in the caller's. It neither reads nor analyses
 * text: the stages that own that do it before a report comes here.
 */
class ReportRecords
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    explicit ReportRecords(ProjectDatabase &database)
        : m_database(database)
    {
    }

    Result<int> reportCount() const;
    Result<QList<ReportSummary>> reportSummaries() const;
    /// Every report's id, in order.
    Result<QList<qint64>> reportIds() const;
    /// Report @p id with its text; a failure naming it when the text no
    /// longer matches its content hash (damage()), and then @p damaged set.
    Result<StoredReport> report(qint64 id, bool *damaged = nullptr) const;
    /// Every report with its text, in id order; reports whose text is
    /// damaged are left out, and named in @p damaged.
    Result<QList<StoredReport>> storedReports(QList<DamagedReport> *damaged = nullptr) const;

    /// SHA-256 (hex) of @p text as UTF-8: a report's content hash.
    static QString contentHash(const QString &text);
    /// Why @p stored cannot be trusted: its text does not match the content
    /// hash it was stored with (damaged bytes in the project); nothing when
    /// it matches. One hash of the text, so it costs what reading it does.
    std::optional<DamagedReport> damage(const StoredReport &stored) const;
    /// Stores @p report with its analyses; returns its id.
    Result<qint64> addReport(const NewReport &report);
    /// Gives report @p id new text and metadata; its old analyses go, the new
    /// ones come with @p report.
    Result<> replaceText(qint64 id, const NewReport &report);
    /// The file report @p id was read from; empty bytes for a report
    /// imported before projects kept originals. A text file kept as its
    /// stored text fails like report() when that text is damaged.
    Result<ReportOriginal> original(qint64 id) const;
    Result<> setMetadataOverrides(qint64 id, const QJsonObject &overrides);
    /// As above, but only when the stored overrides are still @p startedFrom
    /// (what the analyst saw; empty for none): when another analyst changed
    /// them meanwhile nothing is written, the failure says who changed them to
    /// what, and @p conflict holds the same (AnalystRecords' checked writes).
    Result<> setMetadataOverrides(qint64 id, const QJsonObject &overrides, const QJsonObject &startedFrom, std::optional<ChangeConflict> *conflict);
    /// The analyst's metadata overrides of report @p id, or of every report
    /// (0); reports without any are left out.
    Result<QHash<qint64, QJsonObject>> metadataOverrides(qint64 id = 0) const;
    /// Replaces the metadata found in a report (after a newer reader read
    /// its text again), so that its list entry says what its analysis says.
    Result<> setFoundMetadata(qint64 id, const QJsonObject &metadata);
    Result<> removeReport(qint64 id);

    Result<> storeAnalysis(qint64 reportId, const AnalysisRecord &record);
    /// The stored record of @p kind, whatever engine made it (check engineVersion).
    Result<std::optional<AnalysisRecord>> analysis(qint64 reportId, const QString &kind) const;
    /// Reports @p ids (in that order) with their stored records, in three
    /// queries whatever their number; fails when one of them is not there.
    /// With @p onlyKind, only records of that kind, and no text.
    Result<QList<StoredAnalysisSource>> analysisSources(const QList<qint64> &ids, const QString &onlyKind = {}) const;
    /// Reports without a record of @p kind made by @p engineVersion.
    Result<QList<qint64>> reportsNeedingAnalysis(const QString &kind, const QString &engineVersion) const;

private:
    Result<> writeMetadataOverrides(qint64 id, const QJsonObject &overrides, const QJsonObject *startedFrom, std::optional<ChangeConflict> *conflict);
    Result<> storeOriginal(qint64 reportId, const NewReport &report);
    /// @p json, if not empty, holds each record's data as compact JSON already.
    Result<> storeAnalyses(qint64 reportId, const QList<AnalysisRecord> &records, const QStringList &json);

    ProjectDatabase &m_database;
};

} // namespace Dz
