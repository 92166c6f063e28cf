#pragma once

#include "indicators/indicatorvalue.h"
#include "indicators/sectionscope.h"
#include "quantities/quantity.h"

#include <QList>

namespace Dz
{

class QuantityScanner;

/// A section scope with the quantities found in it, scanned once per report
/// and shared by every indicator.
struct ScannedScope {
    SectionScope scope;
    QList<Quantity> quantities; ///< positions in the report's text

    static QList<ScannedScope> scan(const Report &report, const ReportClassification &classification, const QuantityScanner &scanner);

    /// A candidate statement at @p numberSpan, with its sentence as evidence
    /// and this scope's section and node.
    IndicatorCandidate candidateAt(const Report &report, TextSpan numberSpan) const;
};

} // namespace Dz
