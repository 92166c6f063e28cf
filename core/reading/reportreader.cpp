#include "reading/reportreader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

// Control characters other than tab, line ends and form feed do not occur in
// text reports; a handful in the first kilobytes means a binary file.
bool looksBinary(const QByteArray &bytes)
{
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 8192);
    int controls = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B)
            ++controls;
    }
    return controls > 8 || (probe > 0 && controls * 100 / probe > 1);
}

// Decoders must be Stateless, so that a sequence cut off at the end is an error.
std::optional<QString> decodeStrictly(QStringDecoder &decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Offset of the first byte that is not valid UTF-8, to point the analyst at it.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        int extra = b < 0x80 ? 0 : (b >> 5) == 0x6 ? 1 : (b >> 4) == 0xE ? 2 : (b >> 3) == 0x1E ? 3 : -1;
        if (extra < 0 || i + extra >= n + (extra == 0 ? 1 : 0))
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(bytes[i + k]) >> 6) != 0x2)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

} // namespace

QString ReportReader::normalizeLineEnds(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

Result<DecodedText> ReportReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<DecodedText>::failure(tr("%1: no such file.").arg(path));
    if (info.isDir())
        return Result<DecodedText>::failure(tr("%1: is a folder, not a report file.").arg(path));
    if (info.size() > MaxFileSize) {
        const QLocale locale;
        return Result<DecodedText>::failure(tr("%1: the file is %2, larger than the %3 a report can have.")
                .arg(path, locale.formattedDataSize(info.size()), locale.formattedDataSize(MaxFileSize)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<DecodedText>::failure(tr("%1: cannot be opened (%2).").arg(path, file.errorString()));
    // Read one byte past the limit: a file can grow between stat and read.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        const QLocale locale;
        return Result<DecodedText>::failure(tr("%1: the file is larger than the %2 a report can have.").arg(path, locale.formattedDataSize(MaxFileSize)));
    }
    return decode(bytes, path);
}

Result<DecodedText> ReportReader::decode(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return Result<DecodedText>::failure(tr("%1: the file is empty.").arg(fileName));

    DecodedText decoded;
    std::optional<QString> text;

    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF})) {
        const bool little = startsWith(bytes, {0xFF, 0xFE});
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
        text = decodeStrictly(decoder, QByteArrayView(bytes).sliced(2));
        decoded.encoding = little ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        decoded.hadByteOrderMark = true;
        if (!text || (bytes.size() % 2) != 0)
            return Result<DecodedText>::failure(tr("%1: the file starts with a UTF-16 byte order mark but is not valid UTF-16.").arg(fileName));
    } else if (looksBinary(bytes)) {
        return Result<DecodedText>::failure(tr("%1: looks like a binary file, not a text report.").arg(fileName));
    } else if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = decodeStrictly(decoder, QByteArrayView(bytes).sliced(3));
        decoded.encoding = u"UTF-8"_s;
        decoded.hadByteOrderMark = true;
        if (!text) {
            const qsizetype at = firstInvalidUtf8(QByteArrayView(bytes).sliced(3)) + 3;
            return Result<DecodedText>::failure(tr("%1: the file starts with a UTF-8 byte order mark but has invalid UTF-8 at byte %2.").arg(fileName).arg(at));
        }
    } else {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = decodeStrictly(utf8, bytes);
        decoded.encoding = u"UTF-8"_s;
        if (!text) {
            // GB18030 contains GBK and GB2312, the encodings older government
            // sites still serve.
            QStringDecoder gb(u"GB18030", QStringConverter::Flag::Stateless);
            text = decodeStrictly(gb, bytes);
            decoded.encoding = u"GB18030"_s;
        }
        if (!text) {
            return Result<DecodedText>::failure(
                tr("%1: cannot be decoded: not valid UTF-8 (first bad byte at %2), nor GB18030/GBK.").arg(fileName).arg(firstInvalidUtf8(bytes)));
        }
    }

    decoded.text = normalizeLineEnds(std::move(*text));
    if (decoded.text.trimmed().isEmpty())
        return Result<DecodedText>::failure(tr("%1: the file holds only white space.").arg(fileName));
    return decoded;
}

} // namespace Dz
