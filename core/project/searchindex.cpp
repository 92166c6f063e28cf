#include "project/searchindex.h"

#include "project/projectdatabase.h"
#include "project/projectdatabase_p.h"

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Characters of context a snippet made here shows before a match, and in all.
constexpr qsizetype ContextBefore = 12;
constexpr qsizetype SnippetLength = 36;

// A snippet around the first match of any of @p terms in @p text, with every
// term in it highlighted.
void setSnippet(SearchHit &hit, const QString &text, const QStringList &terms)
{
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    const qsizetype from = qMax<qsizetype>(0, first - ContextBefore);
    const qsizetype to = qMin<qsizetype>(text.size(), from + SnippetLength);
    const QString window = text.mid(from, to - from);
    // Longest first, so that a term inside another is not marked twice.
    QStringList byLength = terms;
    std::sort(byLength.begin(), byLength.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    QList<TextSpan> spans;
    for (const QString &term : std::as_const(byLength)) {
        for (qsizetype at = window.indexOf(term, 0, Qt::CaseInsensitive); at >= 0; at = window.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            const TextSpan span {at, at + term.size()};
            const bool overlaps = std::any_of(spans.cbegin(), spans.cend(), [&span](const TextSpan &s) {
                return span.start < s.end && s.start < span.end;
            });
            if (!overlaps)
                spans.append(span);
        }
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) {
        return a.start < b.start;
    });
    const QString prefix = from > 0 ? u"…"_s : QString();
    hit.snippet = prefix + QString(window).replace(u'\n', u' ') + (to < text.size() ? u"…"_s : QString());
    for (const TextSpan &span : std::as_const(spans))
        hit.highlights.append({span.start + prefix.size(), span.end + prefix.size()});
}

// Every term a quoted phrase, so that nothing the analyst types is read as
// FTS5 query syntax (AND, NEAR, *, column filters).
QString phrase(QString term)
{
    return u'"' + term.replace(u'"', u"\"\""_s) + u'"';
}

// Calls @p f(codePoint) for each code point of @p text, case-folded.
template<typename F>
void forEachFolded(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        f(QChar::toCaseFolded(c));
    }
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// The runs of letters and digits of @p text, case-folded.
QStringList tokenRuns(QStringView text)
{
    QStringList runs;
    QString run;
    forEachFolded(text, [&](char32_t c) {
        if (QChar::isLetterOrNumber(c)) {
            appendCodePoint(run, c);
        } else if (!run.isEmpty()) {
            runs.append(run);
            run.clear();
        }
    });
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

// The bigram-index query for a short term: a run of one character is a
// prefix (it starts a token wherever it occurs), a longer run the phrase of
// its bigrams. Empty when the term has no letters or digits.
QString bigramQuery(const QString &term)
{
    QStringList parts;
    for (const QString &run : tokenRuns(term)) {
        const QString tokens = SearchIndex::bigramTokens(run);
        // bigramTokens() ends a run with its last character alone; a term
        // goes on in the text, so that token is not part of its phrase.
        const qsizetype lastSpace = tokens.lastIndexOf(u' ');
        if (lastSpace < 0)
            parts.append(u'"' + tokens + u"\"*"_s);
        else
            parts.append(u'"' + tokens.left(lastSpace) + u'"');
    }
    return parts.join(u' ');
}

// A server project's search (PostgreSQL): each term a substring of the
// text, case-insensitively (ILIKE, which pg_trgm's trigram GIN index
// answers); a short term as its runs of letters and digits, as the bigram
// index of a file project takes it, so that both find the same reports.
// Ranked by how often the terms occur. The statement and its values; no
// statement when a short term has no letters or digits (it finds nothing,
// as in a file).
std::optional<std::pair<QString, QVariantList>> serverQuery(const QStringList &shortTerms, const QStringList &longTerms, int limit)
{
    auto like = [](const QString &part) {
        QString escaped = part;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        return QString(u'%' + escaped + u'%');
    };
    QStringList parts = longTerms;
    for (const QString &term : shortTerms) {
        const QStringList runs = tokenRuns(term);
        if (runs.isEmpty())
            return std::nullopt;
        parts.append(runs);
    }
    QStringList conditions;
    QStringList counts;
    QVariantList values;
    QVariantList countValues;
    for (const QString &part : std::as_const(parts)) {
        conditions.append(u"text ILIKE ?"_s);
        values.append(like(part));
        // Occurrences: the length the text loses when the part is taken out.
        counts.append(u"(length(text) - length(replace(lower(text), lower(CAST(? AS TEXT)), ''))) / length(CAST(? AS TEXT))"_s);
        countValues << part << part;
    }
    const QString sql = u"SELECT id, -(%1) AS score FROM reports WHERE %2 ORDER BY score, id LIMIT ?"_s.arg(counts.join(u" + "_s), conditions.join(u" AND "_s));
    return std::make_pair(sql, countValues + values + QVariantList {limit});
}

} // namespace

QString SearchIndex::bigramTokens(QStringView text)
{
    QString out;
    out.reserve(text.size() * 3);
    char32_t previous = 0;
    forEachFolded(text, [&](char32_t c) {
        const bool token = QChar::isLetterOrNumber(c);
        if (previous) {
            if (!out.isEmpty())
                out.append(u' ');
            appendCodePoint(out, previous);
            if (token)
                appendCodePoint(out, c);
        }
        previous = token ? c : 0;
    });
    if (previous) {
        if (!out.isEmpty())
            out.append(u' ');
        appendCodePoint(out, previous);
    }
    return out;
}

