#include "indicators/eventcounter.h"

#include "indicators/clauses.h"

#include <algorithm>
#include <numeric>

namespace Dz
{

namespace
{

// How far after the event term a count may stand: 演练3次, 演练活动3次.
constexpr qsizetype CountReach = 4;

// True when one of @p terms, found in @p text, covers the mention at [pos, pos + length).
bool coveredByAny(QStringView text, qsizetype pos, qsizetype length, const QStringList &terms)
{
    for (const QString &term : terms) {
        // Only where the term could overlap the mention.
        const qsizetype from = qMax<qsizetype>(0, pos + length - term.size());
        const qsizetype hit = text.mid(from, pos + term.size() - from).indexOf(term);
        if (hit >= 0 && from + hit <= pos && from + hit + term.size() >= pos + length)
            return true;
    }
    return false;
}

// The events a mention names: what follows the last verb of its phrase
// (开展 …), split at 、.
struct NamedEvents {
    qsizetype start = 0; ///< where the names start in the phrase
    int count = 1;
};

NamedEvents namedEvents(QStringView phrase, const QStringList &verbs)
{
    NamedEvents named;
    for (const QString &verb : verbs) {
        const qsizetype hit = phrase.lastIndexOf(verb);
        if (hit >= 0)
            named.start = qMax(named.start, hit + verb.size());
    }
    // 集训演练和无脚本集结演练: the second mention's names start after 和.
    for (const QStringView conjunction : {u"以及", u"和", u"及", u"与", u"并"}) {
        if (phrase.mid(named.start).startsWith(conjunction)) {
            named.start += conjunction.size();
            break;
        }
    }
    const QStringView names = phrase.mid(named.start);
    for (qsizetype i = 0; i + 1 < names.size(); ++i) {
        if (names.at(i) == u'、')
            ++named.count;
    }
    return named;
}

bool isEventCount(const Quantity &q, const IndicatorDefinition &d)
{
    return q.kind == QuantityKind::Count && d.measureWords.contains(q.unit);
}

// A scope's quantities by position, so that each mention looks only at
// those near it: one long section of many mentions stays linear.
class QuantitiesByStart
{
public:
    explicit QuantitiesByStart(const QList<Quantity> &quantities)
        : m_quantities(quantities)
        , m_byStart(quantities.size())
    {
        std::iota(m_byStart.begin(), m_byStart.end(), 0);
        std::stable_sort(m_byStart.begin(), m_byStart.end(), [&](qsizetype a, qsizetype b) {
            return m_quantities.at(a).span.start < m_quantities.at(b).span.start;
        });
    }

    const Quantity &at(qsizetype i) const
    {
        return m_quantities.at(i);
    }

