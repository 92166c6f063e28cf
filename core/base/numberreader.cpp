#include "base/numberreader.h"

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

// Arabic digits with thousands separators (82,225) and a decimal part.
qsizetype parseArabic(QStringView text, qsizetype pos, Decimal *value, bool *plain)
{
    qsizetype i = pos;
    while (i < text.size() && isAsciiDigit(text.at(i)))
        ++i;
    const qsizetype firstGroup = i - pos;
    QString digits = text.mid(pos, firstGroup).toString();
    bool separated = false;
    // A comma separates thousands only between groups of exactly three
    // digits (82,225); "3,4" is a list.
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

} // namespace

// The general number: Arabic, Chinese or mixed (1.2万, 2千零30万, 一百零五,
// 三万五). Stops at the longest valid prefix.
bool readNumber(QStringView text, qsizetype pos, NumberReading *n, bool allowBareUnit)
{
    Decimal total;
    Decimal section;
    std::optional<Decimal> coeff;
    bool coeffIsChineseDigit = false;
    int lastExp = -1; // exponent of the last unit written, small or big
    int lastSmallExp = 4; // small units must fall within a section: 千 > 百 > 十
    int lastBigExp = 99;
    bool zeroGap = false;
    bool any = false;
    int chineseDigits = 0;
    int tokens = 0;
    qsizetype arabicStart = -1; // where the last Arabic coefficient began
    qsizetype i = pos;
    n->start = pos;
    n->bigStart = -1;

    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            // After 十/百/千, Arabic digits continue only across 零 (2千零30万);
            // after 万/亿 they start the next section (3万5千).
            if (coeff || (lastExp >= 0 && lastExp < 4 && !zeroGap))
                break;
            arabicStart = i;
            Decimal v;
            bool plain = false;
            const qsizetype end = parseArabic(text, i, &v, &plain);
            if (end < 0)
                return false;
            coeff = v;
            coeffIsChineseDigit = false;
            n->hasArabic = true;
            n->plainInteger = plain && tokens == 0;
            i = end;
            ++tokens;
            continue;
        }
        if (const int d = chineseDigit(c); d > 0) {
            if (coeff)
                break;
            coeff = Decimal::fromParts(d);
            coeffIsChineseDigit = true;
            n->hasChinese = true;
            n->digitChar = c;
            ++chineseDigits;
            ++i;
            ++tokens;
            continue;
        }
        if (isChineseZero(c)) {
            // 零 only between parts of a number: 一百零五, never first or last.
            if (coeff || !any || !(isNumeralChar(charAt(text, i + 1)) && !isChineseZero(charAt(text, i + 1))))
                break;
            zeroGap = true;
            n->hasChinese = true;
            ++i;
            ++tokens;
            continue;
        }
        if (const int tens = chineseTensCharacter(c)) {
            if (coeff || lastSmallExp <= 1)
                break;
            section = section + Decimal::fromParts(tens * 10);
            lastSmallExp = 1;
            lastExp = 1;
            zeroGap = false;
            any = true;
            n->hasChinese = true;
            ++i;
            ++tokens;
            continue;
        }
        if (const int e = chineseSmallUnit(c)) {
            if (e >= lastSmallExp)
                break;
            if (!coeff) {
                // 十 alone starts a number (十五) or follows 零 (一千零十);
                // 百 alone only where the caller allows it (百分之百).
                if (e == 1 && (tokens == 0 || zeroGap))
                    coeff = Decimal::fromParts(1);
                else if (allowBareUnit && tokens == 0)
                    coeff = Decimal::fromParts(1);
                else
                    break;
            }
            section = section + coeff->shifted(e);
            coeff.reset();
            lastSmallExp = e;
            lastExp = e;
            zeroGap = false;
            any = true;
            n->hasChinese = true;
            if (e >= 2)
                n->hasLargeUnit = true;
            ++i;
            ++tokens;
            continue;
        }
        if (const int b = chineseBigUnit(c)) {
            if (b >= lastBigExp)
                break;
            if (coeff) {
                // A digit after a unit without 零 takes the next place down:
                // 三千五万 is 3500万.
                const bool elided = coeffIsChineseDigit && !zeroGap && lastExp >= 1 && lastExp < 4;
                section = section + (elided ? coeff->shifted(lastExp - 1) : *coeff);
                coeff.reset();
            }
            if (section == Decimal() && total == Decimal())
                break; // 万 with nothing before it is no number (万一)
            total = b == 8 ? (total + section).shifted(8) : total + section.shifted(4);
            section = Decimal();
            lastSmallExp = 4;
            lastBigExp = b;
            lastExp = b;
            zeroGap = false;
            any = true;
            n->hasChinese = true;
            n->hasLargeUnit = true;
            n->bigStart = i;
            n->bigExponent = b;
            ++i;
            ++tokens;
            continue;
        }
        break;
    }

    if (coeff && !coeffIsChineseDigit && lastExp >= 4 && !zeroGap) {
        // 3万5: Arabic digits after 万 with no unit of their own say nothing
        // certain; stop before them (the caller sees a run-on).
        coeff.reset();
        i = arabicStart;
    }
    if (coeff) {
        // The elided last unit: 三万五 is 35000, 一千二 is 1200, 十五 is 15.
        // Only a lone Chinese digit right after a unit; 三五 never gets here
        // (the second digit stops the loop).
        const bool elided = coeffIsChineseDigit && !zeroGap && lastExp >= 1;
        section = section + (elided ? coeff->shifted(lastExp - 1) : *coeff);
        any = true;
    }
    if (!any)
        return false;
    // The final 万/亿 is only "last" when nothing followed it.
    if (n->bigStart >= 0 && n->bigStart != i - 1)
        n->bigStart = -1;
    n->value = total + section;
    // 八十五点五: 点 is the decimal point of a Chinese number, its digits
    // read one by one; 三点五万 scales after it. A bare 点 (三点) is a time.
    const QChar first = charAt(text, i + 1);
    if (n->hasChinese && !n->hasArabic && n->bigStart < 0 && charAt(text, i) == u'点' && (isChineseZero(first) || chineseDigit(first) > 0)) {
        qint64 fraction = 0;
        int scale = 0;
        qsizetype j = i + 1;
        for (; j < text.size() && scale < 9; ++j) {
            const QChar d = text.at(j);
            const int v = isChineseZero(d) ? 0 : chineseDigit(d);
            if (v < 0 || d == u'两')
                break;
            fraction = fraction * 10 + v;
            ++scale;
        }
        n->value = n->value + Decimal::fromParts(fraction, scale);
        i = j;
        if (const int b = chineseBigUnit(charAt(text, i))) {
            n->value = n->value.shifted(b);
            n->bigStart = i;
            n->bigExponent = b;
            n->hasLargeUnit = true;
            ++i;
        }
        ++tokens;
    }
    if (!n->value.isValid())
        return false;
    n->end = i;
    n->loneDigit = tokens == 1 && chineseDigits == 1;
    if (n->hasChinese)
        n->plainInteger = false;
    // 三五, 十四五, 一二三: a numeral right after a complete one is a run
    // of digits or a name, not a number.
    const QChar next = charAt(text, i);
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
