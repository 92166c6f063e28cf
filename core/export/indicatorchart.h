#pragma once

#include "export/chartdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Dz
{

class IndicatorTableModel;

/// What to chart: which indicators, in what order, how years are laid out.
struct IndicatorChartRequest {
    enum class Order {
        Reports, ///< as the reports are listed
        Value, ///< largest first; reports without a value last
    };
    enum class Years {
        Grouped, ///< columns per year
        Lines, ///< a line per body over the years
    };
    QStringList indicators;
    Order order = Order::Reports;
    Years years = Years::Grouped;
    QDate extracted = QDate::currentDate(); ///< for the source line
};

/**
 * Turns the indicator table (with the analyst's values) into ChartData, the
 * form the on-screen chart and every export draw from:
 *
 * - one indicator: a column per report;
 * - several: a group per indicator, a column per report;
 * - a body reported on for several years: the first indicator over the
 *   years, grouped or as lines.
 *
 * Reports are named as the compare columns name them (ReportLabels: `滨海 ·
 * 2024`, `秦皇岛市卫健委 · 2025`), and each body keeps its colour
 * (DistrictPalette). Not reported is a gap
 * labelled so, never zero; lower bounds, ranges and partial scopes are
 * hatched and labelled (`≥175`, `4*`), and the note under the chart says so.
 */
class IndicatorChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Dz::IndicatorChartBuilder)

public:
    static ChartData build(const IndicatorTableModel &table, const IndicatorChartRequest &request);
};

} // namespace Dz
