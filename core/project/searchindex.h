#pragma once

#include "base/result.h"
#include "project/projectrecords.h"

#include <QCoreApplication>
#include <QVariantList>

namespace Dz
{

class ProjectDatabase;

/**
 * Full-text search of a project's reports, always through an index.
 *
 * Two FTS5 indexes cover the texts: the trigram index (report_search, kept in
 * step with the reports table by triggers) answers terms of three or more
 * characters; the bigram index (report_bigrams,
 * contentless) answers shorter ones such as 普法, which no trigram holds.
 * The bigram index is fed the text as space-separated tokens, one per
 * character of each run of letters and digits: that character and the next
 * one, or the character alone at the end of a run (bigramTokens()). A
 * two-character term is then one token, a single character a prefix.
 * Punctuation is not in the bigram index: a short term made only of it
 * finds nothing. Hits are ranked by BM25; snippets are cut from the texts
 * of the hits returned.
 *
 * A view over an open ProjectDatabase (it owns nothing).
 */
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    /// Terms this long or longer go to the trigram index, shorter ones to the bigram index.
    static constexpr int MinimumTrigramTermLength = 3;

    explicit SearchIndex(ProjectDatabase &database)
        : m_database(database)
    {
    }

    /// Reports whose text holds every white-space separated term of @p query,
    /// best first (BM25), each with a snippet.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50) const;

    /// What the bigram index is given for @p text (any thread; the importer
    /// computes it beside the analysis).
    static QString bigramTokens(QStringView text);
    enum class Indexed { Never, Before };
    /// Indexes report @p reportId's @p text in the bigram index, in the
    /// caller's transaction; one indexed @c Before loses its old text first.
    /// @p tokens, if not empty, is bigramTokens(text) computed already.
    Result<> indexText(qint64 reportId, const QString &text, const QString &tokens = {}, Indexed indexed = Indexed::Before);
    /// Indexes every stored report again (the migration that adds the index).
    Result<> rebuild();

private:
    Result<QList<SearchHit>> searchTrigrams(const QStringList &terms, int limit) const;
    Result<QList<SearchHit>> searchBigrams(const QStringList &shortTerms, const QStringList &longTerms, const QStringList &terms, int limit) const;
    /// The hits of @p sql (report id, BM25 rank), with snippets showing @p terms.
    Result<QList<SearchHit>> ranked(const QString &sql, const QVariantList &values, const QStringList &terms) const;

    ProjectDatabase &m_database;
};

} // namespace Dz
