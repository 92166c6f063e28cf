#include "weaknesses/weaknessclassifier.h"

#include "base/widthfolding.h"
#include "indicators/clauses.h"
#include "weaknesses/weaknesses_debug.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

enum Marker {
    Success = 1,
    Plan = 2,
    Contrast = 4,
    Recurrence = 8,
    Concessive = 16,
    Comparison = 32,
};

// What a term of the catalog is: a topic or deficiency concept of a theme
// (theme >= 0), a shared deficiency (theme < 0), or a neutral phrase.
struct TermRef {
    WeaknessTermHit::Kind kind = WeaknessTermHit::Kind::Topic;
    int theme = -1;
    int concept = -1;
    bool neutral = false;
};

struct Occurrence {
    qsizetype start = 0;
    qsizetype end = 0;
    QList<TermRef> refs;
};

struct MarkerHit {
    qsizetype start = 0;
    qsizetype end = 0;
    int kinds = 0;
};

// One topic hit as scored: its concept, the factor it counts with (1, or
// carryOver for a previous clause's topic) and where it stands.
struct ScoredTopic {
    const WeaknessConcept *concept = nullptr;
    int theme = -1;
    QString term;
    qsizetype start = 0;
    qsizetype end = 0;
    double factor = 1;
};

struct Evidence {
    double score = 0;
    QStringList topics;
    QStringList deficiencies;
    bool hasTopic = false;
    bool specific = false; // a specific topic or a standalone deficiency of the theme
    bool standing = false; // a specific topic that heads its compound (modifies no other)

    void add(const Evidence &other, double factor)
    {
        score += other.score * factor;
        for (const QString &t : other.topics) {
            if (!topics.contains(t))
                topics.append(t);
        }
        for (const QString &t : other.deficiencies) {
            if (!deficiencies.contains(t))
                deficiencies.append(t);
        }
        hasTopic = hasTopic || other.hasTopic;
        specific = specific || other.specific;
        standing = standing || other.standing;
    }
};

using Scores = std::map<int, Evidence>; // theme index → evidence, in catalog order

void append(QStringList &list, const QString &term)
{
    if (!list.contains(term))
        list.append(term);
}

bool isClauseEnd(QChar c)
{
    return isSentenceEnd(c) || c == u',' || c == u'，' || c == u':' || c == u'：';
}

} // namespace

struct WeaknessClassifier::Data {
    WordSegmenter words;
    QString blob; // every term, marker and phrase; the hashes hold views into it
    QHash<QStringView, QList<TermRef>> terms;
    QHash<QStringView, int> markers;
    QList<std::pair<QRegularExpression, TermRef>> patterns;
    int maxLength = 1;
};

namespace
{

// A statement read: the folded text, the terms that stand as words (overlaps
// resolved, longest first), the markers, and the clauses.
struct Scan {
    QString text;
    QList<Occurrence> hits; // in text order
    QList<MarkerHit> markers;
    QList<TextSpan> clauses;
    QList<int> sentenceOf; // per clause
};

// Where each character's word starts and ends, and where words meet.
struct WordBounds {
    QList<qsizetype> wordStart;
    QList<qsizetype> wordEnd;
    QList<bool> boundary; // n + 1 entries
};

WordBounds wordBounds(const WordSegmenter &words, QStringView text)
{
    const qsizetype n = text.size();
    WordBounds w {QList<qsizetype>(n), QList<qsizetype>(n), QList<bool>(n + 1, false)};
    w.boundary[0] = true;
    qsizetype start = 0;
    for (qsizetype end : words.boundaries(text)) {
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
void findTermsAndMarkers(const WeaknessClassifier::Data &d, QStringView text, QList<Occurrence> &candidates, QList<MarkerHit> &markers)
{
    const qsizetype n = text.size();
    const WordBounds w = wordBounds(d.words, text);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype length = std::min<qsizetype>(d.maxLength, n - i); length >= 1; --length) {
            const QStringView piece = text.mid(i, length);
            const auto term = d.terms.constFind(piece);
            const auto marker = d.markers.constFind(piece);
            if (term == d.terms.cend() && marker == d.markers.cend())
                continue;
            // A neutral phrase masks wherever it stands; a term counts only as a word.
            const bool neutral = term != d.terms.cend() && std::any_of(term->begin(), term->end(), [](const TermRef &r) {
                return r.neutral;
            });
            if (!neutral && !standsAsWord(d.words, text, w, i, i + length))
                continue;
            if (term != d.terms.cend())
                candidates.append({i, i + length, *term});
            if (marker != d.markers.cend())
                markers.append({i, i + length, *marker});
        }
    }
}

// Forms a list cannot hold (重审批、轻监管), and the titles in book-title
// marks, which name a law or a document (《行政处罚法》): no terms inside.
void findPatternsAndTitles(const WeaknessClassifier::Data &d, QStringView text, QList<Occurrence> &candidates)
{
    for (const auto &[re, ref] : d.patterns) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                candidates.append({m.capturedStart(), m.capturedEnd(), {ref}});
        }
    }
    for (qsizetype open = text.indexOf(u'《'); open >= 0; open = text.indexOf(u'《', open + 1)) {
        const qsizetype close = text.indexOf(u'》', open);
        if (close < 0)
            break;
        candidates.append({open, close + 1, {TermRef {WeaknessTermHit::Kind::Topic, -1, -1, true}}});
    }
}

