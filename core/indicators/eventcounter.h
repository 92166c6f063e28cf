#pragma once

#include "indicators/indicatorcatalog.h"
#include "indicators/indicatorvalue.h"
#include "indicators/scannedscope.h"

namespace Dz
{

/**
 * Counts distinct events a report names, for indicators no report states as
 * one figure: `开展洪涝灾害、食品安全、呼吸道传染病、中医医疗应急演练` is four
 * drills, `集训演练和无脚本集结演练` two.
 *
 * Each mention of the event term is one event, or as many as the 、-list
 * after its verb names, or the count written with it (`开展应急演练3次`).
 * Mentions that may not be events (培训演练) widen the upper bound only;
 * excluded phrases (演练交流会) do not count. The first figure in the
 * indicator's participant units after a mention is its participants.
 */
class EventCounter
{
public:
    static IndicatorValue count(const IndicatorDefinition &definition, const Report &report, const QList<ScannedScope> &scopes);
};

} // namespace Dz
