#include "export/ooxml/docxdocument.h"

#include "export/filesaving.h"
#include "export/ooxml/deckparts.h"
#include "export/ooxml/ooxmlpackage.h"
#include "export/ooxml/ooxmlwriting.h"

#include <QLocale>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using namespace Internal;

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString WP = u"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"_s;
const QString Pic = u"http://schemas.openxmlformats.org/drawingml/2006/picture"_s;
const QString WordMl = u"application/vnd.openxmlformats-officedocument.wordprocessingml."_s;

// GB/T 9704-2012: 天头 37 mm, 订口 28 mm, a text block of 156 × 225 mm.
// In twentieths of a point (1 mm = 1440 / 25.4).
constexpr int MarginTop = 2098;
constexpr int MarginBottom = 1984;
constexpr int MarginInner = 1587;
constexpr int MarginOuter = 1474;
constexpr int HeaderDistance = 851;
constexpr int FooterDistance = 992;
constexpr qint64 EmuPerTwip = 635;

int textWidthTwips(DocxDocument::Orientation orientation)
{
    return orientation == DocxDocument::Orientation::Portrait ? DocxDocument::PageWidth - MarginInner - MarginOuter
                                                              : DocxDocument::PageHeight - MarginTop - MarginBottom;
}

int textHeightTwips(DocxDocument::Orientation orientation)
{
    return orientation == DocxDocument::Orientation::Portrait ? DocxDocument::PageHeight - MarginTop - MarginBottom
                                                              : DocxDocument::PageWidth - MarginInner - MarginOuter;
}

QString styleId(DocxDocument::Style style)
{
    switch (style) {
    case DocxDocument::Style::Body:
        return QString();
    case DocxDocument::Style::Title:
        return u"Title"_s;
    case DocxDocument::Style::Subtitle:
        return u"Subtitle"_s;
    case DocxDocument::Style::Note:
        return u"BriefNote"_s;
    case DocxDocument::Style::Source:
        return u"BriefSource"_s;
    case DocxDocument::Style::Caption:
        return u"Caption"_s;
    case DocxDocument::Style::Quote:
        return u"Quote"_s;
    }
    return QString();
}

QString bookmarkName(int heading)
{
    return u"_Toc"_s + QString::number(100000 + heading);
}

// <w:name w:val="…"/>: WordprocessingML qualifies its attributes.
void writeWVal(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    writeEmpty(w, name, {{u"w:val"_s, value}});
}

