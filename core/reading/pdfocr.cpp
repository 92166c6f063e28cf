#include "reading/pdfocr.h"

#include "reading/documentreader.h"
#include "reading/ocr_debug.h"
#include "reading/pdfreader.h"
#include "reading/readlimits.h"
#include "reading/regularfile.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

const QString Language = u"chi_sim"_s;

QString installHint()
{
    return PdfOcr::tr("Install Tesseract and its Simplified Chinese model (on Debian and Ubuntu: apt install tesseract-ocr tesseract-ocr-chi-sim).");
}

std::unique_ptr<Poppler::Document> openPdf(const QByteArray &bytes)
{
    if (bytes.left(1024).indexOf("%PDF-") < 0)
        return nullptr;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document || document->isLocked() || document->numPages() <= 0)
        return nullptr;
    return document;
}

} // namespace

QString PdfOcr::ocrEncoding()
{
    return u"PDF, text by OCR (Tesseract chi_sim)"_s;
}

Result<QString> PdfOcr::program()
{
    // Asked for every scan an import refuses, and by the fuzzer for every
    // scan-like input: the answer is kept for a few seconds per PATH, short
    // enough that installing Tesseract shows at the next import.
    struct Answer {
        QString path;
        QString error;
        QElapsedTimer age;
    };
    static QMutex mutex;
    static QHash<QByteArray, Answer> answers;
    const QByteArray searchPath = qgetenv("PATH");
    {
        const QMutexLocker locker(&mutex);
        const auto it = answers.constFind(searchPath);
        if (it != answers.cend() && it->age.isValid() && it->age.elapsed() < 10000)
            return it->error.isEmpty() ? Result<QString>(it->path) : Result<QString>::failure(it->error);
    }
    const Result<QString> found = findProgram();
    const QMutexLocker locker(&mutex);
    Answer &answer = answers[searchPath];
    answer.path = found ? found.value() : QString();
    answer.error = found ? QString() : found.error();
    answer.age.start();
    return found;
}

Result<QString> PdfOcr::findProgram()
{
    const QString path = QStandardPaths::findExecutable(u"tesseract"_s);
    if (path.isEmpty())
        return Result<QString>::failure(tr("Tesseract (the OCR program) is not installed.") + u' ' + installHint());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, {u"--list-langs"_s});
    if (!process.waitForFinished(15000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(1000);
        return Result<QString>::failure(tr("Tesseract (%1) does not answer.").arg(path) + u' ' + installHint());
    }
    const QStringList languages = QString::fromUtf8(process.readAll()).split(u'\n');
    for (const QString &language : languages) {
        if (language.trimmed() == Language)
            return path;
    }
    return Result<QString>::failure(tr("Tesseract is installed but not its Simplified Chinese model (chi_sim).") + u' ' + installHint());
}

bool PdfOcr::isScan(const QByteArray &bytes)
{
    const std::unique_ptr<Poppler::Document> document = openPdf(bytes);
    // PdfReader refuses more pages than that before it looks for text.
    if (!document || document->numPages() > ReadLimits::MaxPages)
        return false;
    qsizetype characters = 0;
    for (int i = 0; i < document->numPages() && characters < 10; ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document->page(i))
            characters += page->text(QRectF()).trimmed().size();
    }
    // Pages that draw nothing are blank or damaged: OCR would find nothing.
    return characters < 10 && PdfReader::drawsSomething(*document);
}

bool PdfOcr::isScanFile(const QString &path)
{
    const auto bytes = RegularFile::read(path, DocumentReader::MaxFileSize);
    return bytes && isScan(bytes.value());
}

QList<PlacedText> PdfOcr::placedWords(const QByteArray &tsv)
{
    // level page block par line word left top width height conf text
    struct Word {
        QString text;
        QRect box;
    };
    QMap<std::tuple<int, int, int>, QList<Word>> lines;
    const QList<QByteArray> rows = tsv.split('\n');
    for (const QByteArray &row : rows) {
        const QList<QByteArray> f = row.split('\t');
        if (f.size() < 12 || f.at(0).trimmed() != "5")
            continue;
        const QString text = QString::fromUtf8(f.at(11)).trimmed();
        if (text.isEmpty())
            continue;
        const QRect box(f.at(6).toInt(), f.at(7).toInt(), f.at(8).toInt(), f.at(9).toInt());
        if (box.width() <= 0 || box.height() <= 0)
            continue;
        lines[{f.at(2).toInt(), f.at(3).toInt(), f.at(4).toInt()}].append({text, box});
    }
    QList<PlacedText> runs;
    for (const QList<Word> &words : std::as_const(lines)) {
        // Tesseract's boxes are each glyph's ink (一 is flat, 是 tall); the
        // line's top and bottom keep the words of a line on one line.
        QRect line;
        for (const Word &w : words)
            line = line.united(w.box);
        for (const Word &w : words)
            runs.append({w.text, QRectF(w.box.left(), line.top(), w.box.width(), line.height()), true});
    }
    return runs;
}

