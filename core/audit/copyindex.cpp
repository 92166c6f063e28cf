#include "audit/copyindex.h"
#include "audit/copyindex_p.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

constexpr quint64 Base = 1000003ULL;
constexpr char16_t Boundary = CopyIndex::Boundary;

// Spreads a polynomial hash over 64 bits, so that the minimum of a window is
// a fair sample (splitmix64's finaliser).
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

bool kept(QChar c)
{
    return c.isLetterOrNumber();
}

QString normalise(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (kept(c))
            out.append(c.isUpper() ? c.toLower() : c);
    }
    return out;
}

} // namespace

CopyIndex::CopyIndex(CopyRules rules, QStringList formulas)
    : m_rules(rules)
{
    // k + w − 1 = passage length guarantees that every shared passage of
    // that length holds a shared fingerprint; a window of 5 keeps about a
    // third of the k-grams.
    m_window = std::clamp(m_rules.passageLength - 4, 1, 5);
    m_k = m_rules.passageLength - m_window + 1;
    for (const QString &formula : std::as_const(formulas)) {
        const QString n = normalise(formula);
        if (!n.isEmpty())
            m_formulas.append(n);
    }
}

namespace
{

// The excluded spans that hold text, in text order.
QList<TextSpan> sortedSpans(const QList<TextSpan> &excluded)
{
    QList<TextSpan> spans;
    spans.reserve(excluded.size());
    for (const TextSpan &span : excluded) {
        if (span.isValid() && span.end > span.start)
            spans.append(span);
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) {
        return a.start < b.start;
    });
    return spans;
}

} // namespace

namespace Internal
{

CopyIndex::Prepared copyText(QStringView matchText, const QList<TextSpan> &excluded)
{
    CopyIndex::Prepared p;
    p.normal.reserve(matchText.size());
    p.position.reserve(std::size_t(matchText.size()));
    auto boundary = [&p](qsizetype at) {
        if (!p.normal.isEmpty() && p.normal.back() != QChar(Boundary)) {
            p.normal.append(QChar(Boundary));
            p.position.push_back(qint32(at));
        }
    };
    // The excluded spans in order, walked with the text: one pass, however
    // many sections (and so markers and headings) a report has.
    const QList<TextSpan> spans = sortedSpans(excluded);
    qsizetype nextSpan = 0;
    qsizetype excludedUntil = -1;
    bool wasExcluded = false;
    for (qsizetype i = 0; i < matchText.size(); ++i) {
        const QChar c = matchText.at(i);
        if (c == u'\n') {
            boundary(i);
            continue;
        }
        if (!kept(c))
            continue;
        while (nextSpan < spans.size() && spans.at(nextSpan).start <= i)
            excludedUntil = qMax(excludedUntil, spans.at(nextSpan++).end);
        const bool skip = i < excludedUntil;
        if (skip != wasExcluded)
            boundary(i);
        wasExcluded = skip;
        if (skip)
            continue;
        p.normal.append(c.isUpper() ? c.toLower() : c);
        p.position.push_back(qint32(i));
    }
    return p;
}

KGrams kGrams(const QString &normal, int k)
{
    const qsizetype n = normal.size();
    KGrams grams;
    if (n < k)
        return grams;
    grams.hashes.resize(std::size_t(n - k + 1));
    grams.crosses.assign(grams.hashes.size(), false);
    quint64 top = 1;
    for (int i = 1; i < k; ++i)
        top *= Base;
    quint64 h = 0;
    qsizetype lastBoundary = -1;
    const char16_t *s = reinterpret_cast<const char16_t *>(normal.constData());
    for (qsizetype i = 0; i < n; ++i) {
        if (i >= k)
            h -= top * quint64(s[i - k]);
        h = h * Base + quint64(s[i]);
        if (s[i] == Boundary)
            lastBoundary = i;
        if (i >= k - 1) {
            grams.hashes[std::size_t(i - k + 1)] = h;
            grams.crosses[std::size_t(i - k + 1)] = lastBoundary > i - k;
        }
    }
    return grams;
}

std::vector<std::pair<quint64, qint32>> winnow(KGrams grams, int window)
{
    std::vector<quint64> &hashes = grams.hashes;
    const std::size_t count = hashes.size();
    for (std::size_t i = 0; i < count; ++i)
        hashes[i] = grams.crosses[i] ? ~quint64(0) : mix(hashes[i]);
    const std::size_t w = std::min<std::size_t>(std::size_t(window), count);
    std::vector<std::pair<quint64, qint32>> prints;
    qint64 last = -1;
    for (std::size_t start = 0; start + w <= count; ++start) {
        std::size_t best = start;
        for (std::size_t j = start + 1; j < start + w; ++j) {
            if (hashes[j] <= hashes[best])
                best = j;
        }
        if (qint64(best) != last && !grams.crosses[best]) {
            prints.emplace_back(hashes[best], qint32(best));
            last = qint64(best);
        }
    }
    return prints;
}

} // namespace Internal