// One occurrence per span (a term and a pattern may find the same words).
QList<Occurrence> mergeSameSpans(const QList<Occurrence> &candidates)
{
    QHash<std::pair<qsizetype, qsizetype>, qsizetype> at;
    QList<Occurrence> merged;
    for (const Occurrence &o : candidates) {
        const auto key = std::make_pair(o.start, o.end);
        const auto it = at.constFind(key);
        if (it == at.cend()) {
            at.insert(key, merged.size());
            merged.append(o);
        } else {
            merged[*it].refs += o.refs;
        }
    }
    return merged;
}

// The occurrences that stand, in text order: longest first, a shorter term
// inside a longer one being part of it; a neutral phrase takes its place
// and is no term.
QList<Occurrence> resolveOverlaps(QList<Occurrence> candidates, qsizetype n)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Occurrence &a, const Occurrence &b) {
        const qsizetype la = a.end - a.start;
        const qsizetype lb = b.end - b.start;
        return la != lb ? la > lb : a.start < b.start;
    });
    QList<Occurrence> hits;
    QList<bool> taken(n, false);
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

Scan scan(const WeaknessClassifier::Data &d, QStringView input)
{
    Scan s;
    s.text = foldWidth(input);
    const QStringView text(s.text);
    if (text.isEmpty())
        return s;
    QList<Occurrence> candidates;
    findTermsAndMarkers(d, text, candidates, s.markers);
    findPatternsAndTitles(d, text, candidates);
    s.hits = resolveOverlaps(mergeSameSpans(candidates), text.size());
    std::sort(s.markers.begin(), s.markers.end(), [](const MarkerHit &a, const MarkerHit &b) {
        return a.start < b.start;
    });
    splitClauses(text, s.clauses, s.sentenceOf);
    return s;
}

} // namespace

QStringList WeaknessClassification::cues() const
{
    if (themes.isEmpty())
        return {};
    return themes.constFirst().topics + themes.constFirst().deficiencies;
}

WeaknessClassifier::WeaknessClassifier(WeaknessCatalog catalog)
    : WeaknessClassifier(std::move(catalog), [] {
        const auto words = WordSegmenter::builtIn();
        if (!words)
            qCWarning(lcWeaknessCatalog) << "no word list, every character a word:" << words.error();
        return words ? words.value() : WordSegmenter();
    }())
{
}

