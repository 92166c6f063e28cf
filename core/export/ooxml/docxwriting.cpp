#include "export/ooxml/docxwriting.h"

#include "export/ooxml/ooxmlwriting.h"

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

QString wordprocessingNamespace()
{
    return u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
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

// <w:name w:val="…"/>: WordprocessingML qualifies its attributes.
void writeWVal(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    writeEmpty(w, name, {{u"w:val"_s, value}});
}

// One run of text; tabs and line ends inside become Word's own elements.
void writeRun(QXmlStreamWriter &w, const QString &text, bool bold, int halfPoints)
{
    w.writeStartElement(u"w:r"_s);
    if (bold || halfPoints > 0) {
        w.writeStartElement(u"w:rPr"_s);
        if (bold) {
            writeEmpty(w, u"w:b"_s);
            writeEmpty(w, u"w:bCs"_s);
        }
        if (halfPoints > 0) {
            writeWVal(w, u"w:sz"_s, QString::number(halfPoints));
            writeWVal(w, u"w:szCs"_s, QString::number(halfPoints));
        }
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

} // namespace Dz::Internal
