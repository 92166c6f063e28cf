#include "reading/documentreader.h"

#include "reading/docxreader.h"
#include "reading/htmlreader.h"
#include "reading/libreofficeconverter.h"
#include "reading/ofdreader.h"
#include "reading/pdfreader.h"
#include "reading/plaintextreader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

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
    return forContent(bytes, fileName).read(bytes, fileName);
}

Result<SourceDocument> DocumentReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<SourceDocument>::failure(tr("%1: no such file.").arg(path));
    if (info.isDir())
        return Result<SourceDocument>::failure(tr("%1: is a folder, not a report file.").arg(path));
    const QLocale locale;
    if (info.size() > MaxFileSize) {
        return Result<SourceDocument>::failure(tr("%1: the file is %2, larger than the %3 a report can have.")
                .arg(path, locale.formattedDataSize(info.size()), locale.formattedDataSize(MaxFileSize)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SourceDocument>::failure(tr("%1: cannot be opened (%2).").arg(path, file.errorString()));
    // One byte past the limit: a file can grow between stat and read.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return Result<SourceDocument>::failure(tr("%1: the file is larger than the %2 a report can have.").arg(path, locale.formattedDataSize(MaxFileSize)));
    return readBytes(bytes, path);
}

QStringList DocumentReader::nameFilters()
{
    return {u"*.txt"_s, u"*.html"_s, u"*.htm"_s, u"*.shtml"_s, u"*.docx"_s, u"*.pdf"_s, u"*.ofd"_s, u"*.doc"_s, u"*.wps"_s, u"*.rtf"_s, u"*.odt"_s};
}

} // namespace Dz