namespace
{

QString canceledMessage(const QString &fileName)
{
    return PdfOcr::tr("%1: OCR canceled.").arg(fileName);
}

QByteArray pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// Tesseract's TSV for one page's picture (page @p index of @p count), asking
// @p progress every tenth of a second so that a cancel stops it at once.
Result<QByteArray> runTesseract(
    const QString &tesseract, const QByteArray &png, int index, int count, const QString &fileName, const PdfOcr::Progress &progress)
{
    QProcess process;
    // One thread per page: Tesseract's OpenMP threads only fight each
    // other (and the rest of the import) on a busy machine.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OMP_THREAD_LIMIT"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.start(tesseract, {u"-"_s, u"-"_s, u"-l"_s, Language, u"tsv"_s});
    if (!process.waitForStarted(10000))
        return Failure(PdfOcr::tr("%1: Tesseract could not be started: %2").arg(fileName, process.errorString()));
    process.write(png);
    process.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        const bool stop = progress && !progress(index, count);
        if (stop || clock.elapsed() > PdfOcr::PageTimeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            if (stop)
                return Failure(canceledMessage(fileName));
            return Failure(
                PdfOcr::tr("%1: OCR of page %2 took longer than %3 s and was stopped.").arg(fileName).arg(index + 1).arg(PdfOcr::PageTimeoutMs / 1000));
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString why = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return Failure(PdfOcr::tr("%1: OCR of page %2 failed: %3").arg(fileName).arg(index + 1).arg(why.isEmpty() ? process.errorString() : why));
    }
    return process.readAllStandardOutput();
}

} // namespace

Result<SourceDocument> PdfOcr::read(const QByteArray &bytes, const QString &fileName, const Progress &progress)
{
    const auto tesseract = program();
    if (!tesseract)
        return Failure(tr("%1: a scanned PDF cannot be read by OCR here: %2").arg(fileName, tesseract.error()));
    const std::unique_ptr<Poppler::Document> document = openPdf(bytes);
    if (!document)
        return Failure(tr("%1: the PDF cannot be opened for OCR (damaged, locked by a password, or without pages).").arg(fileName));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const int count = document->numPages();
    if (count > ReadLimits::MaxOcrPages) {
        return Failure(tr("%1: the scan has %2 pages; OCR reads at most %3 pages of a report (it takes seconds a page). "
                          "Split the PDF and import the parts.")
                .arg(fileName)
                .arg(count)
                .arg(ReadLimits::MaxOcrPages));
    }

    QList<PlacedPage> pages;
    for (int i = 0; i < count; ++i) {
        if (progress && !progress(i, count))
            return Failure(canceledMessage(fileName));
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        const QImage image = page->renderToImage(Dpi, Dpi).convertToFormat(QImage::Format_Grayscale8);
        if (image.isNull())
            return Failure(tr("%1: page %2 could not be rendered for OCR.").arg(fileName).arg(i + 1));
        const Result<QByteArray> tsv = runTesseract(tesseract.value(), pngOf(image), i, count, fileName, progress);
        if (!tsv)
            return Failure(tsv.error());
        PlacedPage placed;
        placed.size = image.size();
        placed.runs = placedWords(*tsv);
        qCDebug(lcOcr) << fileName << "page" << i + 1 << placed.runs.size() << "words";
        pages.append(std::move(placed));
    }
    if (progress && !progress(count, count))
        return Failure(canceledMessage(fileName));
    const QString text = PageLayout::paragraphs(pages);
    if (text.trimmed().size() < 10)
        return Failure(tr("%1: OCR found no text on the %n page(s) of this scan.", nullptr, count).arg(fileName));
    SourceDocument doc;
    doc.text = text;
    doc.format = u"pdf"_s;
    doc.encoding = ocrEncoding();
    doc.mimeType = u"application/pdf"_s;
    doc.original = bytes;
    return doc;
}

Result<SourceDocument> PdfOcr::readFile(const QString &path, const Progress &progress)
{
    const auto bytes = RegularFile::read(path, DocumentReader::MaxFileSize);
    if (!bytes)
        return Failure(bytes.error());
    return read(bytes.value(), path, progress);
}

} // namespace Dz