// One run of text; tabs and line ends inside become Word's own elements.
void writeRun(QXmlStreamWriter &w, const QString &text, bool bold = false)
{
    w.writeStartElement(u"w:r"_s);
    if (bold) {
        w.writeStartElement(u"w:rPr"_s);
        writeEmpty(w, u"w:b"_s);
        writeEmpty(w, u"w:bCs"_s);
        w.writeEndElement();
    }
    const QStringList pieces = xmlSafe(text).split(u'\t');
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            writeEmpty(w, u"w:tab"_s);
        if (pieces[i].isEmpty())
            continue;
        w.writeStartElement(u"w:t"_s);
        w.writeAttribute(u"xml:space"_s, u"preserve"_s);
        w.writeCharacters(pieces[i]);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeFieldChar(QXmlStreamWriter &w, const QString &type)
{
    w.writeStartElement(u"w:r"_s);
    writeEmpty(w, u"w:fldChar"_s, {{u"w:fldCharType"_s, type}});
    w.writeEndElement();
}

void writeInstruction(QXmlStreamWriter &w, const QString &instruction)
{
    w.writeStartElement(u"w:r"_s);
    w.writeStartElement(u"w:instrText"_s);
    w.writeAttribute(u"xml:space"_s, u"preserve"_s);
    w.writeCharacters(instruction);
    w.writeEndElement();
    w.writeEndElement();
}

/// A field with its instruction and the result shown until it is updated.
void writeField(QXmlStreamWriter &w, const QString &instruction, const QString &result)
{
    writeFieldChar(w, u"begin"_s);
    writeInstruction(w, instruction);
    writeFieldChar(w, u"separate"_s);
    writeRun(w, result);
    writeFieldChar(w, u"end"_s);
}

void writeParagraphStyle(QXmlStreamWriter &w, const QString &style)
{
    if (style.isEmpty())
        return;
    w.writeStartElement(u"w:pPr"_s);
    writeWVal(w, u"w:pStyle"_s, style);
    w.writeEndElement();
}

void writeParagraph(QXmlStreamWriter &w, const QString &text, DocxDocument::Style style, const QString &otherStyle = QString())
{
    w.writeStartElement(u"w:p"_s);
    writeParagraphStyle(w, otherStyle.isEmpty() ? styleId(style) : otherStyle);
    if (!text.isEmpty())
        writeRun(w, text);
    w.writeEndElement();
}

void writeSectionProperties(QXmlStreamWriter &w, DocxDocument::Orientation orientation, bool first)
{
    const bool portrait = orientation == DocxDocument::Orientation::Portrait;
    w.writeStartElement(u"w:sectPr"_s);
    writeEmpty(w, u"w:footerReference"_s, {{u"w:type"_s, u"default"_s}, {u"r:id"_s, u"rIdFooter"_s}});
    Attributes size {{u"w:w"_s, QString::number(portrait ? DocxDocument::PageWidth : DocxDocument::PageHeight)},
        {u"w:h"_s, QString::number(portrait ? DocxDocument::PageHeight : DocxDocument::PageWidth)}};
    if (!portrait)
        size.append({u"w:orient"_s, u"landscape"_s});
    writeEmpty(w, u"w:pgSz"_s, size);
    // Landscape pages turn the portrait margins with them: the binding side stays at the top.
    writeEmpty(w, u"w:pgMar"_s,
        {{u"w:top"_s, QString::number(portrait ? MarginTop : MarginInner)}, {u"w:right"_s, QString::number(portrait ? MarginOuter : MarginBottom)},
            {u"w:bottom"_s, QString::number(portrait ? MarginBottom : MarginOuter)}, {u"w:left"_s, QString::number(portrait ? MarginInner : MarginTop)},
            {u"w:header"_s, QString::number(HeaderDistance)}, {u"w:footer"_s, QString::number(FooterDistance)}, {u"w:gutter"_s, u"0"_s}});
    writeEmpty(w, u"w:cols"_s, {{u"w:space"_s, u"425"_s}});
    // The title page carries no page number.
    if (first)
        writeEmpty(w, u"w:titlePg"_s);
    w.writeEndElement();
}

// Column widths in twips: Chinese characters count double, long cells wrap
// rather than starve the other columns.
// Numbers as the workbench shows them: no group separators ("182536").
QString numberText(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QList<int> columnWidths(const TableData &table, qsizetype columns, int total)
{
    const auto weight = [](const QString &text) {
        double sum = 0;
        for (const QChar ch : text)
            sum += ch.unicode() >= 0x2E80 ? 2.0 : 1.0;
        return sum;
    };
    QList<double> weights(columns, 4.0);
    for (qsizetype c = 0; c < table.header.size(); ++c)
        weights[c] = std::max(weights[c], std::min(weight(table.header[c]), 16.0));
    for (const QList<CellValue> &row : table.rows) {
        for (qsizetype c = 0; c < row.size() && c < columns; ++c) {
            if (const auto *s = std::get_if<QString>(&row[c]))
                weights[c] = std::max(weights[c], weight(*s));
            else if (const auto *d = std::get_if<double>(&row[c]))
                weights[c] = std::max(weights[c], weight(numberText(*d)));
        }
    }
    double sum = 0;
    for (double &w : weights) {
        w = std::min(w, 40.0);
        sum += w;
    }
    QList<int> widths;
    int used = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        const int width = c + 1 == columns ? total - used : int(total * weights[c] / sum);
        widths.append(width);
        used += width;
    }
    return widths;
}

// A figure as a table shows it (200, ≥175, 4*, 6–7, 182536 ✎, —): right
// aligned like the numbers it stands beside.
bool looksLikeFigure(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (!first.isDigit() && first != u'≥' && first != u'≈' && first != u'≤' && first != u'—')
        return false;
    return std::none_of(text.cbegin(), text.cend(), [](QChar ch) {
        return ch.unicode() >= 0x2E80 && ch != u'✎';
    });
}

void writeCell(QXmlStreamWriter &w, const CellValue &cell, int width, bool header)
{
    QString text;
    bool number = false;
    if (const auto *s = std::get_if<QString>(&cell)) {
        text = *s;
        number = looksLikeFigure(text);
    } else if (const auto *d = std::get_if<double>(&cell)) {
        text = numberText(*d);
        number = true;
    }
    w.writeStartElement(u"w:tc"_s);
    w.writeStartElement(u"w:tcPr"_s);
    writeEmpty(w, u"w:tcW"_s, {{u"w:w"_s, QString::number(width)}, {u"w:type"_s, u"dxa"_s}});
    if (header)
        writeEmpty(w, u"w:shd"_s, {{u"w:val"_s, u"clear"_s}, {u"w:color"_s, u"auto"_s}, {u"w:fill"_s, u"D9E2F3"_s}});
    writeWVal(w, u"w:vAlign"_s, u"center"_s);
    w.writeEndElement();
    // One paragraph per line of the cell; a cell always holds at least one.
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        w.writeStartElement(u"w:p"_s);
        w.writeStartElement(u"w:pPr"_s);
        writeWVal(w, u"w:pStyle"_s, u"TableText"_s);
        // Figures line up on their last digit.
        if (number)
            writeWVal(w, u"w:jc"_s, u"right"_s);
        else if (header)
            writeWVal(w, u"w:jc"_s, u"center"_s);
        w.writeEndElement();
        if (!line.isEmpty())
            writeRun(w, line, header);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeTable(QXmlStreamWriter &w, const TableData &table, int textWidth)
{
    qsizetype columns = table.header.size();
    for (const QList<CellValue> &row : table.rows)
        columns = std::max(columns, row.size());
    const QList<int> widths = columnWidths(table, columns, textWidth);

    w.writeStartElement(u"w:tbl"_s);
    w.writeStartElement(u"w:tblPr"_s);
    writeEmpty(w, u"w:tblW"_s, {{u"w:w"_s, QString::number(textWidth)}, {u"w:type"_s, u"dxa"_s}});
    writeWVal(w, u"w:jc"_s, u"center"_s);
    w.writeStartElement(u"w:tblBorders"_s);
    for (const QString &side : {u"top"_s, u"left"_s, u"bottom"_s, u"right"_s, u"insideH"_s, u"insideV"_s})
        writeEmpty(w, u"w:"_s + side, {{u"w:val"_s, u"single"_s}, {u"w:sz"_s, u"4"_s}, {u"w:space"_s, u"0"_s}, {u"w:color"_s, u"808080"_s}});
    w.writeEndElement();
    writeEmpty(w, u"w:tblLayout"_s, {{u"w:type"_s, u"fixed"_s}});
    w.writeStartElement(u"w:tblCellMar"_s);
    writeEmpty(w, u"w:left"_s, {{u"w:w"_s, u"85"_s}, {u"w:type"_s, u"dxa"_s}});
    writeEmpty(w, u"w:right"_s, {{u"w:w"_s, u"85"_s}, {u"w:type"_s, u"dxa"_s}});
    w.writeEndElement();
    writeEmpty(w, u"w:tblLook"_s,
        {{u"w:val"_s, u"04A0"_s}, {u"w:firstRow"_s, u"1"_s}, {u"w:lastRow"_s, u"0"_s}, {u"w:firstColumn"_s, u"1"_s}, {u"w:lastColumn"_s, u"0"_s},
            {u"w:noHBand"_s, u"0"_s}, {u"w:noVBand"_s, u"1"_s}});
    w.writeEndElement(); // w:tblPr
    w.writeStartElement(u"w:tblGrid"_s);
    for (const int width : widths)
        writeEmpty(w, u"w:gridCol"_s, {{u"w:w"_s, QString::number(width)}});
    w.writeEndElement();

    const auto row = [&](const QList<CellValue> &cells, bool header) {
        w.writeStartElement(u"w:tr"_s);
        w.writeStartElement(u"w:trPr"_s);
        writeEmpty(w, u"w:cantSplit"_s);
        if (header)
            writeEmpty(w, u"w:tblHeader"_s);
        w.writeEndElement();
        for (qsizetype c = 0; c < columns; ++c)
            writeCell(w, cells.value(c), widths[c], header);
        w.writeEndElement();
    };
    if (!table.header.isEmpty()) {
        QList<CellValue> cells;
        for (const QString &title : table.header)
            cells.append(title);
        row(cells, true);
    }
    for (const QList<CellValue> &cells : table.rows)
        row(cells, false);
    w.writeEndElement(); // w:tbl
}

void writePicture(QXmlStreamWriter &w, int number, qint64 width, qint64 height, const QString &description)
{
    const QString id = QString::number(number);
    w.writeStartElement(u"w:p"_s);
    writeParagraphStyle(w, u"Figure"_s);
    w.writeStartElement(u"w:r"_s);
    w.writeStartElement(u"w:drawing"_s);
    w.writeStartElement(u"wp:inline"_s);
    for (const QString &distance : {u"distT"_s, u"distB"_s, u"distL"_s, u"distR"_s})
        w.writeAttribute(distance, u"0"_s);
    writeEmpty(w, u"wp:extent"_s, {{u"cx"_s, QString::number(width)}, {u"cy"_s, QString::number(height)}});
    writeEmpty(w, u"wp:effectExtent"_s, {{u"l"_s, u"0"_s}, {u"t"_s, u"0"_s}, {u"r"_s, u"0"_s}, {u"b"_s, u"0"_s}});
    writeEmpty(w, u"wp:docPr"_s, {{u"id"_s, id}, {u"name"_s, u"Picture "_s + id}, {u"descr"_s, xmlSafe(description)}});
    w.writeStartElement(u"wp:cNvGraphicFramePr"_s);
    writeEmpty(w, u"a:graphicFrameLocks"_s, {{u"noChangeAspect"_s, u"1"_s}});
    w.writeEndElement();
    w.writeStartElement(u"a:graphic"_s);
    w.writeStartElement(u"a:graphicData"_s);
    w.writeAttribute(u"uri"_s, Pic);
    w.writeStartElement(u"pic:pic"_s);
    w.writeStartElement(u"pic:nvPicPr"_s);
    writeEmpty(w, u"pic:cNvPr"_s, {{u"id"_s, u"0"_s}, {u"name"_s, u"image"_s + id + u".png"_s}, {u"descr"_s, xmlSafe(description)}});
    writeEmpty(w, u"pic:cNvPicPr"_s);
    w.writeEndElement();
    w.writeStartElement(u"pic:blipFill"_s);
    writeEmpty(w, u"a:blip"_s, {{u"r:embed"_s, u"rIdImage"_s + id}});
    w.writeStartElement(u"a:stretch"_s);
    writeEmpty(w, u"a:fillRect"_s);
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(u"pic:spPr"_s);
    w.writeStartElement(u"a:xfrm"_s);
    writeEmpty(w, u"a:off"_s, {{u"x"_s, u"0"_s}, {u"y"_s, u"0"_s}});
    writeEmpty(w, u"a:ext"_s, {{u"cx"_s, QString::number(width)}, {u"cy"_s, QString::number(height)}});
    w.writeEndElement();
    w.writeStartElement(u"a:prstGeom"_s);
    w.writeAttribute(u"prst"_s, u"rect"_s);
    writeEmpty(w, u"a:avLst"_s);
    w.writeEndElement();
    w.writeEndElement(); // pic:spPr
    w.writeEndElement(); // pic:pic
    w.writeEndElement(); // a:graphicData
    w.writeEndElement(); // a:graphic
    w.writeEndElement(); // wp:inline
    w.writeEndElement(); // w:drawing
    w.writeEndElement(); // w:r
    w.writeEndElement(); // w:p
}

// --- the fixed parts ---

struct RunFormat {
    QString eastAsia; ///< empty: the document's default (仿宋)
    int halfPoints = 0; ///< 0: the default size
    bool bold = false;
    QString colour;
};

struct ParagraphFormat {
    bool indent = false; ///< two characters in
    bool exactLine = false; ///< the 28-point line of 公文 body text
    QString align;
    int before = 0; ///< twips
    int after = 0;
    bool keepNext = false;
    int outline = -1;
};

void writeStyle(QXmlStreamWriter &w, const QString &id, const QString &name, const ParagraphFormat &p, const RunFormat &r, bool isDefault = false)
{
    w.writeStartElement(u"w:style"_s);
    w.writeAttribute(u"w:type"_s, u"paragraph"_s);
    if (isDefault)
        w.writeAttribute(u"w:default"_s, u"1"_s);
    w.writeAttribute(u"w:styleId"_s, id);
    writeWVal(w, u"w:name"_s, name);
    if (!isDefault)
        writeWVal(w, u"w:basedOn"_s, u"Normal"_s);
    writeWVal(w, u"w:next"_s, u"Normal"_s);
    writeEmpty(w, u"w:qFormat"_s);
    w.writeStartElement(u"w:pPr"_s);
    if (p.keepNext)
        writeEmpty(w, u"w:keepNext"_s);
    if (p.exactLine)
        writeEmpty(w, u"w:spacing"_s,
            {{u"w:before"_s, QString::number(p.before)}, {u"w:after"_s, QString::number(p.after)}, {u"w:line"_s, u"560"_s}, {u"w:lineRule"_s, u"exact"_s}});
    else
        writeEmpty(w, u"w:spacing"_s,
            {{u"w:before"_s, QString::number(p.before)}, {u"w:after"_s, QString::number(p.after)}, {u"w:line"_s, u"264"_s}, {u"w:lineRule"_s, u"auto"_s}});
    if (p.indent)
        writeEmpty(w, u"w:ind"_s, {{u"w:firstLineChars"_s, u"200"_s}, {u"w:firstLine"_s, u"640"_s}});
    else
        writeEmpty(w, u"w:ind"_s, {{u"w:firstLineChars"_s, u"0"_s}, {u"w:firstLine"_s, u"0"_s}});
    if (!p.align.isEmpty())
        writeWVal(w, u"w:jc"_s, p.align);
    if (p.outline >= 0)
        writeWVal(w, u"w:outlineLvl"_s, QString::number(p.outline));
    w.writeEndElement();
    w.writeStartElement(u"w:rPr"_s);
    if (!r.eastAsia.isEmpty())
        writeEmpty(w, u"w:rFonts"_s, {{u"w:eastAsia"_s, r.eastAsia}});
    if (r.bold) {
        writeEmpty(w, u"w:b"_s);
        writeEmpty(w, u"w:bCs"_s);
    }
    if (!r.colour.isEmpty())
        writeWVal(w, u"w:color"_s, r.colour);
    if (r.halfPoints > 0) {
        writeWVal(w, u"w:sz"_s, QString::number(r.halfPoints));
        writeWVal(w, u"w:szCs"_s, QString::number(r.halfPoints));
    }
    w.writeEndElement();
    w.writeEndElement();
}

QByteArray stylesXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:styles"_s);
    w.writeNamespace(W, u"w"_s);
    w.writeStartElement(u"w:docDefaults"_s);
    w.writeStartElement(u"w:rPrDefault"_s);
    w.writeStartElement(u"w:rPr"_s);
    writeEmpty(w, u"w:rFonts"_s,
        {{u"w:ascii"_s, u"Times New Roman"_s}, {u"w:hAnsi"_s, u"Times New Roman"_s}, {u"w:eastAsia"_s, u"仿宋"_s}, {u"w:cs"_s, u"Times New Roman"_s}});
    writeWVal(w, u"w:kern"_s, u"2"_s);
    writeWVal(w, u"w:sz"_s, u"32"_s); // 三号, 16 points
    writeWVal(w, u"w:szCs"_s, u"32"_s);
    writeEmpty(w, u"w:lang"_s, {{u"w:val"_s, u"en-US"_s}, {u"w:eastAsia"_s, u"zh-CN"_s}, {u"w:bidi"_s, u"ar-SA"_s}});
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(u"w:pPrDefault"_s);
    w.writeStartElement(u"w:pPr"_s);
    writeEmpty(w, u"w:widowControl"_s);
    writeWVal(w, u"w:jc"_s, u"both"_s);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // w:docDefaults

    const QString hei = u"黑体"_s;
    const QString kai = u"楷体"_s;
    const QString song = u"宋体"_s;
    writeStyle(w, u"Normal"_s, u"Normal"_s, {true, true, QString(), 0, 0, false, -1}, {}, true);
    writeStyle(w, u"Title"_s, u"Title"_s, {false, false, u"center"_s, 1200, 240, false, -1}, {song, 44, true, QString()});
    writeStyle(w, u"Subtitle"_s, u"Subtitle"_s, {false, false, u"center"_s, 120, 600, false, -1}, {kai, 32, false, QString()});
    writeStyle(w, u"Heading1"_s, u"heading 1"_s, {true, true, QString(), 120, 0, true, 0}, {hei, 32, false, QString()});
    writeStyle(w, u"Heading2"_s, u"heading 2"_s, {true, true, QString(), 0, 0, true, 1}, {kai, 32, true, QString()});
    writeStyle(w, u"TOCHeading"_s, u"TOC Heading"_s, {false, false, u"center"_s, 240, 240, false, -1}, {hei, 32, false, QString()});
    writeStyle(w, u"TOC1"_s, u"toc 1"_s, {false, false, QString(), 60, 0, false, -1}, {QString(), 28, false, QString()});
    writeStyle(w, u"TOC2"_s, u"toc 2"_s, {false, false, QString(), 0, 0, false, -1}, {QString(), 28, false, QString()});
    writeStyle(w, u"Caption"_s, u"caption"_s, {false, false, u"center"_s, 240, 120, true, -1}, {hei, 24, false, QString()});
    writeStyle(w, u"TableText"_s, u"Table Text"_s, {false, false, u"left"_s, 0, 0, false, -1}, {song, 20, false, QString()});
    writeStyle(w, u"Figure"_s, u"Figure"_s, {false, false, u"center"_s, 120, 60, true, -1}, {});
    writeStyle(w, u"BriefNote"_s, u"Note"_s, {false, false, u"left"_s, 60, 0, false, -1}, {QString(), 21, false, u"595959"_s});
    writeStyle(w, u"BriefSource"_s, u"Source"_s, {false, false, u"left"_s, 0, 120, false, -1}, {QString(), 18, false, u"7F7F7F"_s});
    writeStyle(w, u"Quote"_s, u"Quote"_s, {false, false, QString(), 60, 0, false, -1}, {kai, 28, false, u"404040"_s});
    writeStyle(w, u"Footer"_s, u"footer"_s, {false, false, u"center"_s, 0, 0, false, -1}, {song, 28, false, QString()});
    return part.finish();
}

QByteArray fontTableXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:fonts"_s);
    w.writeNamespace(W, u"w"_s);
    struct Font {
        QString name;
        QString alternative;
        QString family;
        QString pitch;
    };
    // charset 86 is GB2312: a Chinese face replaces a missing one.
    const QList<Font> fonts {{u"仿宋"_s, u"FangSong"_s, u"modern"_s, u"fixed"_s}, {u"黑体"_s, u"SimHei"_s, u"modern"_s, u"fixed"_s},
        {u"楷体"_s, u"KaiTi"_s, u"modern"_s, u"fixed"_s}, {u"宋体"_s, u"SimSun"_s, u"auto"_s, u"variable"_s}};
    for (const Font &font : fonts) {
        w.writeStartElement(u"w:font"_s);
        w.writeAttribute(u"w:name"_s, font.name);
        writeWVal(w, u"w:altName"_s, font.alternative);
        writeWVal(w, u"w:charset"_s, u"86"_s);
        writeWVal(w, u"w:family"_s, font.family);
        writeWVal(w, u"w:pitch"_s, font.pitch);
        w.writeEndElement();
    }
    w.writeStartElement(u"w:font"_s);
    w.writeAttribute(u"w:name"_s, u"Times New Roman"_s);
    writeWVal(w, u"w:charset"_s, u"00"_s);
    writeWVal(w, u"w:family"_s, u"roman"_s);
    writeWVal(w, u"w:pitch"_s, u"variable"_s);
    w.writeEndElement();
    return part.finish();
}

