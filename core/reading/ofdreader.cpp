#include "reading/ofdreader.h"

#include "reading/pagelayout.h"
#include "reading/readlimits.h"
#include "reading/zippackage.h"

#include <QSet>

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QList<double> numbers(QStringView text)
{
    QList<double> out;
    const auto parts = text.split(u' ', Qt::SkipEmptyParts);
    for (const auto &p : parts)
        out.append(p.toDouble());
    return out;
}

// The sum of the first @p count advances of a DeltaX: "3 3 3", or with
// repeats, "g 4 3.5 2" (four times 3.5, then 2). Only the advances a run's
// glyphs use are read, and a repeat is added as a product, never spelled
// out: "g 100000 1" costs nothing.
double advance(QStringView deltaX, qsizetype count)
{
    double sum = 0;
    const auto parts = deltaX.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size() && count > 0; ++i) {
        if (parts.at(i) == u"g" && i + 2 < parts.size()) {
            const qsizetype n = qMin<qsizetype>(qMax(0, parts.at(i + 1).toInt()), count);
            sum += n * parts.at(i + 2).toDouble();
            count -= n;
            i += 2;
        } else {
            sum += parts.at(i).toDouble();
            --count;
        }
    }
    return sum;
}

QSizeF pageSize(QStringView physicalBox)
{
    const QList<double> box = numbers(physicalBox);
    return box.size() == 4 ? QSizeF(box.at(2), box.at(3)) : QSizeF(210, 297);
}

// The runs of one Content.xml; TextObjects inside PageBlocks count as well.
// @p length counts the characters read so far, of every page; false with
// @p tooLong set when it passes the limit of a report.
QList<PlacedText> readContent(const QByteArray &data, bool *ok, qsizetype &length, bool *tooLong)
{
    QList<PlacedText> runs;
    QXmlStreamReader xml(data);
    QRectF boundary;
    double size = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TextObject") {
            const QList<double> b = numbers(xml.attributes().value(u"Boundary"));
            boundary = b.size() == 4 ? QRectF(b.at(0), b.at(1), b.at(2), b.at(3)) : QRectF();
            size = xml.attributes().value(u"Size").toDouble();
            if (size <= 0)
                size = boundary.height() > 0 ? boundary.height() : 3.5;
        } else if (xml.name() == u"TextCode") {
            const double x = xml.attributes().value(u"X").toDouble();
            const double y = xml.attributes().value(u"Y").toDouble();
            const QString deltaX = xml.attributes().value(u"DeltaX").toString();
            const QString text = xml.readElementText();
            if (text.isEmpty())
                continue;
            length += text.size();
            if (length > ReadLimits::MaxTextLength) {
                *tooLong = true;
                break;
            }
            // Without advances, glyphs stand one em apart.
            const double width = deltaX.trimmed().isEmpty() ? size * text.size() : size + advance(deltaX, text.size() - 1);
            // Y is the baseline; the glyphs stand about 0.85 em above it.
            const QRectF box(boundary.left() + x, boundary.top() + y - size * 0.85, width, size);
            runs.append({text, box, false});
        }
    }
    *ok = *tooLong || !xml.hasError();
    return runs;
}

} // namespace

QString OfdReader::format() const
{
    return u"ofd"_s;
}

int OfdReader::confidence(const QByteArray &bytes, const QString &suffix) const
{
    if (!bytes.startsWith("PK\x03\x04"))
        return 0;
    if (bytes.left(64 * 1024).contains("OFD.xml"))
        return 95;
    return suffix == u"ofd"_s ? 80 : 0;
}

