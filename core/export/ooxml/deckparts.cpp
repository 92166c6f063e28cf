#include "export/ooxml/deckparts.h"

#include "export/ooxml/drawingtext.h"
#include "export/ooxml/ooxmlwriting.h"

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

void declarePresentationNamespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(Ns::a.toString(), u"a"_s);
    w.writeNamespace(Ns::r.toString(), u"r"_s);
    w.writeNamespace(Ns::p.toString(), u"p"_s);
}

void writeGroupShapeStart(QXmlStreamWriter &w)
{
    w.writeStartElement(u"p:spTree"_s);
    w.writeStartElement(u"p:nvGrpSpPr"_s);
    writeEmpty(w, u"p:cNvPr"_s, {{u"id"_s, u"1"_s}, {u"name"_s, QString()}});
    writeEmpty(w, u"p:cNvGrpSpPr"_s);
    writeEmpty(w, u"p:nvPr"_s);
    w.writeEndElement();
    w.writeStartElement(u"p:grpSpPr"_s);
    w.writeStartElement(u"a:xfrm"_s);
    writeEmpty(w, u"a:off"_s, {{u"x"_s, u"0"_s}, {u"y"_s, u"0"_s}});
    writeEmpty(w, u"a:ext"_s, {{u"cx"_s, u"0"_s}, {u"cy"_s, u"0"_s}});
    writeEmpty(w, u"a:chOff"_s, {{u"x"_s, u"0"_s}, {u"y"_s, u"0"_s}});
    writeEmpty(w, u"a:chExt"_s, {{u"cx"_s, u"0"_s}, {u"cy"_s, u"0"_s}});
    w.writeEndElement();
    w.writeEndElement();
}

namespace
{

void writeSrgb(QXmlStreamWriter &w, const QString &element, const QString &hex)
{
    w.writeStartElement(element);
    writeVal(w, u"a:srgbClr"_s, hex);
    w.writeEndElement();
}

// Theme fonts: Latin and East Asian faces, and the face for Simplified
// Chinese (script "Hans"), which PowerPoint uses for +mn-ea / +mj-ea.
void writeThemeFont(QXmlStreamWriter &w, const QString &element)
{
    w.writeStartElement(element);
    writeTypefaces(w);
    writeEmpty(w, u"a:cs"_s, {{u"typeface"_s, QString()}});
    writeEmpty(w, u"a:font"_s, {{u"script"_s, u"Hans"_s}, {u"typeface"_s, EastAsianTypeface.toString()}});
    writeEmpty(w, u"a:font"_s, {{u"script"_s, u"Hant"_s}, {u"typeface"_s, EastAsianTypeface.toString()}});
    w.writeEndElement();
}

void writeSchemeFill(QXmlStreamWriter &w)
{
    w.writeStartElement(u"a:solidFill"_s);
    writeVal(w, u"a:schemeClr"_s, u"phClr"_s);
    w.writeEndElement();
}

struct Placeholder {
    QString type;
    QString index;
    QString name;
    qint64 x, y, cx, cy;
};

void writePlaceholder(QXmlStreamWriter &w, int id, const Placeholder &ph)
{
    w.writeStartElement(u"p:sp"_s);
    w.writeStartElement(u"p:nvSpPr"_s);
    writeEmpty(w, u"p:cNvPr"_s, {{u"id"_s, QString::number(id)}, {u"name"_s, ph.name}});
    w.writeStartElement(u"p:cNvSpPr"_s);
    writeEmpty(w, u"a:spLocks"_s, {{u"noGrp"_s, u"1"_s}});
    w.writeEndElement();
    w.writeStartElement(u"p:nvPr"_s);
    if (ph.index.isEmpty())
        writeEmpty(w, u"p:ph"_s, {{u"type"_s, ph.type}});
    else
        writeEmpty(w, u"p:ph"_s, {{u"type"_s, ph.type}, {u"idx"_s, ph.index}});
    w.writeEndElement();
    w.writeEndElement(); // p:nvSpPr
    w.writeStartElement(u"p:spPr"_s);
    w.writeStartElement(u"a:xfrm"_s);
    writeEmpty(w, u"a:off"_s, {{u"x"_s, QString::number(ph.x)}, {u"y"_s, QString::number(ph.y)}});
    writeEmpty(w, u"a:ext"_s, {{u"cx"_s, QString::number(ph.cx)}, {u"cy"_s, QString::number(ph.cy)}});
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(u"p:txBody"_s);
    writeEmpty(w, u"a:bodyPr"_s);
    writeEmpty(w, u"a:lstStyle"_s);
    w.writeStartElement(u"a:p"_s);
    writeEmpty(w, u"a:endParaRPr"_s, {{u"lang"_s, u"zh-CN"_s}, {u"altLang"_s, u"en-US"_s}});
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // p:sp
}

// A level-1 paragraph style with the theme's fonts (+mj for titles, +mn for text).
void writeLevelStyle(QXmlStreamWriter &w, const QString &element, int size, bool major, const QString &align = u"l"_s)
{
    w.writeStartElement(element);
    w.writeAttribute(u"algn"_s, align);
    w.writeStartElement(u"a:defRPr"_s);
    w.writeAttribute(u"lang"_s, u"zh-CN"_s);
    w.writeAttribute(u"altLang"_s, u"en-US"_s);
    w.writeAttribute(u"sz"_s, QString::number(size));
    w.writeStartElement(u"a:solidFill"_s);
    writeVal(w, u"a:schemeClr"_s, u"tx1"_s);
    w.writeEndElement();
    writeEmpty(w, u"a:latin"_s, {{u"typeface"_s, major ? u"+mj-lt"_s : u"+mn-lt"_s}});
    writeEmpty(w, u"a:ea"_s, {{u"typeface"_s, major ? u"+mj-ea"_s : u"+mn-ea"_s}});
    writeEmpty(w, u"a:cs"_s, {{u"typeface"_s, major ? u"+mj-cs"_s : u"+mn-cs"_s}});
    w.writeEndElement();
    w.writeEndElement();
}

const QString TitleLayoutName = u"Title Slide"_s;
const QString TitleOnlyLayoutName = u"Title Only"_s;

} // namespace

