#include "export/ooxml/pptxdeck.h"

#include "export/filesaving.h"
#include "export/ooxml/chartpart.h"
#include "export/ooxml/deckparts.h"
#include "export/ooxml/drawingtext.h"
#include "export/ooxml/ooxmlpackage.h"
#include "export/ooxml/ooxmlwriting.h"
#include "export/ooxml/xlsxworkbook.h"
#include "export/ooxml_debug.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using namespace Internal;

struct Rect {
    qint64 x, y, cx, cy;
};

// Slide geometry in EMU (914400 per inch): title band, content area, then
// the note and the source line at the foot.
constexpr qint64 Margin = 457200;
constexpr qint64 ContentWidth = SlideWidth - 2 * Margin;
constexpr Rect TitleRect {Margin, 228600, ContentWidth, 777240};
constexpr Rect ContentRect {Margin, 1097280, ContentWidth, 4480560};
constexpr Rect NoteRect {Margin, 5669280, ContentWidth, 502920};
constexpr Rect SourceRect {Margin, 6217920, ContentWidth, 411480};
constexpr qint64 TableRowHeight = 370840;
// Room kept between a table's last row and the note (a quarter inch).
constexpr qint64 TableNoteGap = 228600;

const QString TitleColour = u"#1F3864"_s;
const QString NoteColour = u"#595959"_s;
const QString SourceColour = u"#7F7F7F"_s;
const QString HeaderFill = u"#1F3864"_s;
const QString BandFill = u"#F2F2F2"_s;
const QString RuleColour = u"#D9D9D9"_s;

// Each slide relates to its layout first and to its chart or picture second.
const QString LayoutRelationship = u"rId1"_s;
const QString AttachmentRelationship = u"rId2"_s;

void writeTransform(QXmlStreamWriter &w, const QString &element, const Rect &r)
{
    w.writeStartElement(element);
    writeEmpty(w, u"a:off"_s, {{u"x"_s, QString::number(r.x)}, {u"y"_s, QString::number(r.y)}});
    writeEmpty(w, u"a:ext"_s, {{u"cx"_s, QString::number(r.cx)}, {u"cy"_s, QString::number(r.cy)}});
    w.writeEndElement();
}

// Writes one slide's shape tree; shape ids are unique within the slide.
class SlideWriter
{
public:
    SlideWriter()
    {
        QXmlStreamWriter &w = m_part.writer();
        w.writeStartElement(u"p:sld"_s);
        w.writeNamespace(Ns::a.toString(), u"a"_s);
        w.writeNamespace(Ns::r.toString(), u"r"_s);
        w.writeNamespace(Ns::p.toString(), u"p"_s);
        w.writeStartElement(u"p:cSld"_s);
        w.writeStartElement(u"p:spTree"_s);
        w.writeStartElement(u"p:nvGrpSpPr"_s);
        writeEmpty(w, u"p:cNvPr"_s, {{u"id"_s, u"1"_s}, {u"name"_s, QString()}});
        writeEmpty(w, u"p:cNvGrpSpPr"_s);
        writeEmpty(w, u"p:nvPr"_s);
        w.writeEndElement();
        w.writeStartElement(u"p:grpSpPr"_s);
        writeTransform(w, u"a:xfrm"_s, {0, 0, 0, 0});
        w.writeEndElement();
    }

    // A placeholder of the layout ("title", "ctrTitle", "subTitle"), placed
    // explicitly too so the slide looks right even where layouts are ignored.
    void placeholder(const QString &type, const QString &index, const QString &text, const Rect &rect, const RunStyle &style, const QString &align)
    {
        QXmlStreamWriter &w = m_part.writer();
        const int id = nextId();
        w.writeStartElement(u"p:sp"_s);
        w.writeStartElement(u"p:nvSpPr"_s);
        const QString name = type == u"subTitle" ? u"Subtitle "_s : u"Title "_s;
        writeEmpty(w, u"p:cNvPr"_s, {{u"id"_s, QString::number(id)}, {u"name"_s, name + QString::number(id - 1)}});
        w.writeStartElement(u"p:cNvSpPr"_s);
        writeEmpty(w, u"a:spLocks"_s, {{u"noGrp"_s, u"1"_s}});
        w.writeEndElement();
        w.writeStartElement(u"p:nvPr"_s);
        if (index.isEmpty())
            writeEmpty(w, u"p:ph"_s, {{u"type"_s, type}});
        else
            writeEmpty(w, u"p:ph"_s, {{u"type"_s, type}, {u"idx"_s, index}});
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(u"p:spPr"_s);
        writeTransform(w, u"a:xfrm"_s, rect);
        w.writeEndElement();
        w.writeStartElement(u"p:txBody"_s);
        writeEmpty(w, u"a:bodyPr"_s, {{u"anchor"_s, u"ctr"_s}});
        writeEmpty(w, u"a:lstStyle"_s);
        writeParagraphs(w, text, style, align);
        w.writeEndElement();
        w.writeEndElement();
    }

