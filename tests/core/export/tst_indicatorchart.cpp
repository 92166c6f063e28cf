// From the indicator table to ChartData: layouts, gaps, marks, colours, order.

#include "analysis/analysisengines.h"
#include "analysis/districtpalette.h"
#include "export/indicatorchart.h"
#include "indicators/indicatortablemodel.h"
#include "reading/reportloader.h"
#include "seedfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestIndicatorChart : public QObject
{
    Q_OBJECT

private:
    const AnalysisEngines *m_engines = nullptr;
    Comparison m_comparison;

    ChartData chartOf(const QStringList &indicators, IndicatorChartRequest::Order order = IndicatorChartRequest::Order::Reports)
    {
        IndicatorTableModel table;
        table.setComparison(m_comparison, m_engines->indicators.catalog());
        IndicatorChartRequest request;
        request.indicators = indicators;
        request.order = order;
        request.extracted = QDate(2026, 11, 23);
        return IndicatorChartBuilder::build(table, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_engines = AnalysisEngines::builtIn().value();
        m_comparison = Comparison::analyse(*m_engines, Test::loadSeeds());
    }

    void oneIndicatorIsAColumnPerDistrict()
    {
        const ChartData chart = chartOf({u"penalty_cases"_s});
        QVERIFY2(chart.problem().isEmpty(), qPrintable(chart.problem()));
        QCOMPARE(chart.kind, ChartKind::ClusteredColumn);
        QCOMPARE(chart.categories, (QStringList {u"滨海 2024"_s, u"蓟州 2020"_s, u"海门 2024"_s, u"九龙坡 2023"_s, u"湖滨 2025"_s}));
        QCOMPARE(chart.series.size(), 1);
        const ChartSeries &s = chart.series.constFirst();
        // 蓟州 reports none: a gap, never a zero.
        QVERIFY(!s.values.at(1).has_value());
        QCOMPARE(s.values.at(0), std::optional<double>(200));
        QCOMPARE(s.labels.at(2), u"4*"_s); // 海门: double-random checks only
        QVERIFY(s.pointStyles.at(2).hatched);
        QVERIFY(!s.pointStyles.at(0).hatched);
        QVERIFY(chart.note.contains(u'*'));
        QVERIFY(chart.source.contains(u"2026-11-23"_s) && chart.source.contains(u"九龙坡"_s));
        // Each district in its palette colour.
        const DistrictPalette palette({u"滨海"_s, u"蓟州"_s, u"海门"_s, u"九龙坡"_s, u"湖滨"_s});
        QCOMPARE(s.pointStyles.at(3).fill, palette.colour(u"九龙坡"_s));
        QVERIFY(s.pointStyles.at(3).fill != s.pointStyles.at(4).fill);
    }

    void lowerBoundsAreMarked()
    {
        const ChartData chart = chartOf({u"legal_education_events"_s});
        const ChartSeries &s = chart.series.constFirst();
        QCOMPARE(s.labels.at(3), u"≥175"_s);
        // The axis is in the catalog's unit, whatever word the first report used (九龙坡: 场次).
        QCOMPARE(chart.valueAxisTitle, u"次"_s);
        QVERIFY(s.pointStyles.at(3).hatched);
        QVERIFY(chart.note.contains(u'≥'));
        // 滨海 states no total: no bar, and the label says why.
        QVERIFY(!s.values.at(0).has_value());
        QCOMPARE(s.labels.at(0), u"No stated total"_s);
        QCOMPARE(s.labels.at(1), u"Not reported"_s); // 蓟州 lists activities without figures
    }

    void sortedByValue()
    {
        const ChartData chart = chartOf({u"penalty_cases"_s}, IndicatorChartRequest::Order::Value);
        QCOMPARE(chart.categories.constFirst(), u"九龙坡 2023"_s);
        QCOMPARE(chart.categories.constLast(), u"蓟州 2020"_s); // no value: last
    }

    void severalIndicatorsAreGroups()
    {
        const ChartData chart = chartOf({u"admin_reconsideration"_s, u"admin_litigation"_s});
        QCOMPARE(chart.categories.size(), 2);
        QCOMPARE(chart.series.size(), 5);
        QCOMPARE(chart.series.at(3).values, (QList<std::optional<double>> {1, 4}));
        const DistrictPalette palette({u"滨海"_s, u"蓟州"_s, u"海门"_s, u"九龙坡"_s, u"湖滨"_s});
        QCOMPARE(chart.series.at(0).colour, palette.colour(u"滨海"_s));
    }

    void severalYearsOfADistrictAreOverTheYears()
    {
        // 滨海 again, a year later, with other figures.
        QList<Report> reports = Test::loadSeeds();
        QString later = reports.at(0).text;
        later.replace(u"2024"_s, u"2025"_s).replace(u"行政处罚200件"_s, u"行政处罚260件"_s);
        reports.append(ReportLoader::fromText(later, u"binhai-2025.txt"_s));
        const Comparison comparison = Comparison::analyse(*m_engines, reports);
        IndicatorTableModel table;
        table.setComparison(comparison, m_engines->indicators.catalog());
        IndicatorChartRequest request;
        request.indicators = {u"penalty_cases"_s};
        request.years = IndicatorChartRequest::Years::Lines;
        const ChartData chart = IndicatorChartBuilder::build(table, request);
        QCOMPARE(chart.kind, ChartKind::Line);
        QCOMPARE(chart.categories, (QStringList {u"2020"_s, u"2023"_s, u"2024"_s, u"2025"_s}));
        QCOMPARE(chart.series.constFirst().name, u"滨海"_s);
        QCOMPARE(chart.series.constFirst().values, (QList<std::optional<double>> {std::nullopt, std::nullopt, 200, 260}));
        QVERIFY2(chart.problem().isEmpty(), qPrintable(chart.problem()));
    }

    void nothingToChart()
    {
        QVERIFY(chartOf({u"no_such_indicator"_s}).series.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorChart)

#include "tst_indicatorchart.moc"
