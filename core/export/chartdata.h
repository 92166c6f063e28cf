#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Dz
{

/// How a chart draws its series.
enum class ChartKind {
    ClusteredColumn, ///< vertical bars, categories along the bottom (districts)
    Line, ///< one line per series over the categories, equally spaced
    /// Horizontal bars, the first category at the top: a label per row, so
    /// any number of reports stays readable (the view scrolls, a deck
    /// continues on the next slide).
    HorizontalBar,
    /// One line per series over a true year axis: each category sits at its
    /// @c positions entry (the year), so 2018, 2020, 2021 are spaced as years are.
    YearLine,
};

/// How one point is drawn.
struct ChartPointStyle {
    /// "#RRGGBB"; empty takes the series colour.
    QString fill;
    /// Hatched bars (dashed lines and hollow markers on line charts) mark
    /// values that are only a lower bound or cover part of the scope.
    bool hatched = false;
};

struct ChartSeries {
    QString name;
    /// One per category; std::nullopt is a gap (the report gives no figure),
    /// drawn as no bar at all, never as zero.
    QList<std::optional<double>> values;
    /// What each point's data label says ("≥175", "200", "未报告"); empty
    /// list or empty entry: the value itself.
    QStringList labels;
    /// One per category, or empty for the series colour everywhere.
    QList<ChartPointStyle> pointStyles;
    /// "#RRGGBB"; empty takes the next colour of the deck's palette.
    QString colour;
};

/**
 * A chart as the exporters draw it: the same data feeds a native PowerPoint
 * chart (with its workbook) and the label, note and source lines of a
 * picture of the on-screen chart.
 */
struct ChartData {
    Q_DECLARE_TR_FUNCTIONS(Dz::ChartData)

public:
    ChartKind kind = ChartKind::ClusteredColumn;
    QString title;
    /// Districts (滨海, 蓟州, …) or years.
    QStringList categories;
    QList<ChartSeries> series;
    QString valueAxisTitle;
    /// For ChartKind::YearLine, one per category: where it sits on the x axis (the year).
    QList<double> positions;
    /// The top of the value axis when it must be shared (the slides of one
    /// chart continued); empty: from the data. The value axis always starts at 0.
    std::optional<double> valueAxisMaximum;
    /// A line under the chart, e.g. what ≥ and hatching mean.
    QString note;
    /// Reports and extraction date.
    QString source;

    /// Why the chart cannot be drawn (counts that do not match, a colour
    /// that is not "#RRGGBB", a value that is not finite), or empty.
    QString problem() const;
    /// The largest value of any series, 0 when there is none.
    double maximumValue() const;
    /// The chart with categories @p first … @p first + @p count - 1 only
    /// (the slides a long horizontal bar chart continues on).
    ChartData slice(qsizetype first, qsizetype count) const;
};

} // namespace Dz
