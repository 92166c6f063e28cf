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
};

} // namespace

ChartData IndicatorChartBuilder::build(const IndicatorTableModel &table, const IndicatorChartRequest &request)
{
    ChartData chart;
    const Comparison &comparison = table.comparison();
    QStringList indicators;
    for (const QString &id : request.indicators) {
        if (table.indicatorIds().contains(id))
            indicators.append(id);
    }
    if (indicators.isEmpty() || comparison.reports.isEmpty())
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
    const bool overYears = std::any_of(reportsOf.cbegin(), reportsOf.cend(), [](const QList<int> &rows) {
        return rows.size() > 1;
    });

    Marks marks;
    const auto pointOf = [&](int row, const QString &id, ChartSeries &series, const QString &fill) {
        const IndicatorFigure f = table.figure(row, id);
        const bool byAnalyst = table.overrideAt(row, id) != nullptr;
        marks.add(f, byAnalyst);
        series.values.append(f.value ? std::optional<double>(f.value->toDouble()) : std::nullopt);
        // No figure, but statements to choose from (滨海's trainings) is not "not reported".
        const IndicatorValue *extracted = table.extracted(row, id);
        const bool statements = extracted && !extracted->candidates.isEmpty();
        QString label = f.isReported() ? f.toDisplayString() : (statements ? tr("No stated total") : tr("Not reported"));
        marks.statementsOnly = marks.statementsOnly || (!f.isReported() && statements);
        if (f.qualifier == IndicatorQualifier::Partial)
            label += u'*';
        if (byAnalyst)
            label += u'✎';
        series.labels.append(label);
        series.pointStyles.append({fill, isUncertain(f)});
    };

    QStringList units;
    for (const QString &id : std::as_const(indicators)) {
        const QString unit = table.indicatorUnit(id);
        if (!units.contains(unit))
            units.append(unit);
    }
    chart.valueAxisTitle = units.size() == 1 ? units.constFirst() : QString();

    if (overYears) {
        // One indicator over the years: a series per body, in its colour.
        const QString id = indicators.constFirst();
        chart.kind = request.years == IndicatorChartRequest::Years::Lines ? ChartKind::Line : ChartKind::ClusteredColumn;
        QList<int> years;
        for (const Report &report : comparison.reports) {
            if (report.year() > 0 && !years.contains(report.year()))
                years.append(report.year());
        }
        std::sort(years.begin(), years.end());
        for (int year : std::as_const(years))
            chart.categories.append(QString::number(year));
        for (const QString &body : std::as_const(bodyOrder)) {
            ChartSeries series;
            series.name = body;
            series.colour = palette.colour(body);
            for (int year : std::as_const(years)) {
                const QList<int> &rows = reportsOf.value(body);
                const auto row = std::find_if(rows.begin(), rows.end(), [&](int r) {
                    return comparison.reports.at(r).year() == year;
                });
                if (row == rows.end()) {
                    series.values.append(std::nullopt);
                    series.labels.append(QString()); // no report that year: nothing to say
                    series.pointStyles.append(ChartPointStyle {});
                } else {
                    pointOf(*row, id, series, QString());
                }
            }
            chart.series.append(series);
        }
        chart.title = table.indicatorLabel(id);
        if (indicators.size() > 1)
            chart.title += tr(" (over the years only the first indicator is charted)");
    } else if (indicators.size() == 1) {
        // One indicator: a column per report, in its body's colour.
        const QString id = indicators.constFirst();
        chart.kind = ChartKind::ClusteredColumn;
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
            pointOf(row, id, series, palette.colour(bodies.at(row)));
        }
        chart.series.append(series);
        chart.title = table.indicatorLabel(id);
    } else {
        // Several indicators: a group each, a column per report in its body's colour.
        chart.kind = ChartKind::ClusteredColumn;
        for (const QString &id : std::as_const(indicators))
            chart.categories.append(table.indicatorLabel(id));
        for (int row = 0; row < comparison.reports.size(); ++row) {
            ChartSeries series;
            series.name = labels.at(row);
            series.colour = palette.colour(bodies.at(row));
            for (const QString &id : std::as_const(indicators))
                pointOf(row, id, series, QString());
            chart.series.append(series);
        }
        QStringList labels;
        for (const QString &id : std::as_const(indicators))
            labels.append(table.indicatorLabel(id));
        chart.title = labels.join(tr(", "));
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
    chart.note = note.join(tr("; "));

    chart.source = IndicatorExport::sourceLine(comparison, request.extracted);
    return chart;
}

} // namespace Dz
