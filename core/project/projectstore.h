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

#include <memory>

namespace Dz
{

/**
 * A project: one SQLite file (`*.duizhao`) holding the reports, what was
 * derived from them and everything the analyst added.
 *
 * The store opens the project and owns its four parts, each a view over the
 * one connection; callers ask the part that does the work:
 * - database(): ProjectDatabase, the file or server itself (path,
 *   read-only, schema version, transactions, copies, integrity check);
 * - reportRecords(): ReportRecords, the reports (texts, metadata and its
 *   overrides, originals) and the analyses derived from them;
 * - analystRecords(): AnalystRecords, the analyst's work (corrections,
 *   indicator values, annotations and tags, the comparison set, the deck,
 *   the weakness catalog);
 * - searchIndex(): SearchIndex, full-text search of the texts.
 * The store itself only does what touches more than one part: a new or
 * changed text is stored, indexed for search and its annotations placed
 * again in one transaction (addReport(), replaceReport(),
 * reanchorAnnotations()). It forwards nothing; Qt Sql stays inside the
 * parts' sources.
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

    // --- what touches more than one part ---
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

private:
    ProjectStore() = default;

    std::unique_ptr<ProjectDatabase> m_database;
    std::unique_ptr<ReportRecords> m_reports;
    std::unique_ptr<AnalystRecords> m_analyst;
    std::unique_ptr<SearchIndex> m_search;
};

} // namespace Dz
