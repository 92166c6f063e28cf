#include "export/ooxml/docxparts.h"

#include "export/ooxml/docxwriting.h"
#include "export/ooxml/ooxmlwriting.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

namespace
{

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

} // namespace

QByteArray docxStylesXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:styles"_s);
    w.writeNamespace(wordprocessingNamespace(), u"w"_s);
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

QByteArray docxFontTableXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:fonts"_s);
    w.writeNamespace(wordprocessingNamespace(), u"w"_s);
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

QByteArray docxSettingsXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:settings"_s);
    w.writeNamespace(wordprocessingNamespace(), u"w"_s);
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

QByteArray docxFooterXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"w:ftr"_s);
    w.writeNamespace(wordprocessingNamespace(), u"w"_s);
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

QByteArray docxAppXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"Properties"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s);
    w.writeNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"_s, u"vt"_s);
    w.writeTextElement(u"Application"_s, u"Duizhao"_s);
    return part.finish();
}

} // namespace Dz::Internal