WeaknessClassifier::WeaknessClassifier(WeaknessCatalog catalog, const WordSegmenter &words)
    : m_catalog(std::move(catalog))
{
    auto data = std::make_shared<Data>();
    // Terms first into one string, then views into it.
    QList<std::pair<QString, TermRef>> terms;
    QList<std::pair<QString, int>> markers;
    const auto addPatterns = [&data](const WeaknessConcept &concept, const TermRef &ref) {
        for (const QString &pattern : concept.patterns)
            data->patterns.append({QRegularExpression(pattern), ref});
    };
    for (int c = 0; c < m_catalog.deficiencies().size(); ++c) {
        for (const QString &term : m_catalog.deficiencies().at(c).terms)
            terms.append({term, {WeaknessTermHit::Kind::Deficiency, -1, c, false}});
        addPatterns(m_catalog.deficiencies().at(c), {WeaknessTermHit::Kind::Deficiency, -1, c, false});
    }
    for (int t = 0; t < m_catalog.themes().size(); ++t) {
        const WeaknessTheme &theme = m_catalog.themes().at(t);
        for (int c = 0; c < theme.topics.size(); ++c) {
            for (const QString &term : theme.topics.at(c).terms)
                terms.append({term, {WeaknessTermHit::Kind::Topic, t, c, false}});
            addPatterns(theme.topics.at(c), {WeaknessTermHit::Kind::Topic, t, c, false});
        }
        for (int c = 0; c < theme.deficiencies.size(); ++c) {
            for (const QString &term : theme.deficiencies.at(c).terms)
                terms.append({term, {WeaknessTermHit::Kind::Deficiency, t, c, false}});
            addPatterns(theme.deficiencies.at(c), {WeaknessTermHit::Kind::Deficiency, t, c, false});
        }
    }
    for (const QString &phrase : m_catalog.neutralPhrases())
        terms.append({foldWidth(phrase), {WeaknessTermHit::Kind::Topic, -1, -1, true}});
    for (const QString &pattern : m_catalog.neutralPatterns())
        data->patterns.append({QRegularExpression(pattern), {WeaknessTermHit::Kind::Topic, -1, -1, true}});
    const auto addMarkers = [&markers](const QStringList &list, int kind) {
        for (const QString &m : list)
            markers.append({foldWidth(m), kind});
    };
    addMarkers(m_catalog.successMarkers(), Success);
    addMarkers(m_catalog.planMarkers(), Plan);
    addMarkers(m_catalog.contrastMarkers(), Contrast);
    addMarkers(m_catalog.recurrenceMarkers(), Recurrence);
    addMarkers(m_catalog.concessiveMarkers(), Concessive);
    addMarkers(m_catalog.comparisonMarkers(), Comparison);

    QList<qsizetype> termAt, markerAt;
    for (const auto &[term, ref] : std::as_const(terms)) {
        termAt.append(data->blob.size());
        data->blob += term;
    }
    for (const auto &[marker, kind] : std::as_const(markers)) {
        markerAt.append(data->blob.size());
        data->blob += marker;
    }
    QStringList allWords;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const QStringView key = QStringView(data->blob).mid(termAt.at(i), terms.at(i).first.size());
        data->terms[key].append(terms.at(i).second);
        data->maxLength = std::max(data->maxLength, int(key.size()));
        allWords.append(terms.at(i).first);
    }
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const QStringView key = QStringView(data->blob).mid(markerAt.at(i), markers.at(i).first.size());
        data->markers[key] |= markers.at(i).second;
        data->maxLength = std::max(data->maxLength, int(key.size()));
        allWords.append(markers.at(i).first);
    }
    allWords.removeDuplicates();
    data->words = words.withWords(allWords);
    d = std::move(data);
}

namespace
{

// Reads every clause of a scan: its terms, whether it is excluded (success,
// plan, conceded) and, when it admits something, the themes it scores.
class ClauseScorer
{
public:
    ClauseScorer(const WeaknessCatalog &catalog, const Scan &scan)
        : m_catalog(catalog)
        , m_scan(scan)
        , m_settings(catalog.settings())
    {
    }

    struct Deficiency {
        const Occurrence *occurrence = nullptr;
        TermRef ref;
    };

    struct Clause {
        WeaknessClauseReading reading;
        QList<ScoredTopic> topics; // in text order
        QList<bool> modifier; // per topic: it modifies the next one (执法人员 in 执法人员专业素质)
        QList<bool> direct; // per topic: and stands right before it (no 的 between)
        QList<Deficiency> deficiencies;
        Scores scores;
        int best = -1; ///< the theme the clause is about, when one reaches the threshold on a specific topic
    };

    QList<Clause> run() const
    {
        QList<Clause> clauses;
        for (const TextSpan &span : m_scan.clauses) {
            Clause c;
            c.reading.span = span;
            collect(c);
            compounds(c);
            clauses.append(c);
        }
        markExclusions(clauses);
        for (qsizetype i = 0; i < clauses.size(); ++i) {
            Clause &c = clauses[i];
            if (excluded(c) || c.deficiencies.isEmpty())
                continue;
            QList<ScoredTopic> topics = c.topics;
            QList<bool> modifier = c.modifier;
            QList<bool> direct = c.direct;
            const bool ownTheme = std::any_of(c.deficiencies.begin(), c.deficiencies.end(), [this](const Deficiency &d) {
                return d.ref.theme >= 0 && concept(d.ref).standalone;
            });
            // A clause without a topic of its own (形式比较单一) speaks of the previous clause's.
            if (topics.isEmpty() && !ownTheme) {
                for (qsizetype j = i - 1; j >= 0 && m_scan.sentenceOf.at(j) == m_scan.sentenceOf.at(i); --j) {
                    const Clause &previous = clauses.at(j);
                    if (previous.topics.isEmpty())
                        continue;
                    // Its heads, not their modifiers, standing before this clause.
                    for (qsizetype k = 0; k < previous.topics.size(); ++k) {
                        if (previous.modifier.at(k))
                            continue;
                        ScoredTopic t = previous.topics.at(k);
                        t.factor = m_settings.carryOver;
                        t.start = t.end = c.reading.span.start;
                        topics.append(t);
                        modifier.append(false);
                        direct.append(false);
                    }
                    break;
                }
            }
            c.scores = score(topics, modifier, direct, c.deficiencies, c.reading.span);
            c.reading.scores = matches(c.scores);
            c.best = best(c.scores, true);
        }
        return clauses;
    }

