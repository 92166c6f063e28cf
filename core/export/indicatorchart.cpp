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

    void add(const IndicatorFigure &f, bool byAnalyst)
    {
        atLeast = atLeast || f.qualifier == IndicatorQualifier::AtLeast;
        partial = partial || f.qualifier == IndicatorQualifier::Partial;
        uncertain = uncertain || isUncertain(f);
        gap = gap || !f.isReported();
        overridden = overridden || byAnalyst;
    }
};

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
    for (const QString &id : request.indicators) {
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
    QString id;
    for (const QString &candidate : request.indicators) {
        if (table.indicatorIds().contains(candidate)) {
            id = candidate;
            break;
        }
    }
    if (id.isEmpty() || comparison.reports.isEmpty())
        return chart;

    // The compare columns' labels (秦皇岛市卫健委 · 2025), and the bodies they
    // name: a body reported on for several years is one series in one colour.
    const QStringList labels = ReportLabels::forReports(comparison.reports);
    const QStringList bodies = ReportLabels::bodiesOf(comparison.reports);
    QStringList bodyOrder;
    QMap<QString, QList<int>> reportsOf; // body → report rows, in report order
    for (int row = 0; row < comparison.reports.size(); ++row) {
        const QString &body = bodies.at(row);
        if (!bodyOrder.contains(body))
            bodyOrder.append(body);
        reportsOf[body].append(row);
    }
    const DistrictPalette palette(bodyOrder);
    // A trend when a body has several years and the lines stay few (or the
    // analyst chose whose trend); else a bar per report, each named with its year.
    const bool severalYears = std::any_of(reportsOf.cbegin(), reportsOf.cend(), [](const QList<int> &rows) {
        return rows.size() > 1;
    });
    const bool overYears = severalYears && (!request.bodies.isEmpty() || bodyOrder.size() <= MaxTrendBodies);

    Marks marks;
    bool changes = false;
    const auto pointOf = [&](int row, ChartSeries &series, const QString &fill) {
        const IndicatorFigure f = table.figure(row, id);
        const AnalystValue *own = table.overrideAt(row, id);
        marks.add(f, own != nullptr);
        series.values.append(f.value ? std::optional<double>(f.value->toDouble()) : std::nullopt);
        // No figure, but statements to choose from (滨海's trainings) is not "not reported".
        const IndicatorValue *extracted = table.extracted(row, id);
        const bool statements = extracted && !extracted->candidates.isEmpty() && !own;
        QString label = f.isReported() ? f.toDisplayString() : (statements ? tr("No stated total") : tr("Not reported"));
        marks.statementsOnly = marks.statementsOnly || (!f.isReported() && statements);
        if (f.qualifier == IndicatorQualifier::Partial)
            label += u'*';
        if (own)
            label += u'✎';
        series.labels.append(label);
        series.pointStyles.append({fill, isUncertain(f)});
    };

    const QString unit = table.indicatorUnit(id);
    chart.valueAxisTitle = unit;
    chart.title = table.indicatorLabel(id);

    if (overYears) {
        // Its trend: a series per body, in its colour, over a true year axis.
        QList<int> years;
        for (const Report &report : comparison.reports) {
            if (report.year() > 0 && !years.contains(report.year()))
                years.append(report.year());
        }
        std::sort(years.begin(), years.end());
        if (request.years == IndicatorChartRequest::Years::Lines) {
            chart.kind = ChartKind::YearLine;
            for (const int year : std::as_const(years)) {
                chart.categories.append(QString::number(year));
                chart.positions.append(year);
            }
        } else {
            // Every year between the first and the last has its place, so
            // the columns stand as far apart as the years.
            chart.kind = ChartKind::ClusteredColumn;
            const QList<int> reported = years;
            years.clear();
            for (int year = reported.isEmpty() ? 0 : reported.constFirst(); !reported.isEmpty() && year <= reported.constLast(); ++year)
                years.append(year);
            for (const int year : std::as_const(years))
                chart.categories.append(QString::number(year));
        }
        for (const QString &body : std::as_const(bodyOrder)) {
            if (!request.bodies.isEmpty() && !request.bodies.contains(body))
                continue;
            ChartSeries series;
            series.name = body;
            series.colour = palette.colour(body);
            std::optional<std::pair<int, double>> last; // the body's last year with a figure
            for (const int year : std::as_const(years)) {
                const QList<int> &rows = reportsOf.value(body);
                const auto row = std::find_if(rows.begin(), rows.end(), [&](int r) {
                    return comparison.reports.at(r).year() == year;
                });
                if (row == rows.end()) {
                    series.values.append(std::nullopt);
                    series.labels.append(QString()); // no report that year: nothing to say
                    series.pointStyles.append(ChartPointStyle {});
                    continue;
                }
                pointOf(*row, series, QString());
                const std::optional<double> value = series.values.constLast();
                if (!value)
                    continue;
                if (last) {
                    const QString text = change(last->second, last->first, *value, year);
                    if (!text.isEmpty()) {
                        series.labels.last() += u'\n' + text;
                        changes = true;
                    }
                }
                last = std::pair(year, *value);
            }
            chart.series.append(series);
        }
    } else {
        // A column per report in its body's colour; beyond what fits, a
        // horizontal bar per report, so that every label has its own row.
        chart.kind = comparison.reports.size() > MaxColumns ? ChartKind::HorizontalBar : ChartKind::ClusteredColumn;
        QList<int> rows(comparison.reports.size());
        std::iota(rows.begin(), rows.end(), 0);
        if (request.order == IndicatorChartRequest::Order::Value) {
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                const IndicatorFigure fa = table.figure(a, id);
                const IndicatorFigure fb = table.figure(b, id);
                if (fa.value.has_value() != fb.value.has_value())
                    return fa.value.has_value();
                return fa.value && *fb.value < *fa.value;
            });
        }
        ChartSeries series;
        series.name = table.indicatorLabel(id);
        for (int row : std::as_const(rows)) {
            chart.categories.append(labels.at(row));
            pointOf(row, series, palette.colour(bodies.at(row)));
        }
        chart.series.append(series);
    }
    if (!chart.valueAxisTitle.isEmpty())
        chart.title += tr(" (%1)").arg(chart.valueAxisTitle);

    QStringList note;
    if (marks.atLeast)
        note.append(tr("≥: at least (the report says 余/多/以上)"));
    if (marks.partial)
        note.append(tr("*: covers part of the scope only"));
    if (marks.uncertain)
        note.append(tr("hatched: a lower bound, a range or part of the scope"));
    if (marks.overridden)
        note.append(tr("✎: value set by the analyst"));
    if (marks.gap)
        note.append(tr("Not reported: the report gives no figure (no bar, not zero)"));
    if (marks.statementsOnly)
        note.append(tr("No stated total: the report lists activities with figures but gives no total (see the indicator table)"));
    if (changes)
        note.append(tr("YoY: change on the year before; “on 2018”: change on the last year reported"));
    note.append(tr("the value axis starts at 0"));
    chart.note = note.join(tr("; "));

    chart.source = IndicatorExport::sourceLine(comparison, request.extracted);
    return chart;
}

} // namespace Dz
