#include "export/ooxml/pptxdeck.h"

#include "export/filesaving.h"
#include "export/ooxml/chartpart.h"
#include "export/ooxml/deckparts.h"
#include "export/ooxml/drawingtext.h"
#include "export/ooxml/ooxmlpackage.h"
#include "export/ooxml/ooxmlwriting.h"
#include "export/ooxml/tablelayout.h"
#include "export/ooxml/textmeasure.h"
#include "export/ooxml/xlsxworkbook.h"
#include "export/ooxml_debug.h"

#include <QLocale>

#include <cmath>

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
// the note and the source line at the foot. The foot grows upwards as its
// text needs (Footer) and the content area ends above it.
constexpr qint64 Margin = 457200;
constexpr qint64 ContentWidth = SlideWidth - 2 * Margin;
constexpr Rect TitleRect {Margin, 228600, ContentWidth, 777240};
constexpr Rect ContentRect {Margin, 1097280, ContentWidth, 4480560};
// The foot of the slide ends a quarter inch above its edge.
constexpr qint64 FootBottom = SlideHeight - 228600;
// Room kept between the content (a table's last row, a chart) and the note.
constexpr qint64 ContentNoteGap = 182880;
constexpr qint64 FootGap = 45720;
// Placeholders keep DrawingML's default insets: 0.1 in at the sides, 0.05 in above and below.
constexpr qint64 InsetX = 91440;
constexpr qint64 InsetY = 45720;

struct Footer {
    Rect note {};
    Rect source {};
    int noteSize = 1200;
    int sourceSize = 1000;
    QString noteText;
    QString sourceText;
    qint64 top = FootBottom;
};

// The box a text of @p size needs at the content width, at most @p maxLines.
qint64 textHeight(const QString &text, int size, int maxLines)
{
    return std::min(TextMeasure::lines(text, ContentWidth, size), maxLines) * TextMeasure::lineHeight(size);
}

// The note (two lines at 12 pt, else smaller down to 9 pt, at most four
// lines) above the source line (10 pt, at most two lines), from the foot up.
Footer footerFor(const QString &note, const QString &source)
{
    Footer f;
    qint64 bottom = FootBottom;
    if (!source.isEmpty()) {
        f.sourceSize = TextMeasure::lines(source, ContentWidth, 1000) <= 1 ? 1000 : 900;
        f.sourceText = TextMeasure::elided(source, ContentWidth, f.sourceSize, 2);
        const qint64 height = textHeight(f.sourceText, f.sourceSize, 2);
        f.source = {Margin, bottom - height, ContentWidth, height};
        bottom = f.source.y - FootGap;
    }
    if (!note.isEmpty()) {
        f.noteSize = 900;
        for (const int size : {1200, 1100, 1000}) {
            if (TextMeasure::lines(note, ContentWidth, size) <= 2) {
                f.noteSize = size;
                break;
            }
        }
        f.noteText = TextMeasure::elided(note, ContentWidth, f.noteSize, 4);
        const qint64 height = textHeight(f.noteText, f.noteSize, 4);
        f.note = {Margin, bottom - height, ContentWidth, height};
        bottom = f.note.y;
    }
    f.top = bottom;
    return f;
}

// What the content may fill between the title and the foot.
Rect contentAbove(const Footer &footer)
{
    return {ContentRect.x, ContentRect.y, ContentRect.cx, std::min(ContentRect.cy, footer.top - ContentNoteGap - ContentRect.y)};
}

