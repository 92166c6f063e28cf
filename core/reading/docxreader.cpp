#include "reading/docxreader.h"

#include "reading/docxnumbering.h"
#include "reading/readlimits.h"
#include "reading/zippackage.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;

QString wAttr(const QXmlStreamReader &xml, QLatin1StringView name)
{
    const auto attrs = xml.attributes();
    QStringView v = attrs.value(W, name);
    if (v.isNull()) {
        // Strict OOXML and some generators use another namespace URI for the same prefix.
        for (const auto &a : attrs) {
            if (a.name() == name)
                return a.value().toString();
        }
    }
    return v.toString();
}

// Relationship targets of a part, by type suffix ("officeDocument", "numbering"…).
QHash<QString, QString> relationships(const ZipPackage &zip, const QString &relsPath, const QString &sourcePart)
{
    QHash<QString, QString> out;
    auto data = zip.read(relsPath);
    if (!data)
        return out;
    QXmlStreamReader xml(data.value());
    while (!xml.atEnd()) {
        if (xml.readNextStartElement() && xml.name() == u"Relationship") {
            const QString type = xml.attributes().value(u"Type").toString();
            const QString target = xml.attributes().value(u"Target").toString();
            const QString mode = xml.attributes().value(u"TargetMode").toString();
            if (mode == u"External"_s)
                continue;
            const QString kind = type.section(u'/', -1);
            if (!out.contains(kind))
                out.insert(kind, ZipPackage::resolve(sourcePart, target));
        }
    }
    return out;
}

struct Style {
    QString basedOn;
    int numId = -1;
    int ilvl = -1;
};

QHash<QString, Style> readStyles(const QByteArray &data)
{
    QHash<QString, Style> styles;
    QXmlStreamReader xml(data);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"style") {
                current = wAttr(xml, "styleId"_L1);
                styles.insert(current, Style());
            } else if (!current.isEmpty() && name == u"basedOn") {
                styles[current].basedOn = wAttr(xml, "val"_L1);
            } else if (!current.isEmpty() && name == u"numId") {
                styles[current].numId = wAttr(xml, "val"_L1).toInt();
            } else if (!current.isEmpty() && name == u"ilvl") {
                styles[current].ilvl = wAttr(xml, "val"_L1).toInt();
            }
        } else if (xml.isEndElement() && xml.name() == u"style") {
            current.clear();
        }
    }
    return styles;
}

class BodyReader
{
public:
    /// Why a read stopped before the end.
    enum class Stop { None, TooDeep, TooLong };

    BodyReader(DocxNumbering &numbering, const QHash<QString, Style> &styles)
        : m_numbering(numbering)
        , m_styles(styles)
    {
    }

    bool read(const QByteArray &data)
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"body") {
                readContainer(xml, m_lines);
            }
        }
        return !xml.hasError();
    }

    QStringList lines() const
    {
        return m_lines;
    }

    Stop stop() const
    {
        return m_stop;
    }