QByteArray settingsXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:settings"_s);
    w.writeNamespace(W, u"w"_s);
    writeEmpty(w, u"w:zoom"_s, {{u"w:percent"_s, u"100"_s}});
    writeWVal(w, u"w:defaultTabStop"_s, u"420"_s);
    writeWVal(w, u"w:characterSpacingControl"_s, u"compressPunctuation"_s);
    // Word fills in the table of contents' page numbers when the document opens.
    writeWVal(w, u"w:updateFields"_s, u"true"_s);
    w.writeStartElement(u"w:compat"_s);
    writeEmpty(
        w, u"w:compatSetting"_s, {{u"w:name"_s, u"compatibilityMode"_s}, {u"w:uri"_s, u"http://schemas.microsoft.com/office/word"_s}, {u"w:val"_s, u"15"_s}});
    w.writeEndElement();
    return part.finish();
}

QByteArray footerXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:ftr"_s);
    w.writeNamespace(W, u"w"_s);
    w.writeNamespace(Ns::r.toString(), u"r"_s);
    w.writeStartElement(u"w:p"_s);
    writeParagraphStyle(w, u"Footer"_s);
    // "— 3 —", as official documents number their pages.
    writeRun(w, u"— "_s);
    writeField(w, u" PAGE "_s, u"1"_s);
    writeRun(w, u" —"_s);
    w.writeEndElement();
    return part.finish();
}

