// CopyIndex::findings(): what the index says about one report, in steps
// (boilerplate, sources, later takers, counts); the index itself is in
// copyindex.cpp.

#include "audit/copyindex.h"

#include "base/textsearch.h"

#include <algorithm>

namespace Dz
{

QList<CopiedPassage> CopyFindings::passagesOf(CopyDirection direction) const
{
    QList<CopiedPassage> out;
    for (const CopiedPassage &p : passages) {
        if (p.direction == direction)
            out.append(p);
    }
    return out;
}

// The steps of findings() for one report: its boilerplate marked, each
// position given to a source (or to the later reports that took it), the
// stretches long enough made passages, counted and listed.
class CopyIndex::FindingsBuilder
{
public:
    FindingsBuilder(const CopyIndex &index, int doc);
    CopyFindings build();

private:
    /// A passage found, with its stretch of the normal text.
    struct Found {
        qsizetype start;
        qsizetype end;
        CopiedPassage passage;
    };
    /// A run of a match, and the report it is with.
    using SourceRun = std::pair<const Run *, int>;

    void markBoilerplate();
    bool usable(qsizetype i) const
    {
        return m_boiler[std::size_t(i)] == 0 && m_prepared.normal.at(i) != QChar(Boundary);
    }
    CopiedPassage passage(const Run &run, int other, qsizetype from, qsizetype to, CopyDirection direction) const;
    std::vector<SourceRun> rankedRuns(CopyDirection direction) const;
    void findTaken(CopyDirection direction);
    void findTakenByLater();
    void count(CopyFindings &result) const;
    void listBoilerplate(CopyFindings &result) const;

