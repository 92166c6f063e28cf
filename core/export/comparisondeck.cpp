#include "export/comparisondeck.h"

#include "export/indicatorchart.h"
#include "export/indicatorexport.h"
#include "indicators/indicatortablemodel.h"

namespace Dz
{

Deck ComparisonDeck::slides(const IndicatorTableModel &table, const WeaknessCatalog &weaknessCatalog)
{
    Deck deck;
    const QStringList ids = table.indicatorIds();
    for (int column = 0; column < ids.size(); ++column) {
        bool reported = false;
        for (int row = 0; row < table.rowCount() && !reported; ++row)
            reported = table.index(row, column).data(IndicatorTableModel::ValueRole).isValid();
        if (!reported)
            continue;
        IndicatorChartRequest request;
        request.indicators = {ids.at(column)};
        deck.slides.append({DeckSlide::Kind::Chart, IndicatorChartBuilder::build(table, request), {}});
    }
    deck.slides.append({DeckSlide::Kind::Table, {}, IndicatorExport::shownTable(table)});
    const Comparison &comparison = table.comparison();
    deck.slides.append({DeckSlide::Kind::Table, {}, IndicatorExport::weaknessMatrix(comparison.weaknesses, comparison.reportNames(), weaknessCatalog)});
    return deck;
}

} // namespace Dz