QByteArray appXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"Properties"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s);
    w.writeNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"_s, u"vt"_s);
    w.writeTextElement(u"Application"_s, u"Duizhao"_s);
    return part.finish();
}

} // namespace

void DocxDocument::addParagraph(const QString &text, Style style)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        m_blocks.append({Block::Kind::Paragraph, line, style, 0, {}, m_orientation, 0, 0});
}

void DocxDocument::addHeading(const QString &text, int level)
{
    m_blocks.append({Block::Kind::Heading, QString(text).replace(u'\n', u' '), Style::Body, std::clamp(level, 1, 2), {}, m_orientation, 0, 0});
}

void DocxDocument::addTableOfContents(const QString &title)
{
    m_blocks.append({Block::Kind::Contents, title, Style::Body, 0, {}, m_orientation, 0, 0});
}

Result<> DocxDocument::addTable(const TableData &table)
{
    qsizetype columns = table.header.size();
    for (const QList<CellValue> &row : table.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return Result<>::failure(tr("The table “%1” has no columns.").arg(table.title));
    m_blocks.append({Block::Kind::Table, QString(), Style::Body, 0, table, m_orientation, 0, 0});
    return {};
}

Result<> DocxDocument::addPicture(const QByteArray &png, const QString &description, double width)
{
    const auto size = pngSize(png);
    if (!size)
        return Result<>::failure(tr("The picture “%1” is not a PNG image.").arg(description));
    const qint64 maxWidth = qint64(textWidthEmu() * std::clamp(width, 0.1, 1.0));
    const qint64 maxHeight = qint64(textHeightTwips(m_orientation)) * EmuPerTwip / 2;
    const double scale = std::min(double(maxWidth) / size->first, double(maxHeight) / size->second);
    m_pictures.append(png);
    m_blocks.append(
        {Block::Kind::Picture, description, Style::Body, int(m_pictures.size()), {}, m_orientation, qint64(size->first * scale), qint64(size->second * scale)});
    return {};
}

void DocxDocument::addPageBreak()
{
    m_blocks.append({Block::Kind::PageBreak, QString(), Style::Body, 0, {}, m_orientation, 0, 0});
}

void DocxDocument::setOrientation(Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    // The section that ends here keeps the orientation it had.
    m_blocks.append({Block::Kind::Section, QString(), Style::Body, 0, {}, m_orientation, 0, 0});
    m_orientation = orientation;
}

qint64 DocxDocument::textWidthEmu() const
{
    return qint64(textWidthTwips(m_orientation)) * EmuPerTwip;
}

void DocxDocument::setTitle(const QString &title)
{
    m_title = title;
}

void DocxDocument::setCreated(const QDateTime &created)
{
    m_created = created;
}

int DocxDocument::headingCount() const
{
    return int(std::count_if(m_blocks.cbegin(), m_blocks.cend(), [](const Block &b) {
        return b.kind == Block::Kind::Heading;
    }));
}

int DocxDocument::tableCount() const
{
    return int(std::count_if(m_blocks.cbegin(), m_blocks.cend(), [](const Block &b) {
        return b.kind == Block::Kind::Table;
    }));
}

QByteArray DocxDocument::documentXml() const
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:document"_s);
    w.writeNamespace(W, u"w"_s);
    w.writeNamespace(Ns::r.toString(), u"r"_s);
    w.writeNamespace(WP, u"wp"_s);
    w.writeNamespace(Ns::a.toString(), u"a"_s);
    w.writeNamespace(Pic, u"pic"_s);
    w.writeStartElement(u"w:body"_s);

    QList<const Block *> headings;
    for (const Block &block : m_blocks) {
        if (block.kind == Block::Kind::Heading)
            headings.append(&block);
    }

    int heading = 0;
    bool firstSection = true;
    for (const Block &block : m_blocks) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
            writeParagraph(w, block.text, block.style);
            break;
        case Block::Kind::Heading: {
            ++heading;
            w.writeStartElement(u"w:p"_s);
            writeParagraphStyle(w, u"Heading"_s + QString::number(block.level));
            const QString id = QString::number(heading);
            writeEmpty(w, u"w:bookmarkStart"_s, {{u"w:id"_s, id}, {u"w:name"_s, bookmarkName(heading)}});
            writeRun(w, block.text);
            writeEmpty(w, u"w:bookmarkEnd"_s, {{u"w:id"_s, id}});
            w.writeEndElement();
            break;
        }
        case Block::Kind::Contents: {
            // The headings, each linked to its bookmark with its page as a
            // PAGEREF field: LibreOffice computes those as it lays the pages
            // out and Word updates them on opening (updateFields). A TOC
            // field would not do: LibreOffice shows a TOC field's stored
            // result, whose page numbers a file written here cannot know.
            writeParagraph(w, block.text, Style::Body, u"TOCHeading"_s);
            const QString tabStop = QString::number(textWidthTwips(block.orientation));
            for (qsizetype i = 0; i < headings.size(); ++i) {
                const Block &entry = *headings[i];
                const QString bookmark = bookmarkName(int(i + 1));
                w.writeStartElement(u"w:p"_s);
                w.writeStartElement(u"w:pPr"_s);
                writeWVal(w, u"w:pStyle"_s, u"TOC"_s + QString::number(entry.level));
                w.writeStartElement(u"w:tabs"_s);
                writeEmpty(w, u"w:tab"_s, {{u"w:val"_s, u"right"_s}, {u"w:leader"_s, u"dot"_s}, {u"w:pos"_s, tabStop}});
                w.writeEndElement();
                if (entry.level == 2)
                    writeEmpty(w, u"w:ind"_s, {{u"w:leftChars"_s, u"200"_s}, {u"w:left"_s, u"560"_s}});
                w.writeEndElement();
                w.writeStartElement(u"w:hyperlink"_s);
                w.writeAttribute(u"w:anchor"_s, bookmark);
                w.writeAttribute(u"w:history"_s, u"1"_s);
                writeRun(w, entry.text);
                w.writeEndElement(); // w:hyperlink
                writeRun(w, u"\t"_s);
                writeField(w, u" PAGEREF "_s + bookmark + u" \\h "_s, QString());
                w.writeEndElement(); // w:p
            }
            break;
        }
        case Block::Kind::Table:
            if (!block.table.title.isEmpty())
                writeParagraph(w, block.table.title, Style::Caption);
            writeTable(w, block.table, textWidthTwips(block.orientation));
            // A paragraph always follows, so two tables never run together.
            writeParagraph(w, block.table.note, Style::Note);
            if (!block.table.source.isEmpty())
                writeParagraph(w, block.table.source, Style::Source);
            break;
        case Block::Kind::Picture:
            writePicture(w, block.level, block.width, block.height, block.text);
            break;
        case Block::Kind::PageBreak:
            w.writeStartElement(u"w:p"_s);
            w.writeStartElement(u"w:r"_s);
            writeEmpty(w, u"w:br"_s, {{u"w:type"_s, u"page"_s}});
            w.writeEndElement();
            w.writeEndElement();
            break;
        case Block::Kind::Section:
            w.writeStartElement(u"w:p"_s);
            w.writeStartElement(u"w:pPr"_s);
            writeSectionProperties(w, block.orientation, std::exchange(firstSection, false));
            w.writeEndElement();
            w.writeEndElement();
            break;
        }
    }
    writeSectionProperties(w, m_orientation, firstSection);
    return part.finish();
}