CopyIndex::Prepared CopyIndex::prepare(QStringView matchText, const QList<TextSpan> &excluded) const
{
    Prepared p = Internal::copyText(matchText, excluded);
    if (p.normal.size() >= m_k)
        p.prints = Internal::winnow(Internal::kGrams(p.normal, m_k), m_window);
    return p;
}

int CopyIndex::add(QStringView matchText, const QList<TextSpan> &excluded, const QString &body, const ReportOrder &order)
{
    return add(prepare(matchText, excluded), body, order);
}

int CopyIndex::boilerplateThreshold() const
{
    return std::max(m_rules.boilerplateMinimumReports, int(std::ceil(m_rules.boilerplateShare * double(m_bodyCount))));
}

CopyDirection CopyIndex::direction(int doc, int other) const
{
    const int c = ReportOrder::compare(m_orders[std::size_t(doc)], m_orders[std::size_t(other)]);
    return c > 0 ? CopyDirection::Copied : c < 0 ? CopyDirection::CopiedBy : CopyDirection::Shared;
}

int CopyIndex::add(Prepared prepared, const QString &body, const ReportOrder &order)
{
    const int doc = int(m_docs.size());
    m_docs.push_back(Doc {std::move(prepared), {}, bodyIdOf(body)});
    m_orders.push_back(order);
    m_counts.resize(m_docs.size(), 0);
    m_slots.resize(m_docs.size(), -1);
    const std::vector<int> chosen = candidates(doc, sharers(doc));
    std::vector<Seeds> seeds = seedsOf(doc, chosen);
    compareWith(doc, chosen, seeds);
    indexPrints(doc, !body.isEmpty());
    return doc;
}

// The body of key @p body, made when new; an empty key is a body of its own.
int CopyIndex::bodyIdOf(const QString &body)
{
    int bodyId = body.isEmpty() ? -1 : m_bodyIds.value(body, -1);
    if (bodyId < 0) {
        bodyId = m_bodyCount++;
        if (!body.isEmpty())
            m_bodyIds.insert(body, bodyId);
    }
    return bodyId;
}

// The reports indexed before @p doc that share fingerprints (not
// boilerplate) with it, those that share most first.
std::vector<int> CopyIndex::sharers(int doc)
{
    const int threshold = boilerplateThreshold();
    std::vector<int> touched;
    // Each print's entry, looked up once for the steps of add().
    m_printEntries.clear();
    for (const auto &[hash, pos] : m_docs[std::size_t(doc)].prepared.prints) {
        const int entry = m_index.find(hash);
        m_printEntries.push_back(entry);
        if (entry == m_index.None || m_index.at(entry).bodies >= threshold)
            continue;
        forEachPosting(m_index.at(entry), [this, &touched](qint32 other, qint32) {
            if (m_counts[std::size_t(other)]++ == 0)
                touched.push_back(other);
        });
    }
    std::sort(touched.begin(), touched.end(), [this](int a, int b) {
        return m_counts[std::size_t(a)] != m_counts[std::size_t(b)] ? m_counts[std::size_t(a)] > m_counts[std::size_t(b)] : a < b;
    });
    for (const int other : touched)
        m_counts[std::size_t(other)] = 0;
    return touched;
}

