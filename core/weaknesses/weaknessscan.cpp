#include "weaknesses/weaknessscan.h"

#include "base/requiredcharacters.h"
#include "base/shortsort.h"
#include "base/widthfolding.h"
#include "indicators/clauses.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

namespace
{

bool isClauseEnd(QChar c)
{
    return isSentenceEnd(c) || c == u',' || c == u'，' || c == u':' || c == u'：';
}

// Where each character's word starts and ends, and where words meet.
// (On the stack for a sentence of usual length: every sentence of a report is read.)
struct WordBounds {
    explicit WordBounds(qsizetype n)
        : wordStart(n)
        , wordEnd(n)
        , boundary(n + 1, false)
    {
    }
    QVarLengthArray<qsizetype, 256> wordStart;
    QVarLengthArray<qsizetype, 256> wordEnd;
    QVarLengthArray<bool, 256> boundary; // n + 1 entries
};

WordBounds wordBounds(const QList<qsizetype> &wordEnds, qsizetype n)
{
    WordBounds w(n);
    w.boundary[0] = true;
    qsizetype start = 0;
    for (qsizetype end : wordEnds) {
        for (qsizetype i = start; i < end; ++i) {
            w.wordStart[i] = start;
            w.wordEnd[i] = end;
        }
        w.boundary[end] = true;
        start = end;
    }
    return w;
}

// A term stands as a word when it starts at a word's start (or ends the
// compound it starts inside: 素质 in 业务素质) and ends at a word's end;
// cutting a word that is itself a catalog term is no harm.
bool standsAsWord(const WordSegmenter &words, QStringView text, const WordBounds &w, qsizetype from, qsizetype to)
{
    const auto addedWordAt = [&](qsizetype pos) {
        return words.isAddedWord(text.mid(w.wordStart[pos], w.wordEnd[pos] - w.wordStart[pos]));
    };
    const bool startOk = w.boundary[from] || addedWordAt(from) || (to - from >= 2 && w.wordEnd[from] == to);
    const bool endOk = w.boundary[to] || addedWordAt(to - 1);
    return startOk && endOk;
}

// Every term and marker of the catalog written in @p text, overlaps and all.
void findTermsAndMarkers(
    const WeaknessClassifier::Data &d, QStringView text, const QList<qsizetype> &wordEnds, QList<Occurrence> &candidates, QList<MarkerHit> &markers)
{
    const qsizetype n = text.size();
    const WordBounds w = wordBounds(wordEnds, n);
    // The pieces that start here, shortest first as the walk finds them; then read longest first.
    QVarLengthArray<std::pair<int, int>, 16> found; // (length, piece)
    for (qsizetype i = 0; i < n; ++i) {
        found.clear();
        d.pieces.matchesAt(text, i, [&found](int length, const std::vector<int> &ids) {
            found.append({length, ids.front()});
        });
        for (auto at = found.crbegin(); at != found.crend(); ++at) {
            const auto [length, id] = *at;
            const WeaknessClassifier::Data::Piece &piece = d.pieceOf[size_t(id)];
            // A neutral phrase masks wherever it stands; a term counts only as a word.
            const bool neutral = std::any_of(piece.terms.cbegin(), piece.terms.cend(), [](const TermRef &r) {
                return r.neutral;
            });
            if (!neutral && !standsAsWord(d.words, text, w, i, i + length))
                continue;
            if (!piece.terms.isEmpty())
                candidates.append({i, i + length, piece.terms, piece.text});
            if (piece.markers != 0)
                markers.append({i, i + length, piece.markers});
        }
    }
}

// Forms a list cannot hold (重审批、轻监管), and the titles in book-title
// marks, which name a law or a document (《行政处罚法》): no terms inside.
void findPatternsAndTitles(const WeaknessClassifier::Data &d, QStringView text, QList<Occurrence> &candidates)
{
    for (const WeaknessClassifier::Data::Pattern &pattern : d.patterns) {
        if (!pattern.pattern.mayMatch(text))
            continue;
        for (auto it = pattern.pattern.expression().globalMatchView(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                candidates.append({m.capturedStart(), m.capturedEnd(), {pattern.ref}, {}});
        }
    }
    for (qsizetype open = text.indexOf(u'《'); open >= 0; open = text.indexOf(u'《', open + 1)) {
        const qsizetype close = text.indexOf(u'》', open);
        if (close < 0)
            break;
        candidates.append({open, close + 1, {TermRef {WeaknessTermHit::Kind::Topic, -1, -1, true, {}}}, {}});
    }
}

// One occurrence per span (a term and a pattern may find the same words).
QList<Occurrence> mergeSameSpans(const QList<Occurrence> &candidates)
{
    // A sentence has a few: looked for in turn, without a hash made for each sentence.
    QList<Occurrence> merged;
    merged.reserve(candidates.size());
    for (const Occurrence &o : candidates) {
        const auto same = std::find_if(merged.begin(), merged.end(), [&o](const Occurrence &m) {
            return m.start == o.start && m.end == o.end;
        });
        if (same == merged.end())
            merged.append(o);
        else
            same->refs += o.refs;
    }
    return merged;
}

// The occurrences that stand, in text order: longest first, a shorter term
// inside a longer one being part of it; a neutral phrase takes its place
// and is no term.
QList<Occurrence> resolveOverlaps(QList<Occurrence> candidates, qsizetype n)
{
    stableSortShort(candidates.begin(), candidates.end(), [](const Occurrence &a, const Occurrence &b) {
        const qsizetype la = a.end - a.start;
        const qsizetype lb = b.end - b.start;
        return la != lb ? la > lb : a.start < b.start;
    });
    QList<Occurrence> hits;
    hits.reserve(candidates.size());
    QVarLengthArray<bool, 256> taken(n, false);
    for (const Occurrence &o : std::as_const(candidates)) {
        bool free = true;
        for (qsizetype i = o.start; i < o.end && free; ++i)
            free = !taken[i];
        if (!free)
            continue;
        for (qsizetype i = o.start; i < o.end; ++i)
            taken[i] = true;
        if (std::none_of(o.refs.begin(), o.refs.end(), [](const TermRef &r) {
                return r.neutral;
            }))
            hits.append(o);
    }
    std::sort(hits.begin(), hits.end(), [](const Occurrence &a, const Occurrence &b) {
        return a.start < b.start;
    });
    return hits;
}

// Clauses, each with its sentence.
void splitClauses(QStringView text, QList<TextSpan> &clauses, QList<int> &sentenceOf)
{
    const qsizetype n = text.size();
    const qsizetype ends = std::count_if(text.cbegin(), text.cend(), isClauseEnd);
    clauses.reserve(clauses.size() + ends + 1);
    sentenceOf.reserve(sentenceOf.size() + ends + 1);
    int sentence = 0;
    qsizetype clauseStart = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !isClauseEnd(text.at(i)))
            continue;
        const qsizetype end = std::min(i + 1, n);
        if (end > clauseStart) {
            clauses.append({clauseStart, end});
            sentenceOf.append(sentence);
        }
        if (i < n && isSentenceEnd(text.at(i)))
            ++sentence;
        clauseStart = end;
    }
}

} // namespace

