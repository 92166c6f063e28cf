#pragma once

// The sample deck of the OOXML tests: five districts with a gap and a lower
// bound, a line chart over years, horizontal bars, a picture and a table.

#include "export/ooxml/pptxdeck.h"

#include <QByteArray>
#include <QStringList>

namespace OoxmlSamples
{

using namespace Qt::StringLiterals;

inline const QStringList Districts {u"滨海"_s, u"蓟州"_s, u"海门"_s, u"九龙坡"_s, u"湖滨"_s};

// A 4 × 3 PNG, so the picture's aspect ratio can be checked.
inline const QByteArray TinyPng = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d49484452000000040000000308020000003b9639910000001049444154789c63902fdf02470c38390026de0f7906d89a8c0000000049454e44ae426082");

inline Dz::ChartData districtChart()
{
    Dz::ChartData chart;
    chart.title = u"2023年行政处罚案件"_s;
    chart.categories = Districts;
    Dz::ChartSeries cases;
    cases.name = u"处罚案件（件）"_s;
    // 滨海 only says "175件以上": a lower bound, hatched. 九龙坡 gives no figure.
    cases.values = {175.0, 200.0, 0.0, std::nullopt, 3211.5};
    cases.labels = {u"≥175"_s, u"200"_s, u"0"_s, u"未报告"_s, u"3,211.5"_s};
    cases.pointStyles = {{u"#1F77B4"_s, true}, {}, {}, {}, {u"#D55E00"_s, false}};
    cases.colour = u"#1F77B4"_s;
    chart.series = {cases};
    chart.valueAxisTitle = u"件"_s;
    chart.note = u"≥ 与斜线：报告只给出下限或部分范围；“未报告”：报告未提及。"_s;
    chart.source = u"来源：各区2023年法治政府建设情况报告 <提取于 2026-11-23> & 人工核对"_s;
    return chart;
}

inline Dz::ChartData yearChart()
{
    Dz::ChartData chart;
    chart.kind = Dz::ChartKind::Line;
    chart.title = u"普法活动次数（2021—2023）"_s;
    chart.categories = {u"2021"_s, u"2022"_s, u"2023"_s};
    chart.series = {{u"滨海"_s, {12.0, std::nullopt, 30.0}, {}, {{}, {}, {QString(), true}}, QString()}, {u"海门"_s, {8.0, 9.0, 11.0}, {}, {}, QString()}};
    chart.note = u"虚线：部分范围"_s;
    return chart;
}

// A body's trend over a true year axis: 2018, 2020 and 2021 spaced as years are.
inline Dz::ChartData yearAxisChart()
{
    Dz::ChartData chart;
    chart.kind = Dz::ChartKind::YearLine;
    chart.title = u"行政复议案件（2018—2021）"_s;
    chart.categories = {u"2018"_s, u"2020"_s, u"2021"_s};
    chart.positions = {2018, 2020, 2021};
    chart.series = {{u"苏州市司法局"_s, {5567.0, std::nullopt, 6180.0}, {u"5567"_s, QString(), u"6180\n较2018年 +11.0%"_s}, {}, u"#1F77B4"_s}};
    chart.valueAxisTitle = u"件"_s;
    chart.note = u"同比：较上一年度的变化"_s;
    return chart;
}

// Twenty bodies: a bar each, the first at the top.
inline Dz::ChartData manyBodiesChart()
{
    Dz::ChartData chart;
    chart.kind = Dz::ChartKind::HorizontalBar;
    chart.title = u"处罚案件（20个部门）"_s;
    Dz::ChartSeries cases;
    cases.name = u"处罚案件"_s;
    for (int i = 0; i < 20; ++i) {
        chart.categories.append(u"第%1部门 · 2024"_s.arg(i + 1));
        cases.values.append(i == 7 ? std::optional<double>() : std::optional<double>(100.0 + 37 * i));
        cases.labels.append(i == 7 ? u"未报告"_s : QString::number(100 + 37 * i));
    }
    chart.series = {cases};
    chart.valueAxisTitle = u"件"_s;
    return chart;
}

inline Dz::TableData districtTable(int rows)
{
    Dz::TableData table;
    table.title = u"各区指标对照"_s;
    table.header = {u"地区"_s, u"处罚案件（件）"_s, u"说明"_s};
    for (int i = 0; i < rows; ++i)
        table.rows.append({Districts.at(i % Districts.size()), i == 3 ? Dz::CellValue {} : Dz::CellValue {100.0 + i}, u"报告原文"_s});
    table.source = u"来源：各区报告"_s;
    return table;
}

// A title slide, the district chart native and as a picture, a table; then a
// line chart, horizontal bars and a true year axis, so every chart kind is in the deck.
inline Dz::PptxDeck sampleDeck()
{
    Dz::PptxDeck deck;
    deck.addTitleSlide(u"法治政府建设情况对照"_s, u"滨海 · 蓟州 · 海门 · 九龙坡 · 湖滨"_s);
    const auto native = deck.addChartSlide(districtChart(), Dz::ChartMode::Native);
    if (!native)
        qFatal("native chart: %s", qPrintable(native.error()));
    const auto picture = deck.addChartSlide(districtChart(), Dz::ChartMode::Picture, TinyPng);
    if (!picture)
        qFatal("picture chart: %s", qPrintable(picture.error()));
    const auto table = deck.addTableSlide(districtTable(5));
    if (!table)
        qFatal("table: %s", qPrintable(table.error()));
    if (!deck.addChartSlide(yearChart()))
        qFatal("line chart");
    if (!deck.addChartSlide(manyBodiesChart()))
        qFatal("horizontal bars");
    if (!deck.addChartSlide(yearAxisChart()))
        qFatal("year axis");
    return deck;
}

} // namespace OoxmlSamples