private:
    // Every reading function below calls itself for nested elements; one
    // guard each keeps a document of deeply nested hyperlinks, tables or
    // text boxes from exhausting the stack.
    class Nesting
    {
    public:
        Nesting(BodyReader &reader, QXmlStreamReader &xml)
            : m_reader(reader)
        {
            if (++m_reader.m_depth > ReadLimits::MaxDepth)
                m_reader.halt(xml, Stop::TooDeep);
        }
        ~Nesting()
        {
            --m_reader.m_depth;
        }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;

        /// True once the read stopped (too deep here, or earlier for any reason).
        bool stopped() const
        {
            return m_reader.m_stop != Stop::None;
        }

    private:
        BodyReader &m_reader;
    };

    // Stops reading: the XML reader's error ends every loop above.
    void halt(QXmlStreamReader &xml, Stop why)
    {
        if (m_stop == Stop::None)
            m_stop = why;
        xml.raiseError(u"limit"_s);
    }

    // Counts @p added characters of text against the limit of a report.
    bool grow(QXmlStreamReader &xml, qsizetype added)
    {
        m_length += added;
        if (m_length <= ReadLimits::MaxTextLength)
            return true;
        halt(xml, Stop::TooLong);
        return false;
    }

    // Paragraphs, tables and content controls, until the current element ends.
    void readContainer(QXmlStreamReader &xml, QStringList &out)
    {
        const Nesting nesting(*this, xml);
        if (nesting.stopped())
            return;
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == u"p") {
                QString text = readParagraph(xml);
                if (!grow(xml, text.size()))
                    return;
                out.append(text);
            } else if (name == u"tbl") {
                readTable(xml, out);
            } else if (name == u"sdt" || name == u"sdtContent" || name == u"customXml" || name == u"ins" || name == u"smartTag") {
                readContainer(xml, out);
            } else {
                xml.skipCurrentElement();
            }
        }
    }

    void readTable(QXmlStreamReader &xml, QStringList &out)
    {
        const Nesting nesting(*this, xml);
        if (nesting.stopped())
            return;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"tr") {
                QStringList cells;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"tc") {
                        QStringList paragraphs;
                        readContainer(xml, paragraphs);
                        paragraphs.removeAll(QString());
                        cells.append(paragraphs.join(u' '));
                    } else if (xml.name() == u"sdt" || xml.name() == u"sdtContent") {
                        continue; // a cell inside a content control: read on inside it
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                while (!cells.isEmpty() && cells.back().isEmpty())
                    cells.removeLast();
                out.append(cells.join(u'\t'));
            } else if (xml.name() == u"tbl") {
                readTable(xml, out);
            } else {
                xml.skipCurrentElement();
            }
        }
    }

    int styleNumbering(const QString &styleId, int *ilvl) const
    {
        QString id = styleId;
        for (int depth = 0; depth < 10 && !id.isEmpty(); ++depth) {
            const Style s = m_styles.value(id);
            if (s.numId >= 0) {
                if (*ilvl < 0)
                    *ilvl = s.ilvl;
                return s.numId;
            }
            if (*ilvl < 0 && s.ilvl >= 0)
                *ilvl = s.ilvl;
            id = s.basedOn;
        }
        return -1;
    }

    QString readParagraph(QXmlStreamReader &xml)
    {
        QString text;
        QString styleId;
        int numId = -1;
        int ilvl = -1;
        readRuns(xml, text, &styleId, &numId, &ilvl);
        if (numId < 0)
            numId = styleNumbering(styleId, &ilvl);
        QString marker;
        if (numId > 0)
            marker = m_numbering.next(numId, qMax(0, ilvl));
        return QString(marker + text).trimmed();
    }

    // Text of the runs under the current element (a paragraph, a hyperlink,
    // an inserted revision…), skipping what a reader does not see.
    void readRuns(QXmlStreamReader &xml, QString &text, QString *styleId, int *numId, int *ilvl)
    {
        const Nesting nesting(*this, xml);
        if (nesting.stopped())
            return;
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == u"pPr" && styleId) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"pStyle") {
                        *styleId = wAttr(xml, "val"_L1);
                        xml.skipCurrentElement();
                    } else if (xml.name() == u"numPr") {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numId")
                                *numId = wAttr(xml, "val"_L1).toInt();
                            else if (xml.name() == u"ilvl")
                                *ilvl = wAttr(xml, "val"_L1).toInt();
                            xml.skipCurrentElement();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else if (name == u"r") {
                readRun(xml, text);
            } else if (name == u"hyperlink" || name == u"ins" || name == u"smartTag" || name == u"fldSimple" || name == u"sdt" || name == u"sdtContent"
                || name == u"customXml" || name == u"bdo" || name == u"dir") {
                readRuns(xml, text, nullptr, nullptr, nullptr);
            } else {
                // del (deleted revisions), bookmarks, proofing marks, comments' ranges.
                xml.skipCurrentElement();
            }
        }
    }

    void readRun(QXmlStreamReader &xml, QString &text)
    {
        const Nesting nesting(*this, xml);
        if (nesting.stopped())
            return;
        bool hidden = false;
        QString own;
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == u"rPr") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"vanish" || xml.name() == u"webHidden") {
                        const QString v = wAttr(xml, "val"_L1);
                        hidden = v.isEmpty() || (v != u"0"_s && v != u"false"_s);
                    }
                    xml.skipCurrentElement();
                }
            } else if (name == u"t") {
                own += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // One paragraph of millions of runs is a report's text too.
                if (text.size() + own.size() > ReadLimits::MaxTextLength) {
                    halt(xml, Stop::TooLong);
                    return;
                }
            } else if (name == u"tab" || name == u"ptab") {
                own += u'\t';
                xml.skipCurrentElement();
            } else if (name == u"br" || name == u"cr") {
                own += u'\n';
                xml.skipCurrentElement();
            } else if (name == u"noBreakHyphen") {
                own += u'-';
                xml.skipCurrentElement();
            } else if (name == u"sym") {
                // Symbol-font characters (wingdings bullets) are not text.
                xml.skipCurrentElement();
            } else if (name == u"AlternateContent") {
                readAlternate(xml, own);
            } else if (name == u"drawing" || name == u"pict") {
                readTextBoxes(xml, own);
            } else {
                // instrText (field codes), delText, footnote and endnote references.
                xml.skipCurrentElement();
            }
        }
        if (!hidden)
            text += own;
    }

    // mc:AlternateContent carries the same content twice: read the first choice only.
    void readAlternate(QXmlStreamReader &xml, QString &text)
    {
        const Nesting nesting(*this, xml);
        if (nesting.stopped())
            return;
        bool done = false;
        while (xml.readNextStartElement()) {
            if (!done && xml.name() == u"Choice") {
                readTextBoxes(xml, text);
                done = true;
            } else if (!done && xml.name() == u"Fallback") {
                readTextBoxes(xml, text);
                done = true;
            } else {
                xml.skipCurrentElement();
            }
        }
    }

    void readTextBoxes(QXmlStreamReader &xml, QString &text)
    {
        const Nesting nesting(*this, xml);
        if (nesting.stopped())
            return;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"txbxContent") {
                QStringList inner;
                readContainer(xml, inner);
                inner.removeAll(QString());
                if (!inner.isEmpty())
                    text += u'\n' + inner.join(u'\n') + u'\n';
            } else {
                readTextBoxes(xml, text);
            }
        }
    }

    DocxNumbering &m_numbering;
    const QHash<QString, Style> &m_styles;
    QStringList m_lines;
    int m_depth = 0;
    qsizetype m_length = 0;
    Stop m_stop = Stop::None;
};

} // namespace