    void textBox(const QString &name, const QString &text, const Rect &rect, const RunStyle &style)
    {
        QXmlStreamWriter &w = m_part.writer();
        const int id = nextId();
        w.writeStartElement(u"p:sp"_s);
        w.writeStartElement(u"p:nvSpPr"_s);
        writeEmpty(w, u"p:cNvPr"_s, {{u"id"_s, QString::number(id)}, {u"name"_s, name + u' ' + QString::number(id - 1)}});
        writeEmpty(w, u"p:cNvSpPr"_s, {{u"txBox"_s, u"1"_s}});
        writeEmpty(w, u"p:nvPr"_s);
        w.writeEndElement();
        w.writeStartElement(u"p:spPr"_s);
        writeTransform(w, u"a:xfrm"_s, rect);
        w.writeStartElement(u"a:prstGeom"_s);
        w.writeAttribute(u"prst"_s, u"rect"_s);
        writeEmpty(w, u"a:avLst"_s);
        w.writeEndElement();
        writeEmpty(w, u"a:noFill"_s);
        w.writeEndElement();
        w.writeStartElement(u"p:txBody"_s);
        // Shrink long notes rather than let them run off the slide.
        w.writeStartElement(u"a:bodyPr"_s);
        for (const auto &[key, value] :
            Attributes {{u"wrap"_s, u"square"_s}, {u"lIns"_s, u"0"_s}, {u"tIns"_s, u"0"_s}, {u"rIns"_s, u"0"_s}, {u"bIns"_s, u"0"_s}, {u"anchor"_s, u"t"_s}})
            w.writeAttribute(key, value);
        writeEmpty(w, u"a:normAutofit"_s);
        w.writeEndElement();
        writeEmpty(w, u"a:lstStyle"_s);
        writeParagraphs(w, text, style);
        w.writeEndElement();
        w.writeEndElement();
    }

