#include "export/ooxml/slidewriter.h"

#include "export/ooxml/deckparts.h"
#include "export/ooxml/drawingtext.h"
#include "export/ooxml/tablelayout.h"
#include "export/ooxml/textmeasure.h"

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

namespace
{

const QString TitleColour = u"#1F3864"_s;
const QString NoteColour = u"#595959"_s;
const QString SourceColour = u"#7F7F7F"_s;
const QString HeaderFill = u"#1F3864"_s;
const QString BandFill = u"#F2F2F2"_s;
const QString RuleColour = u"#D9D9D9"_s;

void writeTransform(QXmlStreamWriter &w, const QString &element, const Rect &r)
{
    w.writeStartElement(element);
    writeEmpty(w, u"a:off"_s, {{u"x"_s, QString::number(r.x)}, {u"y"_s, QString::number(r.y)}});
    writeEmpty(w, u"a:ext"_s, {{u"cx"_s, QString::number(r.cx)}, {u"cy"_s, QString::number(r.cy)}});
    w.writeEndElement();
}

// A title slide's boxes.
constexpr Rect TitleBox {914400, 1965960, 10363200, 1463040};
constexpr Rect SubtitleBox {1828800, 3566160, 8534400, 2194560};

} // namespace

SlideWriter::SlideWriter()
{
    QXmlStreamWriter &w = m_part.writer();
    w.writeStartElement(u"p:sld"_s);
    declarePresentationNamespaces(w);
    w.writeStartElement(u"p:cSld"_s);
    writeGroupShapeStart(w);
}

// A placeholder of the layout ("title", "ctrTitle", "subTitle"), placed
// explicitly too so the slide looks right even where layouts are ignored.
void SlideWriter::placeholder(const QString &type, const QString &index, const QString &text, const Rect &rect, const RunStyle &style, const QString &align)
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

void SlideWriter::textBox(const QString &name, const QString &text, const Rect &rect, const RunStyle &style)
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

void SlideWriter::chart(const Rect &rect, const QString &description)
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

void SlideWriter::picture(const Rect &rect, const QString &description)
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
    writeEmpty(w, u"a:blip"_s, {{u"r:embed"_s, AttachmentRelationship.toString()}});
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
void SlideWriter::table(qint64 x, qint64 y, const TablePage &page, bool hasHeader, const QList<QList<bool>> &numeric)
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
            for (const auto &[key, value] : Attributes {{u"marL"_s, QString::number(TableLayout::MarginX)}, {u"marR"_s, QString::number(TableLayout::MarginX)},
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

QByteArray SlideWriter::finish()
{
    QXmlStreamWriter &w = m_part.writer();
    w.writeEndElement(); // p:spTree
    w.writeEndElement(); // p:cSld
    w.writeStartElement(u"p:clrMapOvr"_s);
    writeEmpty(w, u"a:masterClrMapping"_s);
    w.writeEndElement();
    return m_part.finish();
}

void SlideWriter::title(const QString &title)
{
    const auto [text, size] = fittedTitle(title);
    placeholder(u"title"_s, QString(), text, TitleRect, {size, true, TitleColour}, u"l"_s);
}

void SlideWriter::centredTitle(const QString &title)
{
    int titleSize = 2400;
    for (const int size : {3600, 3200, 2800}) {
        if (TextMeasure::lines(title, TitleBox.cx - 2 * InsetX, size, true) * TextMeasure::lineHeight(size) <= TitleBox.cy - 2 * InsetY) {
            titleSize = size;
            break;
        }
    }
    const int titleLines = int((TitleBox.cy - 2 * InsetY) / TextMeasure::lineHeight(titleSize));
    placeholder(u"ctrTitle"_s, QString(), TextMeasure::elided(title, TitleBox.cx - 2 * InsetX, titleSize, titleLines, true), TitleBox,
        {titleSize, true, TitleColour}, u"ctr"_s);
}

void SlideWriter::subtitle(const QString &subtitle)
{
    int size = 1400;
    for (const int candidate : {2000, 1800, 1600}) {
        if (TextMeasure::lines(subtitle, SubtitleBox.cx - 2 * InsetX, candidate) * TextMeasure::lineHeight(candidate) <= SubtitleBox.cy - 2 * InsetY) {
            size = candidate;
            break;
        }
    }
    const int lines = int((SubtitleBox.cy - 2 * InsetY) / TextMeasure::lineHeight(size));
    placeholder(
        u"subTitle"_s, u"1"_s, TextMeasure::elided(subtitle, SubtitleBox.cx - 2 * InsetX, size, lines), SubtitleBox, {size, false, NoteColour}, u"ctr"_s);
}

void SlideWriter::footer(const Footer &footer)
{
    if (!footer.noteText.isEmpty())
        textBox(u"Note"_s, footer.noteText, footer.note, {footer.noteSize, false, NoteColour});
    if (!footer.sourceText.isEmpty())
        textBox(u"Source"_s, footer.sourceText, footer.source, {footer.sourceSize, false, SourceColour});
}

int SlideWriter::nextId()
{
    return ++m_lastId;
}

} // namespace Dz::Internal
