#pragma once

// Private to core/base: the steps of readNumber(), for numberreader.cpp and
// its tests. Never include this from a public header.

#include "base/numberreader.h"

namespace Dz
{

namespace Internal
{

/// Arabic digits at @p pos with thousands separators (82,225) and a decimal
/// part (1.5): where they end, or -1 when they do not fit a Decimal.
/// @p plain says there was neither a separator nor a point.
qsizetype readArabicDigits(QStringView text, qsizetype pos, Decimal *value, bool *plain);

/**
 * The whole part of a number, read one token at a time: a run of Arabic
 * digits, a Chinese digit, 零, 廿/卅/卌, 十/百/千 or 万/亿, in the grammar
 * of Chinese numbers (units fall within a section, 零 stands only between
 * parts, a digit right after a unit takes the next place down: 三万五).
 *
 * next() until it stops, then finish(); what the form says (hasArabic,
 * hasLargeUnit, bigStart…) is written into the NumberReading as it is read.
 */
class NumberTokens
{
public:
    enum class Step {
        Read, ///< a token was read; next() goes on after it
        Stop, ///< the number ends before position()
        Invalid, ///< digits too long for a Decimal: no number at all
    };

    NumberTokens(QStringView text, qsizetype pos, NumberReading *n, bool allowBareUnit);

    /// Reads the token at position().
    Step next();
    /// Reads tokens until the number stops: Stop, or Invalid.
    Step readAll();
    /// Takes the last coefficient in (the elided unit of 三万五) and sets the
    /// reading's value; false when no token made a number.
    bool finish();

    /// Where the number read so far ends.
    qsizetype position() const
    {
        return m_pos;
    }
    /// Tokens read, and how many of them were Chinese digits.
    int tokenCount() const
    {
        return m_tokens;
    }
    int chineseDigitCount() const
    {
        return m_chineseDigits;
    }

private:
    // Inline (and defined in numberreader.cpp only): readAll() runs one
    // loop, as readNumber() needs for speed.
    inline Step take();
    inline Step arabic();
    inline Step digit(QChar c, int value);
    inline Step zero();
    inline Step tens(int value);
    inline Step smallUnit(int exponent);
    inline Step bigUnit(int exponent);
    /// One character read: the position moves on and the token counts.
    inline Step read();

    const QStringView m_text;
    NumberReading *const m_n;
    const bool m_allowBareUnit;
    qsizetype m_pos;
    Decimal m_total; ///< the sections closed by 万/亿
    Decimal m_section; ///< the open section, below 万
    std::optional<Decimal> m_coeff; ///< a digit waiting for its unit
    bool m_coeffIsChineseDigit = false;
    int m_lastExp = -1; ///< exponent of the last unit written, small or big
    int m_lastSmallExp = 4; ///< small units fall within a section: 千 > 百 > 十
    int m_lastBigExp = 99;
    bool m_zeroGap = false;
    bool m_any = false;
    int m_chineseDigits = 0;
    int m_tokens = 0;
    qsizetype m_arabicStart = -1; ///< where the last Arabic coefficient began
};

/// 八十五点五, 三点五万: the decimal part of a Chinese number after the
/// whole part @p n ends at @p pos, its digits read one by one and a 万/亿
/// after it scaling the whole. Where it ends, or -1 when none follows (a
/// bare 点 is a time: 三点).
qsizetype readChineseFraction(QStringView text, qsizetype pos, NumberReading *n);

} // namespace Internal

} // namespace Dz
