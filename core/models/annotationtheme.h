#pragma once

#include "analysis/comparison.h"

namespace Dz
{

class WeaknessMatrixModel;

/**
 * What the passage at @p position of compared report @p report is about,
 * as an annotation there shows it: the theme of the weakness item holding
 * it, labelled by @p weaknesses (W03 …), else the most specific scheme node
 * holding it with its label in Chinese or English (P1.T04 …); empty when
 * the position is in neither.
 */
QString annotationTheme(const Comparison &comparison, int report, qsizetype position, const WeaknessMatrixModel &weaknesses, bool chinese);

} // namespace Dz