QByteArray themeXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"a:theme"_s);
    w.writeNamespace(Ns::a.toString(), u"a"_s);
    w.writeAttribute(u"name"_s, u"Duizhao"_s);
    w.writeStartElement(u"a:themeElements"_s);

    w.writeStartElement(u"a:clrScheme"_s);
    w.writeAttribute(u"name"_s, u"Duizhao"_s);
    const QList<std::pair<QString, QString>> colours {
        {u"a:dk1"_s, u"262626"_s},
        {u"a:lt1"_s, u"FFFFFF"_s},
        {u"a:dk2"_s, u"1F3864"_s},
        {u"a:lt2"_s, u"E7E6E6"_s},
        {u"a:accent1"_s, u"1F77B4"_s},
        {u"a:accent2"_s, u"D55E00"_s},
        {u"a:accent3"_s, u"009E73"_s},
        {u"a:accent4"_s, u"CC79A7"_s},
        {u"a:accent5"_s, u"E69F00"_s},
        {u"a:accent6"_s, u"56B4E9"_s},
        {u"a:hlink"_s, u"0563C1"_s},
        {u"a:folHlink"_s, u"954F72"_s},
    };
    for (const auto &[element, hex] : colours)
        writeSrgb(w, element, hex);
    w.writeEndElement();

    w.writeStartElement(u"a:fontScheme"_s);
    w.writeAttribute(u"name"_s, u"Duizhao"_s);
    writeThemeFont(w, u"a:majorFont"_s);
    writeThemeFont(w, u"a:minorFont"_s);
    w.writeEndElement();

    // The format scheme needs three entries per list; the deck draws its own
    // fills, so plain ones do.
    w.writeStartElement(u"a:fmtScheme"_s);
    w.writeAttribute(u"name"_s, u"Duizhao"_s);
    w.writeStartElement(u"a:fillStyleLst"_s);
    for (int i = 0; i < 3; ++i)
        writeSchemeFill(w);
    w.writeEndElement();
    w.writeStartElement(u"a:lnStyleLst"_s);
    for (const QString &width : {u"6350"_s, u"12700"_s, u"19050"_s}) {
        w.writeStartElement(u"a:ln"_s);
        w.writeAttribute(u"w"_s, width);
        writeSchemeFill(w);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(u"a:effectStyleLst"_s);
    for (int i = 0; i < 3; ++i) {
        w.writeStartElement(u"a:effectStyle"_s);
        writeEmpty(w, u"a:effectLst"_s);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(u"a:bgFillStyleLst"_s);
    for (int i = 0; i < 3; ++i)
        writeSchemeFill(w);
    w.writeEndElement();
    w.writeEndElement(); // a:fmtScheme

    w.writeEndElement(); // a:themeElements
    writeEmpty(w, u"a:objectDefaults"_s);
    writeEmpty(w, u"a:extraClrSchemeLst"_s);
    return part.finish();
}

QByteArray slideMasterXml(const QStringList &layoutRelationships)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"p:sldMaster"_s);
    declarePresentationNamespaces(w);
    w.writeStartElement(u"p:cSld"_s);
    w.writeStartElement(u"p:bg"_s);
    w.writeStartElement(u"p:bgRef"_s);
    w.writeAttribute(u"idx"_s, u"1001"_s);
    writeVal(w, u"a:schemeClr"_s, u"bg1"_s);
    w.writeEndElement();
    w.writeEndElement();
    writeGroupShapeStart(w);
    writePlaceholder(w, 2, {u"title"_s, QString(), u"Title Placeholder 1"_s, 457200, 228600, 11277600, 777240});
    writePlaceholder(w, 3, {u"body"_s, u"1"_s, u"Text Placeholder 2"_s, 457200, 1097280, 11277600, 4572000});
    w.writeEndElement(); // p:spTree
    w.writeEndElement(); // p:cSld
    writeEmpty(w, u"p:clrMap"_s,
        {{u"bg1"_s, u"lt1"_s}, {u"tx1"_s, u"dk1"_s}, {u"bg2"_s, u"lt2"_s}, {u"tx2"_s, u"dk2"_s}, {u"accent1"_s, u"accent1"_s}, {u"accent2"_s, u"accent2"_s},
            {u"accent3"_s, u"accent3"_s}, {u"accent4"_s, u"accent4"_s}, {u"accent5"_s, u"accent5"_s}, {u"accent6"_s, u"accent6"_s}, {u"hlink"_s, u"hlink"_s},
            {u"folHlink"_s, u"folHlink"_s}});
    w.writeStartElement(u"p:sldLayoutIdLst"_s);
    for (qsizetype i = 0; i < layoutRelationships.size(); ++i)
        writeEmpty(w, u"p:sldLayoutId"_s, {{u"id"_s, QString::number(FirstMasterId + 1 + i)}, {u"r:id"_s, layoutRelationships[i]}});
    w.writeEndElement();
    w.writeStartElement(u"p:txStyles"_s);
    w.writeStartElement(u"p:titleStyle"_s);
    writeLevelStyle(w, u"a:lvl1pPr"_s, 2800, true);
    w.writeEndElement();
    w.writeStartElement(u"p:bodyStyle"_s);
    writeLevelStyle(w, u"a:lvl1pPr"_s, 2000, false);
    w.writeEndElement();
    w.writeStartElement(u"p:otherStyle"_s);
    writeLevelStyle(w, u"a:lvl1pPr"_s, 1800, false);
    w.writeEndElement();
    w.writeEndElement(); // p:txStyles
    return part.finish();
}

