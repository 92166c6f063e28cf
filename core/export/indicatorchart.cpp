#include "export/indicatorchart.h"

#include "analysis/reportlabels.h"
#include "export/districtpalette.h"
#include "export/indicatorexport.h"
#include "models/indicatortablemodel.h"

#include <QMap>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Values that are not simply the figure: a bound, a range, part of the scope.
bool isUncertain(const IndicatorFigure &f)
{
    switch (f.qualifier) {
    case IndicatorQualifier::AtLeast:
    case IndicatorQualifier::AtMost:
    case IndicatorQualifier::Approximate:
    case IndicatorQualifier::Range:
    case IndicatorQualifier::Partial:
        return true;
    case IndicatorQualifier::Derived:
        return !f.upper || (f.lower && *f.lower != *f.upper);
    case IndicatorQualifier::Exact:
    case IndicatorQualifier::None:
        break;
    }
    return false;
}

// What the marks used in a chart mean, for the note under it.
struct Marks {
    bool atLeast = false;
    bool partial = false;
    bool uncertain = false;
    bool gap = false;
    bool overridden = false;
    bool statementsOnly = false;

    void add(const IndicatorFigure &f, bool byAnalyst)
    {
        atLeast = atLeast || f.qualifier == IndicatorQualifier::AtLeast;
        partial = partial || f.qualifier == IndicatorQualifier::Partial;
        uncertain = uncertain || isUncertain(f);
        gap = gap || !f.isReported();
        overridden = overridden || byAnalyst;
    }

    QString note() const
    {
        QStringList note;
        if (atLeast)
            note.append(IndicatorChartBuilder::tr("≥: at least (the report says 余/多/以上)"));
        if (partial)
            note.append(IndicatorChartBuilder::tr("*: covers part of the scope only"));
        if (uncertain)
            note.append(IndicatorChartBuilder::tr("hatched: a lower bound, a range or part of the scope"));
        if (overridden)
            note.append(IndicatorChartBuilder::tr("✎: value set by the analyst"));
        if (gap)
            note.append(IndicatorChartBuilder::tr("Not reported: the report gives no figure (no bar, not zero)"));
        if (statementsOnly)
            note.append(IndicatorChartBuilder::tr("No stated total: the report lists activities with figures but gives no total (see the indicator table)"));
        return note.join(IndicatorChartBuilder::tr("; "));
    }
};

// The reports as the compare columns name them (秦皇岛市卫健委 · 2025), and
// the bodies they name: a body reported on for several years is one series
// in one colour.
struct ChartBodies {
    QStringList labels; ///< per report
    QStringList bodies; ///< per report
    QStringList order; ///< each body once, in report order
    QMap<QString, QList<int>> reportsOf; ///< body → report rows, in report order

    explicit ChartBodies(const QList<Report> &reports)
        : labels(ReportLabels::forReports(reports))
        , bodies(ReportLabels::bodiesOf(reports))
    {
        for (int row = 0; row < reports.size(); ++row) {
            if (!order.contains(bodies.at(row)))
                order.append(bodies.at(row));
            reportsOf[bodies.at(row)].append(row);
        }
    }

    bool overYears() const
    {
        return std::any_of(reportsOf.cbegin(), reportsOf.cend(), [](const QList<int> &rows) {
            return rows.size() > 1;
        });
    }
};

// Appends the points of one chart, each with its label and style, and
// keeps the marks they use.
class ChartPoints
{
public:
    explicit ChartPoints(const IndicatorTableModel &table)
        : m_table(table)
    {
    }

    void add(int row, const QString &id, ChartSeries &series, const QString &fill)
    {
        const IndicatorFigure f = m_table.figure(row, id);
        const bool byAnalyst = m_table.overrideAt(row, id) != nullptr;
        m_marks.add(f, byAnalyst);
        series.values.append(f.value ? std::optional<double>(f.value->toDouble()) : std::nullopt);
        // No figure, but statements to choose from (a list of trainings without a total) is not "not reported".
        const IndicatorValue *extracted = m_table.extracted(row, id);
        const bool statements = extracted && !extracted->candidates.isEmpty();
        QString label =
            f.isReported() ? f.toDisplayString() : (statements ? IndicatorChartBuilder::tr("No stated total") : IndicatorChartBuilder::tr("Not reported"));
        m_marks.statementsOnly = m_marks.statementsOnly || (!f.isReported() && statements);
        if (f.qualifier == IndicatorQualifier::Partial)
            label += u'*';
        if (byAnalyst)
            label += u'✎';
        series.labels.append(label);
        series.pointStyles.append({fill, isUncertain(f)});
    }

    const Marks &marks() const
    {
        return m_marks;
    }

private:
    const IndicatorTableModel &m_table;
    Marks m_marks;
};

QStringList chartedIndicators(const IndicatorTableModel &table, const IndicatorChartRequest &request)
{
    QStringList indicators;
    // An indicator named twice is one series.
    for (const QString &id : request.indicators) {
        if (table.indicatorIds().contains(id) && !indicators.contains(id))
            indicators.append(id);
    }
    return indicators;
}

