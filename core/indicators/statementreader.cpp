#include "indicators/statementreader.h"

#include "indicators/clauses.h"

#include <algorithm>

namespace Dz
{

namespace
{

bool containsAny(QStringView text, const QStringList &terms)
{
    return std::any_of(terms.begin(), terms.end(), [text](const QString &term) {
        return text.contains(term);
    });
}

bool matchesAny(QStringView text, const QList<PrefilteredPattern> &patterns)
{
    return std::any_of(patterns.begin(), patterns.end(), [text](const PrefilteredPattern &pattern) {
        return pattern.matches(text);
    });
}

// The anchors that count in this scope: the general ones, and those of the
// themes the section is about.
QStringList anchorsFor(const IndicatorDefinition &d, const SectionScope &scope, bool *themeOnly)
{
    QStringList anchors = d.anchors;
    const qsizetype general = anchors.size();
    for (const QString &theme : scope.themes)
        anchors += d.themeAnchors.value(theme);
    *themeOnly = anchors.size() > general;
    return anchors;
}

// Among several statements the analyst sees them all; the value comes from
// the largest total, or from the one figure they all agree on.
int chooseCandidate(const QList<IndicatorCandidate> &candidates)
{
    int best = -1;
    for (int i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).role == CandidateRole::Total && (best < 0 || *candidates.at(best).figure.value < *candidates.at(i).figure.value))
            best = i;
    }
    if (best >= 0 || candidates.isEmpty())
        return best;
    const Decimal first = *candidates.constFirst().figure.value;
    const bool agree = std::all_of(candidates.begin(), candidates.end(), [&first](const IndicatorCandidate &c) {
        return *c.figure.value == first;
    });
    return agree ? 0 : -1;
}

} // namespace

IndicatorValue StatementReader::read(const IndicatorDefinition &d, const Report &report, const QList<ScannedScope> &scopes)
{
    IndicatorValue result;
    const QStringView text = report.matchText;
    for (const ScannedScope &scanned : scopes) {
        const SectionScope &scope = scanned.scope;
        if (!d.parts.contains(scope.part))
            continue;
        bool themeAnchorsOnly = false;
        const QStringList anchors = anchorsFor(d, scope, &themeAnchorsOnly);
        qsizetype previousEnd = scope.span.start;
        TextSpan cueSentence; // a sentence whose leading total cue has been used
        for (const Quantity &q : scanned.quantities) {
            const qsizetype contextFloor = previousEnd;
            previousEnd = q.span.end;
            if (!d.measureWords.contains(q.unit))
                continue;
            const TextSpan sentence = sentenceAt(text, q.span.start, scope.span);
            const qsizetype clause = clauseStart(text, q.span.start, sentence.start);
            const qsizetype contextStart = qMax(clause, contextFloor);
            const QStringView context = text.mid(contextStart, q.span.start - contextStart);
            if (!containsAny(context, anchors) || containsAny(context, d.exclusions))
                continue;

            const bool partial = matchesAny(context, d.partialPatterns);
            bool total = false;
            if (!partial) {
                // A cue in the clause itself, or one leading the sentence
                // (全年监督检查6180户次，行政处罚200件) for the first figure after it.
                total = matchesAny(text.mid(clause, q.span.start - clause), d.totalPatterns);
                if (!total && cueSentence != sentence && matchesAny(text.mid(sentence.start, clause - sentence.start), d.totalPatterns))
                    total = true;
                if (total)
                    cueSentence = sentence;
            }
            IndicatorCandidate candidate = scanned.candidateAt(report, {q.numberSpan.start, q.span.end});
            candidate.figure = IndicatorFigure::fromQuantity(q);
            candidate.role = total ? CandidateRole::Total : (partial ? CandidateRole::Partial : CandidateRole::Component);
            // Anchors valid only under a theme (培训 in a 普法 section) are weaker evidence.
            const bool direct = containsAny(context, d.anchors);
            candidate.confidence = (total ? 0.9 : partial ? 0.6 : 0.75) - (direct || !themeAnchorsOnly ? 0 : 0.15);
            result.candidates.append(candidate);
        }
    }

    const int chosen = chooseCandidate(result.candidates);
    if (chosen < 0)
        return result;
    IndicatorCandidate &candidate = result.candidates[chosen];
    result.adopt(candidate);
    if (candidate.role == CandidateRole::Partial)
        result.figure.qualifier = IndicatorQualifier::Partial;
    candidate.role = CandidateRole::Chosen;
    return result;
}

} // namespace Dz
