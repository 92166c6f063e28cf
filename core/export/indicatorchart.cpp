#include "export/indicatorchart.h"

#include "analysis/reportlabels.h"
#include "export/districtpalette.h"
#include "export/indicatorexport.h"
#include "models/indicatortablemodel.h"
#include "project/analystsession.h"

#include <QMap>

#include <algorithm>
#include <cmath>
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
    bool changes = false; ///< a trend's points say their change on the year before

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
        if (changes)
            note.append(IndicatorChartBuilder::tr("YoY: change on the year before; “on 2018”: change on the last year reported"));
        note.append(IndicatorChartBuilder::tr("the value axis starts at 0"));
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

    /// A trend when a body has several years and the lines stay few (or
    /// the analyst chose whose trend); else a bar per report, each named with its year.
    bool overYears(const QStringList &chosen) const
    {
        const bool severalYears = std::any_of(reportsOf.cbegin(), reportsOf.cend(), [](const QList<int> &rows) {
            return rows.size() > 1;
        });
        return severalYears && (!chosen.isEmpty() || order.size() <= IndicatorChartBuilder::MaxTrendBodies);
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
        // No figure, but statements to choose from (a list of trainings without
        // a total) is not "not reported" (unless the analyst says it is).
        const IndicatorValue *extracted = m_table.extracted(row, id);
        const bool statements = extracted && !extracted->candidates.isEmpty() && !byAnalyst;
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

    Marks &marks()
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

// The years of a trend: those reported, on a true year axis (lines), or
// for columns every year between the first and the last in its place.
QList<int> trendYears(ChartData &chart, const QList<Report> &reports, IndicatorChartRequest::Years layout)
{
    QList<int> years;
    for (const Report &report : reports) {
        if (report.year() > 0 && !years.contains(report.year()))
            years.append(report.year());
    }
    std::sort(years.begin(), years.end());
    if (layout == IndicatorChartRequest::Years::Lines) {
        chart.kind = ChartKind::YearLine;
        for (const int year : std::as_const(years)) {
            chart.categories.append(QString::number(year));
            chart.positions.append(year);
        }
        return years;
    }
    chart.kind = ChartKind::ClusteredColumn;
    const QList<int> reported = years;
    years.clear();
    for (int year = reported.isEmpty() ? 0 : reported.constFirst(); !reported.isEmpty() && year <= reported.constLast(); ++year)
        years.append(year);
    for (const int year : std::as_const(years))
        chart.categories.append(QString::number(year));
    return years;
}

// One indicator over the years: a series per body (or per body chosen), in
// its colour, a gap where a body has no report that year, each point
// labelled with its change on the body's last year with a figure.
void chartOverYears(
    ChartData &chart, const IndicatorTableModel &table, const ChartBodies &bodies, const QString &id, const IndicatorChartRequest &request, ChartPoints &points)
{
    const QList<Report> &reports = table.comparison().reports;
    const QList<int> years = trendYears(chart, reports, request.years);
    const DistrictPalette palette(bodies.order);
    for (const QString &body : bodies.order) {
        if (!request.bodies.isEmpty() && !request.bodies.contains(body))
            continue;
        ChartSeries series;
        series.name = body;
        series.colour = palette.colour(body);
        const QList<int> &rows = bodies.reportsOf[body];
        std::optional<std::pair<int, double>> last; // the body's last year with a figure
        for (int year : std::as_const(years)) {
            const auto row = std::find_if(rows.begin(), rows.end(), [&](int r) {
                return reports.at(r).year() == year;
            });
            if (row == rows.end()) {
                series.values.append(std::nullopt);
                series.labels.append(QString()); // no report that year: nothing to say
                series.pointStyles.append(ChartPointStyle {});
                continue;
            }
            points.add(*row, id, series, QString());
            const std::optional<double> value = series.values.constLast();
            if (!value)
                continue;
            if (last) {
                if (const QString text = IndicatorChartBuilder::change(last->second, last->first, *value, year); !text.isEmpty()) {
                    series.labels.last() += u'\n' + text;
                    points.marks().changes = true;
                }
            }
            last = std::pair(year, *value);
        }
        chart.series.append(series);
    }
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
    // Beyond what fits as columns, a horizontal bar per report, so that every label has its own row.
    chart.kind = rows.size() > IndicatorChartBuilder::MaxColumns ? ChartKind::HorizontalBar : ChartKind::ClusteredColumn;
    const DistrictPalette palette(bodies.order);
    ChartSeries series;
    series.name = table.indicatorLabel(id);
    for (int row : std::as_const(rows)) {
        chart.categories.append(bodies.labels.at(row));
        points.add(row, id, series, palette.colour(bodies.bodies.at(row)));
    }
    chart.series.append(series);
}

} // namespace

QString IndicatorChartBuilder::change(double previous, int previousYear, double current, int year)
{
    if (previous == 0)
        return {};
    const double percent = (current - previous) / previous * 100;
    // A real minus sign, and a plus for growth: the sign is the news.
    const QString figure = (percent > 0 ? u"+"_s : percent < 0 ? u"−"_s : QString()) + QString::number(std::abs(percent), 'f', 1) + u'%';
    if (previousYear == year - 1)
        return tr("YoY %1").arg(figure);
    return tr("%1 on %2").arg(figure).arg(previousYear);
}

QList<ChartData> IndicatorChartBuilder::panels(const IndicatorTableModel &table, const IndicatorChartRequest &request)
{
    QList<ChartData> charts;
    for (const QString &id : chartedIndicators(table, request)) {
        IndicatorChartRequest one = request;
        one.indicators = {id};
        ChartData chart = build(table, one);
        if (!chart.categories.isEmpty())
            charts.append(chart);
    }
    return charts;
}

ChartData IndicatorChartBuilder::build(const IndicatorTableModel &table, const IndicatorChartRequest &request)
{
    ChartData chart;
    const Comparison &comparison = table.comparison();
    const QStringList indicators = chartedIndicators(table, request);
    if (indicators.isEmpty() || comparison.reports.isEmpty())
        return chart;

    // The first indicator: several are charted each on its own axis (panels()).
    const QString id = indicators.constFirst();
    const ChartBodies bodies(comparison.reports);
    ChartPoints points(table);
    chart.valueAxisTitle = table.indicatorUnit(id);
    chart.title = table.indicatorLabel(id);
    if (bodies.overYears(request.bodies))
        chartOverYears(chart, table, bodies, id, request, points);
    else
        chartOneIndicator(chart, table, bodies, id, request.order, points);
    if (!chart.valueAxisTitle.isEmpty())
        chart.title += tr(" (%1)").arg(chart.valueAxisTitle);
    chart.note = points.marks().note();
    chart.source = IndicatorExport::sourceLine(comparison, request.extracted);
    return chart;
}

} // namespace Dz
