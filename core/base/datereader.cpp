#include "base/datereader.h"

#include "base/chinesenumerals.h"
#include "base/widthfolding.h"

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using Precision = DateReading::Precision;

constexpr int FirstYear = 1900;
constexpr int LastYear = 2099;

// A character folded to half width, so that ２０２４－３－１５ reads as 2024-3-15.
QChar folded(QStringView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return {};
    const char16_t u = text.at(pos).unicode();
    return u >= 0xFF01 && u <= 0xFF5E ? QChar(char16_t(u - 0xFEE0)) : text.at(pos);
}

int arabicDigit(QStringView text, qsizetype pos)
{
    const QChar c = folded(text, pos);
    return c >= u'0' && c <= u'9' ? c.unicode() - u'0' : -1;
}

// A digit of a year written digit by digit: 〇, ○, 零, 一 … 九.
bool isYearDigit(QChar c)
{
    return chineseDigitsValue(QStringView(&c, 1)) >= 0;
}

// A character of a Chinese month or day: 一 … 九, 十, 廿, 卅.
bool isDayNumeralChar(QChar c)
{
    return c == u'十' || c == u'廿' || c == u'卅' || (Internal::chineseDigit(c) > 0 && !Internal::isFinancialNumeral(c) && c != u'两');
}

qsizetype skipSpaces(QStringView text, qsizetype pos)
{
    while (pos < text.size() && isLayoutSpace(text.at(pos)))
        ++pos;
    return pos;
}

// A month or a day at @p pos: one or two Arabic digits, or a Chinese numeral
// up to 三十一. Sets *end past it; 0 when there is none.
int readSmallNumber(QStringView text, qsizetype pos, qsizetype *end, bool *chinese)
{
    if (arabicDigit(text, pos) >= 0) {
        qsizetype i = pos;
        int value = 0;
        while (arabicDigit(text, i) >= 0 && i - pos < 3)
            value = value * 10 + arabicDigit(text, i++);
        if (i - pos > 2)
            return 0;
        *end = i;
        *chinese = false;
        return value;
    }
    qsizetype i = pos;
    while (i < text.size() && i - pos < 4 && isDayNumeralChar(text.at(i)))
        ++i;
    const int value = i - pos <= 3 ? chineseNumeralValue(text.mid(pos, i - pos)) : 0;
    *end = i;
    *chinese = true;
    return value;
}

std::optional<DateReading> accepted(const DateReading &reading, Precision least)
{
    if (reading.precision < least)
        return std::nullopt;
    if (reading.precision == Precision::Day && !QDate::isValid(reading.year, reading.month, reading.day))
        return std::nullopt;
    if (reading.precision >= Precision::Month && (reading.month < 1 || reading.month > 12))
        return std::nullopt;
    return reading;
}

// 2024-03-15, 2024/3/15, 2024.3.15: the year is read, @p pos is at the separator.
std::optional<DateReading> readSeparated(QStringView text, qsizetype pos, DateReading reading)
{
    const QChar sep = folded(text, pos);
    if (sep != u'-' && sep != u'/' && sep != u'.')
        return std::nullopt;
    // Spaces may stand around - and /, never in a decimal-looking 2024.3.15.
    const bool spaced = sep != u'.';
    const auto afterSeparator = [&](qsizetype at) {
        return spaced ? skipSpaces(text, at) : at;
    };
    qsizetype end = 0;
    bool chinese = false;
    qsizetype at = afterSeparator(pos + 1);
    reading.month = arabicDigit(text, at) >= 0 ? readSmallNumber(text, at, &end, &chinese) : 0;
    if (reading.month == 0)
        return std::nullopt;
    at = spaced ? skipSpaces(text, end) : end;
    if (folded(text, at) != sep)
        return std::nullopt;
    at = afterSeparator(at + 1);
    reading.day = arabicDigit(text, at) >= 0 ? readSmallNumber(text, at, &end, &chinese) : 0;
    if (reading.day == 0)
        return std::nullopt;
    // 2024.3.15.2 or 2024-03-15-1 is a code, not a date.
    if (folded(text, end) == sep && arabicDigit(text, end + 1) >= 0)
        return std::nullopt;
    reading.precision = Precision::Day;
    reading.span.end = end;
    return reading;
}

