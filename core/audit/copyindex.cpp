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

int CopyIndex::add(QStringView matchText, const QList<TextSpan> &excluded)
{
    return add(prepare(matchText, excluded));
}

int CopyIndex::boilerplateThreshold() const
{
    return std::max(m_rules.boilerplateMinimumReports, int(std::ceil(m_rules.boilerplateShare * double(m_docs.size()))));
}

int CopyIndex::add(Prepared prepared)
{
    const int doc = int(m_docs.size());
    m_docs.push_back(Doc {std::move(prepared), {}});
    m_counts.resize(m_docs.size(), 0);
    const Prepared &p = m_docs.back().prepared;
    const int threshold = boilerplateThreshold();

    // Count the fingerprints each earlier report shares with this one.
    std::vector<int> touched;
    for (const auto &[hash, pos] : p.prints) {
        const auto it = m_index.constFind(hash);
        if (it == m_index.cend() || it->reports >= threshold)
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
    if (touched.size() > std::size_t(CandidatesPerReport))
        touched.resize(std::size_t(CandidatesPerReport));

    // Best candidate first; a later one is verified only where it may add
    // something (seeds outside what earlier candidates covered), so
    // near-duplicates of many reports cost one verification, not six.
    std::vector<bool> covered(std::size_t(p.normal.size()), false);
    for (const int other : touched) {
        std::vector<std::pair<qint32, qint32>> seeds;
        for (const auto &[hash, pos] : p.prints) {
            if (covered[std::size_t(pos)])
                continue;
            const auto it = m_index.constFind(hash);
            if (it == m_index.cend())
                continue;
            for (const auto &[o, otherPos] : it->postings) {
                if (o == other)
                    seeds.emplace_back(pos, otherPos);
            }
        }
        if (seeds.empty())
            continue;
        const QList<Run> runs = verify(doc, other, seeds);
        if (runs.isEmpty())
            continue;
        for (const Run &r : runs) {
            for (qint32 i = r.start; i < r.end; ++i)
                covered[std::size_t(i)] = true;
        }
        m_docs[std::size_t(doc)].matches.append({other, runs});
        Doc &o = m_docs[std::size_t(other)];
        if (o.matches.size() < MatchesKept) {
            QList<Run> mirrored;
            for (const Run &r : runs)
                mirrored.append({r.otherStart, r.otherEnd, r.start, r.end});
            std::sort(mirrored.begin(), mirrored.end(), [](const Run &a, const Run &b) {
                return a.start < b.start;
            });
            o.matches.append({doc, mirrored});
        }
    }

    // Then index this report's fingerprints, each report counted once per hash.
    for (const auto &[hash, pos] : p.prints) {
        Entry &e = m_index[hash];
        if (e.lastDoc != doc) {
            e.lastDoc = doc;
            ++e.reports;
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

    // 0: not boilerplate, 1: shared by many reports, 2: a formula.
    std::vector<quint8> boiler(std::size_t(n), 0);
    const int threshold = boilerplateThreshold();
    for (const auto &[hash, pos] : p.prints) {
        const auto it = m_index.constFind(hash);
        if (it != m_index.cend() && it->reports >= threshold) {
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

    // Each position goes to the longest run that covers it.
    struct Owned {
        const Run *run;
        int other;
    };
    std::vector<Owned> runs;
    for (const Match &m : m_docs[std::size_t(doc)].matches) {
        for (const Run &r : m.runs)
            runs.push_back({&r, m.other});
    }
    std::stable_sort(runs.begin(), runs.end(), [](const Owned &x, const Owned &y) {
        return (x.run->end - x.run->start) > (y.run->end - y.run->start);
    });
    std::vector<int> owner(std::size_t(n), -1);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        for (qint32 i = runs[r].run->start; i < runs[r].run->end && i < n; ++i) {
            if (owner[std::size_t(i)] < 0 && boiler[std::size_t(i)] == 0 && p.normal.at(i) != QChar(Boundary))
                owner[std::size_t(i)] = int(r);
        }
    }

    auto textSpan = [](const Prepared &q, qsizetype from, qsizetype to) {
        return TextSpan {q.position[std::size_t(from)], q.position[std::size_t(to - 1)] + 1};
    };

    // Stretches of one owner, long enough, become passages.
    QList<CopiedPassage> passages;
    QHash<int, int> perSource;
    for (qsizetype i = 0; i < n;) {
        const int r = owner[std::size_t(i)];
        qsizetype j = i + 1;
        while (j < n && owner[std::size_t(j)] == r)
            ++j;
        if (r >= 0 && j - i >= m_rules.passageLength) {
            const Run &run = *runs[std::size_t(r)].run;
            const int other = runs[std::size_t(r)].other;
            const Prepared &q = m_docs[std::size_t(other)].prepared;
            const qsizetype os = std::clamp<qsizetype>(run.otherStart + (i - run.start), run.otherStart, run.otherEnd - 1);
            const qsizetype oe = std::clamp<qsizetype>(run.otherEnd - (run.end - j), os + 1, run.otherEnd);
            passages.append({textSpan(p, i, j), other, textSpan(q, os, oe), int(j - i)});
            perSource[other] += int(j - i);
        }
        i = j;
    }
    for (const CopiedPassage &passage : std::as_const(passages)) {
        if (perSource.value(passage.other) >= m_rules.minimumPerSource) {
            result.passages.append(passage);
            result.copiedLength += passage.length;
        }
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
