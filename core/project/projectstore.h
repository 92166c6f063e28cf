#pragma once

#include "base/result.h"
#include "project/annotation.h"
#include "project/projectrecords.h"
#include "reading/report.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace Dz
{

class ProjectLock;

/**
 * A project: one SQLite file (`*.duizhao`) holding the reports, what was
 * derived from them and everything the analyst added.
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
    enum class Access { ReadWrite, ReadOnly };
    enum class Creation { OpenExisting, CreateIfMissing };

    /// How long a statement waits for another connection's write before giving up.
    static constexpr int BusyTimeoutMs = 3000;

    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, Access access = Access::ReadWrite, Creation creation = Creation::OpenExisting);
    /// Opens @p path read-only and reads every report (see reports()); the
    /// commands of duizhao-cli take their reports from a project this way.
    static Result<QList<Report>> loadReports(const QString &path);
    /// The file name suffix of projects, without the dot.
    static QString fileSuffix();

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const
    {
        return m_path;
    }
    bool isReadOnly() const
    {
        return m_readOnly;
    }
    Result<int> schemaVersion() const;

    /// Runs @p work in one transaction (or inside the one already open),
    /// rolling back when it fails.
    Result<bool> transaction(const std::function<Result<bool>()> &work);

    // --- reports ---
    Result<int> reportCount() const;
    Result<QList<ReportSummary>> reportSummaries() const;
    Result<StoredReport> report(qint64 id) const;
    /// The id of the report with this content hash, or 0.
    Result<qint64> reportWithHash(const QString &contentHash) const;
    /// The id of the report imported from @p sourcePath, or 0.
    Result<qint64> reportFromSource(const QString &sourcePath) const;
    Result<qint64> addReport(const NewReport &report);
    /// Gives report @p id new text (a re-import of a changed file) and new
    /// analyses. The analyst's data stays: corrections, overrides and
    /// annotations; annotations are found again in the new text
    /// (AnnotationAnchor), and those that cannot be are kept and marked.
    Result<bool> replaceReport(qint64 id, const NewReport &report);
    /// Looks for report @p reportId's annotations in its text again; returns
    /// how many still need the analyst to place them.
    Result<int> reanchorAnnotations(qint64 reportId);
    Result<bool> setMetadataOverrides(qint64 id, const QJsonObject &overrides);
    /// The file report @p id was read from (projectoriginals.cpp); empty
    /// bytes for a report imported before projects kept originals.
    Result<ReportOriginal> original(qint64 id) const;
    Result<bool> removeReport(qint64 id);
    /// Every report, analysed again from its stored text (in parallel), with
    /// the analyst's metadata overrides applied; Report::filePath is the
    /// original file name, which SectionRef matches. @p ids, if given,
    /// receives each report's id, in the same order.
    Result<QList<Report>> reports(QList<qint64> *ids = nullptr) const;
    /// One report, analysed from its stored text, as reports() gives it.
    Result<Report> analysedReport(qint64 id) const;
    /// What a list shows before the text is read: the file name and the
    /// metadata values (with the analyst's overrides), no text, no sections.
    static Report listed(const ReportSummary &summary);

    // --- derived analyses ---
    Result<bool> storeAnalysis(qint64 reportId, const AnalysisRecord &record);
    /// The stored record of @p kind, whatever engine made it (check engineVersion).
    Result<std::optional<AnalysisRecord>> analysis(qint64 reportId, const QString &kind) const;
    /// Reports without a record of @p kind made by @p engineVersion.
    Result<QList<qint64>> reportsNeedingAnalysis(const QString &kind, const QString &engineVersion) const;

    // --- analyst corrections ---
    /// Stores @p correction; one with an id is restored under that id (undo of a removal).
    Result<qint64> addCorrection(const StoredCorrection &correction);
    Result<bool> removeCorrection(qint64 id);
    Result<QList<StoredCorrection>> corrections() const;

    /// Sets (or replaces) the analyst's value for an indicator of a report.
    Result<qint64> setIndicatorOverride(const IndicatorOverride &value);
    Result<bool> removeIndicatorOverride(qint64 reportId, const QString &indicatorId);
    Result<std::optional<IndicatorOverride>> indicatorOverride(qint64 reportId, const QString &indicatorId) const;
    /// All overrides, or those of one report.
    Result<QList<IndicatorOverride>> indicatorOverrides(qint64 reportId = 0) const;

    // --- annotations ---
    /// Stores @p annotation; one with an id is restored under that id.
    Result<qint64> addAnnotation(const Annotation &annotation);
    Result<bool> updateAnnotation(const Annotation &annotation);
    Result<bool> removeAnnotation(qint64 id);
    Result<Annotation> annotation(qint64 id) const;
    /// All annotations, or those of one report, in text order.
    Result<QList<Annotation>> annotations(qint64 reportId = 0) const;
    /// The project's tag vocabulary, sorted: every tag ever given, kept when no annotation uses it any more.
    Result<QStringList> tags() const;

    // --- search ---
    /// Reports whose text holds every white-space separated term of @p query,
    /// best first, each with a snippet. Terms of three or more characters
    /// are looked up in the trigram index (ranked by BM25); a shorter term
    /// (普法) cannot be, so then the texts are scanned with LIKE and ranked by
    /// how often the terms occur.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50) const;
    static constexpr int MinimumIndexedTermLength = 3;

    // --- the file ---
    /// Writes a consistent copy of the project to @p target (VACUUM INTO);
    /// this project stays open.
    Result<bool> saveCopy(const QString &target) const;
    /// SQLite's integrity_check: "ok", or what is wrong.
    Result<QString> integrityCheck() const;

private:
    ProjectStore() = default;

    Result<bool> initialise(int version, int applicationId, int objectCount, bool mayCreate);
    Result<bool> migrate(int fromVersion);
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    QString sqlError(const QSqlError &error) const;
    Result<bool> storeOriginal(qint64 reportId, const NewReport &report);
    Result<bool> writeTags(qint64 annotationId, const QStringList &tags);
    Result<QList<Annotation>> readAnnotations(const QString &where, const QVariantList &values) const;
    Result<bool> checkWritable() const;
    Result<QList<SearchHit>> searchIndex(const QStringList &terms, int limit) const;
    Result<QList<SearchHit>> searchByScan(const QStringList &terms, int limit) const;

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::shared_ptr<ProjectLock> m_lock;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
};

} // namespace Dz