// The unit all the indicators share, or empty.
QString commonUnit(const IndicatorTableModel &table, const QStringList &indicators)
{
    QStringList units;
    for (const QString &id : indicators) {
        const QString unit = table.indicatorUnit(id);
        if (!units.contains(unit))
            units.append(unit);
    }
    return units.size() == 1 ? units.constFirst() : QString();
}

// One indicator over the years: a series per body, in its colour, a gap
// where a body has no report that year.
void chartOverYears(ChartData &chart, const IndicatorTableModel &table, const ChartBodies &bodies, const QString &id, ChartPoints &points)
{
    const QList<Report> &reports = table.comparison().reports;
    QList<int> years;
    for (const Report &report : reports) {
        if (report.year() > 0 && !years.contains(report.year()))
            years.append(report.year());
    }
    std::sort(years.begin(), years.end());
    for (int year : std::as_const(years))
        chart.categories.append(QString::number(year));
    const DistrictPalette palette(bodies.order);
    for (const QString &body : bodies.order) {
        ChartSeries series;
        series.name = body;
        series.colour = palette.colour(body);
        const QList<int> &rows = bodies.reportsOf[body];
        for (int year : std::as_const(years)) {
            const auto row = std::find_if(rows.begin(), rows.end(), [&](int r) {
                return reports.at(r).year() == year;
            });
            if (row == rows.end()) {
                series.values.append(std::nullopt);
                series.labels.append(QString()); // no report that year: nothing to say
                series.pointStyles.append(ChartPointStyle {});
            } else {
                points.add(*row, id, series, QString());
            }
        }
        chart.series.append(series);
    }
    chart.title = table.indicatorLabel(id);
}

// One indicator: a column per report, in its body's colour, in report order or by value.
void chartOneIndicator(
    ChartData &chart, const IndicatorTableModel &table, const ChartBodies &bodies, const QString &id, IndicatorChartRequest::Order order, ChartPoints &points)
{
    QList<int> rows(table.comparison().reports.size());
    std::iota(rows.begin(), rows.end(), 0);
    if (order == IndicatorChartRequest::Order::Value) {
        // Largest first; reports without a value last.
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const IndicatorFigure fa = table.figure(a, id);
            const IndicatorFigure fb = table.figure(b, id);
            if (fa.value.has_value() != fb.value.has_value())
                return fa.value.has_value();
            return fa.value && *fb.value < *fa.value;
        });
    }
    const DistrictPalette palette(bodies.order);
    ChartSeries series;
    series.name = table.indicatorLabel(id);
    for (int row : std::as_const(rows)) {
        chart.categories.append(bodies.labels.at(row));
        points.add(row, id, series, palette.colour(bodies.bodies.at(row)));
    }
    chart.series.append(series);
    chart.title = table.indicatorLabel(id);
}

// Several indicators: a group each, a column per report in its body's colour.
void chartSeveralIndicators(ChartData &chart, const IndicatorTableModel &table, const ChartBodies &bodies, const QStringList &indicators, ChartPoints &points)
{
    QStringList labels;
    for (const QString &id : indicators)
        labels.append(table.indicatorLabel(id));
    chart.categories = labels;
    const DistrictPalette palette(bodies.order);
    for (int row = 0; row < bodies.labels.size(); ++row) {
        ChartSeries series;
        series.name = bodies.labels.at(row);
        series.colour = palette.colour(bodies.bodies.at(row));
        for (const QString &id : indicators)
            points.add(row, id, series, QString());
        chart.series.append(series);
    }
    chart.title = labels.join(IndicatorChartBuilder::tr(", "));
}

} // namespace

ChartData IndicatorChartBuilder::build(const IndicatorTableModel &table, const IndicatorChartRequest &request)
{
    ChartData chart;
    const Comparison &comparison = table.comparison();
    const QStringList indicators = chartedIndicators(table, request);
    if (indicators.isEmpty() || comparison.reports.isEmpty())
        return chart;

    const ChartBodies bodies(comparison.reports);
    ChartPoints points(table);
    chart.valueAxisTitle = commonUnit(table, indicators);
    chart.kind = ChartKind::ClusteredColumn;
    if (bodies.overYears()) {
        if (request.years == IndicatorChartRequest::Years::Lines)
            chart.kind = ChartKind::Line;
        chartOverYears(chart, table, bodies, indicators.constFirst(), points);
        if (indicators.size() > 1)
            chart.title += tr(" (over the years only the first indicator is charted)");
    } else if (indicators.size() == 1) {
        chartOneIndicator(chart, table, bodies, indicators.constFirst(), request.order, points);
    } else {
        chartSeveralIndicators(chart, table, bodies, indicators, points);
    }
    if (!chart.valueAxisTitle.isEmpty())
        chart.title += tr(" (%1)").arg(chart.valueAxisTitle);
    chart.note = points.marks().note();
    chart.source = IndicatorExport::sourceLine(comparison, request.extracted);
    return chart;
}

} // namespace Dz