    void chart(const Rect &rect, const QString &description)
    {
        QXmlStreamWriter &w = m_part.writer();
        const int id = nextId();
        w.writeStartElement(u"p:graphicFrame"_s);
        w.writeStartElement(u"p:nvGraphicFramePr"_s);
        writeEmpty(w, u"p:cNvPr"_s, {{u"id"_s, QString::number(id)}, {u"name"_s, u"Chart "_s + QString::number(id - 1)}, {u"descr"_s, xmlSafe(description)}});
        w.writeStartElement(u"p:cNvGraphicFramePr"_s);
        writeEmpty(w, u"a:graphicFrameLocks"_s, {{u"noGrp"_s, u"1"_s}});
        w.writeEndElement();
        writeEmpty(w, u"p:nvPr"_s);
        w.writeEndElement();
        writeTransform(w, u"p:xfrm"_s, rect);
        w.writeStartElement(u"a:graphic"_s);
        w.writeStartElement(u"a:graphicData"_s);
        w.writeAttribute(u"uri"_s, Ns::c.toString());
        w.writeStartElement(u"c:chart"_s);
        w.writeNamespace(Ns::c.toString(), u"c"_s);
        w.writeAttribute(u"r:id"_s, AttachmentRelationship);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    void picture(const Rect &rect, const QString &description)
    {
        QXmlStreamWriter &w = m_part.writer();
        const int id = nextId();
        w.writeStartElement(u"p:pic"_s);
        w.writeStartElement(u"p:nvPicPr"_s);
        writeEmpty(w, u"p:cNvPr"_s, {{u"id"_s, QString::number(id)}, {u"name"_s, u"Picture "_s + QString::number(id - 1)}, {u"descr"_s, xmlSafe(description)}});
        w.writeStartElement(u"p:cNvPicPr"_s);
        writeEmpty(w, u"a:picLocks"_s, {{u"noChangeAspect"_s, u"1"_s}});
        w.writeEndElement();
        writeEmpty(w, u"p:nvPr"_s);
        w.writeEndElement();
        w.writeStartElement(u"p:blipFill"_s);
        writeEmpty(w, u"a:blip"_s, {{u"r:embed"_s, AttachmentRelationship}});
        w.writeStartElement(u"a:stretch"_s);
        writeEmpty(w, u"a:fillRect"_s);
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(u"p:spPr"_s);
        writeTransform(w, u"a:xfrm"_s, rect);
        w.writeStartElement(u"a:prstGeom"_s);
        w.writeAttribute(u"prst"_s, u"rect"_s);
        writeEmpty(w, u"a:avLst"_s);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    void table(const Rect &rect, const QStringList &header, const CellRows &rows, const QList<qint64> &widths, int fontSize)
    {
        QXmlStreamWriter &w = m_part.writer();
        const int id = nextId();
        w.writeStartElement(u"p:graphicFrame"_s);
        w.writeStartElement(u"p:nvGraphicFramePr"_s);
        writeEmpty(w, u"p:cNvPr"_s, {{u"id"_s, QString::number(id)}, {u"name"_s, u"Table "_s + QString::number(id - 1)}});
        w.writeStartElement(u"p:cNvGraphicFramePr"_s);
        writeEmpty(w, u"a:graphicFrameLocks"_s, {{u"noGrp"_s, u"1"_s}});
        w.writeEndElement();
        writeEmpty(w, u"p:nvPr"_s);
        w.writeEndElement();
        writeTransform(w, u"p:xfrm"_s, rect);
        w.writeStartElement(u"a:graphic"_s);
        w.writeStartElement(u"a:graphicData"_s);
        w.writeAttribute(u"uri"_s, u"http://schemas.openxmlformats.org/drawingml/2006/table"_s);
        w.writeStartElement(u"a:tbl"_s);
        writeEmpty(w, u"a:tblPr"_s, {{u"firstRow"_s, u"1"_s}, {u"bandRow"_s, u"1"_s}});
        w.writeStartElement(u"a:tblGrid"_s);
        for (const qint64 width : widths)
            writeEmpty(w, u"a:gridCol"_s, {{u"w"_s, QString::number(width)}});
        w.writeEndElement();

        const QLocale locale(QLocale::Chinese, QLocale::China);
        const qint64 rowHeight = rect.cy / std::max<qsizetype>(1, rows.size() + (header.isEmpty() ? 0 : 1));
        const auto row = [&](const QList<CellValue> &cells, bool isHeader, bool banded) {
            w.writeStartElement(u"a:tr"_s);
            w.writeAttribute(u"h"_s, QString::number(rowHeight));
            for (qsizetype c = 0; c < widths.size(); ++c) {
                const CellValue cell = cells.value(c);
                QString text;
                QString align = u"l"_s;
                if (const auto *s = std::get_if<QString>(&cell)) {
                    text = *s;
                } else if (const auto *d = std::get_if<double>(&cell)) {
                    text = locale.toString(*d, 'g', QLocale::FloatingPointShortest);
                    align = u"r"_s; // figures line up on their last digit
                }
                w.writeStartElement(u"a:tc"_s);
                w.writeStartElement(u"a:txBody"_s);
                writeEmpty(w, u"a:bodyPr"_s);
                writeEmpty(w, u"a:lstStyle"_s);
                writeParagraphs(w, text, {fontSize, isHeader, isHeader ? u"#FFFFFF"_s : u"#262626"_s}, align);
                w.writeEndElement();
                w.writeStartElement(u"a:tcPr"_s);
                for (const auto &[key, value] :
                    Attributes {{u"marL"_s, u"91440"_s}, {u"marR"_s, u"91440"_s}, {u"marT"_s, u"45720"_s}, {u"marB"_s, u"45720"_s}, {u"anchor"_s, u"ctr"_s}})
                    w.writeAttribute(key, value);
                w.writeStartElement(u"a:lnB"_s);
                w.writeAttribute(u"w"_s, u"6350"_s);
                writeSolidFill(w, RuleColour);
                w.writeEndElement();
                writeSolidFill(w, isHeader ? HeaderFill : banded ? BandFill : u"#FFFFFF"_s);
                w.writeEndElement(); // a:tcPr
                w.writeEndElement(); // a:tc
            }
            w.writeEndElement(); // a:tr
        };
        if (!header.isEmpty()) {
            QList<CellValue> cells;
            for (const QString &title : header)
                cells.append(title);
            row(cells, true, false);
        }
        for (qsizetype r = 0; r < rows.size(); ++r)
            row(rows[r], false, r % 2 == 1);
        w.writeEndElement(); // a:tbl
        w.writeEndElement(); // a:graphicData
        w.writeEndElement(); // a:graphic
        w.writeEndElement(); // p:graphicFrame
    }

    QByteArray finish()
    {
        QXmlStreamWriter &w = m_part.writer();
        w.writeEndElement(); // p:spTree
        w.writeEndElement(); // p:cSld
        w.writeStartElement(u"p:clrMapOvr"_s);
        writeEmpty(w, u"a:masterClrMapping"_s);
        w.writeEndElement();
        return m_part.finish();
    }

private:
    int nextId()
    {
        return ++m_lastId;
    }

    XmlPart m_part;
    int m_lastId = 1; // 1 is the shape tree itself
};

void writeFooter(SlideWriter &slide, const QString &note, const QString &source)
{
    if (!note.isEmpty())
        slide.textBox(u"Note"_s, note, NoteRect, {1200, false, NoteColour});
    if (!source.isEmpty())
        slide.textBox(u"Source"_s, source, SourceRect, {1000, false, SourceColour});
}

Rect fitted(const Rect &box, quint32 width, quint32 height)
{
    const double scale = std::min(double(box.cx) / width, double(box.cy) / height);
    const auto cx = qint64(width * scale);
    const auto cy = qint64(height * scale);
    return {box.x + (box.cx - cx) / 2, box.y + (box.cy - cy) / 2, cx, cy};
}

// Chinese characters count double, so columns of district names and of
// figures get the room their text needs.
double textWeight(const QString &text)
{
    double weight = 0;
    for (const QChar ch : text)
        weight += ch.unicode() >= 0x2E80 ? 2.0 : 1.0;
    return weight;
}

} // namespace

QSize PptxDeck::pictureSize()
{
    constexpr qint64 EmuPerPixel = 914400 / 96;
    return QSize(int(ContentRect.cx / EmuPerPixel), int(ContentRect.cy / EmuPerPixel));
}

int PptxDeck::addTitleSlide(const QString &title, const QString &subtitle)
{
    SlideWriter slide;
    slide.placeholder(u"ctrTitle"_s, QString(), title, {914400, 1965960, 10363200, 1463040}, {3600, true, TitleColour}, u"ctr"_s);
    if (!subtitle.isEmpty())
        slide.placeholder(u"subTitle"_s, u"1"_s, subtitle, {1828800, 3566160, 8534400, 1097280}, {2000, false, NoteColour}, u"ctr"_s);
    m_slides.append({slide.finish(), int(SlideLayout::Title), QString(), {}});
    if (m_documentTitle.isEmpty())
        m_documentTitle = title;
    return slideCount();
}

Result<int> PptxDeck::addChartSlide(const ChartData &chart, ChartMode mode, const QByteArray &png)
{
    if (const QString problem = chart.problem(); !problem.isEmpty())
        return Result<int>::failure(problem);

    SlideWriter slide;
    slide.placeholder(u"title"_s, QString(), chart.title, TitleRect, {2800, true, TitleColour}, u"l"_s);
    QString attachment;
    QStringView type;
    if (mode == ChartMode::Picture) {
        const auto size = pngSize(png);
        if (!size)
            return Result<int>::failure(tr("The picture for the chart “%1” is not a PNG image.").arg(chart.title));
        m_pictures.append(png);
        attachment = u"ppt/media/image"_s + QString::number(m_pictures.size()) + u".png"_s;
        type = RelType::image;
        slide.picture(fitted(ContentRect, size->first, size->second), chart.title);
    } else {
        // Whatever the workbook would refuse is refused now, not when the deck is written.
        if (const auto sheet = XlsxWorkbook().addSheet(ChartSheetName.toString(), chartWorkbookRows(chart), 1); !sheet)
            return Result<int>::failure(sheet.error());
        m_charts.append(chart);
        attachment = u"ppt/charts/chart"_s + QString::number(m_charts.size()) + u".xml"_s;
        type = RelType::chart;
        slide.chart(ContentRect, chart.title);
    }
    writeFooter(slide, chart.note, chart.source);
    m_slides.append({slide.finish(), int(SlideLayout::TitleOnly), attachment, type});
    if (m_documentTitle.isEmpty())
        m_documentTitle = chart.title;
    return slideCount();
}

Result<int> PptxDeck::addTableSlide(const TableData &table)
{
    qsizetype columns = table.header.size();
    for (const QList<CellValue> &row : table.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return Result<int>::failure(tr("The table “%1” has no columns.").arg(table.title));

    QList<double> weights(columns, 2.0);
    const QLocale locale(QLocale::Chinese, QLocale::China);
    for (qsizetype c = 0; c < table.header.size(); ++c)
        weights[c] = std::max(weights[c], textWeight(table.header[c]));
    for (const QList<CellValue> &row : table.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (const auto *s = std::get_if<QString>(&row[c]))
                weights[c] = std::max(weights[c], textWeight(*s));
            else if (const auto *d = std::get_if<double>(&row[c]))
                weights[c] = std::max(weights[c], textWeight(locale.toString(*d, 'g', QLocale::FloatingPointShortest)));
        }
    }
    // Very long cells wrap instead of starving the other columns.
    double total = 0;
    for (double &weight : weights) {
        weight = std::min(weight, 40.0);
        total += weight;
    }
    QList<qint64> widths;
    qint64 used = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        const qint64 width = c + 1 == columns ? ContentWidth - used : qint64(ContentWidth * weights[c] / total);
        widths.append(width);
        used += width;
    }

