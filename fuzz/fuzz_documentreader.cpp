// Every document reader, chosen by content as an import chooses it: any
// bytes either become a report's text or give a message naming the file.
// The first byte picks the file name's suffix, which only breaks ties.

#include "fuzztext.h"
#include "reading/documentreader.h"

#include <array>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const std::array<QString, 6> names = {u"fuzz.txt"_s, u"fuzz.html"_s, u"fuzz.docx"_s, u"fuzz.pdf"_s, u"fuzz.ofd"_s, u"fuzz"_s};
    const QString &name = names.at(data[0] % names.size());
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto document = Dz::DocumentReader::readBytes(bytes, name);
    if (!document) {
        Dz::Fuzz::require(document.error().startsWith(name + u": "_s), "an error names the file");
        return 0;
    }
    const QString &text = document->text;
    Dz::Fuzz::require(!document->format.isEmpty(), "the format is named");
    Dz::Fuzz::require(!text.contains(QChar(0)), "the text has no NUL");
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else
            Dz::Fuzz::require(!text.at(i).isSurrogate(), "no lone surrogate");
    }
    return 0;
}