Result<QByteArray> DocxDocument::toBytes() const
{
    OoxmlPackage package;
    package.setCreated(m_created);
    const QString document = u"word/document.xml"_s;
    package.addRelationship(QString(), RelType::officeDocument, document);
    package.addRelationship(QString(), RelType::coreProperties, u"docProps/core.xml"_s);
    package.addRelationship(QString(), RelType::extendedProperties, u"docProps/app.xml"_s);
    QString title = m_title;
    for (qsizetype i = 0; i < m_blocks.size() && title.isEmpty(); ++i) {
        if (m_blocks[i].kind == Block::Kind::Paragraph && m_blocks[i].style == Style::Title)
            title = m_blocks[i].text;
    }
    package.addPart(u"docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s, corePropertiesXml(title, package.created()));
    package.addPart(u"docProps/app.xml"_s, u"application/vnd.openxmlformats-officedocument.extended-properties+xml"_s, appXml());

    package.addPart(document, WordMl + u"document.main+xml"_s, documentXml());
    package.addPart(u"word/styles.xml"_s, WordMl + u"styles+xml"_s, stylesXml());
    package.addPart(u"word/settings.xml"_s, WordMl + u"settings+xml"_s, settingsXml());
    package.addPart(u"word/fontTable.xml"_s, WordMl + u"fontTable+xml"_s, fontTableXml());
    package.addPart(u"word/footer1.xml"_s, WordMl + u"footer+xml"_s, footerXml());
    package.addRelationship(document, RelType::styles, u"styles.xml"_s);
    package.addRelationship(document, RelType::settings, u"settings.xml"_s);
    package.addRelationship(document, RelType::fontTable, u"fontTable.xml"_s);
    package.addRelationship(document, RelType::footer, u"footer1.xml"_s, u"rIdFooter"_s);
    for (qsizetype i = 0; i < m_pictures.size(); ++i) {
        const QString number = QString::number(i + 1);
        package.addPart(u"word/media/image"_s + number + u".png"_s, QString(), m_pictures[i]);
        package.addRelationship(document, RelType::image, u"media/image"_s + number + u".png"_s, u"rIdImage"_s + number);
    }
    package.addDefault(u"png"_s, u"image/png"_s);
    return package.toBytes();
}

Result<qint64> DocxDocument::write(const QString &path) const
{
    return FileSaving::save(toBytes(), path);
}

} // namespace Dz
