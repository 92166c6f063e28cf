// The plain-text reader: any bytes either decode to text a report can hold
// or give a message naming the file.

#include "fuzztext.h"
#include "reading/reportreader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = Dz::ReportReader::decode(bytes, u"fuzz.txt"_s);
    if (!decoded) {
        Dz::Fuzz::require(decoded.error().startsWith(u"fuzz.txt: "_s), "an error names the file");
        return 0;
    }
    const QString &text = decoded->text;
    Dz::Fuzz::require(!text.trimmed().isEmpty(), "decoded text is not blank");
    Dz::Fuzz::require(!text.contains(QChar(0)), "decoded text has no NUL");
    Dz::Fuzz::require(!text.contains(u'\r'), "line ends are normalised");
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else
            Dz::Fuzz::require(!text.at(i).isSurrogate(), "no lone surrogate");
    }
    Dz::Fuzz::require(!decoded->encoding.isEmpty(), "an encoding is named");
    return 0;
}