    /// The quantities starting in [from, to), in their order in the list.
    QList<qsizetype> startingIn(qsizetype from, qsizetype to) const
    {
        QList<qsizetype> found;
        auto it = std::lower_bound(m_byStart.cbegin(), m_byStart.cend(), from, [&](qsizetype i, qsizetype at) {
            return m_quantities.at(i).span.start < at;
        });
        for (; it != m_byStart.cend() && m_quantities.at(*it).span.start < to; ++it)
            found.append(*it);
        std::sort(found.begin(), found.end());
        return found;
    }

private:
    const QList<Quantity> &m_quantities;
    QList<qsizetype> m_byStart;
};

// The sums over every mention of a report.
struct EventTally {
    Decimal certain;
    Decimal uncertain;
    bool openEnded = false;
    Decimal participants;
    bool participantsAtLeast = false;
};

// One mention of the event at [pos, pos + the term's length) in its sentence.
struct EventMention {
    qsizetype pos = 0;
    qsizetype end = 0;
    qsizetype phraseStart = 0;
    TextSpan sentence;
};

// A count written with the mention, in its clause, overrides the named
// list: the first in the list of those in the phrase or just after.
const Quantity *writtenCount(const IndicatorDefinition &d, QStringView text, const QuantitiesByStart &quantities, const EventMention &m)
{
    for (const qsizetype i : quantities.startingIn(m.phraseStart, m.end + CountReach + 1)) {
        const Quantity &q = quantities.at(i);
        if (!isEventCount(q, d))
            continue;
        if ((q.span.start >= m.phraseStart && q.span.end <= m.pos)
            || (q.span.start >= m.end && q.span.start <= m.end + CountReach && clauseStart(text, q.span.start, m.end) == m.end))
            return &q;
    }
    return nullptr;
}

// Participants: the first figure in their units after the mention, in its
// sentence, up to the next mention at most (a figure past it is that mention's).
void addParticipants(const IndicatorDefinition &d, QStringView text, QStringView within, const QuantitiesByStart &quantities, const EventMention &m,
    EventTally &tally, IndicatorValue &result)
{
    const qsizetype termLength = d.eventTerm.size();
    const qsizetype nextMention = within.indexOf(d.eventTerm, m.end);
    const qsizetype reach = nextMention >= 0 ? qMin(m.sentence.end, nextMention + termLength) : m.sentence.end;
    for (const qsizetype i : quantities.startingIn(m.end, reach)) {
        const Quantity &q = quantities.at(i);
        if (text.mid(m.end, q.span.start - m.end).contains(d.eventTerm))
            break;
        if (d.participants.measureWords.contains(q.unit)) {
            tally.participants = tally.participants + q.value;
            tally.participantsAtLeast = tally.participantsAtLeast || q.qualifier != QuantityQualifier::Exact;
            if (!result.participants.isReported()) {
                result.participants.unit = q.unit;
                result.participantsSpan = {q.numberSpan.start, q.span.end};
            }
            result.participants.value = tally.participants;
            break;
        }
    }
}

// Every mention of the event in one scope: a candidate each, its count
// written or named, certain or not.
void countInScope(const IndicatorDefinition &d, const Report &report, const ScannedScope &scanned, EventTally &tally, IndicatorValue &result)
{
    const QStringView text = report.matchText;
    const SectionScope &scope = scanned.scope;
    const qsizetype termLength = d.eventTerm.size();
    qsizetype previousEnd = scope.span.start;
    // Only the scope is searched: searching on to the report's end for
    // every section would make a report of many short sections quadratic.
    const QStringView within = text.first(scope.span.end);
    const QuantitiesByStart quantities(scanned.quantities);
    for (qsizetype pos = within.indexOf(d.eventTerm, scope.span.start); pos >= 0; pos = within.indexOf(d.eventTerm, pos + termLength)) {
        EventMention m;
        m.pos = pos;
        m.end = pos + termLength;
        m.sentence = sentenceAt(text, pos, scope.span);
        m.phraseStart = qMax(clauseStart(text, pos, m.sentence.start), qMax(previousEnd, m.sentence.start));
        previousEnd = m.end;
        if (coveredByAny(text, pos, termLength, d.exclusions))
            continue;

        const Quantity *written = writtenCount(d, text, quantities, m);
        const NamedEvents named = namedEvents(text.mid(m.phraseStart, pos - m.phraseStart), d.eventVerbs);
        IndicatorCandidate candidate = scanned.candidateAt(report, {m.phraseStart + named.start, m.end});
        if (written) {
            candidate.figure = IndicatorFigure::fromQuantity(*written);
            tally.openEnded = tally.openEnded || written->qualifier != QuantityQualifier::Exact;
        } else {
            candidate.figure.value = Decimal::fromParts(named.count);
            candidate.figure.qualifier = IndicatorQualifier::Exact;
        }
        candidate.figure.unit = d.unit;
        const bool maybe = coveredByAny(text, pos, termLength, d.uncertainEvents);
        candidate.role = maybe ? CandidateRole::UncertainEvent : CandidateRole::Event;
        candidate.confidence = maybe ? 0.4 : 0.7;
        if (maybe)
            tally.uncertain = tally.uncertain + *candidate.figure.value;
        else
            tally.certain = tally.certain + *candidate.figure.value;
        result.candidates.append(candidate);

        if (d.participants.isValid())
            addParticipants(d, text, within, quantities, m, tally, result);
    }
}

} // namespace

IndicatorValue EventCounter::count(const IndicatorDefinition &d, const Report &report, const QList<ScannedScope> &scopes)
{
    IndicatorValue result;
    EventTally tally;
    for (const ScannedScope &scanned : scopes) {
        if (d.parts.contains(scanned.scope.part))
            countInScope(d, report, scanned, tally, result);
    }

    if (result.candidates.isEmpty())
        return result;
    const auto first = std::find_if(result.candidates.begin(), result.candidates.end(), [](const IndicatorCandidate &c) {
        return c.role == CandidateRole::Event;
    });
    result.adopt(first != result.candidates.end() ? *first : result.candidates.constFirst());
    result.figure.value = tally.certain;
    result.figure.unit = d.unit;
    result.figure.qualifier = IndicatorQualifier::Derived;
    result.figure.lower = tally.certain;
    // A count written as 20余次 bounds nothing above, as a statement of it would not.
    result.figure.upper = tally.openEnded ? std::nullopt : std::optional<Decimal>(tally.certain + tally.uncertain);
    if (result.participants.isReported()) {
        result.participants.qualifier = tally.participantsAtLeast ? IndicatorQualifier::AtLeast : IndicatorQualifier::Exact;
        if (tally.participantsAtLeast)
            result.participants.lower = tally.participants;
        result.participantsLabelZh = d.participants.label.zh;
        result.participantsLabelEn = d.participants.label.en;
    }
    return result;
}

} // namespace Dz