QByteArray slideLayoutXml(SlideLayout layout)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"p:sldLayout"_s);
    declarePresentationNamespaces(w);
    const bool title = layout == SlideLayout::Title;
    w.writeAttribute(u"type"_s, title ? u"title"_s : u"titleOnly"_s);
    w.writeAttribute(u"preserve"_s, u"1"_s);
    w.writeStartElement(u"p:cSld"_s);
    w.writeAttribute(u"name"_s, title ? TitleLayoutName : TitleOnlyLayoutName);
    writeGroupShapeStart(w);
    if (title) {
        writePlaceholder(w, 2, {u"ctrTitle"_s, QString(), u"Title 1"_s, 914400, 1965960, 10363200, 1463040});
        writePlaceholder(w, 3, {u"subTitle"_s, u"1"_s, u"Subtitle 2"_s, 1828800, 3566160, 8534400, 1097280});
    } else {
        writePlaceholder(w, 2, {u"title"_s, QString(), u"Title 1"_s, 457200, 228600, 11277600, 777240});
    }
    w.writeEndElement(); // p:spTree
    w.writeEndElement(); // p:cSld
    w.writeStartElement(u"p:clrMapOvr"_s);
    writeEmpty(w, u"a:masterClrMapping"_s);
    w.writeEndElement();
    return part.finish();
}

