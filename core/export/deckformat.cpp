#include "export/deckformat.h"

#include "export/deck.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QString kindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Line:
        return u"line"_s;
    case ChartKind::HorizontalBar:
        return u"horizontal_bar"_s;
    case ChartKind::YearLine:
        return u"year_line"_s;
    case ChartKind::ClusteredColumn:
        break;
    }
    return u"column"_s;
}

ChartKind kindFrom(const QString &name)
{
    for (const ChartKind kind : {ChartKind::ClusteredColumn, ChartKind::Line, ChartKind::HorizontalBar, ChartKind::YearLine}) {
        if (kindName(kind) == name)
            return kind;
    }
    return ChartKind::ClusteredColumn;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonValue cellToJson(const CellValue &cell)
{
    if (const auto *number = std::get_if<double>(&cell))
        return *number;
    if (const auto *text = std::get_if<QString>(&cell))
        return *text;
    return QJsonValue::Null;
}

CellValue cellFrom(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    return {};
}

} // namespace

QJsonObject DeckFormat::chartToJson(const ChartData &chart)
{
    QJsonArray series;
    for (const ChartSeries &s : chart.series) {
        QJsonArray values;
        for (const std::optional<double> &v : s.values)
            values.append(v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
        QJsonArray styles;
        for (const ChartPointStyle &style : s.pointStyles)
            styles.append(QJsonObject {{u"fill"_s, style.fill}, {u"hatched"_s, style.hatched}});
        series.append(
            QJsonObject {{u"name"_s, s.name}, {u"values"_s, values}, {u"labels"_s, strings(s.labels)}, {u"styles"_s, styles}, {u"colour"_s, s.colour}});
    }
    QJsonObject json {{u"kind"_s, kindName(chart.kind)}, {u"title"_s, chart.title}, {u"categories"_s, strings(chart.categories)}, {u"series"_s, series},
        {u"value_axis_title"_s, chart.valueAxisTitle}, {u"note"_s, chart.note}, {u"source"_s, chart.source}};
    if (!chart.positions.isEmpty()) {
        QJsonArray positions;
        for (const double p : chart.positions)
            positions.append(p);
        json.insert(u"positions"_s, positions);
    }
    if (chart.valueAxisMaximum)
        json.insert(u"value_axis_maximum"_s, *chart.valueAxisMaximum);
    return json;
}

ChartData DeckFormat::chartFromJson(const QJsonObject &json)
{
    ChartData chart;
    chart.kind = kindFrom(json.value(u"kind"_s).toString());
    chart.title = json.value(u"title"_s).toString();
    chart.categories = stringsFrom(json.value(u"categories"_s));
    for (const QJsonValue &value : json.value(u"series"_s).toArray()) {
        const QJsonObject o = value.toObject();
        ChartSeries s;
        s.name = o.value(u"name"_s).toString();
        for (const QJsonValue &v : o.value(u"values"_s).toArray())
            s.values.append(v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt);
        s.labels = stringsFrom(o.value(u"labels"_s));
        for (const QJsonValue &v : o.value(u"styles"_s).toArray())
            s.pointStyles.append({v.toObject().value(u"fill"_s).toString(), v.toObject().value(u"hatched"_s).toBool()});
        s.colour = o.value(u"colour"_s).toString();
        chart.series.append(s);
    }
    chart.valueAxisTitle = json.value(u"value_axis_title"_s).toString();
    chart.note = json.value(u"note"_s).toString();
    chart.source = json.value(u"source"_s).toString();
    for (const QJsonValue &v : json.value(u"positions"_s).toArray())
        chart.positions.append(v.toDouble());
    if (json.value(u"value_axis_maximum"_s).isDouble())
        chart.valueAxisMaximum = json.value(u"value_axis_maximum"_s).toDouble();
    return chart;
}

QJsonObject DeckFormat::tableToJson(const TableData &table)
{
    QJsonArray rows;
    for (const QList<CellValue> &row : table.rows) {
        QJsonArray cells;
        for (const CellValue &cell : row)
            cells.append(cellToJson(cell));
        rows.append(cells);
    }
    return {{u"title"_s, table.title}, {u"header"_s, strings(table.header)}, {u"rows"_s, rows}, {u"note"_s, table.note}, {u"source"_s, table.source}};
}

TableData DeckFormat::tableFromJson(const QJsonObject &json)
{
    TableData table;
    table.title = json.value(u"title"_s).toString();
    table.header = stringsFrom(json.value(u"header"_s));
    for (const QJsonValue &row : json.value(u"rows"_s).toArray()) {
        QList<CellValue> cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cellFrom(cell));
        table.rows.append(cells);
    }
    table.note = json.value(u"note"_s).toString();
    table.source = json.value(u"source"_s).toString();
    return table;
}

QJsonObject DeckFormat::toJson(const Deck &deck)
{
    QJsonArray slides;
    for (const DeckSlide &slide : deck.slides) {
        if (slide.kind == DeckSlide::Kind::Chart)
            slides.append(QJsonObject {{u"kind"_s, u"chart"_s}, {u"chart"_s, chartToJson(slide.chart)}});
        else
            slides.append(QJsonObject {{u"kind"_s, u"table"_s}, {u"table"_s, tableToJson(slide.table)}});
    }
    return {{u"format"_s, Version}, {u"title"_s, deck.title}, {u"subtitle"_s, deck.subtitle}, {u"slides"_s, slides}};
}

Result<Deck> DeckFormat::fromJson(const QJsonObject &json)
{
    Deck deck;
    if (json.isEmpty())
        return deck;
    if (json.value(u"format"_s).toInt() != Version)
        return Result<Deck>::failure(tr("The deck is in format %1, which this version of Duizhao does not read.").arg(json.value(u"format"_s).toInt()));
    deck.title = json.value(u"title"_s).toString();
    deck.subtitle = json.value(u"subtitle"_s).toString();
    const QJsonArray slides = json.value(u"slides"_s).toArray();
    for (int i = 0; i < slides.size(); ++i) {
        const QJsonObject o = slides.at(i).toObject();
        const QString kind = o.value(u"kind"_s).toString();
        if (kind == u"chart") {
            const ChartData chart = chartFromJson(o.value(u"chart"_s).toObject());
            if (const QString problem = chart.problem(); !problem.isEmpty())
                return Result<Deck>::failure(tr("Slide %1 of the deck: %2").arg(i + 2).arg(problem));
            deck.slides.append(DeckSlide::ofChart(chart));
        } else if (kind == u"table") {
            deck.slides.append(DeckSlide::ofTable(tableFromJson(o.value(u"table"_s).toObject())));
        } else {
            return Result<Deck>::failure(tr("Slide %1 of the deck is of no known kind (“%2”).").arg(i + 2).arg(kind));
        }
    }
    return deck;
}

} // namespace Dz
