#include "reading/plaintextreader.h"

#include "reading/reportreader.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dz
{

QString PlainTextReader::format() const
{
    return u"text"_s;
}

int PlainTextReader::confidence(const QByteArray &, const QString &suffix) const
{
    return suffix == u"txt"_s ? 10 : 1;
}

Result<SourceDocument> PlainTextReader::read(const QByteArray &bytes, const QString &fileName) const
{
    if (bytes.size() > ReportReader::MaxFileSize) {
        const QLocale locale;
        return Result<SourceDocument>::failure(tr("%1: the file is %2, larger than the %3 a text report can have.")
                .arg(fileName, locale.formattedDataSize(bytes.size()), locale.formattedDataSize(ReportReader::MaxFileSize)));
    }
    auto decoded = ReportReader::decode(bytes, fileName);
    if (!decoded)
        return Result<SourceDocument>::failure(decoded.error());
    SourceDocument doc;
    doc.text = std::move(decoded->text);
    doc.format = format();
    doc.encoding = decoded->encoding;
    doc.mimeType = u"text/plain"_s;
    doc.original = bytes;
    return doc;
}

} // namespace Dz
