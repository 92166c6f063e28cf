#include "export/ooxml/chartpart.h"

#include "export/ooxml/drawingtext.h"
#include "export/ooxml/ooxmlwriting.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

namespace
{

// A strong blue, then Okabe–Ito colours (vermilion, bluish green, reddish
// purple, orange, sky blue) and grey: series stay apart for readers with the
// common colour-vision deficiencies and in greyscale print.
const QStringList Palette {u"#1F77B4"_s, u"#D55E00"_s, u"#009E73"_s, u"#CC79A7"_s, u"#E69F00"_s, u"#56B4E9"_s, u"#7F7F7F"_s};

// The axes are linked by these ids inside one chart part only.
const QString CategoryAxisId = u"500000001"_s;
const QString ValueAxisId = u"500000002"_s;

const QString AxisLineColour = u"#BFBFBF"_s;
const QString GridLineColour = u"#E5E5E5"_s;
const QString TextColour = u"#404040"_s;

void writeLine(QXmlStreamWriter &w, const QString &colour, int width = 9525, const QString &dash = QString())
{
    w.writeStartElement(u"a:ln"_s);
    w.writeAttribute(u"w"_s, QString::number(width));
    if (colour.isEmpty()) {
        writeEmpty(w, u"a:noFill"_s);
    } else {
        writeSolidFill(w, colour);
        if (!dash.isEmpty())
            writeVal(w, u"a:prstDash"_s, dash);
    }
    w.writeEndElement();
}

// c:txPr: the font of axis labels, data labels and the legend.
void writeTextProperties(QXmlStreamWriter &w, int size, bool bold = false, const QString &rotation = QString())
{
    w.writeStartElement(u"c:txPr"_s);
    if (rotation.isEmpty())
        writeEmpty(w, u"a:bodyPr"_s);
    else
        writeEmpty(w, u"a:bodyPr"_s, {{u"rot"_s, rotation}, {u"vert"_s, u"horz"_s}});
    writeEmpty(w, u"a:lstStyle"_s);
    w.writeStartElement(u"a:p"_s);
    w.writeStartElement(u"a:pPr"_s);
    writeRunProperties(w, u"a:defRPr"_s, {size, bold, TextColour});
    w.writeEndElement();
    writeRunProperties(w, u"a:endParaRPr"_s, {size, bold, TextColour});
    w.writeEndElement(); // a:p
    w.writeEndElement(); // c:txPr
}

// c:tx with rich text, for a data label or an axis title; @p bodyAttributes
// turn it (rot) or set it upright (vert).
void writeRichText(QXmlStreamWriter &w, const QString &text, int size, bool bold = false, const Attributes &bodyAttributes = {})
{
    w.writeStartElement(u"c:tx"_s);
    w.writeStartElement(u"c:rich"_s);
    writeEmpty(w, u"a:bodyPr"_s, bodyAttributes);
    writeEmpty(w, u"a:lstStyle"_s);
    writeParagraphs(w, text, {size, bold, TextColour});
    w.writeEndElement();
    w.writeEndElement();
}

void writeStringCache(QXmlStreamWriter &w, const QString &formula, const QStringList &texts)
{
    w.writeStartElement(u"c:strRef"_s);
    w.writeTextElement(u"c:f"_s, formula);
    w.writeStartElement(u"c:strCache"_s);
    writeVal(w, u"c:ptCount"_s, QString::number(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        w.writeStartElement(u"c:pt"_s);
        w.writeAttribute(u"idx"_s, QString::number(i));
        writeTextElement(w, u"c:v"_s, texts[i]);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

// A gap is a point left out of the cache (ptCount still counts it), which
// with dispBlanksAs="gap" draws nothing: neither a zero bar nor a line to 0.
void writeNumberCache(QXmlStreamWriter &w, const QString &formula, const QList<std::optional<double>> &values)
{
    w.writeStartElement(u"c:numRef"_s);
    w.writeTextElement(u"c:f"_s, formula);
    w.writeStartElement(u"c:numCache"_s);
    w.writeTextElement(u"c:formatCode"_s, u"General"_s);
    writeVal(w, u"c:ptCount"_s, QString::number(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values[i])
            continue;
        w.writeStartElement(u"c:pt"_s);
        w.writeAttribute(u"idx"_s, QString::number(i));
        w.writeTextElement(u"c:v"_s, xmlNumber(*values[i]));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

// The fill of a bar: solid, or the series colour hatched on white for a
// lower bound or a partial scope, outlined so the bar's extent stays clear.
void writeBarFill(QXmlStreamWriter &w, const QString &colour, bool hatched)
{
    w.writeStartElement(u"c:spPr"_s);
    if (hatched) {
        w.writeStartElement(u"a:pattFill"_s);
        w.writeAttribute(u"prst"_s, u"wdUpDiag"_s);
        w.writeStartElement(u"a:fgClr"_s);
        writeVal(w, u"a:srgbClr"_s, srgb(colour));
        w.writeEndElement();
        w.writeStartElement(u"a:bgClr"_s);
        writeVal(w, u"a:srgbClr"_s, u"FFFFFF"_s);
        w.writeEndElement();
        w.writeEndElement();
        writeLine(w, colour, 12700);
    } else {
        writeSolidFill(w, colour);
        writeLine(w, QString());
    }
    w.writeEndElement();
}

// A line point: a hollow marker and a dashed segment into it when hatched.
void writeMarker(QXmlStreamWriter &w, const QString &colour, bool hollow)
{
    w.writeStartElement(u"c:marker"_s);
    writeVal(w, u"c:symbol"_s, u"circle"_s);
    writeVal(w, u"c:size"_s, u"7"_s);
    w.writeStartElement(u"c:spPr"_s);
    writeSolidFill(w, hollow ? u"#FFFFFF"_s : colour);
    writeLine(w, colour, 19050);
    w.writeEndElement();
    w.writeEndElement();
}

void writeLabelFlags(QXmlStreamWriter &w, const QString &position)
{
    writeVal(w, u"c:dLblPos"_s, position);
    writeVal(w, u"c:showLegendKey"_s, u"0"_s);
    writeVal(w, u"c:showVal"_s, u"1"_s);
    writeVal(w, u"c:showCatName"_s, u"0"_s);
    writeVal(w, u"c:showSerName"_s, u"0"_s);
    writeVal(w, u"c:showPercent"_s, u"0"_s);
    writeVal(w, u"c:showBubbleSize"_s, u"0"_s);
}

// A gap is a point left out of the cache, as for values.
void writePositionCache(QXmlStreamWriter &w, const QString &formula, const QList<double> &positions)
{
    QList<std::optional<double>> values;
    for (const double p : positions)
        values.append(p);
    w.writeStartElement(u"c:numRef"_s);
    w.writeTextElement(u"c:f"_s, formula);
    w.writeStartElement(u"c:numCache"_s);
    w.writeTextElement(u"c:formatCode"_s, u"0"_s);
    writeVal(w, u"c:ptCount"_s, QString::number(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        w.writeStartElement(u"c:pt"_s);
        w.writeAttribute(u"idx"_s, QString::number(i));
        w.writeTextElement(u"c:v"_s, xmlNumber(*values[i]));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

bool isLine(const ChartData &chart)
{
    return chart.kind == ChartKind::Line || chart.kind == ChartKind::YearLine;
}

// A series' own look (a line with markers, or bars) and the points whose
// look differs from it (an estimate hatched, a highlighted report).
void writeSeriesLook(QXmlStreamWriter &w, const ChartSeries &series, const QString &colour, bool line)
{
    if (line) {
        w.writeStartElement(u"c:spPr"_s);
        writeLine(w, colour, 28575);
        w.writeEndElement();
        writeMarker(w, colour, false);
    } else {
        writeBarFill(w, colour, false);
        writeVal(w, u"c:invertIfNegative"_s, u"0"_s);
    }

    // Scatter points take no c:invertIfNegative; bars and lines do as above.
    for (int i = 0; i < series.pointStyles.size(); ++i) {
        const ChartPointStyle &style = series.pointStyles[i];
        const QString fill = style.fill.isEmpty() ? colour : style.fill;
        if (fill.compare(colour, Qt::CaseInsensitive) == 0 && !style.hatched)
            continue;
        w.writeStartElement(u"c:dPt"_s);
        writeVal(w, u"c:idx"_s, QString::number(i));
        if (line) {
            writeMarker(w, fill, style.hatched);
            writeVal(w, u"c:bubble3D"_s, u"0"_s);
            w.writeStartElement(u"c:spPr"_s);
            writeLine(w, fill, 28575, style.hatched ? u"dash"_s : QString());
            w.writeEndElement();
        } else {
            writeVal(w, u"c:invertIfNegative"_s, u"0"_s);
            writeVal(w, u"c:bubble3D"_s, u"0"_s);
            writeBarFill(w, fill, style.hatched);
        }
        w.writeEndElement();
    }
}

// Data labels show the value, through a number format that carries the
// point's marks ("≥"0), so that they follow an edited value; typed text
// only where no format can say the label.
void writeDataLabels(QXmlStreamWriter &w, const ChartSeries &series, bool line)
{
    const QString position = line ? u"t"_s : u"outEnd"_s;
    w.writeStartElement(u"c:dLbls"_s);
    for (int i = 0; i < series.labels.size(); ++i) {
        if (series.labels[i].isEmpty() || !series.values[i] || series.labels[i] == xmlNumber(*series.values[i]))
            continue;
        w.writeStartElement(u"c:dLbl"_s);
        writeVal(w, u"c:idx"_s, QString::number(i));
        if (const auto format = dataLabelFormat(series.labels[i], *series.values[i]))
            writeEmpty(w, u"c:numFmt"_s, {{u"formatCode"_s, *format}, {u"sourceLinked"_s, u"0"_s}});
        else
            writeRichText(w, series.labels[i], 1200);
        writeLabelFlags(w, position);
        w.writeEndElement();
    }
    w.writeStartElement(u"c:spPr"_s);
    writeEmpty(w, u"a:noFill"_s);
    writeLine(w, QString());
    w.writeEndElement();
    writeTextProperties(w, 1200);
    writeLabelFlags(w, position);
    w.writeEndElement(); // c:dLbls
}

// The series' categories (or, on a year axis, the years themselves as x
// values) and its values, each cached beside its range in the embedded sheet.
void writeSeriesData(QXmlStreamWriter &w, const ChartData &chart, int index, const QStringList &categoryLabels)
{
    const int count = int(chart.categories.size());
    const QString sheet = ChartSheetName.toString();
    if (chart.kind == ChartKind::YearLine) {
        w.writeStartElement(u"c:xVal"_s);
        writePositionCache(w, rangeReference(sheet, 1, 0, count, 0), chart.positions);
        w.writeEndElement();
        w.writeStartElement(u"c:yVal"_s);
    } else {
        w.writeStartElement(u"c:cat"_s);
        writeStringCache(w, rangeReference(sheet, 1, 0, count, 0), categoryLabels);
        w.writeEndElement();
        w.writeStartElement(u"c:val"_s);
    }
    writeNumberCache(w, rangeReference(sheet, 1, index + 1, count, index + 1), chart.series[index].values);
    w.writeEndElement();
}

void writeSeries(QXmlStreamWriter &w, const ChartData &chart, int index, const QStringList &categoryLabels)
{
    const ChartSeries &series = chart.series[index];
    const bool line = isLine(chart);
    w.writeStartElement(u"c:ser"_s);
    writeVal(w, u"c:idx"_s, QString::number(index));
    writeVal(w, u"c:order"_s, QString::number(index));
    w.writeStartElement(u"c:tx"_s);
    writeStringCache(w, rangeReference(ChartSheetName.toString(), 0, index + 1, 0, index + 1), {series.name});
    w.writeEndElement();
    writeSeriesLook(w, series, seriesColour(chart, index), line);
    writeDataLabels(w, series, line);
    writeSeriesData(w, chart, index, categoryLabels);
    if (line)
        writeVal(w, u"c:smooth"_s, u"0"_s);
    w.writeEndElement(); // c:ser
}

// Where the value axis ends: 0 at the bottom always (a bar's length is its
// value: 6180 against 5567 must look like 6180 against 5567, not 3:1), and
// the top given when slides of one chart share it.
void writeValueScaling(QXmlStreamWriter &w, const ChartData &chart)
{
    w.writeStartElement(u"c:scaling"_s);
    writeVal(w, u"c:orientation"_s, u"minMax"_s);
    if (chart.valueAxisMaximum && *chart.valueAxisMaximum > 0)
        writeVal(w, u"c:max"_s, xmlNumber(*chart.valueAxisMaximum));
    writeVal(w, u"c:min"_s, u"0"_s);
    w.writeEndElement();
}

void writeValueAxisTitle(QXmlStreamWriter &w, const ChartData &chart, bool vertical)
{
    if (chart.valueAxisTitle.isEmpty())
        return;
    w.writeStartElement(u"c:title"_s);
    Attributes body;
    if (!vertical)
        body = {{u"rot"_s, u"0"_s}, {u"vert"_s, u"horz"_s}};
    else if (isUprightAxisTitle(chart.valueAxisTitle))
        body = {{u"rot"_s, u"0"_s}, {u"vert"_s, u"eaVert"_s}};
    else
        body = {{u"rot"_s, u"-5400000"_s}, {u"vert"_s, u"horz"_s}};
    writeRichText(w, chart.valueAxisTitle, 1200, false, body);
    writeVal(w, u"c:overlay"_s, u"0"_s);
    w.writeEndElement();
}

// A year chart's x axis: a value axis over the years, one tick a year.
void writeYearAxis(QXmlStreamWriter &w, const ChartData &chart)
{
    double first = chart.positions.isEmpty() ? 0 : chart.positions.constFirst();
    double last = first;
    for (const double p : chart.positions) {
        first = std::min(first, p);
        last = std::max(last, p);
    }
    w.writeStartElement(u"c:valAx"_s);
    writeVal(w, u"c:axId"_s, CategoryAxisId);
    w.writeStartElement(u"c:scaling"_s);
    writeVal(w, u"c:orientation"_s, u"minMax"_s);
    writeVal(w, u"c:max"_s, xmlNumber(last + 0.5));
    writeVal(w, u"c:min"_s, xmlNumber(first - 0.5));
    w.writeEndElement();
    writeVal(w, u"c:delete"_s, u"0"_s);
    writeVal(w, u"c:axPos"_s, u"b"_s);
    writeEmpty(w, u"c:numFmt"_s, {{u"formatCode"_s, u"0"_s}, {u"sourceLinked"_s, u"0"_s}});
    writeVal(w, u"c:majorTickMark"_s, u"out"_s);
    writeVal(w, u"c:minorTickMark"_s, u"none"_s);
    writeVal(w, u"c:tickLblPos"_s, u"nextTo"_s);
    w.writeStartElement(u"c:spPr"_s);
    writeLine(w, AxisLineColour);
    w.writeEndElement();
    writeTextProperties(w, 1200);
    writeVal(w, u"c:crossAx"_s, ValueAxisId);
    writeVal(w, u"c:crosses"_s, u"autoZero"_s);
    writeVal(w, u"c:crossBetween"_s, u"midCat"_s);
    writeVal(w, u"c:majorUnit"_s, u"1"_s);
    w.writeEndElement();
}

// The axis of the reports (or regions) compared.
void writeCategoryAxis(QXmlStreamWriter &w, bool horizontal)
{
    w.writeStartElement(u"c:catAx"_s);
    writeVal(w, u"c:axId"_s, CategoryAxisId);
    w.writeStartElement(u"c:scaling"_s);
    // Horizontal bars read from the top: the first category there.
    writeVal(w, u"c:orientation"_s, horizontal ? u"maxMin"_s : u"minMax"_s);
    w.writeEndElement();
    writeVal(w, u"c:delete"_s, u"0"_s);
    writeVal(w, u"c:axPos"_s, horizontal ? u"l"_s : u"b"_s);
    writeEmpty(w, u"c:numFmt"_s, {{u"formatCode"_s, u"General"_s}, {u"sourceLinked"_s, u"1"_s}});
    writeVal(w, u"c:majorTickMark"_s, u"none"_s);
    writeVal(w, u"c:minorTickMark"_s, u"none"_s);
    writeVal(w, u"c:tickLblPos"_s, u"nextTo"_s);
    w.writeStartElement(u"c:spPr"_s);
    writeLine(w, AxisLineColour);
    w.writeEndElement();
    writeTextProperties(w, horizontal ? 1000 : 1200);
    writeVal(w, u"c:crossAx"_s, ValueAxisId);
    writeVal(w, u"c:crosses"_s, u"autoZero"_s);
    writeVal(w, u"c:auto"_s, u"1"_s);
    writeVal(w, u"c:lblAlgn"_s, u"ctr"_s);
    writeVal(w, u"c:lblOffset"_s, u"100"_s);
    // Every report named: a renderer must not skip labels it finds crowded.
    writeVal(w, u"c:tickLblSkip"_s, u"1"_s);
    writeVal(w, u"c:noMultiLvlLbl"_s, u"0"_s);
    w.writeEndElement();
}

void writeValueAxis(QXmlStreamWriter &w, const ChartData &chart, bool horizontal, bool scatter)
{
    w.writeStartElement(u"c:valAx"_s);
    writeVal(w, u"c:axId"_s, ValueAxisId);
    writeValueScaling(w, chart);
    writeVal(w, u"c:delete"_s, u"0"_s);
    writeVal(w, u"c:axPos"_s, horizontal ? u"b"_s : u"l"_s);
    w.writeStartElement(u"c:majorGridlines"_s);
    w.writeStartElement(u"c:spPr"_s);
    writeLine(w, GridLineColour);
    w.writeEndElement();
    w.writeEndElement();
    writeValueAxisTitle(w, chart, !horizontal);
    writeEmpty(w, u"c:numFmt"_s, {{u"formatCode"_s, u"General"_s}, {u"sourceLinked"_s, u"1"_s}});
    writeVal(w, u"c:majorTickMark"_s, u"none"_s);
    writeVal(w, u"c:minorTickMark"_s, u"none"_s);
    writeVal(w, u"c:tickLblPos"_s, u"nextTo"_s);
    w.writeStartElement(u"c:spPr"_s);
    writeLine(w, QString());
    w.writeEndElement();
    writeTextProperties(w, 1100);
    writeVal(w, u"c:crossAx"_s, CategoryAxisId);
    // With the categories reversed (horizontal bars) the value axis belongs
    // at their far end, which is then the bottom.
    writeVal(w, u"c:crosses"_s, horizontal ? u"max"_s : u"autoZero"_s);
    writeVal(w, u"c:crossBetween"_s, scatter ? u"midCat"_s : u"between"_s);
    w.writeEndElement();
}

void writeAxes(QXmlStreamWriter &w, const ChartData &chart)
{
    const bool horizontal = chart.kind == ChartKind::HorizontalBar;
    const bool scatter = chart.kind == ChartKind::YearLine;
    if (scatter)
        writeYearAxis(w, chart);
    else
        writeCategoryAxis(w, horizontal);
    writeValueAxis(w, chart, horizontal, scatter);
}

} // namespace

std::optional<QString> dataLabelFormat(const QString &label, double value)
{
    static const QRegularExpression number(u"\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"_s);
    if (!std::isfinite(value) || value < 0)
        return std::nullopt;
    auto matches = number.globalMatch(label);
    if (!matches.hasNext())
        return std::nullopt;
    const QRegularExpressionMatch match = matches.next();
    if (matches.hasNext())
        return std::nullopt; // two numbers: a range, "100–200"
    const QString digits = match.captured();
    const QString prefix = label.left(match.capturedStart());
    const QString suffix = label.mid(match.capturedEnd());
    // A quote cannot be written inside a quoted literal, nor a lone backslash be trusted.
    if (prefix.contains(u'"') || suffix.contains(u'"') || prefix.contains(u'\\') || suffix.contains(u'\\'))
        return std::nullopt;
    const bool grouped = digits.contains(u',');
    const qsizetype point = digits.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(digits.size() - point - 1);
    QString plain = digits;
    plain.remove(u',');
    // The label must show this value, not a bound beside it ("≤300" on 250).
    if (QString::number(value, 'f', decimals) != plain)
        return std::nullopt;
    QString code = grouped ? u"#,##0"_s : u"0"_s;
    if (decimals > 0)
        code += u'.' + QString(decimals, u'0');
    if (!prefix.isEmpty())
        code.prepend(u'"' + prefix + u'"');
    if (!suffix.isEmpty())
        code.append(u'"' + suffix + u'"');
    return code;
}

bool isUprightAxisTitle(const QString &title)
{
    if (title.isEmpty())
        return false;
    for (const QChar c : title) {
        const QChar::Script script = c.script();
        if (script != QChar::Script_Han && script != QChar::Script_Hiragana && script != QChar::Script_Katakana && script != QChar::Script_Hangul && c != u'（'
            && c != u'）')
            return false;
    }
    return true;
}

QStringList chartCategoryLabels(const ChartData &chart)
{
    QStringList labels;
    for (qsizetype i = 0; i < chart.categories.size(); ++i) {
        QString label = chart.categories[i];
        const bool allGaps = std::all_of(chart.series.cbegin(), chart.series.cend(), [i](const ChartSeries &s) {
            return i < s.values.size() && !s.values[i];
        });
        const QString gapLabel = chart.series.isEmpty() ? QString() : chart.series.constFirst().labels.value(i);
        if (allGaps && !gapLabel.isEmpty())
            label += u'（' + gapLabel + u'）';
        labels.append(label);
    }
    return labels;
}

CellRows chartWorkbookRows(const ChartData &chart)
{
    CellRows rows;
    QList<CellValue> header {CellValue {}};
    for (const ChartSeries &s : chart.series)
        header.append(s.name);
    rows.append(header);
    const QStringList categories = chartCategoryLabels(chart);
    const bool years = chart.kind == ChartKind::YearLine;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        // A year axis takes its x values from the first column: the years as numbers.
        QList<CellValue> row {years ? CellValue {chart.positions.value(i)} : CellValue {categories[i]}};
        for (const ChartSeries &s : chart.series)
            row.append(s.values.value(i) ? CellValue {*s.values[i]} : CellValue {});
        rows.append(row);
    }
    return rows;
}

QString seriesColour(const ChartData &chart, int series)
{
    const QString &own = chart.series.at(series).colour;
    return own.isEmpty() ? Palette.at(series % Palette.size()) : own;
}

QByteArray chartPartXml(const ChartData &chart, const QString &workbookRelationship)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"c:chartSpace"_s);
    w.writeNamespace(Ns::c.toString(), u"c"_s);
    w.writeNamespace(Ns::a.toString(), u"a"_s);
    w.writeNamespace(Ns::r.toString(), u"r"_s);
    writeVal(w, u"c:date1904"_s, u"0"_s);
    writeVal(w, u"c:lang"_s, u"zh-CN"_s);
    writeVal(w, u"c:roundedCorners"_s, u"0"_s);

    w.writeStartElement(u"c:chart"_s);
    // The slide carries the title; a second one inside the chart would
    // repeat it (and a one-series chart would otherwise show the series name).
    writeVal(w, u"c:autoTitleDeleted"_s, u"1"_s);
    w.writeStartElement(u"c:plotArea"_s);
    writeEmpty(w, u"c:layout"_s);
    const bool line = chart.kind == ChartKind::Line;
    const bool scatter = chart.kind == ChartKind::YearLine;
    w.writeStartElement(scatter ? u"c:scatterChart"_s : line ? u"c:lineChart"_s : u"c:barChart"_s);
    if (scatter) {
        writeVal(w, u"c:scatterStyle"_s, u"lineMarker"_s);
    } else if (line) {
        writeVal(w, u"c:grouping"_s, u"standard"_s);
    } else {
        writeVal(w, u"c:barDir"_s, chart.kind == ChartKind::HorizontalBar ? u"bar"_s : u"col"_s);
        writeVal(w, u"c:grouping"_s, u"clustered"_s);
    }
    writeVal(w, u"c:varyColors"_s, u"0"_s);
    const QStringList categoryLabels = chartCategoryLabels(chart);
    for (int i = 0; i < chart.series.size(); ++i)
        writeSeries(w, chart, i, categoryLabels);
    if (line) {
        writeVal(w, u"c:marker"_s, u"1"_s);
    } else if (!scatter) {
        writeVal(w, u"c:gapWidth"_s, u"80"_s);
    }
    writeVal(w, u"c:axId"_s, CategoryAxisId);
    writeVal(w, u"c:axId"_s, ValueAxisId);
    w.writeEndElement(); // bar or line chart
    writeAxes(w, chart);
    w.writeStartElement(u"c:spPr"_s);
    writeEmpty(w, u"a:noFill"_s);
    writeLine(w, QString());
    w.writeEndElement();
    w.writeEndElement(); // c:plotArea

    if (chart.series.size() > 1) {
        w.writeStartElement(u"c:legend"_s);
        writeVal(w, u"c:legendPos"_s, u"b"_s);
        writeVal(w, u"c:overlay"_s, u"0"_s);
        writeTextProperties(w, 1200);
        w.writeEndElement();
    }
    writeVal(w, u"c:plotVisOnly"_s, u"1"_s);
    writeVal(w, u"c:dispBlanksAs"_s, u"gap"_s);
    w.writeEndElement(); // c:chart

    w.writeStartElement(u"c:spPr"_s);
    writeEmpty(w, u"a:noFill"_s);
    writeLine(w, QString());
    w.writeEndElement();
    writeTextProperties(w, 1200);
    w.writeStartElement(u"c:externalData"_s);
    w.writeAttribute(u"r:id"_s, workbookRelationship);
    writeVal(w, u"c:autoUpdate"_s, u"0"_s);
    w.writeEndElement();
    return part.finish();
}

} // namespace Dz::Internal