// The title's size: 28 pt on one line, else smaller, at most two lines at 20 pt (cut with "…").
std::pair<QString, int> fittedTitle(const QString &title)
{
    const qint64 width = TitleRect.cx - 2 * InsetX;
    const qint64 height = TitleRect.cy - 2 * InsetY;
    for (const int size : {2800, 2400, 2000}) {
        if (TextMeasure::lines(title, width, size, true) * TextMeasure::lineHeight(size) <= height)
            return {title, size};
    }
    const int lines = int(height / TextMeasure::lineHeight(2000));
    return {TextMeasure::elided(title, width, 2000, std::max(1, lines), true), 2000};
}

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

    // One page of a table (TableLayout): its rows at their heights, the
    // header on a dark band, figures right-aligned (@p numeric: by table row
    // and column, header excluded).
    void table(qint64 x, qint64 y, const TablePage &page, bool hasHeader, const QList<QList<bool>> &numeric)
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
        qint64 width = 0;
        for (const qint64 column : page.widths)
            width += column;
        writeTransform(w, u"p:xfrm"_s, {x, y, width, page.height()});
        w.writeStartElement(u"a:graphic"_s);
        w.writeStartElement(u"a:graphicData"_s);
        w.writeAttribute(u"uri"_s, u"http://schemas.openxmlformats.org/drawingml/2006/table"_s);
        w.writeStartElement(u"a:tbl"_s);
        writeEmpty(w, u"a:tblPr"_s, {{u"firstRow"_s, u"1"_s}, {u"bandRow"_s, u"1"_s}});
        w.writeStartElement(u"a:tblGrid"_s);
        for (const qint64 column : page.widths)
            writeEmpty(w, u"a:gridCol"_s, {{u"w"_s, QString::number(column)}});
        w.writeEndElement();

        const auto row = [&](const QStringList &texts, qint64 height, bool isHeader, bool banded, const QList<bool> &right) {
            w.writeStartElement(u"a:tr"_s);
            w.writeAttribute(u"h"_s, QString::number(height));
            for (qsizetype c = 0; c < page.widths.size(); ++c) {
                w.writeStartElement(u"a:tc"_s);
                w.writeStartElement(u"a:txBody"_s);
                writeEmpty(w, u"a:bodyPr"_s);
                writeEmpty(w, u"a:lstStyle"_s);
                // Figures line up on their last digit.
                writeParagraphs(w, texts.value(c), {page.fontSize, isHeader, isHeader ? u"#FFFFFF"_s : u"#262626"_s}, right.value(c) ? u"r"_s : u"l"_s);
                w.writeEndElement();
                w.writeStartElement(u"a:tcPr"_s);
                for (const auto &[key, value] :
                    Attributes {{u"marL"_s, QString::number(TableLayout::MarginX)}, {u"marR"_s, QString::number(TableLayout::MarginX)},
                        {u"marT"_s, QString::number(TableLayout::MarginY)}, {u"marB"_s, QString::number(TableLayout::MarginY)}, {u"anchor"_s, u"ctr"_s}})
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
        qsizetype text = 0;
        if (hasHeader)
            row(page.texts.value(text++), page.headerHeight, true, false, {});
        for (qsizetype r = 0; r < page.rows.size(); ++r) {
            QList<bool> right;
            for (const int c : page.columns)
                right.append(numeric.value(page.rows[r]).value(c));
            row(page.texts.value(text++), page.rowHeights[r], false, r % 2 == 1, right);
        }
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

void writeFooter(SlideWriter &slide, const Footer &footer)
{
    if (!footer.noteText.isEmpty())
        slide.textBox(u"Note"_s, footer.noteText, footer.note, {footer.noteSize, false, NoteColour});
    if (!footer.sourceText.isEmpty())
        slide.textBox(u"Source"_s, footer.sourceText, footer.source, {footer.sourceSize, false, SourceColour});
}

void writeTitle(SlideWriter &slide, const QString &title)
{
    const auto [text, size] = fittedTitle(title);
    slide.placeholder(u"title"_s, QString(), text, TitleRect, {size, true, TitleColour}, u"l"_s);
}

Rect fitted(const Rect &box, quint32 width, quint32 height)
{
    const double scale = std::min(double(box.cx) / width, double(box.cy) / height);
    const auto cx = qint64(width * scale);
    const auto cy = qint64(height * scale);
    return {box.x + (box.cx - cx) / 2, box.y + (box.cy - cy) / 2, cx, cy};
}

} // namespace

QSize PptxDeck::pictureSize()
{
    // The box of a chart with a note of two lines and a source line of one.
    constexpr qint64 EmuPerPixel = 914400 / 96;
    const Rect box = contentAbove(footerFor(u"—\n—"_s, u"—"_s));
    return QSize(int(box.cx / EmuPerPixel), int(box.cy / EmuPerPixel));
}

int PptxDeck::addTitleSlide(const QString &title, const QString &subtitle)
{
    SlideWriter slide;
    // 36 pt in two lines at most, else smaller; the subtitle (which reports,
    // when) as large as its box allows, cut with "…" beyond.
    constexpr Rect TitleBox {914400, 1965960, 10363200, 1463040};
    constexpr Rect SubtitleBox {1828800, 3566160, 8534400, 2194560};
    int titleSize = 2400;
    for (const int size : {3600, 3200, 2800}) {
        if (TextMeasure::lines(title, TitleBox.cx - 2 * InsetX, size, true) * TextMeasure::lineHeight(size) <= TitleBox.cy - 2 * InsetY) {
            titleSize = size;
            break;
        }
    }
    const int titleLines = int((TitleBox.cy - 2 * InsetY) / TextMeasure::lineHeight(titleSize));
    slide.placeholder(u"ctrTitle"_s, QString(), TextMeasure::elided(title, TitleBox.cx - 2 * InsetX, titleSize, titleLines, true), TitleBox,
        {titleSize, true, TitleColour}, u"ctr"_s);
    if (!subtitle.isEmpty()) {
        int size = 1400;
        for (const int candidate : {2000, 1800, 1600}) {
            if (TextMeasure::lines(subtitle, SubtitleBox.cx - 2 * InsetX, candidate) * TextMeasure::lineHeight(candidate) <= SubtitleBox.cy - 2 * InsetY) {
                size = candidate;
                break;
            }
        }
        const int lines = int((SubtitleBox.cy - 2 * InsetY) / TextMeasure::lineHeight(size));
        slide.placeholder(
            u"subTitle"_s, u"1"_s, TextMeasure::elided(subtitle, SubtitleBox.cx - 2 * InsetX, size, lines), SubtitleBox, {size, false, NoteColour}, u"ctr"_s);
    }
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
    writeTitle(slide, chart.title);
    const Footer footer = footerFor(chart.note, chart.source);
    const Rect content = contentAbove(footer);
    QString attachment;
    QStringView type;
    if (mode == ChartMode::Picture) {
        const auto size = pngSize(png);
        if (!size)
            return Result<int>::failure(tr("The picture for the chart “%1” is not a PNG image.").arg(chart.title));
        m_pictures.append(png);
        attachment = u"ppt/media/image"_s + QString::number(m_pictures.size()) + u".png"_s;
        type = RelType::image;
        slide.picture(fitted(content, size->first, size->second), chart.title);
    } else {
        // Whatever the workbook would refuse is refused now, not when the deck is written.
        if (const auto sheet = XlsxWorkbook().addSheet(ChartSheetName.toString(), chartWorkbookRows(chart), 1); !sheet)
            return Failure(sheet.error());
        m_charts.append(chart);
        attachment = u"ppt/charts/chart"_s + QString::number(m_charts.size()) + u".xml"_s;
        type = RelType::chart;
        slide.chart(content, chart.title);
    }
    writeFooter(slide, footer);
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

    // Every cell as the slide shows it; numbers right-aligned.
    const QLocale locale(QLocale::Chinese, QLocale::China);
    QList<QStringList> cells;
    QList<QList<bool>> numeric;
    for (const QList<CellValue> &row : table.rows) {
        QStringList texts;
        QList<bool> right;
        for (qsizetype c = 0; c < columns; ++c) {
            const CellValue cell = row.value(c);
            if (const auto *text = std::get_if<QString>(&cell)) {
                texts.append(*text);
                right.append(false);
            } else if (const auto *number = std::get_if<double>(&cell)) {
                texts.append(locale.toString(*number, 'g', QLocale::FloatingPointShortest));
                right.append(true);
            } else {
                texts.append(QString());
                right.append(false);
            }
        }
        cells.append(texts);
        numeric.append(right);
    }

    const Footer footer = footerFor(table.note, table.source);
    const Rect box = contentAbove(footer);
    const QList<TablePage> pages = TableLayout::pages(table.header, cells, box.cx, box.cy);
    const int first = slideCount() + 1;
    int rowPage = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const TablePage &page = pages.at(i);
        rowPage = i > 0 && pages.at(i - 1).columnGroup == page.columnGroup ? rowPage + 1 : 0;
        QString title = table.title;
        if (page.columnGroups > 1)
            title = tr("%1 (columns, part %2 of %3)").arg(title).arg(page.columnGroup + 1).arg(page.columnGroups);
        if (rowPage > 0)
            title = tr("%1 (continued)").arg(title);
        SlideWriter slide;
        writeTitle(slide, title);
        slide.table(box.x, box.y, page, !table.header.isEmpty(), numeric);
        writeFooter(slide, footer);
        m_slides.append({slide.finish(), int(SlideLayout::TitleOnly), QString(), {}});
    }
    if (m_documentTitle.isEmpty())
        m_documentTitle = table.title;
    return first;
}

