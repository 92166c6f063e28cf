#include "indicators/indicatorvalue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Dz
{

IndicatorFigure IndicatorFigure::fromQuantity(const Quantity &quantity)
{
    IndicatorFigure figure;
    figure.value = quantity.value;
    figure.unit = quantity.unit;
    figure.lower = quantity.lower;
    figure.upper = quantity.upper;
    switch (quantity.qualifier) {
    case QuantityQualifier::Exact:
        figure.qualifier = IndicatorQualifier::Exact;
        break;
    case QuantityQualifier::AtLeast:
        figure.qualifier = IndicatorQualifier::AtLeast;
        break;
    case QuantityQualifier::AtMost:
        figure.qualifier = IndicatorQualifier::AtMost;
        break;
    case QuantityQualifier::Approximate:
    case QuantityQualifier::Vague:
        figure.qualifier = IndicatorQualifier::Approximate;
        break;
    case QuantityQualifier::Range:
        figure.qualifier = IndicatorQualifier::Range;
        break;
    }
    return figure;
}

QString IndicatorFigure::toDisplayString() const
{
    if (!value)
        return {};
    const QString number = value->toString();
    switch (qualifier) {
    case IndicatorQualifier::AtLeast:
        return u"≥"_s + number;
    case IndicatorQualifier::AtMost:
        return u"≤"_s + (upper ? upper->toString() : number);
    case IndicatorQualifier::Approximate:
        return u"≈"_s + number;
    case IndicatorQualifier::Derived:
        // A count that includes an open figure (开展演练20余次) has no upper bound.
        if (lower && !upper)
            return u"≥"_s + lower->toString();
        [[fallthrough]];
    case IndicatorQualifier::Range:
        if (lower && upper && *lower != *upper)
            return lower->toString() + u'–' + upper->toString();
        return number;
    case IndicatorQualifier::Partial:
    case IndicatorQualifier::Exact:
    case IndicatorQualifier::None:
        break;
    }
    return number;
}

void IndicatorValue::adopt(const IndicatorCandidate &candidate)
{
    figure = candidate.figure;
    numberSpan = candidate.numberSpan;
    evidenceSpan = candidate.evidenceSpan;
    evidence = candidate.evidence;
    section = candidate.section;
    sectionHeading = candidate.sectionHeading;
    node = candidate.node;
    confidence = candidate.confidence;
}

QString qualifierName(IndicatorQualifier qualifier)
{
    switch (qualifier) {
    case IndicatorQualifier::Exact:
        return u"exact"_s;
    case IndicatorQualifier::AtLeast:
        return u"at_least"_s;
    case IndicatorQualifier::AtMost:
        return u"at_most"_s;
    case IndicatorQualifier::Approximate:
        return u"approx"_s;
    case IndicatorQualifier::Range:
        return u"range"_s;
    case IndicatorQualifier::Partial:
        return u"partial"_s;
    case IndicatorQualifier::Derived:
        return u"derived"_s;
    case IndicatorQualifier::None:
        break;
    }
    return u"none"_s;
}

QString candidateRoleName(CandidateRole role)
{
    switch (role) {
    case CandidateRole::Chosen:
        return u"chosen"_s;
    case CandidateRole::Total:
        return u"total"_s;
    case CandidateRole::Component:
        return u"component"_s;
    case CandidateRole::Partial:
        return u"partial"_s;
    case CandidateRole::Event:
        return u"event"_s;
    case CandidateRole::UncertainEvent:
        return u"uncertain_event"_s;
    }
    return {};
}

QString qualifierLabel(IndicatorQualifier qualifier)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Dz::IndicatorQualifier", text);
    };
    switch (qualifier) {
    case IndicatorQualifier::Exact:
        return tr("as stated");
    case IndicatorQualifier::AtLeast:
        return tr("at least");
    case IndicatorQualifier::AtMost:
        return tr("at most");
    case IndicatorQualifier::Approximate:
        return tr("about");
    case IndicatorQualifier::Range:
        return tr("a range");
    case IndicatorQualifier::Partial:
        return tr("part of the scope only");
    case IndicatorQualifier::Derived:
        return tr("counted from what the report names");
    case IndicatorQualifier::None:
        break;
    }
    return tr("not reported");
}

QString candidateRoleLabel(CandidateRole role)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Dz::IndicatorQualifier", text);
    };
    switch (role) {
    case CandidateRole::Chosen:
        return tr("the statement chosen");
    case CandidateRole::Total:
        return tr("another total");
    case CandidateRole::Component:
        return tr("one activity or part");
    case CandidateRole::Partial:
        return tr("part of the scope");
    case CandidateRole::Event:
        return tr("an event counted");
    case CandidateRole::UncertainEvent:
        return tr("perhaps an event (upper bound only)");
    }
    return {};
}

} // namespace Dz