Result<> SearchIndex::indexText(qint64 reportId, const QString &text, const QString &tokens, Indexed indexed)
{
    ProjectDatabasePrivate &d = m_database.data();
    if (d.server)
        return {}; // the trigram index follows the reports table by itself
    if (indexed == Indexed::Before) {
        if (auto q = d.write(u"DELETE FROM report_bigrams WHERE rowid = ?"_s, {reportId}); !q)
            return Failure(q.error());
    }
    auto q = d.write(u"INSERT INTO report_bigrams (rowid, tokens) VALUES (?, ?)"_s, {reportId, tokens.isEmpty() ? bigramTokens(text) : tokens});
    return q ? Result<>() : Result<>::failure(q.error());
}

Result<> SearchIndex::rebuild()
{
    const ProjectDatabasePrivate &d = m_database.data();
    if (d.server)
        return {};
    return m_database.transaction([&]() -> Result<> {
        if (auto q = d.run(u"DELETE FROM report_bigrams"_s); !q)
            return Failure(q.error());
        auto q = d.run(u"SELECT id, text FROM reports ORDER BY id"_s);
        if (!q)
            return Failure(q.error());
        auto insert = d.prepare(u"INSERT INTO report_bigrams (rowid, tokens) VALUES (?, ?)"_s);
        if (!insert)
            return Failure(insert.error());
        while (q->next()) {
            if (auto r = d.exec(insert.value(), {q->value(0), bigramTokens(q->value(1).toString())}); !r)
                return r;
        }
        return {};
    });
}

Result<QList<SearchHit>> SearchIndex::search(const QString &query, int limit) const
{
    // simplified() also folds the ideographic space (U+3000) Chinese input uses.
    const QStringList terms = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (terms.isEmpty() || limit <= 0)
        return QList<SearchHit> {};
    QStringList shortTerms;
    QStringList longTerms;
    for (const QString &term : terms) {
        // Trigrams are of characters (code points), not of UTF-16 units.
        const qsizetype length = term.size() - std::count_if(term.cbegin(), term.cend(), [](QChar c) {
            return c.isLowSurrogate();
        });
        (length >= MinimumTrigramTermLength ? longTerms : shortTerms).append(term);
    }
    if (m_database.data().server) {
        const auto query = serverQuery(shortTerms, longTerms, limit);
        return query ? ranked(query->first, query->second, terms) : QList<SearchHit> {};
    }
    return shortTerms.isEmpty() ? searchTrigrams(terms, limit) : searchBigrams(shortTerms, longTerms, terms, limit);
}

Result<QList<SearchHit>> SearchIndex::searchTrigrams(const QStringList &terms, int limit) const
{
    QStringList phrases;
    for (const QString &term : terms)
        phrases.append(phrase(term));
    // ORDER BY rank (BM25) alone lets FTS5 sort the matches itself.
    return ranked(u"SELECT rowid, rank FROM report_search WHERE report_search MATCH ? ORDER BY rank LIMIT ?"_s, {phrases.join(u' '), limit}, terms);
}

Result<QList<SearchHit>> SearchIndex::searchBigrams(const QStringList &shortTerms, const QStringList &longTerms, const QStringList &terms, int limit) const
{
    QStringList bigramParts;
    for (const QString &term : shortTerms) {
        const QString part = bigramQuery(term);
        if (part.isEmpty())
            return QList<SearchHit> {}; // only punctuation: nothing the index holds
        bigramParts.append(part);
    }
    if (longTerms.isEmpty()) {
        return ranked(u"SELECT rowid, rank FROM report_bigrams WHERE report_bigrams MATCH ? ORDER BY rank LIMIT ?"_s, {bigramParts.join(u' '), limit}, terms);
    }
    QStringList phrases;
    for (const QString &term : longTerms)
        phrases.append(phrase(term));
    // Each index answers its terms once (MATERIALIZED: never once per row of
    // the other), then the two sets of matches are joined.
    return ranked(u"WITH b AS MATERIALIZED (SELECT rowid AS id, rank FROM report_bigrams WHERE report_bigrams MATCH ?), "
                  u"s AS MATERIALIZED (SELECT rowid AS id, rank FROM report_search WHERE report_search MATCH ?) "
                  u"SELECT b.id, b.rank + s.rank AS score FROM b JOIN s ON s.id = b.id ORDER BY score, b.id LIMIT ?"_s,
        {bigramParts.join(u' '), phrases.join(u' '), limit}, terms);
}

Result<QList<SearchHit>> SearchIndex::ranked(const QString &sql, const QVariantList &values, const QStringList &terms) const
{
    using R = Result<QList<SearchHit>>;
    const ProjectDatabasePrivate &d = m_database.data();
    auto q = d.run(sql, values);
    if (!q)
        return R::failure(q.error());
    QList<SearchHit> hits;
    while (q->next()) {
        SearchHit hit;
        hit.reportId = q->value(0).toLongLong();
        hit.score = -q->value(1).toDouble(); // bm25 is lower for better matches
        hits.append(std::move(hit));
    }
    // Snippets from the few texts found: cheaper than FTS5's snippet(), which
    // tokenizes each text again, and the same for both indexes.
    auto text = d.prepare(u"SELECT file_name, text FROM reports WHERE id = ?"_s);
    if (!text)
        return R::failure(text.error());
    for (SearchHit &hit : hits) {
        if (auto r = d.exec(text.value(), {hit.reportId}); !r)
            return R::failure(r.error());
        if (!text->next())
            continue;
        hit.fileName = text->value(0).toString();
        setSnippet(hit, text->value(1).toString(), terms);
    }
    return hits;
}

} // namespace Dz
