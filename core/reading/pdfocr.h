#pragma once

#include "base/result.h"
#include "reading/pagelayout.h"
#include "reading/sourcedocument.h"

#include <QCoreApplication>

#include <functional>

namespace Dz
{

/**
 * Reads a scanned PDF (pages that are pictures, no text layer) by OCR.
 *
 * Each page is rendered by Poppler at Dpi and handed to Tesseract
 * (`tesseract - - -l chi_sim tsv`: the image on stdin, the words with their
 * boxes on stdout), and the words go through PageLayout like a PDF's text
 * layer, so lines broken at the margin are joined and page numbers and
 * running headers are left out as they are for any PDF. Tesseract is a
 * program found at run time, not a dependency of the build: without it, or
 * without its Simplified Chinese model, program() says which Debian packages
 * to install.
 *
 * The result is a "pdf" document holding the file's bytes, its encoding
 * noting that the text came from OCR (OcrEncoding). A scan of more than
 * ReadLimits::MaxOcrPages pages is refused before any page is read (a
 * 5,000-page scan would take hours).
 */
class PdfOcr
{
    Q_DECLARE_TR_FUNCTIONS(Dz::PdfOcr)

public:
    /// Resolution the pages are rendered at: what Tesseract reads best.
    static constexpr int Dpi = 300;
    /// How long one page may take before Tesseract is stopped.
    static constexpr int PageTimeoutMs = 180000;
    /// The encoding stored with a document read by OCR.
    static QString ocrEncoding();

    /// Called after each page with the pages done and the page count; a
    /// false return stops the OCR (Tesseract is killed if still running).
    /// Also called (with the pages done so far) while a page is being read,
    /// so that a cancel is heard within a fraction of a second.
    using Progress = std::function<bool(int done, int count)>;

    /// Tesseract's path when it is installed with chi_sim, else why not
    /// (naming the packages tesseract-ocr and tesseract-ocr-chi-sim).
    static Result<QString> program();

    /// True for a PDF that opens and has pages but no text layer to speak of:
    /// the kind PdfReader refuses as a scan.
    static bool isScan(const QByteArray &bytes);
    static bool isScanFile(const QString &path);

    /// Reads @p bytes (a PDF) by OCR; @p fileName is for messages.
    static Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName, const Progress &progress = {});
    static Result<SourceDocument> readFile(const QString &path, const Progress &progress = {});

    /// The words of Tesseract's TSV output as placed text (pixels): each
    /// word a run, its height that of its line, so a line stays one line.
    static QList<PlacedText> placedWords(const QByteArray &tsv);

private:
    static Result<QString> findProgram();
};

} // namespace Dz
