#include "reading/ofdreader.h"

#include "reading/pagelayout.h"
#include "reading/zippackage.h"

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

// DeltaX: "3 3 3" or with repeats, "g 4 3.5 2" (four times 3.5, then 2).
QList<double> deltas(QStringView text)
{
    QList<double> out;
    const auto parts = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == u"g" && i + 2 < parts.size()) {
            const int n = qBound(0, parts.at(i + 1).toInt(), 100000);
            const double v = parts.at(i + 2).toDouble();
            for (int k = 0; k < n; ++k)
                out.append(v);
            i += 2;
        } else {
            out.append(parts.at(i).toDouble());
        }
    }
    return out;
}

QSizeF pageSize(QStringView physicalBox)
{
    const QList<double> box = numbers(physicalBox);
    return box.size() == 4 ? QSizeF(box.at(2), box.at(3)) : QSizeF(210, 297);
}

// The runs of one Content.xml; TextObjects inside PageBlocks count as well.
QList<PlacedText> readContent(const QByteArray &data, bool *ok)
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
            const QList<double> dx = deltas(xml.attributes().value(u"DeltaX"));
            const QString text = xml.readElementText();
            if (text.isEmpty())
                continue;
            double width = size;
            for (qsizetype i = 0; i < dx.size() && i + 1 < text.size(); ++i)
                width += dx.at(i);
            if (dx.isEmpty())
                width = size * text.size();
            // Y is the baseline; the glyphs stand about 0.85 em above it.
            const QRectF box(boundary.left() + x, boundary.top() + y - size * 0.85, width, size);
            runs.append({text, box, false});
        }
    }
    *ok = !xml.hasError();
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

Result<SourceDocument> OfdReader::read(const QByteArray &bytes, const QString &fileName) const
{
    auto zip = ZipPackage::open(bytes, fileName);
    if (!zip)
        return Result<SourceDocument>::failure(zip.error());
    auto entry = zip->read(u"OFD.xml"_s);
    if (!entry)
        return Result<SourceDocument>::failure(tr("%1: not an OFD document: the package has no OFD.xml.").arg(fileName));

    QString docRoot;
    {
        QXmlStreamReader xml(entry.value());
        while (!xml.atEnd()) {
            if (xml.readNextStartElement() && xml.name() == u"DocRoot") {
                docRoot = ZipPackage::resolve(QString(), xml.readElementText().trimmed());
                break;
            }
        }
    }
    if (docRoot.isEmpty() || !zip->contains(docRoot))
        return Result<SourceDocument>::failure(tr("%1: the OFD document is damaged: OFD.xml names no document root that the package holds.").arg(fileName));
    auto document = zip->read(docRoot);
    if (!document)
        return Result<SourceDocument>::failure(document.error());

    QStringList pagePaths;
    QSizeF defaultSize(210, 297);
    {
        QXmlStreamReader xml(document.value());
        bool inCommon = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"CommonData")
                    inCommon = true;
                else if (inCommon && xml.name() == u"PhysicalBox")
                    defaultSize = pageSize(xml.readElementText());
                else if (xml.name() == u"Page" && xml.attributes().hasAttribute(u"BaseLoc"))
                    pagePaths.append(ZipPackage::resolve(docRoot, xml.attributes().value(u"BaseLoc").toString()));
            } else if (xml.isEndElement() && xml.name() == u"CommonData") {
                inCommon = false;
            }
        }
        if (xml.hasError())
            return Result<SourceDocument>::failure(tr("%1: the OFD document is damaged: %2 is not well-formed XML.").arg(fileName, docRoot));
    }
    if (pagePaths.isEmpty())
        return Result<SourceDocument>::failure(tr("%1: the OFD document has no pages.").arg(fileName));

    QList<PlacedPage> pages;
    for (const QString &path : std::as_const(pagePaths)) {
        auto content = zip->read(path);
        if (!content)
            return Result<SourceDocument>::failure(content.error());
        bool ok = true;
        PlacedPage page;
        page.size = defaultSize;
        page.runs = readContent(content.value(), &ok);
        if (!ok)
            return Result<SourceDocument>::failure(tr("%1: the OFD document is damaged: %2 is not well-formed XML.").arg(fileName, path));
        pages.append(std::move(page));
    }
    const QString text = PageLayout::paragraphs(pages);
    if (text.trimmed().isEmpty())
        return Result<SourceDocument>::failure(tr("%1: the OFD document has no text (its pages may be scanned pictures).").arg(fileName));

    SourceDocument doc;
    doc.text = text;
    doc.format = format();
    doc.encoding = u"UTF-8"_s;
    doc.mimeType = u"application/ofd"_s;
    doc.original = bytes;
    return doc;
}

} // namespace Dz