    const int first = slideCount() + 1;
    const qsizetype pages = std::max<qsizetype>(1, (table.rows.size() + MaxTableRowsPerSlide - 1) / MaxTableRowsPerSlide);
    for (qsizetype page = 0; page < pages; ++page) {
        const CellRows rows = table.rows.mid(page * MaxTableRowsPerSlide, MaxTableRowsPerSlide);
        SlideWriter slide;
        const QString title = page == 0 ? table.title : tr("%1 (continued)").arg(table.title);
        slide.placeholder(u"title"_s, QString(), title, TitleRect, {2800, true, TitleColour}, u"l"_s);
        const int fontSize = rows.size() > 8 ? 1200 : 1400;
        // Rows shrink rather than let the table run into the note below it.
        const qsizetype rowCount = rows.size() + (table.header.isEmpty() ? 0 : 1);
        const qint64 rowHeight = std::min(TableRowHeight, (NoteRect.y - TableNoteGap - ContentRect.y) / std::max<qsizetype>(1, rowCount));
        const qint64 height = rowHeight * rowCount;
        slide.table({ContentRect.x, ContentRect.y, ContentRect.cx, height}, table.header, rows, widths, fontSize);
        writeFooter(slide, table.note, table.source);
        m_slides.append({slide.finish(), int(SlideLayout::TitleOnly), QString(), {}});
    }
    if (m_documentTitle.isEmpty())
        m_documentTitle = table.title;
    return first;
}

