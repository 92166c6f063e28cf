#include "audit/copyindex.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

constexpr quint64 Base = 1000003ULL;

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

// Stands where a line ends or text is left out: no match runs across it.
constexpr char16_t Boundary = 0xFFFF;

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

CopyIndex::Prepared CopyIndex::prepare(QStringView matchText, const QList<TextSpan> &excluded) const
{
    Prepared p;
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
    QList<TextSpan> spans;
    spans.reserve(excluded.size());
    for (const TextSpan &span : excluded) {
        if (span.isValid() && span.end > span.start)
            spans.append(span);
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) {
        return a.start < b.start;
    });
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
    const qsizetype n = p.normal.size();
    if (n < m_k)
        return p;
    // Rolling hashes of every k-gram.
    std::vector<quint64> hashes(std::size_t(n - m_k + 1));
    quint64 top = 1;
    for (int i = 1; i < m_k; ++i)
        top *= Base;
    quint64 h = 0;
    qsizetype lastBoundary = -1;
    std::vector<bool> crosses(hashes.size(), false);
    const char16_t *s = reinterpret_cast<const char16_t *>(p.normal.constData());
    for (qsizetype i = 0; i < n; ++i) {
        if (i >= m_k)
            h -= top * quint64(s[i - m_k]);
        h = h * Base + quint64(s[i]);
        if (s[i] == Boundary)
            lastBoundary = i;
        if (i >= m_k - 1) {
            hashes[std::size_t(i - m_k + 1)] = h;
            crosses[std::size_t(i - m_k + 1)] = lastBoundary > i - m_k;
        }
    }
    // Winnowing: the rightmost minimum of each window, recorded once;
    // k-grams across a boundary are never chosen.
    const std::size_t count = hashes.size();
    for (std::size_t i = 0; i < count; ++i)
        hashes[i] = crosses[i] ? ~quint64(0) : mix(hashes[i]);
    const std::size_t w = std::min<std::size_t>(std::size_t(m_window), count);
    qint64 last = -1;
    for (std::size_t start = 0; start + w <= count; ++start) {
        std::size_t best = start;
        for (std::size_t j = start + 1; j < start + w; ++j) {
            if (hashes[j] <= hashes[best])
                best = j;
        }
        if (qint64(best) != last && !crosses[best]) {
            p.prints.emplace_back(hashes[best], qint32(best));
            last = qint64(best);
        }
    }
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
    int bodyId = body.isEmpty() ? -1 : m_bodyIds.value(body, -1);
    if (bodyId < 0) {
        bodyId = m_bodyCount++;
        if (!body.isEmpty())
            m_bodyIds.insert(body, bodyId);
    }
    m_docs.push_back(Doc {std::move(prepared), {}, bodyId});
    m_orders.push_back(order);
    m_counts.resize(m_docs.size(), 0);
    m_slots.resize(m_docs.size(), -1);
    const Prepared &p = m_docs.back().prepared;
    const int threshold = boilerplateThreshold();

    // Count the fingerprints each earlier report shares with this one.
    std::vector<int> touched;
    for (const auto &[hash, pos] : p.prints) {
        const auto it = m_index.constFind(hash);
        if (it == m_index.cend() || it->bodies >= threshold)
            continue;
        for (const auto &[other, otherPos] : it->postings) {
            if (m_counts[std::size_t(other)]++ == 0)
                touched.push_back(other);
        }
    }
    std::sort(touched.begin(), touched.end(), [this](int a, int b) {
        return m_counts[std::size_t(a)] != m_counts[std::size_t(b)] ? m_counts[std::size_t(a)] > m_counts[std::size_t(b)] : a < b;
    });
    for (const int other : touched)
        m_counts[std::size_t(other)] = 0;
    // The best candidates of each direction: a report that later reports
    // copied as well is still compared with its earlier source. Earlier
    // reports first, then unordered ones, then later ones.
    std::array<std::vector<int>, CopyDirectionCount> byDirection;
    // A report of unknown order stands in no order to any other.
    const bool unordered = order.year <= 0;
    for (const int other : touched) {
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
    for (const CopyDirection d : {CopyDirection::Copied, CopyDirection::Shared, CopyDirection::CopiedBy}) {
        for (const int other : byDirection[std::size_t(d)]) {
            m_slots[std::size_t(other)] = int(chosen.size());
            chosen.push_back(other);
        }
    }

    // The seeds of every candidate, in one pass over the fingerprints.
    std::vector<std::vector<std::pair<qint32, qint32>>> seeds(chosen.size());
    if (!chosen.empty()) {
        for (const auto &[hash, pos] : p.prints) {
            const auto it = m_index.constFind(hash);
            if (it == m_index.cend())
                continue;
            for (const auto &[o, otherPos] : it->postings) {
                if (const int slot = m_slots[std::size_t(o)]; slot >= 0)
                    seeds[std::size_t(slot)].emplace_back(pos, otherPos);
            }
        }
    }
    for (const int other : chosen)
        m_slots[std::size_t(other)] = -1;

    // Best candidate first. Of the earlier and the unordered reports, a later
    // candidate is verified only where it may add something: this report
    // needs one source for each passage, so near-duplicates of many reports
    // cost one verification, not six. A passage that has an earlier source
    // is not looked for in unordered reports (it is not theirs either).
    // Later reports are each verified: what this report is to them (their
    // source) is their finding.
    std::vector<quint8> covered(std::size_t(p.normal.size()), 0);
    for (std::size_t c = 0; c < chosen.size(); ++c) {
        const int other = chosen[c];
        const CopyDirection d = direction(doc, other);
        const quint8 bit = quint8(1u << int(d));
        const quint8 skip = d == CopyDirection::Shared ? quint8(bit | (1u << int(CopyDirection::Copied))) : bit;
        std::vector<std::pair<qint32, qint32>> &open = seeds[c];
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
        m_docs[std::size_t(doc)].matches.append({other, runs});
        // The other report keeps the match when it has room, and always when
        // this report is its source (its finding).
        Doc &o = m_docs[std::size_t(other)];
        if (o.matches.size() < MatchesKept || d == CopyDirection::CopiedBy) {
            QList<Run> mirrored;
            for (const Run &r : runs)
                mirrored.append({r.otherStart, r.otherEnd, r.start, r.end});
            std::sort(mirrored.begin(), mirrored.end(), [](const Run &a, const Run &b) {
                return a.start < b.start;
            });
            o.matches.append({doc, mirrored});
        }
    }

    // Then index this report's fingerprints, each body counted once per
    // hash: what the body's earlier reports hold is not counted again. A
    // report without a body's key is a body of its own: it comes only once.
    const bool named = !body.isEmpty();
    for (const auto &[hash, pos] : p.prints) {
        Entry &e = m_index[hash];
        if (e.lastDoc != doc) {
            e.lastDoc = doc;
            if (!named) {
                ++e.bodies;
            } else if (e.firstBody < 0) {
                e.firstBody = bodyId;
                ++e.bodies;
            } else if (bodyId != e.firstBody) {
                if (e.moreBodies < 0) {
                    e.moreBodies = int(m_moreBodies.size());
                    m_moreBodies.emplace_back();
                }
                std::vector<int> &more = m_moreBodies[std::size_t(e.moreBodies)];
                // Bodies get their ids as they first come, so a body new to
                // the fingerprint mostly goes at the end.
                const auto at = std::lower_bound(more.begin(), more.end(), bodyId);
                if (at == more.end() || *at != bodyId) {
                    more.insert(at, bodyId);
                    ++e.bodies;
                }
            }
        }
        if (e.postings.size() < std::size_t(PostingsKept))
            e.postings.emplace_back(qint32(doc), pos);
    }
    return doc;
}