    static bool excluded(const Clause &c)
    {
        return c.reading.success || c.reading.plan || c.reading.conceded;
    }

    const WeaknessConcept &concept(const TermRef &ref) const
    {
        if (ref.theme < 0)
            return m_catalog.deficiencies().at(ref.concept);
        const WeaknessTheme &theme = m_catalog.themes().at(ref.theme);
        return ref.kind == WeaknessTermHit::Kind::Topic ? theme.topics.at(ref.concept) : theme.deficiencies.at(ref.concept);
    }

    QList<WeaknessThemeMatch> matches(const Scores &scores) const
    {
        QList<WeaknessThemeMatch> result;
        for (const auto &[theme, e] : scores) {
            if (e.score > 0)
                result.append({m_catalog.themes().at(theme).id, e.score, e.topics, e.deficiencies});
        }
        std::stable_sort(result.begin(), result.end(), [](const WeaknessThemeMatch &a, const WeaknessThemeMatch &b) {
            return a.score > b.score;
        });
        return result;
    }

    // The clause's strongest theme when it reaches the threshold; with
    // @p specificOnly, only when a specific topic (not 机制, 各地 alone) or the theme's own deficiency gave it.
    int best(const Scores &scores, bool specificOnly) const
    {
        int theme = -1;
        double top = 0;
        for (const auto &[t, e] : scores) {
            if (e.score > top) {
                theme = t;
                top = e.score;
            }
        }
        if (theme < 0 || top < m_settings.themeThreshold || (specificOnly && !scores.at(theme).specific))
            return -1;
        return theme;
    }

private:
    void collect(Clause &c) const
    {
        const QStringView text(m_scan.text);
        for (const Occurrence &o : m_scan.hits) {
            if (o.start < c.reading.span.start || o.end > c.reading.span.end)
                continue;
            const QString term = text.mid(o.start, o.end - o.start).toString();
            for (const TermRef &ref : o.refs) {
                const WeaknessConcept &k = concept(ref);
                const QString theme = ref.theme >= 0 ? m_catalog.themes().at(ref.theme).id : QString();
                const WeaknessTermHit hit {ref.kind, term, k.id, theme, {o.start, o.end}};
                if (ref.kind == WeaknessTermHit::Kind::Topic) {
                    c.reading.topics.append(hit);
                    c.topics.append({&k, ref.theme, term, o.start, o.end, 1.0});
                } else {
                    c.reading.deficiencies.append(hit);
                    c.deficiencies.append({&o, ref});
                }
            }
        }
        std::stable_sort(c.topics.begin(), c.topics.end(), [](const ScoredTopic &a, const ScoredTopic &b) {
            return a.start < b.start;
        });
    }

    // Which topics modify the next one: a compound's head is its last topic.
    void compounds(Clause &c) const
    {
        c.modifier = QList<bool>(c.topics.size(), false);
        c.direct = QList<bool>(c.topics.size(), false);
        for (qsizetype i = 0; i + 1 < c.topics.size(); ++i)
            c.modifier[i] = modifies(c.topics.at(i), c.topics.at(i + 1), c.deficiencies, &c.direct[i]);
    }

    int markersIn(const TextSpan &span) const
    {
        int kinds = 0;
        for (const MarkerHit &m : m_scan.markers) {
            if (m.start >= span.start && m.end <= span.end)
                kinds |= m.kinds;
        }
        return kinds;
    }

