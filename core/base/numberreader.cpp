#include "base/numberreader.h"
#include "base/numberreader_p.h"

#include "base/chinesenumerals.h"

namespace Dz
{

using namespace Internal;

namespace
{

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QChar charAt(QStringView text, qsizetype pos)
{
    return pos >= 0 && pos < text.size() ? text.at(pos) : QChar();
}

} // namespace

namespace Internal
{

// The token steps are inlined into readAll(): readNumber runs for every
// number of every report, and a call per token costs a tenth of its time.

// A comma separates thousands only between groups of exactly three digits
// (82,225); "3,4" is a list.
qsizetype readArabicDigits(QStringView text, qsizetype pos, Decimal *value, bool *plain)
{
    qsizetype i = pos;
    while (i < text.size() && isAsciiDigit(text.at(i)))
        ++i;
    const qsizetype firstGroup = i - pos;
    QString digits = text.mid(pos, firstGroup).toString();
    bool separated = false;
    while (firstGroup <= 3 && charAt(text, i) == u',' && isAsciiDigit(charAt(text, i + 1)) && isAsciiDigit(charAt(text, i + 2))
        && isAsciiDigit(charAt(text, i + 3)) && !isAsciiDigit(charAt(text, i + 4))) {
        digits += text.mid(i + 1, 3);
        i += 4;
        separated = true;
    }
    bool fraction = false;
    if (charAt(text, i) == u'.' && isAsciiDigit(charAt(text, i + 1))) {
        qsizetype j = i + 1;
        while (j < text.size() && isAsciiDigit(text.at(j)))
            ++j;
        digits += text.mid(i, j - i);
        i = j;
        fraction = true;
    }
    const std::optional<Decimal> d = Decimal::fromString(digits);
    if (!d)
        return -1;
    *value = *d;
    *plain = !separated && !fraction;
    return i;
}

NumberTokens::NumberTokens(QStringView text, qsizetype pos, NumberReading *n, bool allowBareUnit)
    : m_text(text)
    , m_n(n)
    , m_allowBareUnit(allowBareUnit)
    , m_pos(pos)
{
    n->start = pos;
    n->bigStart = -1;
}

NumberTokens::Step NumberTokens::next()
{
    return take();
}

NumberTokens::Step NumberTokens::readAll()
{
    Step step = Step::Read;
    while (step == Step::Read)
        step = take();
    return step;
}

Q_ALWAYS_INLINE NumberTokens::Step NumberTokens::take()
{
    if (m_pos >= m_text.size())
        return Step::Stop;
    const QChar c = m_text.at(m_pos);
    if (isAsciiDigit(c))
        return arabic();
    if (const int d = chineseDigit(c); d > 0)
        return digit(c, d);
    if (isChineseZero(c))
        return zero();
    if (const int t = chineseTensCharacter(c))
        return tens(t);
    if (const int e = chineseSmallUnit(c))
        return smallUnit(e);
    if (const int b = chineseBigUnit(c))
        return bigUnit(b);
    return Step::Stop;
}

Q_ALWAYS_INLINE NumberTokens::Step NumberTokens::read()
{
    ++m_pos;
    ++m_tokens;
    return Step::Read;
}

// After 十/百/千, Arabic digits continue only across 零 (2千零30万); after
// 万/亿 they start the next section (3万5千).
Q_ALWAYS_INLINE NumberTokens::Step NumberTokens::arabic()
{
    if (m_coeff || (m_lastExp >= 0 && m_lastExp < 4 && !m_zeroGap))
        return Step::Stop;
    m_arabicStart = m_pos;
    Decimal v;
    bool plain = false;
    const qsizetype end = readArabicDigits(m_text, m_pos, &v, &plain);
    if (end < 0)
        return Step::Invalid;
    m_coeff = v;
    m_coeffIsChineseDigit = false;
    m_n->hasArabic = true;
    m_n->plainInteger = plain && m_tokens == 0;
    m_pos = end;
    ++m_tokens;
    return Step::Read;
}

Q_ALWAYS_INLINE NumberTokens::Step NumberTokens::digit(QChar c, int value)
{
    if (m_coeff)
        return Step::Stop;
    m_coeff = Decimal::fromParts(value);
    m_coeffIsChineseDigit = true;
    m_n->hasChinese = true;
    m_n->digitChar = c;
    ++m_chineseDigits;
    return read();
}

// 零 only between parts of a number: 一百零五, 一千零十, never first or last.
Q_ALWAYS_INLINE NumberTokens::Step NumberTokens::zero()
{
    const QChar next = charAt(m_text, m_pos + 1);
    const bool partFollows = (isNumeralChar(next) && !isChineseZero(next)) || chineseSmallUnit(next) == 1;
    if (m_coeff || !m_any || !partFollows)
        return Step::Stop;
    m_zeroGap = true;
    m_n->hasChinese = true;
    return read();
}

Q_ALWAYS_INLINE NumberTokens::Step NumberTokens::tens(int value)
{
    if (m_coeff || m_lastSmallExp <= 1)
        return Step::Stop;
    m_section = m_section + Decimal::fromParts(value * 10);
    m_lastSmallExp = 1;
    m_lastExp = 1;
    m_zeroGap = false;
    m_any = true;
    m_n->hasChinese = true;
    return read();
}

Q_ALWAYS_INLINE NumberTokens::Step NumberTokens::smallUnit(int exponent)
{
    if (exponent >= m_lastSmallExp)
        return Step::Stop;
    if (!m_coeff) {
        // 十 alone starts a number (十五) or follows 零 (一千零十); 百 alone
        // only where the caller allows it (百分之百).
        const bool bareTen = exponent == 1 && (m_tokens == 0 || m_zeroGap);
        if (!bareTen && !(m_allowBareUnit && m_tokens == 0))
            return Step::Stop;
        m_coeff = Decimal::fromParts(1);
    }
    m_section = m_section + m_coeff->shifted(exponent);
    m_coeff.reset();
    m_lastSmallExp = exponent;
    m_lastExp = exponent;
    m_zeroGap = false;
    m_any = true;
    m_n->hasChinese = true;
    if (exponent >= 2)
        m_n->hasLargeUnit = true;
    return read();
}

Q_ALWAYS_INLINE NumberTokens::Step NumberTokens::bigUnit(int exponent)
{
    if (exponent >= m_lastBigExp)
        return Step::Stop;
    if (m_coeff) {
        // A digit after a unit without 零 takes the next place down: 三千五万 is 3500万.
        const bool elided = m_coeffIsChineseDigit && !m_zeroGap && m_lastExp >= 1 && m_lastExp < 4;
        m_section = m_section + (elided ? m_coeff->shifted(m_lastExp - 1) : *m_coeff);
        m_coeff.reset();
    }
    if (m_section == Decimal() && m_total == Decimal())
        return Step::Stop; // 万 with nothing before it is no number (万一)
    m_total = exponent == 8 ? (m_total + m_section).shifted(8) : m_total + m_section.shifted(4);
    m_section = Decimal();
    m_lastSmallExp = 4;
    m_lastBigExp = exponent;
    m_lastExp = exponent;
    m_zeroGap = false;
    m_any = true;
    m_n->hasChinese = true;
    m_n->hasLargeUnit = true;
    m_n->bigStart = m_pos;
    m_n->bigExponent = exponent;
    return read();
}

bool NumberTokens::finish()
{
    if (m_coeff && !m_coeffIsChineseDigit && m_lastExp >= 4 && !m_zeroGap) {
        // 3万5: Arabic digits after 万 with no unit of their own say nothing
        // certain; stop before them (the caller sees a run-on).
        m_coeff.reset();
        m_pos = m_arabicStart;
    }
    if (m_coeff) {
        // The elided last unit: 三万五 is 35000, 一千二 is 1200, 十五 is 15.
        // Only a lone Chinese digit right after a unit; 三五 never gets here
        // (the second digit stops the tokens).
        const bool elided = m_coeffIsChineseDigit && !m_zeroGap && m_lastExp >= 1;
        m_section = m_section + (elided ? m_coeff->shifted(m_lastExp - 1) : *m_coeff);
        m_any = true;
    }
    if (!m_any)
        return false;
    // The final 万/亿 is only "last" when nothing followed it.
    if (m_n->bigStart >= 0 && m_n->bigStart != m_pos - 1)
        m_n->bigStart = -1;
    m_n->value = m_total + m_section;
    return true;
}

qsizetype readChineseFraction(QStringView text, qsizetype pos, NumberReading *n)
{
    const QChar first = charAt(text, pos + 1);
    if (!n->hasChinese || n->hasArabic || n->bigStart >= 0 || charAt(text, pos) != u'点' || !(isChineseZero(first) || chineseDigit(first) > 0))
        return -1;
    qint64 fraction = 0;
    int scale = 0;
    qsizetype j = pos + 1;
    for (; j < text.size() && scale < 9; ++j) {
        const QChar d = text.at(j);
        const int v = isChineseZero(d) ? 0 : chineseDigit(d);
        if (v < 0 || d == u'两')
            break;
        fraction = fraction * 10 + v;
        ++scale;
    }
    n->value = n->value + Decimal::fromParts(fraction, scale);
    if (const int b = chineseBigUnit(charAt(text, j))) {
        n->value = n->value.shifted(b);
        n->bigStart = j;
        n->bigExponent = b;
        n->hasLargeUnit = true;
        ++j;
    }
    return j;
}

} // namespace Internal

// The general number: Arabic, Chinese or mixed (1.2万, 2千零30万, 一百零五,
// 三万五). Stops at the longest valid prefix.
bool readNumber(QStringView text, qsizetype pos, NumberReading *n, bool allowBareUnit)
{
    NumberTokens tokens(text, pos, n, allowBareUnit);
    if (tokens.readAll() == NumberTokens::Step::Invalid || !tokens.finish())
        return false;
    qsizetype end = tokens.position();
    int count = tokens.tokenCount();
    if (const qsizetype fractionEnd = readChineseFraction(text, end, n); fractionEnd >= 0) {
        end = fractionEnd;
        ++count;
    }
    if (!n->value.isValid())
        return false;
    n->end = end;
    n->loneDigit = count == 1 && tokens.chineseDigitCount() == 1;
    if (n->hasChinese)
        n->plainInteger = false;
    // 三五, 十四五, 一二三: a numeral right after a complete one is a run
    // of digits or a name, not a number.
    const QChar next = charAt(text, end);
    n->runOn = isNumeralChar(next) || chineseTensCharacter(next) != 0;
    return true;
}

// 数十, 几百, 数十万, 上万, 上千: numbers that say only their size.
bool readVagueNumber(QStringView text, qsizetype pos, NumberReading *n)
{
    const QChar c = text.at(pos);
    if (c == u'数' || c == u'几') {
        qsizetype i = pos + 1;
        int exp = 0;
        if (const int e = chineseSmallUnit(charAt(text, i))) {
            exp += e;
            ++i;
        }
        if (const int b = chineseBigUnit(charAt(text, i))) {
            exp += b;
            ++i;
        }
        if (exp == 0)
            return false;
        n->start = pos;
        n->end = i;
        n->vague = true;
        n->hasChinese = true;
        n->hasLargeUnit = true;
        n->value = Decimal::fromParts(1).shifted(exp);
        n->vagueLower = n->value;
        n->vagueUpper = Decimal::fromParts(9).shifted(exp);
        return true;
    }
    if (c == u'上') {
        const QChar unit = charAt(text, pos + 1);
        int exp = chineseSmallUnit(unit) >= 2 ? chineseSmallUnit(unit) : chineseBigUnit(unit);
        // 以上万元 is 以上 + 万元, not 上万.
        if (exp == 0 || charAt(text, pos - 1) == u'以')
            return false;
        n->start = pos;
        n->end = pos + 2;
        // 上百万, 上千万: the multiplier belongs to the vague number.
        if (const int b = exp < 4 ? chineseBigUnit(charAt(text, n->end)) : 0) {
            exp += b;
            ++n->end;
        }
        n->vague = true;
        n->hasChinese = true;
        n->hasLargeUnit = true;
        n->value = Decimal::fromParts(1).shifted(exp);
        n->vagueLower = n->value;
        return true;
    }
    return false;
}

} // namespace Dz
