#include "weaknesses/weaknessclausescorer.h"

#include "base/shortsort.h"

#include "indicators/clauses.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

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

    using Deficiency = ClauseDeficiency;
    using Clause = ScoredClause;

    QList<Clause> run(ClauseThemes themes) const
    {
        QList<Clause> clauses;
        clauses.reserve(m_scan.clauses.size());
        for (const TextSpan &span : m_scan.clauses) {
            Clause c;
            c.reading.span = span;
            collect(c);
            if (themes == ClauseThemes::Scored)
                compounds(c);
            clauses.append(std::move(c));
        }
        markExclusions(clauses);
        if (themes == ClauseThemes::Omitted)
            return clauses;
        for (qsizetype i = 0; i < clauses.size(); ++i) {
            Clause &c = clauses[i];
            if (excluded(c) || c.deficiencies.isEmpty())
                continue;
            QList<ScoredTopic> topics = c.topics;
            QList<bool> modifier = c.modifier;
            QList<bool> direct = c.direct;
            const bool ownTheme = std::any_of(c.deficiencies.begin(), c.deficiencies.end(), [this](const Deficiency &d) {
                return d.ref.theme >= 0 && conceptOf(d.ref).standalone;
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
        return c.excluded();
    }

    const WeaknessConcept &conceptOf(const TermRef &ref) const
    {
        if (ref.theme < 0)
            return m_catalog.deficiencies().at(ref.conceptIndex);
        const WeaknessTheme &theme = m_catalog.themes().at(ref.theme);
        return ref.kind == WeaknessTermHit::Kind::Topic ? theme.topics.at(ref.conceptIndex) : theme.deficiencies.at(ref.conceptIndex);
    }

    QList<WeaknessThemeMatch> matches(const Scores &scores) const
    {
        QList<WeaknessThemeMatch> result;
        for (const auto &[theme, e] : scores) {
            if (e.score > 0)
                result.append({m_catalog.themes().at(theme).id, e.score, e.topics, e.deficiencies});
        }
        stableSortShort(result.begin(), result.end(), [](const WeaknessThemeMatch &a, const WeaknessThemeMatch &b) {
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
        // The hits inside the clause, in text order.
        const auto first = std::lower_bound(m_scan.hits.cbegin(), m_scan.hits.cend(), c.reading.span.start, [](const Occurrence &o, qsizetype at) {
            return o.start < at;
        });
        auto last = first;
        qsizetype topics = 0;
        qsizetype deficiencies = 0;
        for (; last != m_scan.hits.cend() && last->start < c.reading.span.end; ++last) {
            for (const TermRef &ref : last->refs)
                ++(ref.kind == WeaknessTermHit::Kind::Topic ? topics : deficiencies);
        }
        c.reading.topics.reserve(topics);
        c.topics.reserve(topics);
        c.reading.deficiencies.reserve(deficiencies);
        c.deficiencies.reserve(deficiencies);
        for (auto it = first; it != last; ++it) {
            const Occurrence &o = *it;
            if (o.end > c.reading.span.end)
                continue;
            // A list's form is the text it matched: shared, not cut out again.
            const QString term = o.text.isNull() ? text.mid(o.start, o.end - o.start).toString() : o.text;
            for (const TermRef &ref : o.refs) {
                const WeaknessConcept &k = conceptOf(ref);
                const QString theme = ref.theme >= 0 ? m_catalog.themes().at(ref.theme).id : QString();
                const WeaknessTermHit hit {ref.kind, term, k.id, theme, {o.start, o.end}, ref.key};
                if (ref.kind == WeaknessTermHit::Kind::Topic) {
                    c.reading.topics.append(hit);
                    c.topics.append({&k, ref.theme, term, o.start, o.end, 1.0});
                } else {
                    c.reading.deficiencies.append(hit);
                    c.deficiencies.append({&o, ref});
                }
            }
        }
        stableSortShort(c.topics.begin(), c.topics.end(), [](const ScoredTopic &a, const ScoredTopic &b) {
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

    // A clause that opens by pointing back at what the sentence said (仍是,
    // 也是, 作为, 列为): what follows in it is said of that.
    bool namesWhatCameBefore(const TextSpan &clause) const
    {
        static const QStringList openings {u"仍是"_s, u"仍然是"_s, u"依然是"_s, u"也是"_s, u"将是"_s, u"是"_s, u"作为"_s, u"列为"_s, u"列入"_s};
        QStringView text = QStringView(m_scan.text).mid(clause.start, clause.length()).trimmed();
        while (!text.isEmpty() && (text.front() == u'，' || text.front() == u','))
            text = text.mid(1).trimmed();
        return std::any_of(openings.cbegin(), openings.cend(), [text](const QString &o) {
            return text.startsWith(o);
        });
    }

    // A success marker after which no deficiency follows in its clause
    // (取得成效不明显 admits something; 零败诉 does not), and which no
    // deficiency right before it denies (尚未实现全覆盖, 未能取得明显成效).
    bool reportsSuccess(const Clause &c) const
    {
        for (const MarkerHit &m : m_scan.markers) {
            if (!(m.kinds & MarkerKind::Success) || m.start < c.reading.span.start || m.end > c.reading.span.end)
                continue;
            const bool denied = std::any_of(c.deficiencies.begin(), c.deficiencies.end(), [&m](const Deficiency &d) {
                return d.occurrence->start >= m.end || (d.occurrence->end <= m.start && m.start - d.occurrence->end <= 2);
            });
            if (!denied)
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
            // A plan runs from its marker to the end of the sentence; and over
            // all of it when the plan names what came before (…配备总法律顾问，
            // 仍是我们下一步需要着力推进的工作).
            bool planning = false;
            for (qsizetype i = first; i <= last; ++i) {
                const int kinds = markersIn(clauses.at(i).reading.span);
                if (!planning && (kinds & MarkerKind::Plan) && i > first && namesWhatCameBefore(clauses.at(i).reading.span)) {
                    for (qsizetype j = first; j < i; ++j)
                        clauses[j].reading.plan = true;
                }
                planning = planning || (kinds & MarkerKind::Plan);
                clauses[i].reading.plan = planning;
                clauses[i].reading.recurrence = (kinds & MarkerKind::Recurrence) != 0;
            }
            // The sentence in parts, each up to a contrast (但, 然而).
            QList<std::pair<qsizetype, qsizetype>> parts;
            for (qsizetype part = first; part <= last;) {
                qsizetype end = part;
                while (end + 1 <= last && !(markersIn(clauses.at(end + 1).reading.span) & MarkerKind::Contrast))
                    ++end;
                parts.append({part, end});
                part = end + 1;
            }
            for (qsizetype p = 0; p < parts.size(); ++p) {
                const auto [from, to] = parts.at(p);
                // Conceded (虽然…) before a contrast: not what the sentence claims.
                if (p + 1 < parts.size() && (markersIn(clauses.at(from).reading.span) & MarkerKind::Concessive)) {
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
        // A clause holds a few deficiencies: flat lists, not hashed sets.
        QVarLengthArray<const QString *, 8> deficiencyConcepts;
        QVarLengthArray<int, 8> ownDeficiencyThemes;
        bool shared = false;
        for (const Deficiency &d : deficiencies) {
            deficiencyConcepts.append(&conceptOf(d.ref).id);
            if (d.ref.theme < 0)
                shared = true;
            else
                ownDeficiencyThemes.append(d.ref.theme);
        }
        const auto hasDeficiency = [&deficiencyConcepts](const QString &id) {
            return std::any_of(deficiencyConcepts.cbegin(), deficiencyConcepts.cend(), [&id](const QString *k) {
                return *k == id;
            });
        };
        // A topic needs a shared deficiency or one of its own theme's; one
        // that needs a kind of deficiency (执法人员 with 不足) counts only beside it.
        QVarLengthArray<bool, 16> keep(all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const ScoredTopic &t = all.at(i);
            keep[i] = (shared || ownDeficiencyThemes.contains(t.theme))
                && (t.weaknessConcept->with.isEmpty() || std::any_of(t.weaknessConcept->with.begin(), t.weaknessConcept->with.end(), hasDeficiency));
        }
        QVarLengthArray<ScoredTopic, 8> topics;
        QVarLengthArray<bool, 8> modifier;
        QVarLengthArray<int, 8> themeOf;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!keep.at(i))
                continue;
            // A modifier of a topic that does not count is a topic of its own.
            const bool modifies = allModifier.at(i) && i + 1 < all.size() && keep.at(i + 1);
            // A generic head (机制, 平台) belongs to the theme of the domain
            // right before it (信息共享机制 is about sharing), an attribute
            // (主动性) also across 的 (信息公开的主动性).
            int theme = all.at(i).theme;
            const WeaknessConcept *k = all.at(i).weaknessConcept;
            // An attribute said of people (干部…处置突发事件的能力) keeps its own theme.
            const bool ofPeople = k->attribute && std::any_of(all.cbegin(), all.cbegin() + i, [](const ScoredTopic &t) {
                return t.weaknessConcept->people;
            });
            if (i > 0 && keep.at(i - 1) && allModifier.at(i - 1) && k->generic && !ofPeople && (allDirect.at(i - 1) || k->attribute)
                && !all.at(i - 1).weaknessConcept->generic && all.at(i - 1).weaknessConcept->with.isEmpty())
                theme = all.at(i - 1).theme;
            topics.append(all.at(i));
            modifier.append(modifies);
            themeOf.append(theme);
        }
        // Compared with something (执法人员与监管对象不相适应): the head stands before 与.
        qsizetype headLimit = -1;
        for (const MarkerHit &m : m_scan.markers) {
            if (!(m.kinds & MarkerKind::Comparison) || m.start < clause.start || m.end > clause.end)
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
                const bool after = conceptOf(d.ref).precedes;
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
        QVarLengthArray<int, 16> specific;
        for (qsizetype i = 0; i < topics.size(); ++i) {
            if (!topics.at(i).weaknessConcept->generic && !specific.contains(themeOf.at(i)))
                specific.append(themeOf.at(i));
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
            if (t.weaknessConcept->generic && !absorbed && i != head && !specific.isEmpty() && !specific.contains(t.theme))
                factor *= 0.5;
            Evidence &e = scores[themeOf.at(i)];
            e.score += factor * t.weaknessConcept->weight;
            appendOnce(e.topics, t.term);
            e.hasTopic = true;
            e.specific = e.specific || !t.weaknessConcept->generic || absorbed;
            e.standing = e.standing || (!t.weaknessConcept->generic && !modifier.at(i));
        }
        // A theme's own deficiency: alone (不作为) or beside its topic.
        for (const Deficiency &d : deficiencies) {
            if (d.ref.theme < 0)
                continue;
            const WeaknessConcept &k = conceptOf(d.ref);
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
                    appendOnce(e.deficiencies, text.mid(d.occurrence->start, d.occurrence->end - d.occurrence->start).toString());
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

} // namespace

QList<ScoredClause> scoreClauses(const WeaknessCatalog &catalog, const Scan &scan, ClauseThemes themes)
{
    return ClauseScorer(catalog, scan).run(themes);
}

int bestTheme(const Scores &scores, double threshold, int excluded)
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

} // namespace Dz::Internal