    const CopyIndex &m_copyIndex;
    const int m_doc;
    const Prepared &m_prepared;
    const QList<Match> &m_matches;
    const qsizetype m_n;
    std::vector<CopyDirection> m_directions; ///< of each match
    /// 0: not boilerplate, 1: shared by many bodies, 2: a formula.
    std::vector<quint8> m_boiler;
    std::vector<Found> m_found;
};

namespace
{

// The text span of the normal stretch [from, to) of @p prepared.
TextSpan textSpan(const CopyIndex::Prepared &prepared, qsizetype from, qsizetype to)
{
    return TextSpan {prepared.position[std::size_t(from)], prepared.position[std::size_t(to - 1)] + 1};
}

} // namespace

CopyIndex::FindingsBuilder::FindingsBuilder(const CopyIndex &index, int doc)
    : m_copyIndex(index)
    , m_doc(doc)
    , m_prepared(index.m_docs[std::size_t(doc)].prepared)
    , m_matches(index.m_docs[std::size_t(doc)].matches)
    , m_n(m_prepared.normal.size())
{
    m_directions.reserve(std::size_t(m_matches.size()));
    for (const Match &m : m_matches)
        m_directions.push_back(index.direction(doc, m.other));
}

CopyFindings CopyIndex::FindingsBuilder::build()
{
    CopyFindings result;
    result.bodyLength = int(m_n - m_prepared.normal.count(QChar(Boundary)));
    if (m_n == 0)
        return result;
    markBoilerplate();
    findTaken(CopyDirection::Copied);
    findTakenByLater();
    findTaken(CopyDirection::Shared);
    count(result);
    listBoilerplate(result);
    return result;
}

// Fingerprints that many bodies hold, and the rules' formulas.
void CopyIndex::FindingsBuilder::markBoilerplate()
{
    m_boiler.assign(std::size_t(m_n), 0);
    const int threshold = m_copyIndex.boilerplateThreshold();
    for (const auto &[hash, pos] : m_prepared.prints) {
        const int entry = m_copyIndex.m_index.find(hash);
        if (entry != m_copyIndex.m_index.None && m_copyIndex.m_index.at(entry).bodies >= threshold) {
            for (qsizetype i = pos; i < std::min<qsizetype>(m_n, pos + m_copyIndex.m_k); ++i)
                m_boiler[std::size_t(i)] = std::max<quint8>(m_boiler[std::size_t(i)], 1);
        }
    }
    for (const TextSpan &formula : occurrencesOf(m_prepared.normal, m_copyIndex.m_formulas)) {
        for (qsizetype i = formula.start; i < formula.end; ++i)
            m_boiler[std::size_t(i)] = 2;
    }
}

// The stretch [from, to) of @p run as a passage, with its place in the other report.
CopiedPassage CopyIndex::FindingsBuilder::passage(const Run &run, int other, qsizetype from, qsizetype to, CopyDirection direction) const
{
    const Prepared &q = m_copyIndex.m_docs[std::size_t(other)].prepared;
    const qsizetype os = std::clamp<qsizetype>(run.otherStart + (from - run.start), run.otherStart, run.otherEnd - 1);
    const qsizetype oe = std::clamp<qsizetype>(run.otherEnd - (run.end - to), os + 1, run.otherEnd);
    return CopiedPassage {textSpan(m_prepared, from, to), other, textSpan(q, os, oe), int(to - from), direction, m_copyIndex.sameBody(m_doc, other)};
}

// The runs of the matches of @p direction, the match that shares most with
// this report first (the earliest report among equals).
std::vector<CopyIndex::FindingsBuilder::SourceRun> CopyIndex::FindingsBuilder::rankedRuns(CopyDirection direction) const
{
    struct Candidate {
        int match;
        qint64 total;
    };
    std::vector<Candidate> ranked;
    for (int mi = 0; mi < m_matches.size(); ++mi) {
        if (m_directions[std::size_t(mi)] != direction)
            continue;
        qint64 total = 0;
        for (const Run &r : m_matches.at(mi).runs)
            total += r.end - r.start;
        ranked.push_back({mi, total});
    }
    std::sort(ranked.begin(), ranked.end(), [this](const Candidate &x, const Candidate &y) {
        if (x.total != y.total)
            return x.total > y.total;
        const int ox = m_matches.at(x.match).other;
        const int oy = m_matches.at(y.match).other;
        const qint64 kx = m_copyIndex.order(ox).sortKey();
        const qint64 ky = m_copyIndex.order(oy).sortKey();
        return kx != ky ? kx < ky : ox < oy;
    });
    std::vector<SourceRun> runs;
    for (const Candidate &c : ranked) {
        for (const Run &r : m_matches.at(c.match).runs)
            runs.emplace_back(&r, m_matches.at(c.match).other);
    }
    return runs;
}

// Taken from earlier reports, or shared with unordered ones (@p direction):
// each position goes to one other report, the one that shares most with
// this, so a passage is named once, after its most likely source.
void CopyIndex::FindingsBuilder::findTaken(CopyDirection direction)
{
    const std::vector<SourceRun> runs = rankedRuns(direction);
    if (runs.empty())
        return;
    // The run that gives each position to its report.
    std::vector<int> owner(std::size_t(m_n), -1);
    for (std::size_t ri = 0; ri < runs.size(); ++ri) {
        const Run &r = *runs[ri].first;
        for (qint32 i = r.start; i < r.end && i < m_n; ++i) {
            if (owner[std::size_t(i)] < 0 && usable(i))
                owner[std::size_t(i)] = int(ri);
        }
    }
    // Stretches of one run, long enough, become passages (in text order).
    for (qsizetype i = 0; i < m_n;) {
        const int ri = owner[std::size_t(i)];
        qsizetype j = i + 1;
        while (j < m_n && owner[std::size_t(j)] == ri)
            ++j;
        if (ri >= 0 && j - i >= m_copyIndex.m_rules.passageLength)
            m_found.push_back({i, j, passage(*runs[std::size_t(ri)].first, runs[std::size_t(ri)].second, i, j, direction)});
        i = j;
    }
}

// Taken by later reports: each of them on its own, so a passage several
// reports took is named for each.
void CopyIndex::FindingsBuilder::findTakenByLater()
{
    if (std::find(m_directions.cbegin(), m_directions.cend(), CopyDirection::CopiedBy) == m_directions.cend())
        return;
    const std::size_t laterFrom = m_found.size();
    std::vector<int> claimed(std::size_t(m_n), -1); // the match that last claimed a position
    for (int mi = 0; mi < m_matches.size(); ++mi) {
        if (m_directions[std::size_t(mi)] != CopyDirection::CopiedBy)
            continue;
        const Match &m = m_matches.at(mi);
        for (const Run &r : m.runs) {
            const qsizetype end = std::min<qsizetype>(r.end, m_n);
            for (qsizetype i = r.start; i < end;) {
                if (!usable(i) || claimed[std::size_t(i)] == mi) {
                    ++i;
                    continue;
                }
                qsizetype j = i;
                while (j < end && usable(j) && claimed[std::size_t(j)] != mi)
                    claimed[std::size_t(j++)] = mi;
                if (j - i >= m_copyIndex.m_rules.passageLength)
                    m_found.push_back({i, j, passage(r, m.other, i, j, CopyDirection::CopiedBy)});
                i = j;
            }
        }
    }
    std::sort(m_found.begin() + std::ptrdiff_t(laterFrom), m_found.end(), [](const Found &x, const Found &y) {
        return x.start != y.start ? x.start < y.start : x.passage.other < y.passage.other;
    });
}

// The passages of the reports that share enough with this one, and the
// characters of each direction.
void CopyIndex::FindingsBuilder::count(CopyFindings &result) const
{
    QHash<int, int> perOther;
    for (const Found &f : m_found)
        perOther[f.passage.other] += f.passage.length;
    std::vector<quint8> taken; // positions taken by later reports, counted once
    for (const Found &f : m_found) {
        if (perOther.value(f.passage.other) < m_copyIndex.m_rules.minimumPerSource)
            continue;
        const CopyDirection d = f.passage.direction;
        if (d == CopyDirection::CopiedBy) {
            // Several later reports may have taken one passage.
            if (taken.empty())
                taken.assign(std::size_t(m_n), 0);
            for (qsizetype i = f.start; i < f.end; ++i) {
                if (!taken[std::size_t(i)]) {
                    taken[std::size_t(i)] = 1;
                    ++result.lengths[std::size_t(d)];
                }
            }
        } else {
            // One report per position: passages do not overlap.
            result.lengths[std::size_t(d)] += f.passage.length;
        }
        if (d == CopyDirection::Copied && f.passage.sameBody)
            result.ownLength += f.passage.length;
        result.passages.append(f.passage);
    }
}

// The boilerplate stretches, each a formula when it holds one.
void CopyIndex::FindingsBuilder::listBoilerplate(CopyFindings &result) const
{
    for (qsizetype i = 0; i < m_n;) {
        const quint8 b = m_boiler[std::size_t(i)];
        qsizetype j = i + 1;
        while (j < m_n && (m_boiler[std::size_t(j)] != 0) == (b != 0))
            ++j;
        if (b != 0) {
            const bool formula = std::any_of(m_boiler.cbegin() + std::ptrdiff_t(i), m_boiler.cbegin() + std::ptrdiff_t(j), [](quint8 x) {
                return x == 2;
            });
            result.boilerplate.append({textSpan(m_prepared, i, j), formula});
        }
        i = j;
    }
}

CopyFindings CopyIndex::findings(int doc) const
{
    if (doc < 0 || doc >= size())
        return {};
    return FindingsBuilder(*this, doc).build();
}

} // namespace Dz
