#include "reading/pdfreader.h"

#include "reading/pagelayout.h"
#include "reading/pdf_debug.h"
#include "reading/pdfocr.h"
#include "reading/readlimits.h"

#include <QImage>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// What Poppler said while this thread read a document: a PDF without text
// whose content Poppler could not parse is damaged, not blank.
thread_local int complaints = 0;
thread_local QString firstComplaint;

// Poppler prints its complaints about a damaged file to stderr; the reader
// already says what is wrong, so they go to a debug category instead.
void routePopplerMessages()
{
    static const bool routed = [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                if (complaints++ == 0)
                    firstComplaint = message.left(200);
                qCDebug(lcPdf) << message;
            },
            QVariant());
        return true;
    }();
    Q_UNUSED(routed);
    complaints = 0;
    firstComplaint.clear();
}

} // namespace

QString PdfReader::format() const
{
    return u"pdf"_s;
}

int PdfReader::confidence(const QByteArray &bytes, const QString &suffix) const
{
    // The header may follow a few bytes of junk (ISO 32000 allows 1024).
    const qsizetype at = bytes.left(1024).indexOf("%PDF-");
    if (at >= 0)
        return 100;
    return suffix == u"pdf"_s ? 20 : 0;
}

Result<SourceDocument> PdfReader::read(const QByteArray &bytes, const QString &fileName) const
{
    if (bytes.left(1024).indexOf("%PDF-") < 0)
        return Result<SourceDocument>::failure(tr("%1: not a PDF file (no %PDF header); the file may be damaged.").arg(fileName));
    routePopplerMessages();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Result<SourceDocument>::failure(tr("%1: the PDF is damaged and cannot be opened.").arg(fileName));
    if (document->isLocked())
        return Result<SourceDocument>::failure(
            tr("%1: the PDF is protected by a password; open it and save a copy without one, then import that.").arg(fileName));
    const int count = document->numPages();
    if (count <= 0)
        return Result<SourceDocument>::failure(tr("%1: the PDF has no pages.").arg(fileName));
    if (count > ReadLimits::MaxPages)
        return Result<SourceDocument>::failure(ReadLimits::tooManyPages(fileName, count));

    QList<PlacedPage> pages;
    qsizetype characters = 0;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        PlacedPage placed;
        placed.size = page->pageSizeF();
        const auto words = page->textList();
        for (const auto &word : words) {
            const QString text = word->text();
            characters += text.size();
            placed.runs.append({text, word->boundingBox(), word->hasSpaceAfter()});
        }
        if (characters > ReadLimits::MaxTextLength)
            return Result<SourceDocument>::failure(ReadLimits::tooLong(fileName));
        pages.append(std::move(placed));
    }
    const QString text = PageLayout::paragraphs(pages);
    if (characters == 0 || text.trimmed().size() < 10) {
        if (!drawsSomething(*document)) {
            if (complaints > 0) {
                return Result<SourceDocument>::failure(
                    tr("%1: the PDF is damaged: the content of its pages cannot be read (%2).").arg(fileName, firstComplaint));
            }
            return Result<SourceDocument>::failure(tr("%1: the PDF's %n page(s) are blank: no text and no pictures to read.", nullptr, count).arg(fileName));
        }
        // Scans are read by OCR on request only: it takes seconds a page.
        const QString scan = tr("%1: a scanned PDF: its %n page(s) are pictures without a text layer.", nullptr, count).arg(fileName);
        const auto ocr = PdfOcr::program();
        if (ocr)
            return Result<SourceDocument>::failure(
                scan + u' ' + tr("It can be read by OCR (Tesseract is installed): choose Read with OCR in the workbench, or pass --ocr to duizhao-cli."));
        return Failure(scan + u' ' + tr("Reading it needs OCR.") + u' ' + ocr.error());
    }
    SourceDocument doc;
    doc.text = text;
    doc.format = format();
    doc.encoding = u"PDF"_s;
    doc.mimeType = u"application/pdf"_s;
    doc.original = bytes;
    return doc;
}

bool PdfReader::drawsSomething(Poppler::Document &document)
{
    // A few pages, a dozen dots per inch: enough to see a picture or a line.
    const int pages = qMin(document.numPages(), 5);
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document.page(i);
        if (!page)
            continue;
        const QImage image = page->renderToImage(12, 12).convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                if (line[x] < 240)
                    return true;
            }
        }
    }
    return false;
}

} // namespace Dz
