// From the indicator table to ChartData: layouts, gaps, marks, colours, order.

#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "export/districtpalette.h"
#include "export/indicatorchart.h"
#include "models/indicatortablemodel.h"
#include "seedfiles.h"

#include <QSet>
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
        QCOMPARE(chart.categories, (QStringList {u"滨海 · 2024"_s, u"蓟州 · 2020"_s, u"海门 · 2024"_s, u"九龙坡 · 2023"_s, u"湖滨 · 2025"_s}));
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
        QCOMPARE(chart.categories.constFirst(), u"九龙坡 · 2023"_s);
        QCOMPARE(chart.categories.constLast(), u"蓟州 · 2020"_s); // no value: last
    }

    // Several indicators are small multiples: a chart each, on its own axis,
    // so a handful of lawsuits does not vanish beside hundreds of cases.
    void severalIndicatorsAreChartsOfTheirOwn()
    {
        IndicatorTableModel table;
        table.setComparison(m_comparison, m_engines->indicators.catalog());
        IndicatorChartRequest request;
        request.indicators = {u"penalty_cases"_s, u"admin_reconsideration"_s, u"admin_litigation"_s};
        const QList<ChartData> panels = IndicatorChartBuilder::panels(table, request);
        QCOMPARE(panels.size(), 3);
        for (const ChartData &panel : panels) {
            QCOMPARE(panel.series.size(), 1);
            QCOMPARE(panel.categories.size(), 5);
            QVERIFY2(panel.problem().isEmpty(), qPrintable(panel.problem()));
        }
        QCOMPARE(panels.at(1).series.constFirst().values.at(3), std::optional<double>(1));
        QCOMPARE(panels.at(2).series.constFirst().values.at(3), std::optional<double>(4));
        QVERIFY(panels.at(0).maximumValue() > 10 * panels.at(2).maximumValue());
        const DistrictPalette palette({u"滨海"_s, u"蓟州"_s, u"海门"_s, u"九龙坡"_s, u"湖滨"_s});
        QCOMPARE(panels.at(1).series.constFirst().pointStyles.at(0).fill, palette.colour(u"滨海"_s));
        // Each says its axis starts at zero.
        QVERIFY(panels.at(0).note.contains(u"starts at 0"_s));
    }

    // Beyond what fits as columns, a horizontal bar per report: a row each, no label on another.
    void manyReportsAreHorizontalBars_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("kind");
        QTest::newRow("twelve: columns") << IndicatorChartBuilder::MaxColumns << int(ChartKind::ClusteredColumn);
        QTest::newRow("thirteen: bars") << IndicatorChartBuilder::MaxColumns + 1 << int(ChartKind::HorizontalBar);
        QTest::newRow("forty: bars") << 40 << int(ChartKind::HorizontalBar);
    }

    void manyReportsAreHorizontalBars()
    {
        QFETCH(int, count);
        QFETCH(int, kind);
        // Counties of many provinces, one report each.
        static const QStringList places {u"河北省昌黎县"_s, u"江苏省如东县"_s, u"浙江省安吉县"_s, u"安徽省肥西县"_s, u"福建省长汀县"_s, u"江西省婺源县"_s,
            u"山东省曲阜市"_s, u"河南省兰考县"_s, u"湖北省秭归县"_s, u"湖南省凤凰县"_s};
        QList<Report> reports;
        for (int i = 0; i < count; ++i) {
            // A body each: ten counties, four kinds of body.
            static const QStringList agencies {u"司法局"_s, u"卫生健康局"_s, u"应急管理局"_s, u"市场监督管理局"_s};
            const QString title = places.at(i % places.size()) + agencies.at(i / places.size()) + u"2024年法治政府建设情况报告"_s;
            const QString body =
                i % 7 == 3 ? u"\n一、主要举措和成效\n全面推进依法行政。\n"_s : u"\n一、主要举措和成效\n全年办理行政处罚案件%1件。\n"_s.arg(10 + i * 13);
            reports.append(ReportPipeline::readText(title + body, u"r%1.txt"_s.arg(i)));
        }
        const Comparison comparison = Comparison::analyse(*m_engines, reports);
        IndicatorTableModel table;
        table.setComparison(comparison, m_engines->indicators.catalog());
        IndicatorChartRequest request;
        request.indicators = {u"penalty_cases"_s};
        const ChartData chart = IndicatorChartBuilder::build(table, request);
        QCOMPARE(int(chart.kind), kind);
        QCOMPARE(chart.categories.size(), count);
        QVERIFY2(chart.problem().isEmpty(), qPrintable(chart.problem()));
        QCOMPARE(QSet<QString>(chart.categories.cbegin(), chart.categories.cend()).size(), count); // every report named apart
        QVERIFY(!chart.series.constFirst().values.at(3).has_value()); // no figure: a gap, labelled
        QCOMPARE(chart.series.constFirst().labels.at(3), u"Not reported"_s);
    }

    void severalYearsOfADistrictAreOverTheYears()
    {
        // 滨海 again, a year later, with other figures.
        QList<Report> reports = Test::loadSeeds();
        QString later = reports.at(0).text;
        later.replace(u"2024"_s, u"2025"_s).replace(u"行政处罚200件"_s, u"行政处罚260件"_s);
        reports.append(ReportPipeline::readText(later, u"binhai-2025.txt"_s));
        const Comparison comparison = Comparison::analyse(*m_engines, reports);
        IndicatorTableModel table;
        table.setComparison(comparison, m_engines->indicators.catalog());
        IndicatorChartRequest request;
        request.indicators = {u"penalty_cases"_s};
        request.years = IndicatorChartRequest::Years::Lines;
        const ChartData chart = IndicatorChartBuilder::build(table, request);
        // A true year axis: each year where it is, 2020 and 2023 three years apart.
        QCOMPARE(chart.kind, ChartKind::YearLine);
        QCOMPARE(chart.categories, (QStringList {u"2020"_s, u"2023"_s, u"2024"_s, u"2025"_s}));
        QCOMPARE(chart.positions, (QList<double> {2020, 2023, 2024, 2025}));
        QCOMPARE(chart.series.constFirst().name, u"滨海"_s);
        QCOMPARE(chart.series.constFirst().values, (QList<std::optional<double>> {std::nullopt, std::nullopt, 200, 260}));
        QVERIFY2(chart.problem().isEmpty(), qPrintable(chart.problem()));
        // 同比: 260 on 200 is +30 %.
        QCOMPARE(chart.series.constFirst().labels.at(3), u"260\nYoY +30.0%"_s);
        QVERIFY(chart.note.contains(u"YoY"_s));

        // As columns, every year between has its place too.
        request.years = IndicatorChartRequest::Years::Grouped;
        const ChartData columns = IndicatorChartBuilder::build(table, request);
        QCOMPARE(columns.kind, ChartKind::ClusteredColumn);
        QCOMPARE(columns.categories, (QStringList {u"2020"_s, u"2021"_s, u"2022"_s, u"2023"_s, u"2024"_s, u"2025"_s}));

        // One body's trend alone.
        request.years = IndicatorChartRequest::Years::Lines;
        request.bodies = {u"滨海"_s};
        QCOMPARE(IndicatorChartBuilder::build(table, request).series.size(), 1);
    }

    void changeOnTheYearBefore_data()
    {
        QTest::addColumn<double>("previous");
        QTest::addColumn<int>("previousYear");
        QTest::addColumn<double>("current");
        QTest::addColumn<QString>("label");
        QTest::newRow("growth") << 5567.0 << 2023 << 6180.0 << u"YoY +11.0%"_s;
        QTest::newRow("fall") << 200.0 << 2023 << 150.0 << u"YoY −25.0%"_s;
        QTest::newRow("same") << 40.0 << 2023 << 40.0 << u"YoY 0.0%"_s;
        QTest::newRow("a year missing between") << 100.0 << 2021 << 120.0 << u"+20.0% on 2021"_s;
        QTest::newRow("nothing to compare with") << 0.0 << 2023 << 12.0 << QString();
    }

    void changeOnTheYearBefore()
    {
        QFETCH(double, previous);
        QFETCH(int, previousYear);
        QFETCH(double, current);
        QFETCH(QString, label);
        QCOMPARE(IndicatorChartBuilder::change(previous, previousYear, current, 2024), label);
    }

    // Categories and series carry the compare columns' labels, which scale
    // with the set: bodies of several levels or kinds are named in full.
    void labelsScale_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("indicators");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QStringList>("series");

        const QStringList levels {u"秦皇岛市卫生健康委员会2025年法治政府建设情况报告"_s, u"广东省卫生健康委员会2022年法治政府建设情况报告"_s,
            u"河北省秦皇岛市昌黎县卫生健康局2025年法治政府建设情况报告"_s};
        QTest::newRow("levels differ, one indicator") << levels << QStringList {u"penalty_cases"_s}
                                                      << QStringList {u"秦皇岛市卫健委 · 2025"_s, u"广东省卫健委 · 2022"_s, u"昌黎县卫健局 · 2025"_s}
                                                      << QStringList {QString()};
        QTest::newRow("levels differ, the second indicator")
            << levels << QStringList {u"admin_reconsideration"_s}
            << QStringList {u"秦皇岛市卫健委 · 2025"_s, u"广东省卫健委 · 2022"_s, u"昌黎县卫健局 · 2025"_s} << QStringList {QString()};
        QTest::newRow("districts of one city") << QStringList {u"天津市滨海新区卫生健康委员会2024年法治政府建设情况报告"_s,
            u"天津市和平区卫生健康委员会2024年法治政府建设情况报告"_s}
                                               << QStringList {u"penalty_cases"_s} << QStringList {u"滨海 · 2024"_s, u"和平 · 2024"_s}
                                               << QStringList {QString()};
        QTest::newRow("one body over the years, another body")
            << QStringList {u"苏州市应急管理局2023年法治政府建设情况报告"_s, u"苏州市应急管理局2024年法治政府建设情况报告"_s,
                   u"苏州市司法局2024年法治政府建设情况报告"_s}
            << QStringList {u"penalty_cases"_s} << QStringList {u"2023"_s, u"2024"_s} << QStringList {u"苏州市应急局"_s, u"苏州市司法局"_s};
        QTest::newRow("an unlisted district") << QStringList {u"某某区卫生健康局2024年法治政府建设工作情况报告"_s,
            u"天津市和平区卫生健康委员会2024年法治政府建设情况报告"_s}
                                              << QStringList {u"penalty_cases"_s} << QStringList {u"某某区卫健局 · 2024"_s, u"和平区卫健委 · 2024"_s}
                                              << QStringList {QString()};
    }
    void labelsScale()
    {
        QFETCH(QStringList, titles);
        QFETCH(QStringList, indicators);
        QFETCH(QStringList, categories);
        QFETCH(QStringList, series);
        QList<Report> reports;
        for (int i = 0; i < titles.size(); ++i) {
            const QString body = u"\n一、主要举措和成效\n（一）严格规范执法。全年办理行政处罚案件%1件，受理行政复议案件%2件。\n"_s.arg(30 + i).arg(5 + i);
            reports.append(ReportPipeline::readText(titles.at(i) + body, u"r%1.txt"_s.arg(i)));
        }
        const Comparison comparison = Comparison::analyse(*m_engines, reports);
        IndicatorTableModel table;
        table.setComparison(comparison, m_engines->indicators.catalog());
        IndicatorChartRequest request;
        request.indicators = indicators;
        const ChartData chart = IndicatorChartBuilder::build(table, request);
        if (!categories.isEmpty())
            QCOMPARE(chart.categories, categories);
        QStringList names;
        for (const ChartSeries &s : chart.series)
            names.append(indicators.size() == 1 && categories.size() == reports.size() ? QString() : s.name);
        QCOMPARE(names, series);
        // The compare columns (the indicator table's rows) read the same.
        if (categories.size() == reports.size()) {
            for (int row = 0; row < reports.size(); ++row)
                QCOMPARE(table.headerData(row, Qt::Vertical, Qt::DisplayRole).toString(), categories.at(row));
        }
    }

    void nothingToChart()
    {
        QVERIFY(chartOf({u"no_such_indicator"_s}).series.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorChart)

#include "tst_indicatorchart.moc"