QString DocxReader::format() const
{
    return u"docx"_s;
}

int DocxReader::confidence(const QByteArray &bytes, const QString &suffix) const
{
    if (!bytes.startsWith("PK\x03\x04"))
        return 0;
    // The first local header names a part; Word writes [Content_Types].xml first.
    const QByteArray head = bytes.left(64 * 1024);
    if (head.contains("word/document.xml") || head.contains("word/_rels"))
        return 95;
    return suffix == u"docx"_s || suffix == u"docm"_s || suffix == u"dotx"_s ? 80 : 0;
}

Result<SourceDocument> DocxReader::read(const QByteArray &bytes, const QString &fileName) const
{
    auto zip = ZipPackage::open(bytes, fileName);
    if (!zip)
        return Failure(zip.error());
    if (zip->contains(u"EncryptedPackage"_s) || zip->contains(u"EncryptionInfo"_s))
        return Result<SourceDocument>::failure(
            tr("%1: the document is encrypted (protected by a password); save it without a password and import it again.").arg(fileName));

    QString main = relationships(*zip, u"_rels/.rels"_s, QString()).value(u"officeDocument"_s);
    if (main.isEmpty() || !zip->contains(main))
        main = u"word/document.xml"_s;
    if (!zip->contains(main))
        return Result<SourceDocument>::failure(tr("%1: not a Word document: the package has no word/document.xml.").arg(fileName));
    const QString relsPath = ZipPackage::resolve(main, u"_rels/"_s + main.section(u'/', -1) + u".rels"_s);
    const QHash<QString, QString> rels = relationships(*zip, relsPath, main);

    DocxNumbering numbering;
    const QString numberingPath = rels.value(u"numbering"_s, u"word/numbering.xml"_s);
    if (zip->contains(numberingPath)) {
        auto data = zip->read(numberingPath);
        if (!data)
            return Failure(data.error());
        numbering = DocxNumbering::parse(data.value());
    }
    QHash<QString, Style> styles;
    const QString stylesPath = rels.value(u"styles"_s, u"word/styles.xml"_s);
    if (zip->contains(stylesPath)) {
        auto data = zip->read(stylesPath);
        if (data)
            styles = readStyles(data.value());
    }

    auto document = zip->read(main);
    if (!document)
        return Failure(document.error());
    BodyReader body(numbering, styles);
    const bool wellFormed = body.read(document.value());
    if (body.stop() == BodyReader::Stop::TooDeep)
        return Result<SourceDocument>::failure(ReadLimits::tooDeep(fileName, main));
    if (body.stop() == BodyReader::Stop::TooLong)
        return Result<SourceDocument>::failure(ReadLimits::tooLong(fileName));
    if (!wellFormed)
        return Result<SourceDocument>::failure(tr("%1: the document is damaged: its text (%2) is not well-formed XML.").arg(fileName, main));

    QStringList lines;
    const QStringList paragraphs = body.lines();
    for (const QString &p : paragraphs) {
        // Line breaks inside a paragraph (w:br) are lines of their own, as in a saved text.
        const QStringList parts = p.split(u'\n');
        for (const QString &part : parts) {
            const QString t = part.trimmed();
            if (!t.isEmpty())
                lines.append(t);
        }
    }
    if (lines.isEmpty())
        return Result<SourceDocument>::failure(tr("%1: the document has no text (it may hold only pictures or scans).").arg(fileName));

    SourceDocument doc;
    doc.text = lines.join(u'\n');
    doc.format = format();
    doc.encoding = u"UTF-8"_s;
    doc.mimeType = u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s;
    doc.original = bytes;
    return doc;
}

} // namespace Dz
