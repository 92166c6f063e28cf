#pragma once

#include "base/result.h"
#include "project/analystrecords.h"
#include "project/annotation.h"
#include "project/projectdatabase.h"
#include "project/projectrecords.h"
#include "project/reportrecords.h"
#include "project/searchindex.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Dz
{

/**
 * A project: one SQLite file (`*.duizhao`) holding the reports, what was
 * derived from them and everything the analyst added.
 *
 * The work is done by its parts, each a view over the one connection:
 * ProjectDatabase (the file, schema, migrations, transactions),
 * ReportRecords (texts, metadata, analyses), AnalystRecords (corrections,
 * indicator values, annotations, tags) and SearchIndex (full-text search).
 * The store puts them together where a change touches more than one (a new
 * text is indexed for search, its annotations are placed again) and keeps
 * the calls its users make; Qt Sql stays inside the parts' sources.
 *
 * One ProjectStore is one connection and belongs to the thread that opened
 * it; a worker opens its own (the file is in WAL mode, so readers never wait
 * for the writer). Every write runs in a transaction: a crash or a kill
 * leaves the file as it was before the write or after it, never between.
 * Opening never changes a file it refuses (not a project, a newer schema,
 * read-only, locked); every failure is a message naming the file.
 */
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    using Access = ProjectDatabase::Access;
    using Creation = ProjectDatabase::Creation;

    /// How long a statement waits for another connection's write before giving up.
    static constexpr int BusyTimeoutMs = ProjectDatabase::BusyTimeoutMs;

    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, Access access = Access::ReadWrite, Creation creation = Creation::OpenExisting);
    /// The file name suffix of projects, without the dot.
    static QString fileSuffix();

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // --- the parts ---
    ProjectDatabase &database() const
    {
        return *m_database;
    }
    ReportRecords &reportRecords() const
    {
        return *m_reports;
    }
    AnalystRecords &analystRecords() const
    {
        return *m_analyst;
    }
    SearchIndex &searchIndex() const
    {
        return *m_search;
    }

    // --- the file (ProjectDatabase) ---
    QString path() const
    {
        return m_database->path();
    }
    bool isReadOnly() const
    {
        return m_database->isReadOnly();
    }
    Result<int> schemaVersion() const
    {
        return m_database->schemaVersion();
    }
    /// Runs @p work in one transaction (or inside the one already open),
    /// rolling back when it fails.
    Result<> transaction(const std::function<Result<>()> &work)
    {
        return m_database->transaction(work);
    }
    Result<> saveCopy(const QString &target) const
    {
        return m_database->saveCopy(target);
    }
    Result<QString> integrityCheck(const std::function<bool()> &canceled = {}) const
    {
        return m_database->integrityCheck(canceled);
    }

    // --- reports (ReportRecords, and the search index beside them) ---
    Result<int> reportCount() const
    {
        return m_reports->reportCount();
    }
    Result<QList<ReportSummary>> reportSummaries() const
    {
        return m_reports->reportSummaries();
    }
    Result<StoredReport> report(qint64 id) const
    {
        return m_reports->report(id);
    }
    /// Stores @p report with its analyses and indexes it for search.
    Result<qint64> addReport(const NewReport &report);
    /// Gives report @p id new text (a re-import of a changed file) and new
    /// analyses. The analyst's data stays: corrections, overrides and
    /// annotations; annotations are found again in the new text
    /// (AnnotationAnchor), and those that cannot be are kept and marked.
    Result<> replaceReport(qint64 id, const NewReport &report);
    /// Looks for report @p reportId's annotations in its text again; returns
    /// how many still need the analyst to place them.
    Result<int> reanchorAnnotations(qint64 reportId);
    Result<> setMetadataOverrides(qint64 id, const QJsonObject &overrides)
    {
        return m_reports->setMetadataOverrides(id, overrides);
    }
    Result<> removeReport(qint64 id)
    {
        return m_reports->removeReport(id);
    }
    /// The file report @p id was read from; empty bytes for a report
    /// imported before projects kept originals.
    Result<ReportOriginal> original(qint64 id) const
    {
        return m_reports->original(id);
    }

    // --- derived analyses (ReportRecords) ---
    Result<> storeAnalysis(qint64 reportId, const AnalysisRecord &record)
    {
        return m_reports->storeAnalysis(reportId, record);
    }
    /// The stored record of @p kind, whatever engine made it (check engineVersion).
    Result<std::optional<AnalysisRecord>> analysis(qint64 reportId, const QString &kind) const
    {
        return m_reports->analysis(reportId, kind);
    }
    /// Reports @p ids with their text and stored records, in three queries;
    /// with @p onlyKind, that kind's records alone and no text.
    Result<QList<StoredAnalysisSource>> analysisSources(const QList<qint64> &ids, const QString &onlyKind = {}) const
    {
        return m_reports->analysisSources(ids, onlyKind);
    }
    /// Reports without a record of @p kind made by @p engineVersion.
    Result<QList<qint64>> reportsNeedingAnalysis(const QString &kind, const QString &engineVersion) const
    {
        return m_reports->reportsNeedingAnalysis(kind, engineVersion);
    }

    // --- the analyst's work (AnalystRecords) ---
    Result<qint64> addCorrection(const StoredCorrection &correction)
    {
        return m_analyst->addCorrection(correction);
    }
    Result<> removeCorrection(qint64 id)
    {
        return m_analyst->removeCorrection(id);
    }
    Result<QList<StoredCorrection>> corrections() const
    {
        return m_analyst->corrections();
    }
    Result<qint64> setIndicatorOverride(const IndicatorOverride &value)
    {
        return m_analyst->setIndicatorOverride(value);
    }
    Result<> removeIndicatorOverride(qint64 reportId, const QString &indicatorId)
    {
        return m_analyst->removeIndicatorOverride(reportId, indicatorId);
    }
    Result<std::optional<IndicatorOverride>> indicatorOverride(qint64 reportId, const QString &indicatorId) const
    {
        return m_analyst->indicatorOverride(reportId, indicatorId);
    }
    Result<QList<IndicatorOverride>> indicatorOverrides(qint64 reportId = 0) const
    {
        return m_analyst->indicatorOverrides(reportId);
    }
    Result<std::optional<QJsonObject>> weaknessCatalog() const
    {
        return m_analyst->weaknessCatalog();
    }
    Result<> setWeaknessCatalog(const QJsonObject &catalog)
    {
        return m_analyst->setWeaknessCatalog(catalog);
    }
    Result<qint64> addAnnotation(const Annotation &annotation)
    {
        return m_analyst->addAnnotation(annotation);
    }
    Result<> updateAnnotation(const Annotation &annotation)
    {
        return m_analyst->updateAnnotation(annotation);
    }
    Result<> removeAnnotation(qint64 id)
    {
        return m_analyst->removeAnnotation(id);
    }
    Result<Annotation> annotation(qint64 id) const
    {
        return m_analyst->annotation(id);
    }
    Result<QList<Annotation>> annotations(qint64 reportId = 0) const
    {
        return m_analyst->annotations(reportId);
    }
    Result<QStringList> tags() const
    {
        return m_analyst->tags();
    }

    // --- search (SearchIndex) ---
    /// Reports whose text holds every white-space separated term of @p query,
    /// best first, each with a snippet; always through an index.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50) const
    {
        return m_search->search(query, limit);
    }

private:
    ProjectStore() = default;

    std::unique_ptr<ProjectDatabase> m_database;
    std::unique_ptr<ReportRecords> m_reports;
    std::unique_ptr<AnalystRecords> m_analyst;
    std::unique_ptr<SearchIndex> m_search;
};

} // namespace Dz