    // A success marker after which no deficiency follows in its clause
    // (取得成效不明显 admits something; 零败诉 does not).
    bool reportsSuccess(const Clause &c) const
    {
        for (const MarkerHit &m : m_scan.markers) {
            if (!(m.kinds & Success) || m.start < c.reading.span.start || m.end > c.reading.span.end)
                continue;
            const bool deficiencyAfter = std::any_of(c.deficiencies.begin(), c.deficiencies.end(), [&m](const Deficiency &d) {
                return d.occurrence->start >= m.end;
            });
            if (!deficiencyAfter)
                return true;
        }
        return false;
    }

    void markExclusions(QList<Clause> &clauses) const
    {
        for (qsizetype first = 0; first < clauses.size();) {
            qsizetype last = first;
            while (last + 1 < clauses.size() && m_scan.sentenceOf.at(last + 1) == m_scan.sentenceOf.at(first))
                ++last;
            // A plan runs from its marker to the end of the sentence.
            bool planning = false;
            for (qsizetype i = first; i <= last; ++i) {
                const int kinds = markersIn(clauses.at(i).reading.span);
                planning = planning || (kinds & Plan);
                clauses[i].reading.plan = planning;
                clauses[i].reading.recurrence = (kinds & Recurrence) != 0;
            }
            // The sentence in parts, each up to a contrast (但, 然而).
            QList<std::pair<qsizetype, qsizetype>> parts;
            for (qsizetype part = first; part <= last;) {
                qsizetype end = part;
                while (end + 1 <= last && !(markersIn(clauses.at(end + 1).reading.span) & Contrast))
                    ++end;
                parts.append({part, end});
                part = end + 1;
            }
            for (qsizetype p = 0; p < parts.size(); ++p) {
                const auto [from, to] = parts.at(p);
                // Conceded (虽然…) before a contrast: not what the sentence claims.
                if (p + 1 < parts.size() && (markersIn(clauses.at(from).reading.span) & Concessive)) {
                    for (qsizetype i = from; i <= to; ++i)
                        clauses[i].reading.conceded = true;
                    continue;
                }
                // Success covers its part of the sentence, except what says it is still there (仍然存在).
                qsizetype successAt = -1;
                for (qsizetype i = from; i <= to && successAt < 0; ++i) {
                    if (reportsSuccess(clauses.at(i)))
                        successAt = i;
                }
                if (successAt < 0)
                    continue;
                for (qsizetype i = from; i <= to; ++i) {
                    if (i == successAt || !clauses.at(i).reading.recurrence)
                        clauses[i].reading.success = true;
                }
            }
            first = last + 1;
        }
    }

    // True when nothing but two characters at most (or 的, 之) stands between
    // two topics: the first modifies the second (执法人员|专业素质, 信息公开的|主动性).
    bool modifies(const ScoredTopic &a, const ScoredTopic &b, const QList<Deficiency> &deficiencies, bool *direct) const
    {
        if (a.end > b.start || a.start == a.end || b.start == b.end) // carried over from a previous clause
            return false;
        QString gap;
        for (QChar c : QStringView(m_scan.text).mid(a.end, b.start - a.end)) {
            // Quotation marks do not part a compound (“诉源治理”工作).
            if (c != u'“' && c != u'”' && c != u'‘' && c != u'’' && c != u'"' && c != u'\'')
                gap.append(c);
        }
        *direct = gap != u"的" && gap != u"之";
        if (!*direct)
            return true;
        if (gap.size() > 2)
            return false;
        for (QChar c : std::as_const(gap)) {
            if (!c.isLetter() || c == u'与' || c == u'和' || c == u'及' || c == u'或' || c == u'并' || c == u'、')
                return false;
        }
        return std::none_of(deficiencies.begin(), deficiencies.end(), [&](const Deficiency &d) {
            return d.occurrence->start < b.start && d.occurrence->end > a.end;
        });
    }