Scan scanStatement(const WeaknessClassifier::Data &d, QStringView input)
{
    Scan s;
    s.text = foldWidth(input);
    const QStringView text(s.text);
    if (text.isEmpty())
        return s;
    s.wordEnds = d.words.boundaries(text);
    // A statement holds a handful of terms: room made once, not as they come.
    QList<Occurrence> candidates;
    candidates.reserve(8);
    s.markers.reserve(8);
    findTermsAndMarkers(d, text, s.wordEnds, candidates, s.markers);
    findPatternsAndTitles(d, text, candidates);
    s.hits = resolveOverlaps(mergeSameSpans(candidates), text.size());
    std::sort(s.markers.begin(), s.markers.end(), [](const MarkerHit &a, const MarkerHit &b) {
        return a.start < b.start;
    });
    splitClauses(text, s.clauses, s.sentenceOf);
    return s;
}

WeaknessClassifier::PossibleTerms possibleTerms(const WeaknessClassifier::Data &d, QStringView folded)
{
    WeaknessClassifier::PossibleTerms possible;
    // A sentence holds a few terms: kept on the stack (every sentence of a report is glanced at).
    QVarLengthArray<TextSpan, 16> deficiencies;
    struct TopicAt {
        int topic;
        TextSpan span; ///< empty for a pattern's: wherever its characters stand
    };
    QVarLengthArray<TopicAt, 32> topics;
    const auto add = [&d, &topics, &deficiencies](const TermRef &r, TextSpan span) {
        if (r.neutral)
            return;
        if (r.kind == WeaknessTermHit::Kind::Deficiency)
            deficiencies.append(span.length() > 0 ? span : TextSpan {0, std::numeric_limits<qsizetype>::max()});
        else if (r.theme >= 0)
            topics.append({d.topicOffsets[size_t(r.theme)] + r.conceptIndex, span});
    };
    // scanStatement() without the words: a term found here may not stand as
    // a word, or lose to a longer one, but no term is found there that is not here.
    for (qsizetype i = 0; i < folded.size(); ++i) {
        d.pieces.matchesAt(folded, i, [&](int length, const std::vector<int> &ids) {
            for (const TermRef &r : d.pieceOf[size_t(ids.front())].terms)
                add(r, {i, i + length});
        });
    }
    for (const WeaknessClassifier::Data::Pattern &pattern : d.patterns) {
        if (pattern.pattern.mayMatch(folded))
            add(pattern.ref, {});
    }
    const auto sortedOnce = [](std::vector<int> &list) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    };
    possible.topics.reserve(topics.size());
    for (const TopicAt &t : topics)
        possible.topics.push_back(t.topic);
    sortedOnce(possible.topics);
    if (deficiencies.isEmpty())
        return possible;
    // The clauses (as scanStatement() cuts them) a deficiency may stand in, and the topics in those.
    QList<TextSpan> clauses;
    QList<int> sentenceOf;
    splitClauses(folded, clauses, sentenceOf);
    const auto overlaps = [](TextSpan a, TextSpan b) {
        return a.start < b.end && a.end > b.start;
    };
    for (const TextSpan &clause : std::as_const(clauses)) {
        const bool holds = std::any_of(deficiencies.cbegin(), deficiencies.cend(), [&](const TextSpan &t) {
            return overlaps(t, clause);
        });
        if (!holds)
            continue;
        possible.admitting.append(clause);
        for (const TopicAt &t : topics) {
            if (t.span.length() == 0 || overlaps(t.span, clause))
                possible.admittingTopics.push_back(t.topic);
        }
    }
    sortedOnce(possible.admittingTopics);
    return possible;
}

} // namespace Dz::Internal
