#include "export/ooxml/docxdocument.h"

#include "export/filesaving.h"
#include "export/ooxml/deckparts.h"
#include "export/ooxml/docxparts.h"
#include "export/ooxml/docxwriting.h"
#include "export/ooxml/ooxmlpackage.h"
#include "export/ooxml/ooxmlwriting.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using namespace Internal;

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

QString bookmarkName(int heading)
{
    return u"_Toc"_s + QString::number(100000 + heading);
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

// Numbers as the workbench shows them: no group separators ("182536").
QString numberText(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

// How wide a text is, in half-em units: Chinese characters count double.
double textWeight(QStringView text)
{
    double sum = 0;
    for (const QChar ch : text)
        sum += ch.unicode() >= 0x2E80 ? 2.0 : 1.0;
    return sum;
}

// The widest piece of @p text a line cannot break: a word of Latin letters
// or digits ("Recurring", "2023"); Chinese breaks between any characters.
double longestWord(QStringView text)
{
    double longest = 0;
    double run = 0;
    for (const QChar ch : text) {
        const bool breaksHere = ch.isSpace() || ch.unicode() >= 0x2E80;
        run = breaksHere ? 0 : run + 1;
        longest = std::max({longest, run, ch.unicode() >= 0x2E80 ? 2.0 : 0.0});
    }
    return longest;
}

// A bold Latin letter of the headers at the table's 10 pt is about 0.6 em; a Chinese character is 1 em (two units).
constexpr double TwipsPerUnit = 125;
constexpr double CellMargins = 260;
constexpr int TableTextSize = 20; ///< half-points: the TableText style's 10 pt
constexpr int SmallestTableTextSize = 14; ///< 7 pt, still readable in print

// What each column of a table holds: how much (its share of the width) and its longest word.
struct ColumnMeasure {
    QList<double> weights;
    QList<double> words;
};

ColumnMeasure measureColumns(const TableData &table, qsizetype columns)
{
    ColumnMeasure m {QList<double>(columns, 4.0), QList<double>(columns, 0.0)};
    const auto take = [&m](qsizetype c, const QString &text, double cap) {
        m.weights[c] = std::max(m.weights[c], std::min(textWeight(text), cap));
        m.words[c] = std::max(m.words[c], longestWord(text));
    };
    for (qsizetype c = 0; c < table.header.size() && c < columns; ++c)
        take(c, table.header[c], 16.0);
    for (const QList<CellValue> &row : table.rows) {
        for (qsizetype c = 0; c < row.size() && c < columns; ++c) {
            if (const auto *s = std::get_if<QString>(&row[c]))
                take(c, *s, 40.0);
            else if (const auto *d = std::get_if<double>(&row[c]))
                take(c, numberText(*d), 40.0);
        }
    }
    return m;
}

// The table's text size in half-points: the style's, or smaller (down to
// 7 pt) when its columns' longest words would not fit side by side, so that
// a wide table (the audit's eleven columns) breaks no word either.
int tableTextSize(const ColumnMeasure &m, int total)
{
    double words = 0;
    for (const double w : m.words)
        words += w * TwipsPerUnit;
    const double room = total - double(m.words.size()) * CellMargins;
    if (words <= room)
        return TableTextSize;
    return std::max(SmallestTableTextSize, int(std::floor(TableTextSize * room / words)));
}

// Column widths in twips: shares by how much each column holds (long cells
// wrap rather than starve the others), but never narrower than its longest
// word at @p textSize, so that no header or label is broken inside a word ("Repor t").
QList<int> columnWidths(const ColumnMeasure &m, int total, int textSize)
{
    const qsizetype columns = m.weights.size();
    const double twipsPerUnit = TwipsPerUnit * textSize / TableTextSize;
    const QList<double> &weights = m.weights;
    double sum = 0;
    double minimumSum = 0;
    QList<double> minimum(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        sum += weights[c];
        minimum[c] = m.words[c] * twipsPerUnit + CellMargins;
        minimumSum += minimum[c];
    }
    // Shares first; columns below their longest word take it from those above theirs.
    QList<double> width(columns);
    double deficit = 0;
    double spare = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        width[c] = total * weights[c] / sum;
        if (minimumSum <= total && width[c] < minimum[c]) {
            deficit += minimum[c] - width[c];
            width[c] = minimum[c];
        } else {
            spare += std::max(0.0, width[c] - minimum[c]);
        }
    }
    if (deficit > 0 && spare > 0) {
        for (qsizetype c = 0; c < columns; ++c) {
            if (width[c] > minimum[c])
                width[c] -= (width[c] - minimum[c]) * std::min(1.0, deficit / spare);
        }
    }
    QList<int> widths;
    int used = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        const int w = c + 1 == columns ? total - used : int(width[c]);
        widths.append(w);
        used += w;
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

void writeCell(QXmlStreamWriter &w, const CellValue &cell, int width, bool header, int textSize)
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
            writeRun(w, line, header, textSize == TableTextSize ? 0 : textSize);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeTable(QXmlStreamWriter &w, const TableData &table, int textWidth)
{
    qsizetype columns = table.header.size();
    for (const QList<CellValue> &row : table.rows)
        columns = std::max(columns, row.size());
    const ColumnMeasure measure = measureColumns(table, columns);
    const int textSize = tableTextSize(measure, textWidth);
    const QList<int> widths = columnWidths(measure, textWidth, textSize);

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
            writeCell(w, cells.value(c), widths[c], header, textSize);
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

// A heading with its bookmark (_Toc1, _Toc2, … by @p number), for the contents to link to.
void writeHeading(QXmlStreamWriter &w, int number, int level, const QString &text)
{
    w.writeStartElement(u"w:p"_s);
    writeParagraphStyle(w, u"Heading"_s + QString::number(level));
    const QString id = QString::number(number);
    writeEmpty(w, u"w:bookmarkStart"_s, {{u"w:id"_s, id}, {u"w:name"_s, bookmarkName(number)}});
    writeRun(w, text);
    writeEmpty(w, u"w:bookmarkEnd"_s, {{u"w:id"_s, id}});
    w.writeEndElement();
}

// The contents: @p headings (level and text, in order), each linked to its
// bookmark with its page as a PAGEREF field: LibreOffice computes those as
// it lays the pages out and Word updates them on opening (updateFields). A
// TOC field would not do: LibreOffice shows a TOC field's stored result,
// whose page numbers a file written here cannot know.
void writeContents(QXmlStreamWriter &w, const QString &title, int textWidth, const QList<std::pair<int, QString>> &headings)
{
    writeParagraph(w, title, DocxDocument::Style::Body, u"TOCHeading"_s);
    const QString tabStop = QString::number(textWidth);
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const auto &[level, text] = headings.at(i);
        const QString bookmark = bookmarkName(int(i + 1));
        w.writeStartElement(u"w:p"_s);
        w.writeStartElement(u"w:pPr"_s);
        writeWVal(w, u"w:pStyle"_s, u"TOC"_s + QString::number(level));
        w.writeStartElement(u"w:tabs"_s);
        writeEmpty(w, u"w:tab"_s, {{u"w:val"_s, u"right"_s}, {u"w:leader"_s, u"dot"_s}, {u"w:pos"_s, tabStop}});
        w.writeEndElement();
        if (level == 2)
            writeEmpty(w, u"w:ind"_s, {{u"w:leftChars"_s, u"200"_s}, {u"w:left"_s, u"560"_s}});
        w.writeEndElement();
        w.writeStartElement(u"w:hyperlink"_s);
        w.writeAttribute(u"w:anchor"_s, bookmark);
        w.writeAttribute(u"w:history"_s, u"1"_s);
        writeRun(w, text);
        w.writeEndElement(); // w:hyperlink
        writeRun(w, u"\t"_s);
        writeField(w, u" PAGEREF "_s + bookmark + u" \\h "_s, QString());
        w.writeEndElement(); // w:p
    }
}

// A table with its caption, its note and its source. A paragraph always
// follows, so two tables never run together.
void writeTableBlock(QXmlStreamWriter &w, const TableData &table, int textWidth)
{
    if (!table.title.isEmpty())
        writeParagraph(w, table.title, DocxDocument::Style::Caption);
    writeTable(w, table, textWidth);
    writeParagraph(w, table.note, DocxDocument::Style::Note);
    if (!table.source.isEmpty())
        writeParagraph(w, table.source, DocxDocument::Style::Source);
}

void writePageBreak(QXmlStreamWriter &w)
{
    w.writeStartElement(u"w:p"_s);
    w.writeStartElement(u"w:r"_s);
    writeEmpty(w, u"w:br"_s, {{u"w:type"_s, u"page"_s}});
    w.writeEndElement();
    w.writeEndElement();
}

// The end of a section: its properties in the last paragraph's.
void writeSectionBreak(QXmlStreamWriter &w, DocxDocument::Orientation orientation, bool first)
{
    w.writeStartElement(u"w:p"_s);
    w.writeStartElement(u"w:pPr"_s);
    writeSectionProperties(w, orientation, first);
    w.writeEndElement();
    w.writeEndElement();
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
    w.writeNamespace(wordprocessingNamespace(), u"w"_s);
    w.writeNamespace(Ns::r.toString(), u"r"_s);
    w.writeNamespace(WP, u"wp"_s);
    w.writeNamespace(Ns::a.toString(), u"a"_s);
    w.writeNamespace(Pic, u"pic"_s);
    w.writeStartElement(u"w:body"_s);

    QList<std::pair<int, QString>> headings;
    for (const Block &block : m_blocks) {
        if (block.kind == Block::Kind::Heading)
            headings.append({block.level, block.text});
    }

    int heading = 0;
    bool firstSection = true;
    for (const Block &block : m_blocks) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
            writeParagraph(w, block.text, block.style);
            break;
        case Block::Kind::Heading:
            writeHeading(w, ++heading, block.level, block.text);
            break;
        case Block::Kind::Contents:
            writeContents(w, block.text, textWidthTwips(block.orientation), headings);
            break;
        case Block::Kind::Table:
            writeTableBlock(w, block.table, textWidthTwips(block.orientation));
            break;
        case Block::Kind::Picture:
            writePicture(w, block.level, block.width, block.height, block.text);
            break;
        case Block::Kind::PageBreak:
            writePageBreak(w);
            break;
        case Block::Kind::Section:
            writeSectionBreak(w, block.orientation, std::exchange(firstSection, false));
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
    package.addPart(u"docProps/app.xml"_s, u"application/vnd.openxmlformats-officedocument.extended-properties+xml"_s, docxAppXml());

    package.addPart(document, WordMl + u"document.main+xml"_s, documentXml());
    package.addPart(u"word/styles.xml"_s, WordMl + u"styles+xml"_s, docxStylesXml());
    package.addPart(u"word/settings.xml"_s, WordMl + u"settings+xml"_s, docxSettingsXml());
    package.addPart(u"word/fontTable.xml"_s, WordMl + u"fontTable+xml"_s, docxFontTableXml());
    package.addPart(u"word/footer1.xml"_s, WordMl + u"footer+xml"_s, docxFooterXml());
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