    Scores score(const QList<ScoredTopic> &all, const QList<bool> &allModifier, const QList<bool> &allDirect, const QList<Deficiency> &deficiencies,
        const TextSpan &clause) const
    {
        QSet<QString> deficiencyConcepts;
        QSet<int> ownDeficiencyThemes;
        bool shared = false;
        for (const Deficiency &d : deficiencies) {
            deficiencyConcepts.insert(concept(d.ref).id);
            if (d.ref.theme < 0)
                shared = true;
            else
                ownDeficiencyThemes.insert(d.ref.theme);
        }
        // A topic needs a shared deficiency or one of its own theme's; one
        // that needs a kind of deficiency (执法人员 with 不足) counts only beside it.
        QList<bool> keep(all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const ScoredTopic &t = all.at(i);
            keep[i] = (shared || ownDeficiencyThemes.contains(t.theme))
                && (t.concept->with.isEmpty() || std::any_of(t.concept->with.begin(), t.concept->with.end(), [&](const QString &w) {
                       return deficiencyConcepts.contains(w);
                   }));
        }
        QList<ScoredTopic> topics;
        QList<bool> modifier;
        QList<int> themeOf;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!keep.at(i))
                continue;
            // A modifier of a topic that does not count is a topic of its own.
            const bool modifies = allModifier.at(i) && i + 1 < all.size() && keep.at(i + 1);
            // A generic head (机制, 平台) belongs to the theme of the domain
            // right before it (信息共享机制 is about sharing), an attribute
            // (主动性) also across 的 (信息公开的主动性).
            int theme = all.at(i).theme;
            const WeaknessConcept *k = all.at(i).concept;
            if (i > 0 && keep.at(i - 1) && allModifier.at(i - 1) && k->generic && (allDirect.at(i - 1) || k->attribute) && !all.at(i - 1).concept->generic
                && all.at(i - 1).concept->with.isEmpty())
                theme = all.at(i - 1).theme;
            topics.append(all.at(i));
            modifier.append(modifies);
            themeOf.append(theme);
        }
        // Compared with something (执法人员与监管对象不相适应): the head stands before 与.
        qsizetype headLimit = -1;
        for (const MarkerHit &m : m_scan.markers) {
            if (!(m.kinds & Comparison) || m.start < clause.start || m.end > clause.end)
                continue;
            const bool topicBefore = std::any_of(topics.begin(), topics.end(), [&m](const ScoredTopic &t) {
                return t.end <= m.start && t.start < t.end;
            });
            const bool deficiencyAfter = std::all_of(deficiencies.begin(), deficiencies.end(), [&m](const Deficiency &d) {
                return d.occurrence->start >= m.end;
            });
            if (topicBefore && deficiencyAfter) {
                headLimit = m.start;
                break;
            }
        }
        // The head: the compound nearest a deficiency (before it; after one that precedes, 缺乏专业人才).
        qsizetype head = -1;
        double nearest = 0;
        for (qsizetype i = 0; i < topics.size(); ++i) {
            const ScoredTopic &t = topics.at(i);
            if (modifier.at(i) || (headLimit >= 0 && t.end > headLimit))
                continue;
            for (const Deficiency &d : deficiencies) {
                const Occurrence &o = *d.occurrence;
                const bool after = concept(d.ref).precedes;
                double distance;
                if (headLimit >= 0)
                    distance = double(headLimit - t.end);
                else if (t.end <= o.start)
                    distance = double(o.start - t.end) + (after ? 0.5 : 0);
                else if (o.end <= t.start)
                    // After 缺乏, the object runs to the clause's end, and its last topic is its head.
                    distance = after ? double(clause.end - t.end) : double(t.start - o.end) + 0.5;
                else
                    distance = 0;
                if (head < 0 || distance < nearest) {
                    head = i;
                    nearest = distance;
                }
            }
        }
        QSet<int> specific;
        for (qsizetype i = 0; i < topics.size(); ++i) {
            if (!topics.at(i).concept->generic)
                specific.insert(themeOf.at(i));
        }
        Scores scores;
        for (qsizetype i = 0; i < topics.size(); ++i) {
            const ScoredTopic &t = topics.at(i);
            double factor = t.factor;
            if (modifier.at(i))
                factor *= m_settings.modifierShare;
            else if (i == head)
                factor *= 1 + m_settings.headBonus;
            // A generic topic on its own, not the head, gives way to another theme's specific one.
            const bool absorbed = themeOf.at(i) != t.theme;
            if (t.concept->generic && !absorbed && i != head && !specific.isEmpty() && !specific.contains(t.theme))
                factor *= 0.5;
            Evidence &e = scores[themeOf.at(i)];
            e.score += factor * t.concept->weight;
            append(e.topics, t.term);
            e.hasTopic = true;
            e.specific = e.specific || !t.concept->generic || absorbed;
            e.standing = e.standing || (!t.concept->generic && !modifier.at(i));
        }
        // A theme's own deficiency: alone (不作为) or beside its topic.
        for (const Deficiency &d : deficiencies) {
            if (d.ref.theme < 0)
                continue;
            const WeaknessConcept &k = concept(d.ref);
            const auto it = scores.find(d.ref.theme);
            if (!k.standalone && (it == scores.end() || !it->second.hasTopic))
                continue;
            Evidence &e = scores[d.ref.theme];
            e.score += k.weight;
            e.specific = e.specific || k.standalone;
        }
        // The deficiency terms each theme read: the shared ones and its own.
        const QStringView text(m_scan.text);
        for (auto &[theme, e] : scores) {
            for (const Deficiency &d : deficiencies) {
                if (d.ref.theme < 0 || d.ref.theme == theme)
                    append(e.deficiencies, text.mid(d.occurrence->start, d.occurrence->end - d.occurrence->start).toString());
            }
        }
        // A general theme gives its score to the strongest theme whose specific
        // topic stands here on its own (not as a modifier: 基层站所之间 stays general).
        for (auto &[theme, e] : scores) {
            if (!m_catalog.themes().at(theme).general || e.score <= 0)
                continue;
            Evidence *taker = nullptr;
            for (auto &[other, oe] : scores) {
                if (other != theme && oe.standing && !m_catalog.themes().at(other).general && (!taker || oe.score > taker->score))
                    taker = &oe;
            }
            if (taker) {
                taker->add(e, 1);
                e = Evidence();
            }
        }
        // A theme that dominates another takes its score where its own topic stands.
        for (auto &[theme, e] : scores) {
            if (!e.hasTopic)
                continue;
            for (const QString &other : m_catalog.themes().at(theme).dominates) {
                for (auto &[otherTheme, oe] : scores) {
                    if (otherTheme != theme && m_catalog.themes().at(otherTheme).id == other && oe.score > 0) {
                        e.add(oe, 1);
                        oe = Evidence();
                    }
                }
            }
        }
        return scores;
    }

    const WeaknessCatalog &m_catalog;
    const Scan &m_scan;
    const WeaknessSettings &m_settings;
};