void PptxDeck::setCreated(const QDateTime &created)
{
    m_created = created;
}

Result<QByteArray> PptxDeck::toBytes() const
{
    OoxmlPackage package;
    package.setCreated(m_created);
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        XlsxWorkbook workbook;
        workbook.setCreated(m_created);
        const auto sheet = workbook.addSheet(ChartSheetName.toString(), chartWorkbookRows(m_charts[i]), 1);
        const auto bytes = sheet ? workbook.toBytes() : Result<QByteArray>::failure(sheet.error());
        if (!bytes)
            return bytes;
        const QString number = QString::number(i + 1);
        const QString chart = u"ppt/charts/chart"_s + number + u".xml"_s;
        // ASCII names without spaces, unlike Office's own "Microsoft_Excel_Worksheet 1.xlsx".
        const QString embedding = u"chart"_s + number + u"-data.xlsx"_s;
        package.addPart(u"ppt/embeddings/"_s + embedding, QString(), bytes.value());
        const QString workbookRelationship = package.addRelationship(chart, RelType::package, u"../embeddings/"_s + embedding);
        package.addPart(chart, u"application/vnd.openxmlformats-officedocument.drawingml.chart+xml"_s, chartPartXml(m_charts[i], workbookRelationship));
    }
    for (qsizetype i = 0; i < m_pictures.size(); ++i)
        package.addPart(u"ppt/media/image"_s + QString::number(i + 1) + u".png"_s, QString(), m_pictures[i]);
    package.addDefault(u"png"_s, u"image/png"_s);
    package.addDefault(u"xlsx"_s, u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s);

    const QString presentation = u"ppt/presentation.xml"_s;
    package.addRelationship(QString(), RelType::officeDocument, presentation);
    package.addRelationship(QString(), RelType::coreProperties, u"docProps/core.xml"_s);
    package.addRelationship(QString(), RelType::extendedProperties, u"docProps/app.xml"_s);
    package.addPart(
        u"docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s, corePropertiesXml(m_documentTitle, package.created()));
    package.addPart(u"docProps/app.xml"_s, u"application/vnd.openxmlformats-officedocument.extended-properties+xml"_s, appPropertiesXml(slideCount()));

    const QString pml = u"application/vnd.openxmlformats-officedocument.presentationml."_s;
    const QString master = u"ppt/slideMasters/slideMaster1.xml"_s;
    const QString masterRelationship = package.addRelationship(presentation, RelType::slideMaster, u"slideMasters/slideMaster1.xml"_s);
    QStringList slideRelationships;
    for (qsizetype i = 0; i < m_slides.size(); ++i) {
        const Slide &slide = m_slides[i];
        const QString file = u"slide"_s + QString::number(i + 1) + u".xml"_s;
        const QString part = u"ppt/slides/"_s + file;
        slideRelationships.append(package.addRelationship(presentation, RelType::slide, u"slides/"_s + file));
        package.addPart(part, pml + u"slide+xml"_s, slide.xml);
        // The slide's XML already names rId1 and rId2: add them in that order.
        const QString layout =
            package.addRelationship(part, RelType::slideLayout, u"../slideLayouts/slideLayout"_s + QString::number(slide.layout + 1) + u".xml"_s);
        QString attachment = AttachmentRelationship;
        if (!slide.attachment.isEmpty()) {
            // "ppt/charts/chart1.xml" seen from "ppt/slides/": "../charts/chart1.xml".
            attachment = package.addRelationship(part, slide.attachmentType, u"../"_s + slide.attachment.mid(4));
        }
        if (layout != LayoutRelationship || attachment != AttachmentRelationship || (!slide.attachment.isEmpty() && !package.hasPart(slide.attachment))) {
            qCCritical(lcOoxml) << "slide" << i + 1 << "relationships do not match its XML" << layout << attachment << slide.attachment;
            return Result<QByteArray>::failure(tr("Internal error: slide %1 refers to parts that are missing.").arg(i + 1));
        }
    }
    package.addPart(presentation, pml + u"presentation.main+xml"_s, presentationXml(masterRelationship, slideRelationships));

    QStringList layoutRelationships;
    for (int i = 0; i < SlideLayoutCount; ++i) {
        const QString file = u"slideLayout"_s + QString::number(i + 1) + u".xml"_s;
        const QString part = u"ppt/slideLayouts/"_s + file;
        layoutRelationships.append(package.addRelationship(master, RelType::slideLayout, u"../slideLayouts/"_s + file));
        package.addPart(part, pml + u"slideLayout+xml"_s, slideLayoutXml(SlideLayout(i)));
        package.addRelationship(part, RelType::slideMaster, u"../slideMasters/slideMaster1.xml"_s);
    }
    package.addRelationship(master, RelType::theme, u"../theme/theme1.xml"_s);
    package.addPart(master, pml + u"slideMaster+xml"_s, slideMasterXml(layoutRelationships));

    package.addPart(u"ppt/theme/theme1.xml"_s, u"application/vnd.openxmlformats-officedocument.theme+xml"_s, themeXml());
    package.addRelationship(presentation, RelType::theme, u"theme/theme1.xml"_s);
    package.addPart(u"ppt/presProps.xml"_s, pml + u"presProps+xml"_s, presentationPropertiesXml());
    package.addRelationship(presentation, RelType::presProps, u"presProps.xml"_s);
    package.addPart(u"ppt/viewProps.xml"_s, pml + u"viewProps+xml"_s, viewPropertiesXml());
    package.addRelationship(presentation, RelType::viewProps, u"viewProps.xml"_s);
    package.addPart(u"ppt/tableStyles.xml"_s, pml + u"tableStyles+xml"_s, tableStylesXml());
    package.addRelationship(presentation, RelType::tableStyles, u"tableStyles.xml"_s);
    return package.toBytes();
}

Result<qint64> PptxDeck::write(const QString &path) const
{
    return FileSaving::save(toBytes(), path);
}

} // namespace Dz
