#pragma once

#include "base/textspan.h"
#include "quantities/quantity.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dz
{

/// How far an indicator's value can be taken at its word.
enum class IndicatorQualifier {
    Exact, ///< stated as a figure: 200件
    AtLeast, ///< a lower bound: 20余次, 超过100件
    AtMost, ///< an upper bound: 不足10次
    Approximate, ///< 约50次, 数十次
    Range, ///< 3-5次
    Partial, ///< a figure for part of the scope only (在双随机检查中…4件)
    Derived, ///< counted by Duizhao from what the report names (four drills listed)
    None, ///< no value: not reported, or only components without a stated total
};

/// The role a statement played when the value was chosen.
enum class CandidateRole {
    Chosen, ///< it gave the value
    Total, ///< a whole-year or whole-system statement that was not chosen
    Component, ///< a statement about one activity or one part
    Partial, ///< a statement scoped to part of the whole (其中, 在…中)
    Event, ///< a named event counted towards a derived value
    UncertainEvent, ///< a mention that may be an event (培训演练): counted in the upper bound only
};

/// One figure with its bounds, as read from the text.
struct IndicatorFigure {
    std::optional<Decimal> value;
    QString unit;
    IndicatorQualifier qualifier = IndicatorQualifier::None;
    std::optional<Decimal> lower;
    std::optional<Decimal> upper;
    bool isReported() const
    {
        return value.has_value();
    }
    /// The figure a scanned quantity states, with its bounds.
    static IndicatorFigure fromQuantity(const Quantity &quantity);
    /// `200`, `≥175`, `≈20`, `3–5`, `6–7`; empty when not reported. A partial
    /// scope is not marked here: it is the qualifier's to say.
    QString toDisplayString() const;
};

/// "exact", "at_least" …: the names the CLI and the project file use.
QString qualifierName(IndicatorQualifier qualifier);
QString candidateRoleName(CandidateRole role);
/// The qualifier in words for the analyst, in the interface language ("at least", "至少").
QString qualifierLabel(IndicatorQualifier qualifier);
/// The role in words ("a component", "组成部分").
QString candidateRoleLabel(CandidateRole role);

/// A statement in a report that gives (or could give) an indicator's value.
struct IndicatorCandidate {
    IndicatorFigure figure;
    CandidateRole role = CandidateRole::Component;
    TextSpan numberSpan; ///< the number with its measure word; for events, the mention
    TextSpan evidenceSpan; ///< the sentence
    QString evidence; ///< the sentence, line breaks removed
    int section = -1; ///< index into Report::sections
    QString sectionHeading; ///< its marker and title, as written
    QString node; ///< the scheme node of that section ("P1.T05")
    double confidence = 0;
};

/// A statement an analyst added up into a value (the parts of a sum), kept as its evidence.
struct IndicatorPart {
    Decimal value;
    QString evidence; ///< the sentence
    TextSpan span; ///< the figure in the report's text

    friend bool operator==(const IndicatorPart &a, const IndicatorPart &b)
    {
        return a.value == b.value && a.evidence == b.evidence && a.span == b.span;
    }
};

/// An indicator's value in one report, with what it rests on.
struct IndicatorValue {
    QString id;
    QString labelZh;
    QString labelEn;
    IndicatorFigure figure;
    TextSpan numberSpan; ///< invalid when there is no value
    TextSpan evidenceSpan;
    QString evidence;
    int section = -1;
    QString sectionHeading;
    QString node;
    double confidence = 0;
    /// Every statement considered, the chosen one included, in text order,
    /// so an analyst can choose another.
    QList<IndicatorCandidate> candidates;
    /// A second figure reported with the first (participants of drills).
    IndicatorFigure participants;
    QString participantsLabelZh;
    QString participantsLabelEn;
    TextSpan participantsSpan;

    /// Set when an analyst's value stands in @c figure
    /// (AnalystSession::applied()): the figure that was extracted.
    std::optional<IndicatorFigure> extracted;
    QString analystNote;
    /// "value", "not_reported" or "sum" (AnalystValue::kindName()).
    QString analystKind;
    /// The statements of a sum.
    QList<IndicatorPart> analystParts;
    bool isAnalysts() const
    {
        return extracted.has_value();
    }

    /// Takes @p candidate's figure, evidence and place as the value.
    void adopt(const IndicatorCandidate &candidate);
};

/// The indicators of one report.
struct ReportIndicators {
    QString filePath;
    QString district;
    int year = 0;
    QList<IndicatorValue> values; ///< in catalog order
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::ReportIndicators)