int best(const Scores &scores, double threshold, int excluded = -1)
{
    int theme = -1;
    double top = 0;
    for (const auto &[t, e] : scores) {
        if (t != excluded && e.score >= threshold && e.score > top) {
            theme = t;
            top = e.score;
        }
    }
    return theme;
}

} // namespace

WeaknessClassification WeaknessClassifier::classify(QStringView headline, QStringView detail) const
{
    const WeaknessSettings &settings = m_catalog.settings();
    // The headline and its explanation read as one text (a line apart, so no
    // sentence runs across).
    const QString text = headline.toString() + u'\n' + detail.toString();
    const Scan s = scan(*d, text);
    const ClauseScorer scorer(m_catalog, s);
    const QList<ClauseScorer::Clause> clauses = scorer.run();

    WeaknessClassification result;
    const qsizetype headlineEnd = headline.size();
    // First clause, rest of the headline, explanation.
    Scores tiers[3];
    for (qsizetype k = 0; k < clauses.size(); ++k) {
        const ClauseScorer::Clause &c = clauses.at(k);
        const int tier = c.reading.span.start >= headlineEnd ? 2 : (k == 0 ? 0 : 1);
        for (const auto &[theme, e] : c.scores)
            tiers[tier][theme].add(e, 1);
    }
    const double weights[3] = {1, settings.restWeight, settings.detailWeight};
    Scores all;
    for (int i = 0; i < 3; ++i) {
        for (const auto &[theme, e] : tiers[i])
            all[theme].add(e, weights[i]);
    }
    for (const ClauseScorer::Clause &c : clauses) {
        if (c.reading.span.start > headlineEnd)
            break;
        result.success = result.success || c.reading.success;
        result.plan = result.plan || c.reading.plan;
        result.recurrence = result.recurrence || c.reading.recurrence;
    }
    int first = -1;
    for (int i = 0; i < 3 && first < 0; ++i)
        first = best(tiers[i], settings.themeThreshold);
    if (first < 0)
        return result;
    const double firstScore = all.at(first).score;
    // A second theme is one that some clause is about, and strong enough
    // beside the first; not a cause given after 原因在于 (causes are items of their own).
    qsizetype causeAt = text.size();
    for (const QString &cue : m_catalog.causeCues()) {
        const qsizetype at = s.text.indexOf(cue);
        if (at >= 0)
            causeAt = std::min(causeAt, at);
    }
    int second = -1;
    for (const ClauseScorer::Clause &c : clauses) {
        if (c.best < 0 || c.best == first || c.reading.span.end > causeAt)
            continue;
        const double score = all.at(c.best).score;
        if (score >= settings.secondShare * firstScore && (second < 0 || score > all.at(second).score))
            second = c.best;
    }
    const auto match = [this, &all](int theme) {
        const Evidence &e = all.at(theme);
        return WeaknessThemeMatch {m_catalog.themes().at(theme).id, std::round(e.score * 1000) / 1000, e.topics, e.deficiencies};
    };
    result.themes.append(match(first));
    if (second >= 0)
        result.themes.append(match(second));
    // Strength (saturating at twice the threshold) times the lead over the strongest theme not given.
    double runnerUp = 0;
    for (const auto &[theme, e] : all) {
        if (theme != first && theme != second)
            runnerUp = std::max(runnerUp, e.score);
    }
    const double strength = std::min(1.0, firstScore / (2 * settings.themeThreshold));
    result.confidence = std::round(strength * firstScore / (firstScore + runnerUp) * 1000) / 1000;
    return result;
}