// 2024年3月15日, 二〇二四年三月十五日: the year is read, @p pos is at 年.
DateReading readWritten(QStringView text, qsizetype pos, DateReading reading)
{
    reading.precision = Precision::Year;
    reading.span.end = pos + 1;
    qsizetype end = 0;
    bool chinese = false;
    qsizetype at = skipSpaces(text, pos + 1);
    const int month = readSmallNumber(text, at, &end, &chinese);
    at = skipSpaces(text, end);
    if (month == 0 || text.mid(at, 1) != u"月")
        return reading;
    reading.month = month;
    reading.precision = Precision::Month;
    reading.span.end = at + 1;
    at = skipSpaces(text, at + 1);
    const int day = readSmallNumber(text, at, &end, &chinese);
    if (day == 0)
        return reading;
    const qsizetype dayEnd = end;
    at = skipSpaces(text, end);
    const QChar mark = folded(text, at);
    if (mark == u'日' || mark == u'号') {
        reading.span.end = at + 1;
    } else {
        // A page header may leave 日 out (2024年3月15 10:30); a Chinese day,
        // or one run into a word (3月5项), is no day without it.
        const QChar next = folded(text, dayEnd);
        if (chinese || next.isDigit() || (next.unicode() >= 0x3400 && next.unicode() <= 0x9FFF))
            return reading;
        reading.span.end = dayEnd;
    }
    reading.day = day;
    reading.precision = Precision::Day;
    return reading;
}

} // namespace

QDate DateReading::date() const
{
    return QDate(year, qMax(1, month), qMax(1, day));
}

QString DateReading::isoText() const
{
    const QDate d = date();
    switch (precision) {
    case Precision::Year:
        return QString::number(year);
    case Precision::Month:
        return d.toString(u"yyyy-MM"_s);
    case Precision::Day:
        break;
    }
    return d.toString(Qt::ISODate);
}

std::optional<DateReading> DateReader::readAt(QStringView text, qsizetype pos, Precision least)
{
    if (pos < 0 || pos + 4 >= text.size())
        return std::nullopt;
    DateReading reading;
    reading.span = {pos, pos + 4};
    reading.yearSpan = reading.span;
    bool chinese = false;
    if (arabicDigit(text, pos) >= 0) {
        // The year starts a number: 12024年 holds no year.
        if (arabicDigit(text, pos - 1) >= 0)
            return std::nullopt;
        for (qsizetype i = pos; i < pos + 4; ++i) {
            const int d = arabicDigit(text, i);
            if (d < 0)
                return std::nullopt;
            reading.year = reading.year * 10 + d;
        }
    } else if (isYearDigit(text.at(pos))) {
        if (pos > 0 && (isYearDigit(text.at(pos - 1)) || isDayNumeralChar(text.at(pos - 1))))
            return std::nullopt;
        for (qsizetype i = pos; i < pos + 4; ++i) {
            if (!isYearDigit(text.at(i)))
                return std::nullopt;
        }
        reading.year = int(chineseDigitsValue(text.mid(pos, 4)));
        chinese = true;
    } else {
        return std::nullopt;
    }
    if (arabicDigit(text, pos + 4) >= 0 || (chinese && isYearDigit(text.at(pos + 4))))
        return std::nullopt;
    if (reading.year < FirstYear || reading.year > LastYear)
        return std::nullopt;

    const qsizetype at = skipSpaces(text, pos + 4);
    if (text.mid(at, 1) == u"年")
        return accepted(readWritten(text, at, reading), least);
    if (!chinese) {
        // Spaces may stand before - and /, never before the . of 2024.3.15.
        if (const auto separated = readSeparated(text, folded(text, at) == u'.' ? pos + 4 : at, reading))
            return accepted(*separated, least);
    }
    return std::nullopt;
}

std::optional<DateReading> DateReader::find(QStringView text, Precision least, qsizetype from)
{
    for (qsizetype pos = qMax<qsizetype>(0, from); pos + 4 < text.size(); ++pos) {
        if (const auto reading = readAt(text, pos, least))
            return reading;
    }
    return std::nullopt;
}

std::optional<DateReading> DateReader::readWhole(QStringView text, Precision least)
{
    const qsizetype start = skipSpaces(text, 0);
    auto reading = readAt(text, start, least);
    if (!reading)
        return std::nullopt;
    qsizetype end = reading->span.end;
    while (end < text.size() && isLayoutSpace(text.at(end)))
        ++end;
    if (end != text.size())
        return std::nullopt;
    return reading;
}

} // namespace Dz
