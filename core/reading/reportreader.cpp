#include "reading/reportreader.h"

#include "reading/regularfile.h"

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

// UTF-16 without a byte order mark, as some Windows tools save it: the text's
// ASCII (line ends, digits, punctuation) puts zero bytes on one side of the
// code units, where binary data has them on both alike.
std::optional<QStringConverter::Encoding> utf16WithoutByteOrderMark(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype zeros[2] = {0, 0};
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == 0)
            ++zeros[i % 2];
    }
    const qsizetype units = bytes.size() / 2;
    const qsizetype needed = qMax<qsizetype>(1, units / 32);
    // Han characters such as 一 (U+4E00) give a zero on the other side now and then.
    if (zeros[1] >= needed && zeros[0] * 4 <= zeros[1])
        return QStringConverter::Utf16LE;
    if (zeros[0] >= needed && zeros[1] * 4 <= zeros[0])
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

qsizetype firstLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

// Binary data that happens to decode (behind an FF FE byte order mark, say)
// turns into unassigned, private-use and control characters that no report
// holds more than a stray few of.
bool implausibleShare(const QString &text)
{
    qsizetype implausible = 0;
    qsizetype characters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t u = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            u = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        ++characters;
        const bool control = u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != 0x1B;
        const QChar::Category category = QChar::category(u);
        if (control || (u >= 0x7F && u < 0xA0) || category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse
            || category == QChar::Other_Surrogate)
            ++implausible;
    }
    return implausible > 0 && implausible * 100 > characters;
}

} // namespace

// Decoders must be Stateless, so that a sequence cut off at the end is an error.
std::optional<QString> ReportReader::decodeStrictly(QStringDecoder &decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString ReportReader::normalizeLineEnds(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

Result<DecodedText> ReportReader::readFile(const QString &path)
{
    auto bytes = RegularFile::read(path, MaxFileSize);
    if (!bytes)
        return Failure(bytes.error());
    return decode(bytes.value(), path);
}

Result<DecodedText> ReportReader::decode(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return Result<DecodedText>::failure(tr("%1: the file is empty.").arg(fileName));

    DecodedText decoded;
    std::optional<QString> text;

    const bool bomLittle = startsWith(bytes, {0xFF, 0xFE});
    const std::optional<QStringConverter::Encoding> bomless = bomLittle || startsWith(bytes, {0xFE, 0xFF}) ? std::nullopt : utf16WithoutByteOrderMark(bytes);
    if (bomLittle || startsWith(bytes, {0xFE, 0xFF}) || bomless) {
        const bool little = bomless ? *bomless == QStringConverter::Utf16LE : bomLittle;
        decoded.hadByteOrderMark = !bomless;
        const QByteArrayView body = QByteArrayView(bytes).sliced(decoded.hadByteOrderMark ? 2 : 0);
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
        text = decodeStrictly(decoder, body);
        decoded.encoding = little ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        const QString what =
            decoded.hadByteOrderMark ? tr("the file starts with a UTF-16 byte order mark") : tr("the file looks like UTF-16 without a byte order mark");
        if (!text || (body.size() % 2) != 0)
            return Result<DecodedText>::failure(tr("%1: %2 but is not valid UTF-16 (an odd number of bytes).").arg(fileName, what));
        // Qt's decoder lets lone surrogates through, and SQLite would merge
        // them with their neighbours: the stored text would not be the file's.
        if (const qsizetype at = firstLoneSurrogate(*text); at >= 0) {
            const qsizetype byte = at * 2 + (decoded.hadByteOrderMark ? 2 : 0);
            return Result<DecodedText>::failure(tr("%1: %2 but is not valid UTF-16 (a lone surrogate at byte %3).").arg(fileName, what).arg(byte));
        }
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

    // The whole text, whatever its encoding: a NUL or binary data past the
    // first kilobytes would otherwise be stored and silently cut searches short.
    if (const qsizetype at = text->indexOf(QChar(0)); at >= 0) {
        return Result<DecodedText>::failure(tr("%1: holds a NUL character on line %2 (%3); a text report has none, so this looks like a binary file.")
                .arg(fileName)
                .arg(text->left(at).count(u'\n') + 1)
                .arg(decoded.encoding));
    }
    if (implausibleShare(*text))
        return Result<DecodedText>::failure(
            tr("%1: read as %2, the file holds more characters that no text uses than a report could: a binary file, not a text report.")
                .arg(fileName, decoded.encoding));

    decoded.text = normalizeLineEnds(std::move(*text));
    if (decoded.text.trimmed().isEmpty())
        return Result<DecodedText>::failure(tr("%1: the file holds only white space.").arg(fileName));
    return decoded;
}

} // namespace Dz