QList<ChartData> PptxDeck::chartPages(const ChartData &chart)
{
    if (chart.kind != ChartKind::HorizontalBar || chart.categories.size() <= MaxBarsPerSlide)
        return {chart};
    // The slides of one chart share their scale, so bars compare across them.
    ChartData shared = chart;
    if (!shared.valueAxisMaximum)
        shared.valueAxisMaximum = niceAxisMaximum(chart.maximumValue());
    const qsizetype count = chart.categories.size();
    const qsizetype slides = (count + MaxBarsPerSlide - 1) / MaxBarsPerSlide;
    const qsizetype per = (count + slides - 1) / slides;
    QList<ChartData> pages;
    QStringList silent; // reports of slides that would hold no bar at all
    for (qsizetype first = 0; first < count; first += per) {
        ChartData page = shared.slice(first, per);
        if (page.maximumValue() <= 0 && std::none_of(page.series.cbegin(), page.series.cend(), [](const ChartSeries &s) {
                return std::any_of(s.values.cbegin(), s.values.cend(), [](const std::optional<double> &v) {
                    return v.has_value();
                });
            })) {
            silent.append(page.categories);
            continue;
        }
        if (!pages.isEmpty())
            page.title = tr("%1 (continued)").arg(chart.title);
        pages.append(page);
    }
    if (pages.isEmpty())
        return {chart};
    // A slide of gaps only shows nothing: its reports are named under the last slide instead.
    if (!silent.isEmpty()) {
        ChartData &last = pages.last();
        const QString named = tr("Not reported by %1.").arg(silent.join(tr(", ")));
        last.note = last.note.isEmpty() ? named : last.note + tr("; ") + named;
    }
    return pages;
}

double PptxDeck::niceAxisMaximum(double maximum)
{
    if (maximum <= 0)
        return 1;
    // Room above the longest bar for its label, then a round number.
    const double wanted = maximum * 1.15;
    const double magnitude = std::pow(10, std::floor(std::log10(wanted)));
    for (const double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (wanted <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
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
