#include "export/ooxml/drawingtext.h"

#include "export/ooxml/ooxmlwriting.h"

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

void writeTypefaces(QXmlStreamWriter &w)
{
    const auto face = [&w](const QString &element, QStringView typeface) {
        writeEmpty(w, element,
            {{u"typeface"_s, typeface.toString()}, {u"panose"_s, TypefacePanose.toString()}, {u"pitchFamily"_s, TypefacePitchFamily.toString()},
                {u"charset"_s, TypefaceCharset.toString()}});
    };
    face(u"a:latin"_s, LatinTypeface);
    face(u"a:ea"_s, EastAsianTypeface);
}

void writeRunProperties(QXmlStreamWriter &w, const QString &element, const RunStyle &style)
{
    w.writeStartElement(element);
    w.writeAttribute(u"lang"_s, u"zh-CN"_s);
    w.writeAttribute(u"altLang"_s, u"en-US"_s);
    w.writeAttribute(u"sz"_s, QString::number(style.size));
    w.writeAttribute(u"b"_s, style.bold ? u"1"_s : u"0"_s);
    w.writeAttribute(u"dirty"_s, u"0"_s);
    if (!style.colour.isEmpty())
        writeSolidFill(w, style.colour);
    writeTypefaces(w);
    w.writeEndElement();
}

void writeParagraphs(QXmlStreamWriter &w, const QString &text, const RunStyle &style, const QString &align)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        w.writeStartElement(u"a:p"_s);
        if (!align.isEmpty())
            writeEmpty(w, u"a:pPr"_s, {{u"algn"_s, align}});
        if (!line.isEmpty()) {
            w.writeStartElement(u"a:r"_s);
            writeRunProperties(w, u"a:rPr"_s, style);
            writeTextElement(w, u"a:t"_s, line);
            w.writeEndElement();
        }
        writeRunProperties(w, u"a:endParaRPr"_s, style);
        w.writeEndElement();
    }
}

void writeSolidFill(QXmlStreamWriter &w, const QString &colour)
{
    w.writeStartElement(u"a:solidFill"_s);
    writeVal(w, u"a:srgbClr"_s, srgb(colour));
    w.writeEndElement();
}

} // namespace Dz::Internal
