#pragma once

// An independent reader of the Word documents Duizhao writes, for the tests:
// QXmlStreamReader over word/document.xml, sharing no code with the writer.

#include "ooxmlcheck.h"

#include <QXmlStreamReader>

namespace DocxCheck
{

using namespace Qt::StringLiterals;

struct Paragraph {
    QString style; ///< the style id; empty for the default (Normal)
    QString text; ///< w:t and w:tab ('\t'), field instructions left out
};

struct Table {
    QList<QStringList> rows; ///< each cell's text, its paragraphs joined by '\n'
    bool headerRepeats = false; ///< the first row is marked w:tblHeader
    QList<QStringList> alignments; ///< each cell's first paragraph's w:jc ("" when none)
};

struct Body {
    QList<Paragraph> paragraphs; ///< outside tables, in order
    QList<Table> tables;
    int pictures = 0;
    QStringList orientations; ///< one per section: "portrait" or "landscape"
    QStringList bookmarks;
    QStringList pageReferences; ///< the bookmarks PAGEREF fields name
    QStringList hyperlinkAnchors;
    QList<std::pair<qint64, qint64>> pictureExtents; ///< wp:extent cx, cy
};

inline QString attribute(const QXmlStreamReader &r, QStringView name)
{
    return r.attributes().value(u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s, name.toString()).toString();
}

inline Body read(const QByteArray &documentXml)
{
    Body body;
    QXmlStreamReader r(documentXml);
    int tableDepth = 0;
    Table *table = nullptr;
    QStringList *row = nullptr;
    QStringList *rowAlignments = nullptr;
    QString cell;
    QString cellAlignment;
    bool cellFirstParagraph = true;
    Paragraph paragraph;
    bool inParagraph = false;
    bool inInstruction = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const QStringView name = r.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"tbl") {
                if (++tableDepth == 1) {
                    body.tables.append(Table());
                    table = &body.tables.last();
                }
            } else if (name == u"tr" && table) {
                table->rows.append(QStringList());
                row = &table->rows.last();
                table->alignments.append(QStringList());
                rowAlignments = &table->alignments.last();
            } else if (name == u"tblHeader" && table && table->rows.size() == 1) {
                table->headerRepeats = true;
            } else if (name == u"tc") {
                cell.clear();
                cellAlignment.clear();
                cellFirstParagraph = true;
            } else if (name == u"p") {
                inParagraph = true;
                paragraph = {};
                if (tableDepth > 0 && !cellFirstParagraph)
                    cell += u'\n';
            } else if (name == u"pStyle" && inParagraph) {
                paragraph.style = attribute(r, u"val");
            } else if (name == u"jc" && inParagraph && tableDepth > 0 && cellFirstParagraph) {
                cellAlignment = attribute(r, u"val");
            } else if (name == u"t" && inParagraph) {
                const QString text = r.readElementText();
                paragraph.text += text;
                if (tableDepth > 0)
                    cell += text;
            } else if (name == u"tab" && inParagraph && r.namespaceUri() == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                && !r.attributes().hasAttribute(u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s, u"pos"_s)) {
                paragraph.text += u'\t';
            } else if (name == u"instrText") {
                inInstruction = true;
                const QString instruction = r.readElementText().simplified();
                inInstruction = false;
                if (instruction.startsWith(u"PAGEREF "))
                    body.pageReferences.append(instruction.section(u' ', 1, 1));
            } else if (name == u"bookmarkStart") {
                body.bookmarks.append(attribute(r, u"name"));
            } else if (name == u"hyperlink") {
                body.hyperlinkAnchors.append(attribute(r, u"anchor"));
            } else if (name == u"inline") {
                ++body.pictures;
            } else if (name == u"extent") {
                body.pictureExtents.append({r.attributes().value(u"cx").toLongLong(), r.attributes().value(u"cy").toLongLong()});
            } else if (name == u"pgSz") {
                body.orientations.append(attribute(r, u"orient") == u"landscape" ? u"landscape"_s : u"portrait"_s);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"tbl") {
                if (--tableDepth == 0) {
                    table = nullptr;
                    row = nullptr;
                }
            } else if (name == u"tc" && row) {
                row->append(cell);
                rowAlignments->append(cellAlignment);
            } else if (name == u"p") {
                inParagraph = false;
                if (tableDepth == 0)
                    body.paragraphs.append(paragraph);
                else
                    cellFirstParagraph = false;
            }
        }
    }
    Q_UNUSED(inInstruction)
    return body;
}

/// The parts xmllint validates against wml.xsd: every WordprocessingML part.
inline OoxmlCheck::Parts wordParts(const OoxmlCheck::Parts &parts)
{
    OoxmlCheck::Parts word;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it.key().startsWith(u"word/") && it.key().endsWith(u".xml") && !it.key().contains(u"/_rels/"))
            word.insert(it.key(), it.value());
    }
    return word;
}

/// The paragraphs of @p body in style @p style.
inline QStringList paragraphsIn(const Body &body, const QString &style)
{
    QStringList texts;
    for (const Paragraph &p : body.paragraphs) {
        if (p.style == style)
            texts.append(p.text);
    }
    return texts;
}

} // namespace DocxCheck
