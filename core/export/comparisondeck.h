#pragma once

#include "export/deck.h"

namespace Dz
{

class IndicatorTableModel;
class WeaknessCatalog;

namespace ComparisonDeck
{

/// The deck of a whole comparison, as `duizhao-cli deck` writes it: a chart
/// per indicator some report gives, the indicator table as shown (with the
/// analyst's values) and the weakness matrix.
Deck slides(const IndicatorTableModel &table, const WeaknessCatalog &weaknessCatalog);

} // namespace ComparisonDeck

} // namespace Dz
