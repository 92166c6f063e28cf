#pragma once

#include "indicators/indicatorcatalog.h"
#include "indicators/indicatorvalue.h"
#include "indicators/scannedscope.h"

namespace Dz
{

/**
 * Reads an indicator that a report states as a figure: `全年行政处罚案件314件`.
 *
 * A number counts when its measure word is the indicator's and one of the
 * indicator's anchor terms stands before it in the same clause, with no
 * exclusion term there (`复核行政处罚案卷84件` is a file review, not a
 * penalty). Of the statements found, a total (全年, 共计 …) wins; a lone
 * statement or several of one figure give the value; several different
 * figures without a total give no value, only candidates to choose from.
 */
class StatementReader
{
public:
    static IndicatorValue read(const IndicatorDefinition &definition, const Report &report, const QList<ScannedScope> &scopes);
};

} // namespace Dz