QList<CopyIndex::Run> CopyIndex::verify(int doc, int other, const std::vector<std::pair<qint32, qint32>> &seeds) const
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

QList<CopiedPassage> CopyFindings::passagesOf(CopyDirection direction) const
{
    QList<CopiedPassage> out;
    for (const CopiedPassage &p : passages) {
        if (p.direction == direction)
            out.append(p);
    }
    return out;
}

CopyFindings CopyIndex::findings(int doc) const
{
    CopyFindings result;
    if (doc < 0 || doc >= size())
        return result;
    const Prepared &p = m_docs[std::size_t(doc)].prepared;
    const qsizetype n = p.normal.size();
    result.bodyLength = int(n - p.normal.count(QChar(Boundary)));
    if (n == 0)
        return result;

    // 0: not boilerplate, 1: shared by many bodies, 2: a formula.
    std::vector<quint8> boiler(std::size_t(n), 0);
    const int threshold = boilerplateThreshold();
    for (const auto &[hash, pos] : p.prints) {
        const auto it = m_index.constFind(hash);
        if (it != m_index.cend() && it->bodies >= threshold) {
            for (qsizetype i = pos; i < std::min<qsizetype>(n, pos + m_k); ++i)
                boiler[std::size_t(i)] = std::max<quint8>(boiler[std::size_t(i)], 1);
        }
    }
    for (const QString &formula : m_formulas) {
        for (qsizetype at = p.normal.indexOf(formula); at >= 0; at = p.normal.indexOf(formula, at + 1)) {
            for (qsizetype i = at; i < at + formula.size(); ++i)
                boiler[std::size_t(i)] = 2;
        }
    }
    const auto usable = [&](qsizetype i) {
        return boiler[std::size_t(i)] == 0 && p.normal.at(i) != QChar(Boundary);
    };
    const auto textSpan = [](const Prepared &q, qsizetype from, qsizetype to) {
        return TextSpan {q.position[std::size_t(from)], q.position[std::size_t(to - 1)] + 1};
    };
    // The stretch [i, j) of @p run as a passage, with its place in the other report.
    const auto passage = [&](const Run &run, int other, qsizetype i, qsizetype j, CopyDirection d) {
        const Prepared &q = m_docs[std::size_t(other)].prepared;
        const qsizetype os = std::clamp<qsizetype>(run.otherStart + (i - run.start), run.otherStart, run.otherEnd - 1);
        const qsizetype oe = std::clamp<qsizetype>(run.otherEnd - (run.end - j), os + 1, run.otherEnd);
        return CopiedPassage {textSpan(p, i, j), other, textSpan(q, os, oe), int(j - i), d, sameBody(doc, other)};
    };
    struct Found {
        qsizetype start;
        qsizetype end;
        CopiedPassage passage;
    };
    std::vector<Found> found;
    const QList<Match> &matches = m_docs[std::size_t(doc)].matches;
    std::vector<CopyDirection> directions;
    directions.reserve(std::size_t(matches.size()));
    bool copiedBy = false;
    for (const Match &m : matches) {
        directions.push_back(direction(doc, m.other));
        copiedBy = copiedBy || directions.back() == CopyDirection::CopiedBy;
    }

    // Taken from earlier reports, and shared with unordered ones: each
    // position goes to one other report, the one that shares most with this
    // (the earliest among equals), so a passage is named once, after its
    // most likely source.
    std::vector<int> owner;
    const auto owned = [&](CopyDirection d) {
        struct Candidate {
            int match;
            qint64 total;
        };
        std::vector<Candidate> ranked;
        for (int mi = 0; mi < matches.size(); ++mi) {
            if (directions[std::size_t(mi)] != d)
                continue;
            qint64 total = 0;
            for (const Run &r : matches.at(mi).runs)
                total += r.end - r.start;
            ranked.push_back({mi, total});
        }
        if (ranked.empty())
            return;
        std::sort(ranked.begin(), ranked.end(), [&](const Candidate &x, const Candidate &y) {
            if (x.total != y.total)
                return x.total > y.total;
            const int ox = matches.at(x.match).other;
            const int oy = matches.at(y.match).other;
            const qint64 kx = order(ox).sortKey();
            const qint64 ky = order(oy).sortKey();
            return kx != ky ? kx < ky : ox < oy;
        });
        // The runs in rank order; owner: the run that gives a position to its report.
        std::vector<std::pair<const Run *, int>> runs;
        for (const Candidate &c : ranked) {
            for (const Run &r : matches.at(c.match).runs)
                runs.emplace_back(&r, matches.at(c.match).other);
        }
        owner.assign(std::size_t(n), -1);
        for (std::size_t ri = 0; ri < runs.size(); ++ri) {
            const Run &r = *runs[ri].first;
            for (qint32 i = r.start; i < r.end && i < n; ++i) {
                if (owner[std::size_t(i)] < 0 && usable(i))
                    owner[std::size_t(i)] = int(ri);
            }
        }
        // Stretches of one run, long enough, become passages (in text order).
        for (qsizetype i = 0; i < n;) {
            const int ri = owner[std::size_t(i)];
            qsizetype j = i + 1;
            while (j < n && owner[std::size_t(j)] == ri)
                ++j;
            if (ri >= 0 && j - i >= m_rules.passageLength)
                found.push_back({i, j, passage(*runs[std::size_t(ri)].first, runs[std::size_t(ri)].second, i, j, d)});
            i = j;
        }
    };
    owned(CopyDirection::Copied);

    // Taken by later reports: each of them on its own, so a passage several
    // reports took is named for each.
    const std::size_t laterFrom = found.size();
    if (copiedBy) {
        owner.assign(std::size_t(n), -1); // here: the match that last claimed a position
        for (int mi = 0; mi < matches.size(); ++mi) {
            if (directions[std::size_t(mi)] != CopyDirection::CopiedBy)
                continue;
            const Match &m = matches.at(mi);
            for (const Run &r : m.runs) {
                const qsizetype end = std::min<qsizetype>(r.end, n);
                for (qsizetype i = r.start; i < end;) {
                    if (!usable(i) || owner[std::size_t(i)] == mi) {
                        ++i;
                        continue;
                    }
                    qsizetype j = i;
                    while (j < end && usable(j) && owner[std::size_t(j)] != mi)
                        owner[std::size_t(j++)] = mi;
                    if (j - i >= m_rules.passageLength)
                        found.push_back({i, j, passage(r, m.other, i, j, CopyDirection::CopiedBy)});
                    i = j;
                }
            }
        }
        std::sort(found.begin() + std::ptrdiff_t(laterFrom), found.end(), [](const Found &x, const Found &y) {
            return x.start != y.start ? x.start < y.start : x.passage.other < y.passage.other;
        });
    }
    owned(CopyDirection::Shared);

    // A report counts only when it shares enough with this one.
    QHash<int, int> perOther;
    for (const Found &f : found)
        perOther[f.passage.other] += f.passage.length;
    std::vector<quint8> taken; // positions taken by later reports, counted once
    for (const Found &f : found) {
        if (perOther.value(f.passage.other) < m_rules.minimumPerSource)
            continue;
        const CopyDirection d = f.passage.direction;
        if (d == CopyDirection::CopiedBy) {
            // Several later reports may have taken one passage.
            if (taken.empty())
                taken.assign(std::size_t(n), 0);
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

    for (qsizetype i = 0; i < n;) {
        const quint8 b = boiler[std::size_t(i)];
        qsizetype j = i + 1;
        while (j < n && (boiler[std::size_t(j)] != 0) == (b != 0))
            ++j;
        if (b != 0) {
            bool formula = false;
            for (qsizetype x = i; x < j && !formula; ++x)
                formula = boiler[std::size_t(x)] == 2;
            result.boilerplate.append({textSpan(p, i, j), formula});
        }
        i = j;
    }
    return result;
}

} // namespace Dz
