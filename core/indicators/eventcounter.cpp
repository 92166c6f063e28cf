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

} // namespace

IndicatorValue EventCounter::count(const IndicatorDefinition &d, const Report &report, const QList<ScannedScope> &scopes)
{
    IndicatorValue result;
    const QStringView text = report.matchText;
    const qsizetype termLength = d.eventTerm.size();
    Decimal certain;
    Decimal uncertain;
    bool openEnded = false;
    Decimal participants;
    bool participantsAtLeast = false;

    for (const ScannedScope &scanned : scopes) {
        const SectionScope &scope = scanned.scope;
        if (!d.parts.contains(scope.part))
            continue;
        qsizetype previousEnd = scope.span.start;
        // Only the scope is searched: searching on to the report's end for
        // every section would make a report of many short sections quadratic.
        const QStringView within = text.first(scope.span.end);
        // The scope's quantities by position, so that each mention looks only
        // at those near it: one long section of many mentions stays linear.
        const QList<Quantity> &quantities = scanned.quantities;
        QList<qsizetype> byStart(quantities.size());
        std::iota(byStart.begin(), byStart.end(), 0);
        std::stable_sort(byStart.begin(), byStart.end(), [&](qsizetype a, qsizetype b) {
            return quantities.at(a).span.start < quantities.at(b).span.start;
        });
        // The quantities starting in [from, to), in their order in the list.
        const auto startingIn = [&](qsizetype from, qsizetype to) {
            QList<qsizetype> found;
            auto it = std::lower_bound(byStart.cbegin(), byStart.cend(), from, [&](qsizetype i, qsizetype at) {
                return quantities.at(i).span.start < at;
            });
            for (; it != byStart.cend() && quantities.at(*it).span.start < to; ++it)
                found.append(*it);
            std::sort(found.begin(), found.end());
            return found;
        };
        for (qsizetype pos = within.indexOf(d.eventTerm, scope.span.start); pos >= 0; pos = within.indexOf(d.eventTerm, pos + termLength)) {
            const qsizetype mentionEnd = pos + termLength;
            const TextSpan sentence = sentenceAt(text, pos, scope.span);
            const qsizetype phraseStart = qMax(clauseStart(text, pos, sentence.start), qMax(previousEnd, sentence.start));
            previousEnd = mentionEnd;
            if (coveredByAny(text, pos, termLength, d.exclusions))
                continue;

            // A count written with the mention, in its clause, overrides the
            // named list: the first in the list of those in the phrase or just after.
            const Quantity *written = nullptr;
            for (const qsizetype i : startingIn(phraseStart, mentionEnd + CountReach + 1)) {
                const Quantity &q = quantities.at(i);
                if (!isEventCount(q, d))
                    continue;
                if ((q.span.start >= phraseStart && q.span.end <= pos)
                    || (q.span.start >= mentionEnd && q.span.start <= mentionEnd + CountReach && clauseStart(text, q.span.start, mentionEnd) == mentionEnd)) {
                    written = &q;
                    break;
                }
            }
            const NamedEvents named = namedEvents(text.mid(phraseStart, pos - phraseStart), d.eventVerbs);
            IndicatorCandidate candidate = scanned.candidateAt(report, {phraseStart + named.start, mentionEnd});
            if (written) {
                candidate.figure = IndicatorFigure::fromQuantity(*written);
                openEnded = openEnded || written->qualifier != QuantityQualifier::Exact;
            } else {
                candidate.figure.value = Decimal::fromParts(named.count);
                candidate.figure.qualifier = IndicatorQualifier::Exact;
            }
            candidate.figure.unit = d.unit;
            const bool maybe = coveredByAny(text, pos, termLength, d.uncertainEvents);
            candidate.role = maybe ? CandidateRole::UncertainEvent : CandidateRole::Event;
            candidate.confidence = maybe ? 0.4 : 0.7;
            if (maybe)
                uncertain = uncertain + *candidate.figure.value;
            else
                certain = certain + *candidate.figure.value;
            result.candidates.append(candidate);

            // Participants: the first figure in their units after the mention, in its sentence.
            if (!d.participants.isValid())
                continue;
            // Up to the next mention at most: a figure past it is that mention's.
            const qsizetype nextMention = within.indexOf(d.eventTerm, mentionEnd);
            const qsizetype reach = nextMention >= 0 ? qMin(sentence.end, nextMention + termLength) : sentence.end;
            for (const qsizetype i : startingIn(mentionEnd, reach)) {
                const Quantity &q = quantities.at(i);
                if (text.mid(mentionEnd, q.span.start - mentionEnd).contains(d.eventTerm))
                    break;
                if (d.participants.measureWords.contains(q.unit)) {
                    participants = participants + q.value;
                    participantsAtLeast = participantsAtLeast || q.qualifier != QuantityQualifier::Exact;
                    if (!result.participants.isReported()) {
                        result.participants.unit = q.unit;
                        result.participantsSpan = {q.numberSpan.start, q.span.end};
                    }
                    result.participants.value = participants;
                    break;
                }
            }
        }
    }

    if (result.candidates.isEmpty())
        return result;
    const auto first = std::find_if(result.candidates.begin(), result.candidates.end(), [](const IndicatorCandidate &c) {
        return c.role == CandidateRole::Event;
    });
    result.adopt(first != result.candidates.end() ? *first : result.candidates.constFirst());
    result.figure.value = certain;
    result.figure.unit = d.unit;
    result.figure.qualifier = IndicatorQualifier::Derived;
    result.figure.lower = certain;
    // A count written as 20余次 bounds nothing above, as a statement of it would not.
    result.figure.upper = openEnded ? std::nullopt : std::optional<Decimal>(certain + uncertain);
    if (result.participants.isReported()) {
        result.participants.qualifier = participantsAtLeast ? IndicatorQualifier::AtLeast : IndicatorQualifier::Exact;
        if (participantsAtLeast)
            result.participants.lower = participants;
        result.participantsLabelZh = d.participants.label.zh;
        result.participantsLabelEn = d.participants.label.en;
    }
    return result;
}

} // namespace Dz