namespace
{

// The document root OFD.xml names (Doc_0/Document.xml), which the package must hold.
Result<QString> documentRoot(const ZipPackage &zip, const QString &fileName)
{
    const auto entry = zip.read(u"OFD.xml"_s);
    if (!entry)
        return Failure(OfdReader::tr("%1: not an OFD document: the package has no OFD.xml.").arg(fileName));
    QString root;
    QXmlStreamReader xml(entry.value());
    while (!xml.atEnd()) {
        if (xml.readNextStartElement() && xml.name() == u"DocRoot") {
            root = ZipPackage::resolve(QString(), xml.readElementText().trimmed());
            break;
        }
    }
    if (root.isEmpty() || !zip.contains(root))
        return Failure(OfdReader::tr("%1: the OFD document is damaged: OFD.xml names no document root that the package holds.").arg(fileName));
    return root;
}

/// The pages a document root lists, in order, and their size unless a page says otherwise.
struct PageList {
    QStringList paths;
    QSizeF defaultSize {210, 297};
};

// The document root's page list, refused when it is empty, over the page
// limit, or lists a page again and again (each listing would be inflated and
// laid out anew).
Result<PageList> pageList(const ZipPackage &zip, const QString &root, const QString &fileName)
{
    const auto document = zip.read(root);
    if (!document)
        return Failure(document.error());
    PageList list;
    QXmlStreamReader xml(document.value());
    bool inCommon = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"CommonData")
                inCommon = true;
            else if (inCommon && xml.name() == u"PhysicalBox")
                list.defaultSize = pageSize(xml.readElementText());
            else if (xml.name() == u"Page" && xml.attributes().hasAttribute(u"BaseLoc"))
                list.paths.append(ZipPackage::resolve(root, xml.attributes().value(u"BaseLoc").toString()));
        } else if (xml.isEndElement() && xml.name() == u"CommonData") {
            inCommon = false;
        }
    }
    if (xml.hasError())
        return Failure(OfdReader::tr("%1: the OFD document is damaged: %2 is not well-formed XML.").arg(fileName, root));
    if (list.paths.isEmpty())
        return Failure(OfdReader::tr("%1: the OFD document has no pages.").arg(fileName));
    if (list.paths.size() > ReadLimits::MaxPages)
        return Failure(ReadLimits::tooManyPages(fileName, list.paths.size()));
    if (const qsizetype distinct = QSet<QString>(list.paths.cbegin(), list.paths.cend()).size(); distinct < list.paths.size()) {
        return Failure(
            OfdReader::tr("%1: the OFD document is damaged: it lists %2 pages but only %3 different ones.").arg(fileName).arg(list.paths.size()).arg(distinct));
    }
    return list;
}

// Each page's text codes, placed; the text of all pages together is held to ReadLimits.
Result<QList<PlacedPage>> readPages(const ZipPackage &zip, const PageList &list, const QString &fileName)
{
    QList<PlacedPage> pages;
    qsizetype length = 0;
    for (const QString &path : list.paths) {
        const auto content = zip.read(path);
        if (!content)
            return Failure(content.error());
        bool ok = true;
        bool tooLong = false;
        PlacedPage page;
        page.size = list.defaultSize;
        page.runs = readContent(content.value(), &ok, length, &tooLong);
        if (tooLong)
            return Failure(ReadLimits::tooLong(fileName));
        if (!ok)
            return Failure(OfdReader::tr("%1: the OFD document is damaged: %2 is not well-formed XML.").arg(fileName, path));
        pages.append(std::move(page));
    }
    return pages;
}

} // namespace

Result<SourceDocument> OfdReader::read(const QByteArray &bytes, const QString &fileName) const
{
    const auto zip = ZipPackage::open(bytes, fileName);
    if (!zip)
        return Failure(zip.error());
    const Result<QString> root = documentRoot(*zip, fileName);
    if (!root)
        return Failure(root.error());
    const Result<PageList> list = pageList(*zip, *root, fileName);
    if (!list)
        return Failure(list.error());
    const Result<QList<PlacedPage>> pages = readPages(*zip, *list, fileName);
    if (!pages)
        return Failure(pages.error());
    const QString text = PageLayout::paragraphs(*pages);
    if (text.trimmed().isEmpty())
        return Failure(tr("%1: the OFD document has no text (its pages may be scanned pictures).").arg(fileName));

    SourceDocument doc;
    doc.text = text;
    doc.format = format();
    doc.encoding = u"UTF-8"_s;
    doc.mimeType = u"application/ofd"_s;
    doc.original = bytes;
    return doc;
}

} // namespace Dz