QByteArray presentationXml(const QString &masterRelationship, const QStringList &slideRelationships)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"p:presentation"_s);
    declarePresentationNamespaces(w);
    w.writeAttribute(u"saveSubsetFonts"_s, u"1"_s);
    w.writeStartElement(u"p:sldMasterIdLst"_s);
    writeEmpty(w, u"p:sldMasterId"_s, {{u"id"_s, QString::number(FirstMasterId)}, {u"r:id"_s, masterRelationship}});
    w.writeEndElement();
    if (!slideRelationships.isEmpty()) {
        w.writeStartElement(u"p:sldIdLst"_s);
        for (qsizetype i = 0; i < slideRelationships.size(); ++i)
            writeEmpty(w, u"p:sldId"_s, {{u"id"_s, QString::number(FirstSlideId + i)}, {u"r:id"_s, slideRelationships[i]}});
        w.writeEndElement();
    }
    writeEmpty(w, u"p:sldSz"_s, {{u"cx"_s, QString::number(SlideWidth)}, {u"cy"_s, QString::number(SlideHeight)}});
    writeEmpty(w, u"p:notesSz"_s, {{u"cx"_s, u"6858000"_s}, {u"cy"_s, u"9144000"_s}});
    w.writeStartElement(u"p:defaultTextStyle"_s);
    w.writeStartElement(u"a:defPPr"_s);
    writeEmpty(w, u"a:defRPr"_s, {{u"lang"_s, u"zh-CN"_s}, {u"altLang"_s, u"en-US"_s}});
    w.writeEndElement();
    writeLevelStyle(w, u"a:lvl1pPr"_s, 1800, false);
    w.writeEndElement();
    return part.finish();
}

QByteArray presentationPropertiesXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"p:presentationPr"_s);
    declarePresentationNamespaces(w);
    return part.finish();
}

QByteArray viewPropertiesXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"p:viewPr"_s);
    declarePresentationNamespaces(w);
    return part.finish();
}

QByteArray tableStylesXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"a:tblStyleLst"_s);
    w.writeNamespace(Ns::a.toString(), u"a"_s);
    // PowerPoint's built-in "Medium Style 2 - Accent 1"; tables here carry
    // their own formatting, this only names the default for new ones.
    w.writeAttribute(u"def"_s, u"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"_s);
    return part.finish();
}

QByteArray appPropertiesXml(int slides)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"Properties"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s);
    w.writeNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"_s, u"vt"_s);
    w.writeTextElement(u"Application"_s, u"Duizhao"_s);
    w.writeTextElement(u"PresentationFormat"_s, u"16:9"_s);
    w.writeTextElement(u"Slides"_s, QString::number(slides));
    return part.finish();
}

QByteArray corePropertiesXml(const QString &title, const QDateTime &created)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"cp:coreProperties"_s);
    w.writeNamespace(u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s, u"cp"_s);
    w.writeNamespace(u"http://purl.org/dc/elements/1.1/"_s, u"dc"_s);
    w.writeNamespace(u"http://purl.org/dc/terms/"_s, u"dcterms"_s);
    w.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    if (!title.isEmpty())
        writeTextElement(w, u"dc:title"_s, title);
    w.writeTextElement(u"dc:creator"_s, u"Duizhao"_s);
    const QString stamp = created.toUTC().toString(Qt::ISODate);
    for (const QString &element : {u"dcterms:created"_s, u"dcterms:modified"_s}) {
        w.writeStartElement(element);
        w.writeAttribute(u"xsi:type"_s, u"dcterms:W3CDTF"_s);
        w.writeCharacters(stamp);
        w.writeEndElement();
    }
    return part.finish();
}

} // namespace Dz::Internal