// Of @p sharers, the best candidates of each direction: a report that later
// reports copied as well is still compared with its earlier source. Earlier
// reports first, then unordered ones, then later ones.
std::vector<int> CopyIndex::candidates(int doc, const std::vector<int> &sharers) const
{
    std::array<std::vector<int>, CopyDirectionCount> byDirection;
    // A report of unknown order stands in no order to any other.
    const bool unordered = order(doc).year <= 0;
    for (const int other : sharers) {
        std::vector<int> &list = byDirection[std::size_t(unordered ? CopyDirection::Shared : direction(doc, other))];
        if (list.size() < std::size_t(CandidatesPerReport))
            list.push_back(other);
        else if (unordered)
            break;
        if (std::all_of(byDirection.cbegin(), byDirection.cend(), [](const std::vector<int> &l) {
                return l.size() >= std::size_t(CandidatesPerReport);
            }))
            break;
    }
    std::vector<int> chosen;
    for (const CopyDirection d : {CopyDirection::Copied, CopyDirection::Shared, CopyDirection::CopiedBy})
        chosen.insert(chosen.end(), byDirection[std::size_t(d)].cbegin(), byDirection[std::size_t(d)].cend());
    return chosen;
}

// The seeds of every candidate, in one pass over the fingerprints of @p doc.
std::vector<CopyIndex::Seeds> CopyIndex::seedsOf(int doc, const std::vector<int> &candidates)
{
    std::vector<Seeds> seeds(candidates.size());
    if (candidates.empty())
        return seeds;
    for (std::size_t slot = 0; slot < candidates.size(); ++slot)
        m_slots[std::size_t(candidates[slot])] = int(slot);
    const auto &prints = m_docs[std::size_t(doc)].prepared.prints;
    for (std::size_t i = 0; i < prints.size(); ++i) {
        const int entry = m_printEntries[i];
        if (entry == m_index.None)
            continue;
        const qint32 pos = prints[i].second;
        forEachPosting(m_index.at(entry), [this, &seeds, pos](qint32 o, qint32 otherPos) {
            if (const int slot = m_slots[std::size_t(o)]; slot >= 0)
                seeds[std::size_t(slot)].emplace_back(pos, otherPos);
        });
    }
    for (const int other : candidates)
        m_slots[std::size_t(other)] = -1;
    return seeds;
}

// Verifies the candidates' seeds, best candidate first, and records what
// holds. Of the earlier and the unordered reports, a later candidate is
// verified only where it may add something: this report needs one source
// for each passage, so near-duplicates of many reports cost one
// verification, not six. A passage that has an earlier source is not looked
// for in unordered reports (it is not theirs either). Later reports are each
// verified: what this report is to them (their source) is their finding.
void CopyIndex::compareWith(int doc, const std::vector<int> &candidates, std::vector<Seeds> &seeds)
{
    std::vector<quint8> covered(std::size_t(m_docs[std::size_t(doc)].prepared.normal.size()), 0);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const int other = candidates[c];
        const CopyDirection d = direction(doc, other);
        const quint8 bit = quint8(1u << int(d));
        const quint8 skip = d == CopyDirection::Shared ? quint8(bit | (1u << int(CopyDirection::Copied))) : bit;
        Seeds &open = seeds[c];
        if (d != CopyDirection::CopiedBy) {
            open.erase(std::remove_if(open.begin(), open.end(),
                           [&covered, skip](const std::pair<qint32, qint32> &seed) {
                               return (covered[std::size_t(seed.first)] & skip) != 0;
                           }),
                open.end());
        }
        if (open.empty())
            continue;
        const QList<Run> runs = verify(doc, other, open);
        if (runs.isEmpty())
            continue;
        for (const Run &r : runs) {
            for (qint32 i = r.start; i < r.end; ++i)
                covered[std::size_t(i)] |= bit;
        }
        recordMatch(doc, other, runs, d);
    }
}

// Records @p runs for @p doc, and mirrored for @p other when it has room,
// and always when @p doc is its source (its finding).
void CopyIndex::recordMatch(int doc, int other, const QList<Run> &runs, CopyDirection direction)
{
    m_docs[std::size_t(doc)].matches.append({other, runs});
    Doc &o = m_docs[std::size_t(other)];
    if (o.matches.size() >= MatchesKept && direction != CopyDirection::CopiedBy)
        return;
    QList<Run> mirrored;
    for (const Run &r : runs)
        mirrored.append({r.otherStart, r.otherEnd, r.start, r.end});
    std::sort(mirrored.begin(), mirrored.end(), [](const Run &a, const Run &b) {
        return a.start < b.start;
    });
    o.matches.append({doc, mirrored});
}