WeaknessClassification WeaknessClassifier::classifyStatement(QStringView text) const
{
    const QString folded = foldWidth(text);
    qsizetype end = 0;
    while (end < folded.size() && !isSentenceEnd(folded.at(end)))
        ++end;
    if (end < folded.size())
        ++end;
    return classify(text.left(end), text.mid(end));
}

bool WeaknessClassifier::admitsShortcoming(QStringView text) const
{
    const Scan s = scan(*d, text);
    for (const ClauseScorer::Clause &c : ClauseScorer(m_catalog, s).run()) {
        if (!ClauseScorer::excluded(c) && !c.reading.deficiencies.isEmpty())
            return true;
    }
    return false;
}

QList<WeaknessClauseReading> WeaknessClassifier::read(QStringView text) const
{
    const Scan s = scan(*d, text);
    QList<WeaknessClauseReading> result;
    for (const ClauseScorer::Clause &c : ClauseScorer(m_catalog, s).run())
        result.append(c.reading);
    return result;
}

StatementMeaning WeaknessClassifier::meaning(QStringView text) const
{
    StatementMeaning m;
    m.classification = classifyStatement(text);
    for (const WeaknessClauseReading &c : read(text)) {
        for (const WeaknessTermHit &t : c.topics) {
            append(m.topicConcepts, t.conceptKey());
            append(m.topicTerms, t.term);
            const WeaknessTheme *theme = m_catalog.theme(t.theme);
            for (const WeaknessConcept &k : theme ? theme->topics : QList<WeaknessConcept>()) {
                if (k.id == t.concept)
                    m.themeWeights[t.theme] += k.weight * (k.generic ? 0.5 : 1);
            }
        }
        for (const WeaknessTermHit &t : c.deficiencies)
            append(m.deficiencyConcepts, t.conceptKey());
    }
    QList<std::pair<double, QString>> ranked;
    for (auto it = m.themeWeights.cbegin(); it != m.themeWeights.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    for (const auto &[weight, theme] : ranked)
        m.topicThemes.append(theme);
    return m;
}

QStringList WeaknessClassifier::words(QStringView text) const
{
    return d->words.words(foldWidth(text));
}

double WeaknessClassifier::similarity(const StatementMeaning &a, const StatementMeaning &b)
{
    const auto jaccard = [](const QStringList &x, const QStringList &y) {
        if (x.isEmpty() || y.isEmpty())
            return 0.0;
        const QSet<QString> sx(x.begin(), x.end());
        const QSet<QString> sy(y.begin(), y.end());
        return double((sx & sy).size()) / double((sx | sy).size());
    };
    // What the topics are about: the cosine of the two statements' theme weights.
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (auto it = a.themeWeights.cbegin(); it != a.themeWeights.cend(); ++it) {
        dot += it.value() * b.themeWeights.value(it.key());
        na += it.value() * it.value();
    }
    for (auto it = b.themeWeights.cbegin(); it != b.themeWeights.cend(); ++it)
        nb += it.value() * it.value();
    const double themes = na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
    const double topics = jaccard(a.topicConcepts, b.topicConcepts);
    // A plan has no deficiency: then topics alone.
    if (a.deficiencyConcepts.isEmpty() || b.deficiencyConcepts.isEmpty())
        return std::round((0.6 * themes + 0.4 * topics) * 1000) / 1000;
    const double deficiencies = jaccard(a.deficiencyConcepts, b.deficiencyConcepts);
    return std::round((0.5 * themes + 0.3 * topics + 0.2 * deficiencies) * 1000) / 1000;
}

} // namespace Dz
