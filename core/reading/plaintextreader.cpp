#include "reading/plaintextreader.h"

#include "reading/regularfile.h"
#include "reading/reportreader.h"

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
        // In bytes: a file just over the limit is not "8.00 MiB, larger than 8.00 MiB".
        return Result<SourceDocument>::failure(tr("%1: the file is %2, more than the %3 a text report can have.")
                .arg(fileName, RegularFile::describeSize(bytes.size()), RegularFile::describeSize(ReportReader::MaxFileSize)));
    }
    auto decoded = ReportReader::decode(bytes, fileName);
    if (!decoded)
        return Failure(decoded.error());
    SourceDocument doc;
    doc.text = std::move(decoded->text);
    doc.format = format();
    doc.encoding = decoded->encoding;
    doc.mimeType = u"text/plain"_s;
    doc.original = bytes;
    return doc;
}

} // namespace Dz
