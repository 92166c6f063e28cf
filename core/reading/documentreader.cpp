#include "reading/documentreader.h"

#include "reading/docxreader.h"
#include "reading/htmlreader.h"
#include "reading/libreofficeconverter.h"
#include "reading/ofdreader.h"
#include "reading/pdfreader.h"
#include "reading/plaintextreader.h"
#include "reading/reading_debug.h"
#include "reading/readlimits.h"
#include "reading/regularfile.h"

#include <QFileInfo>

#include <new>

using namespace Qt::StringLiterals;

namespace Dz
{

DocumentReader::~DocumentReader() = default;

namespace
{

const QList<const DocumentReader *> &readers()
{
    static const PdfReader pdf;
    static const DocxReader docx;
    static const OfdReader ofd;
    static const LibreOfficeConverter converted;
    static const HtmlReader html;
    static const PlainTextReader text;
    static const QList<const DocumentReader *> list = {&pdf, &docx, &ofd, &converted, &html, &text};
    return list;
}

} // namespace

const DocumentReader &DocumentReader::forContent(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const DocumentReader *best = readers().constLast();
    int bestConfidence = 0;
    for (const DocumentReader *reader : readers()) {
        const int c = reader->confidence(bytes, suffix);
        if (c > bestConfidence) {
            bestConfidence = c;
            best = reader;
        }
    }
    return *best;
}

Result<SourceDocument> DocumentReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return Result<SourceDocument>::failure(tr("%1: the file is empty.").arg(fileName));
    // The readers bound what a document may become before they allocate it;
    // should memory run out all the same, it costs this file, not the process.
    try {
        return forContent(bytes, fileName).read(bytes, fileName);
    } catch (const std::bad_alloc &) {
        qCWarning(lcReading).noquote() << "out of memory reading" << fileName;
        return Result<SourceDocument>::failure(ReadLimits::outOfMemory(fileName));
    }
}

Result<SourceDocument> DocumentReader::readFile(const QString &path)
{
    // Regular files only: a FIFO or device named as a report would block.
    // The bytes are read by the file's size, never by the limit.
    auto bytes = RegularFile::read(path, MaxFileSize);
    if (!bytes)
        return Failure(bytes.error());
    return readBytes(bytes.value(), path);
}

QStringList DocumentReader::nameFilters()
{
    return {u"*.txt"_s, u"*.html"_s, u"*.htm"_s, u"*.shtml"_s, u"*.docx"_s, u"*.pdf"_s, u"*.ofd"_s, u"*.doc"_s, u"*.wps"_s, u"*.rtf"_s, u"*.odt"_s};
}

} // namespace Dz