// Indexes the fingerprints of @p doc, each body counted once per hash: what
// the body's earlier reports hold is not counted again. A report without a
// body's key (not @p named) is a body of its own: it comes only once.
void CopyIndex::indexPrints(int doc, bool named)
{
    const int bodyId = m_docs[std::size_t(doc)].body;
    const auto &prints = m_docs[std::size_t(doc)].prepared.prints;
    for (std::size_t i = 0; i < prints.size(); ++i) {
        const auto &[hash, pos] = prints[i];
        Entry &e = m_index.at(m_printEntries[i] != m_index.None ? m_printEntries[i] : m_index.findOrAdd(hash));
        if (e.lastDoc != doc) {
            e.lastDoc = doc;
            if (named)
                countBody(e, bodyId);
            else
                ++e.bodies;
        }
        addPosting(e, {qint32(doc), pos});
    }
}

// Adds @p posting to @p entry's, while it has fewer than PostingsKept.
void CopyIndex::addPosting(Entry &entry, Posting posting)
{
    if (entry.firstPosting.first < 0) {
        entry.firstPosting = posting;
        return;
    }
    if (entry.morePostingCount + 1 >= PostingsKept)
        return;
    if (entry.morePostings < 0) {
        entry.morePostings = int(m_morePostings.size());
        m_morePostings.resize(m_morePostings.size() + std::size_t(PostingsKept - 1));
    }
    m_morePostings[std::size_t(entry.morePostings + entry.morePostingCount++)] = posting;
}

// Counts @p body among the bodies that hold @p entry's fingerprint, once.
void CopyIndex::countBody(Entry &entry, int body)
{
    if (entry.firstBody < 0) {
        entry.firstBody = body;
        ++entry.bodies;
        return;
    }
    if (body == entry.firstBody)
        return;
    if (entry.moreBodies < 0) {
        entry.moreBodies = int(m_moreBodies.size());
        m_moreBodies.emplace_back();
    }
    std::vector<int> &more = m_moreBodies[std::size_t(entry.moreBodies)];
    // Bodies get their ids as they first come, so a body new to the
    // fingerprint mostly goes at the end.
    const auto at = std::lower_bound(more.begin(), more.end(), body);
    if (at == more.end() || *at != body) {
        more.insert(at, body);
        ++entry.bodies;
    }
}

QList<CopyIndex::Run> CopyIndex::verify(int doc, int other, const Seeds &seeds) const
{
    const QString &a = m_docs[std::size_t(doc)].prepared.normal;
    const QString &b = m_docs[std::size_t(other)].prepared.normal;
    QList<Run> runs;
    // Seeds come in text order: one inside a run already found on its
    // diagonal adds nothing.
    QHash<qint32, qint32> reached; // diagonal → end of its last run
    for (const auto &[pa, pb] : seeds) {
        const auto it = reached.constFind(pb - pa);
        if (it != reached.cend() && pa < it.value())
            continue;
        qint32 s = pa, t = pb;
        while (s > 0 && t > 0 && a.at(s - 1) == b.at(t - 1) && a.at(s - 1) != QChar(Boundary)) {
            --s;
            --t;
        }
        qint32 e = pa, f = pb;
        while (e < a.size() && f < b.size() && a.at(e) == b.at(f) && a.at(e) != QChar(Boundary)) {
            ++e;
            ++f;
        }
        reached.insert(pb - pa, e);
        if (e - s >= m_rules.passageLength)
            runs.append({s, e, t, f});
    }
    std::sort(runs.begin(), runs.end(), [](const Run &x, const Run &y) {
        return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    // Merge runs that follow each other in both texts with small gaps.
    QList<Run> merged;
    for (const Run &r : std::as_const(runs)) {
        if (!merged.isEmpty()) {
            Run &m = merged.last();
            const qint32 gapA = r.start - m.end;
            const qint32 gapB = r.otherStart - m.otherEnd;
            if (r.end <= m.end && r.start >= m.start)
                continue; // contained
            if (gapA <= m_rules.mergeGap && gapB <= m_rules.mergeGap && gapA >= -m_rules.passageLength && gapB >= -m_rules.passageLength
                && r.otherStart >= m.otherStart) {
                m.end = std::max(m.end, r.end);
                m.otherEnd = std::max(m.otherEnd, r.otherEnd);
                continue;
            }
        }
        merged.append(r);
    }
    return merged;
}

} // namespace Dz
