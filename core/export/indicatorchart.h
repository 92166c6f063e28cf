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
        Grouped, ///< columns per year, every year between the first and the last a place of its own
        Lines, ///< a line per body over a true year axis
    };
    QStringList indicators;
    Order order = Order::Reports;
    Years years = Years::Lines;
    /// The bodies (ReportLabels::bodiesOf()) whose trend is charted; empty: all.
    QStringList bodies;
    QDate extracted = QDate::currentDate(); ///< for the source line
};

/**
 * Turns the indicator table (with the analyst's values) into ChartData, the
 * form the on-screen chart and every export draw from:
 *
 * - an indicator: a column per report, or beyond MaxColumns reports a
 *   horizontal bar per report (a row each, so no label ever overlaps);
 * - several indicators: one chart each (panels(), small multiples), each on
 *   its own axis, so that small counts do not vanish beside large ones;
 * - a body reported on for several years, among at most MaxTrendBodies
 *   bodies (or the bodies the request chooses): its trend over a true year
 *   axis (lines, or columns with every year in between in its place), each
 *   point labelled with its change on the year before (同比).
 *
 * The value axis always starts at 0, and the note says so.
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
    /// More reports than this are charted as horizontal bars.
    static constexpr int MaxColumns = 12;
    /// A trend has at most this many lines (bodies), unless IndicatorChartRequest::bodies chooses them.
    static constexpr int MaxTrendBodies = 8;

    /// The chart of the request's first indicator.
    static ChartData build(const IndicatorTableModel &table, const IndicatorChartRequest &request);
    /// One chart per requested indicator, in order (small multiples).
    static QList<ChartData> panels(const IndicatorTableModel &table, const IndicatorChartRequest &request);
    /// The change from @p previous to @p current as the label says it:
    /// "同比 +11.0%" when @p previousYear is the year before @p year, else
    /// "较2018年 −3.2%"; empty when there is no base (@p previous is 0).
    static QString change(double previous, int previousYear, double current, int year);
};

} // namespace Dz
