#include "quantities/quantityscanner.h"

#include "base/jsonvalidator.h"

#include "base/widthfolding.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcQuantity, "dz.core.quantity", QtInfoMsg)

namespace Dz
{

namespace Internal
{

/// A word after a number: a measure word (件, 万元 …) or one that makes the
/// number no quantity (年, 月, 号 …: isQuantity false).
struct MeasureWord {
    QString word;
    QString unit; ///< normalised: 元 for 万元
    int exponent = 0; ///< 万元 is 4: the figure is scaled to the base unit
    QuantityKind kind = QuantityKind::Count;
    bool isQuantity = true;
};

/// 约, 超过, 以上 …: what the word says about the number beside it.
struct QualifierWord {
    QString word;
    QuantityQualifier qualifier = QuantityQualifier::Approximate;
    bool inclusive = true;
    QString notAfter; ///< characters that make the word part of another (节约, 最近)
};

/// Everything the scanner reads from measure-words.json, in the forms the
/// scan needs (indexed by first character, longest first).
struct QuantityRules {
    QHash<QChar, QList<MeasureWord>> measureWords;
    QStringList measureWordList;
    QList<QualifierWord> prefixes; ///< longest first
    QList<QualifierWord> suffixes; ///< longest first
    QHash<QChar, QStringList> phrases; ///< longest first
    QString wordPrefixes;
    QString vagueNotAfter;
    QSet<QString> articleUnits;
    QSet<QString> codes;

    const MeasureWord *measureWordAt(QStringView text, qsizetype pos) const
    {
        if (pos < 0 || pos >= text.size())
            return nullptr;
        const auto it = measureWords.constFind(text.at(pos));
        if (it == measureWords.cend())
            return nullptr;
        for (const MeasureWord &m : *it) {
            if (text.mid(pos).startsWith(m.word))
                return &m;
        }
        return nullptr;
    }
};

} // namespace Internal

namespace
{

using Internal::MeasureWord;
using Internal::QualifierWord;
using Internal::QuantityRules;

// ---- characters ----

int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'一':
    case u'壹':
        return 1;
    case u'二':
    case u'贰':
    case u'两':
        return 2;
    case u'三':
    case u'叁':
        return 3;
    case u'四':
    case u'肆':
        return 4;
    case u'五':
    case u'伍':
        return 5;
    case u'六':
    case u'陆':
        return 6;
    case u'七':
    case u'柒':
        return 7;
    case u'八':
    case u'捌':
        return 8;
    case u'九':
    case u'玖':
        return 9;
    default:
        return -1;
    }
}

bool isZero(QChar c)
{
    return c == u'零' || c == u'〇';
}

// 十 1, 百 2, 千 3 (and their financial forms); 0 for anything else.
int smallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十':
    case u'拾':
        return 1;
    case u'百':
    case u'佰':
        return 2;
    case u'千':
    case u'仟':
        return 3;
    default:
        return 0;
    }
}

// 万 4, 亿 8; 0 for anything else.
int bigUnit(QChar c)
{
    switch (c.unicode()) {
    case u'万':
    case u'萬':
        return 4;
    case u'亿':
    case u'億':
        return 8;
    default:
        return 0;
    }
}

// 廿 20, 卅 30, 卌 40: tens written as one character.
int tensCharacter(QChar c)
{
    switch (c.unicode()) {
    case u'廿':
        return 2;
    case u'卅':
        return 3;
    case u'卌':
        return 4;
    default:
        return 0;
    }
}

// 壹贰叁肆伍陆柒捌玖拾佰仟: the forms written on cheques and in amounts.
bool isFinancial(QChar c)
{
    return QStringView(u"壹贰叁肆伍陆柒捌玖拾佰仟").contains(c);
}

// 3-5, 3～5 (folded to ~), 三至五, 两到三.
bool isRangeConnector(QChar c)
{
    return c == u'-' || c == u'~' || c == u'〜' || c == u'至' || c == u'到' || c == u'—' || c == u'–';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNumeralChar(QChar c)
{
    return isAsciiDigit(c) || chineseDigit(c) > 0 || isZero(c);
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

QChar charAt(QStringView text, qsizetype pos)
{
    return pos >= 0 && pos < text.size() ? text.at(pos) : QChar();
}

bool startsWithAt(QStringView text, qsizetype pos, QStringView word)
{
    return pos >= 0 && pos <= text.size() && text.mid(pos).startsWith(word);
}

// One unit of the last non-zero place of @p value: 20 → 10, 175 → 1,
// 3000 → 1000, 1.5 → 0.1. The upper end of 20余 is 20 + 10.
Decimal lastPlaceStep(const Decimal &value)
{
    qint64 m = value.mantissa();
    int zeros = 0;
    while (m != 0 && m % 10 == 0) {
        m /= 10;
        ++zeros;
    }
    return Decimal::fromParts(1, value.scale() - zeros);
}

Decimal times(const Decimal &value, int digit)
{
    Decimal sum;
    for (int i = 0; i < digit; ++i)
        sum = sum + value;
    return sum;
}

// ---- numbers ----

/// A number as written, before qualifiers and measure words.
struct Number {
    qsizetype start = 0;
    qsizetype end = 0;
    Decimal value;
    bool hasArabic = false;
    bool hasChinese = false;
    bool hasLargeUnit = false; ///< 百, 千, 万 or 亿 written: a Chinese number that needs no measure word
    bool loneDigit = false; ///< one Chinese digit alone: 一, 两, 三
    QChar digitChar;
    bool plainInteger = false; ///< Arabic digits only, no separator, point or unit
    bool vague = false; ///< 数十, 上万, 十几
    std::optional<Decimal> vagueLower;
    std::optional<Decimal> vagueUpper;
    qsizetype bigStart = -1; ///< where a final 万/亿 stands (18.2536万元: it may belong to the measure word)
    int bigExponent = 0;
    bool runOn = false; ///< more numerals follow that do not belong (三五, 十四五)
};

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

// The general number: Arabic, Chinese or mixed (1.2万, 2千零30万, 一百零五,
// 三万五). Stops at the longest valid prefix.
bool parseNumber(QStringView text, qsizetype pos, Number *n, bool allowBareUnit = false)
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
        if (isZero(c)) {
            // 零 only between parts of a number: 一百零五, never first or last.
            if (coeff || !any || !(isNumeralChar(charAt(text, i + 1)) && !isZero(charAt(text, i + 1))))
                break;
            zeroGap = true;
            n->hasChinese = true;
            ++i;
            ++tokens;
            continue;
        }
        if (const int tens = tensCharacter(c)) {
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
        if (const int e = smallUnit(c)) {
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
        if (const int b = bigUnit(c)) {
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
    if (n->hasChinese && !n->hasArabic && n->bigStart < 0 && charAt(text, i) == u'点' && (isZero(first) || chineseDigit(first) > 0)) {
        qint64 fraction = 0;
        int scale = 0;
        qsizetype j = i + 1;
        for (; j < text.size() && scale < 9; ++j) {
            const QChar d = text.at(j);
            const int v = isZero(d) ? 0 : chineseDigit(d);
            if (v < 0 || d == u'两')
                break;
            fraction = fraction * 10 + v;
            ++scale;
        }
        n->value = n->value + Decimal::fromParts(fraction, scale);
        i = j;
        if (const int b = bigUnit(charAt(text, i))) {
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
    n->runOn = isNumeralChar(next) || tensCharacter(next) != 0;
    return true;
}

// 数十, 几百, 数十万, 上万, 上千: numbers that say only their size.
bool parseVagueStart(QStringView text, qsizetype pos, Number *n)
{
    const QChar c = text.at(pos);
    if (c == u'数' || c == u'几') {
        qsizetype i = pos + 1;
        int exp = 0;
        if (const int e = smallUnit(charAt(text, i))) {
            exp += e;
            ++i;
        }
        if (const int b = bigUnit(charAt(text, i))) {
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
        int exp = smallUnit(unit) >= 2 ? smallUnit(unit) : bigUnit(unit);
        // 以上万元 is 以上 + 万元, not 上万.
        if (exp == 0 || charAt(text, pos - 1) == u'以')
            return false;
        n->start = pos;
        n->end = pos + 2;
        // 上百万, 上千万: the multiplier belongs to the vague number.
        if (const int b = exp < 4 ? bigUnit(charAt(text, n->end)) : 0) {
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

// ---- zones where numbers are names ----

struct Zone {
    qsizetype start;
    qsizetype end;
};

// Quoted names (“663”行动计划), book titles (《…(2020-2025年)》) and the
// year brackets of document numbers (〔2020〕255号): numbers inside are
// never quantities. A quote counts only when it closes soon on the same
// line; an unbalanced mark must not swallow the rest of a paragraph.
QList<Zone> nameZones(QStringView text)
{
    struct Pair {
        char16_t open;
        char16_t close;
        int maxLength;
        bool stopAtSentence;
    };
    static constexpr Pair pairs[] = {
        {u'“', u'”', 40, true},
        {u'‘', u'’', 40, true},
        {u'「', u'」', 40, true},
        {u'『', u'』', 40, true},
        {u'"', u'"', 40, true},
        {u'《', u'》', 120, false},
        {u'〈', u'〉', 60, false},
        {u'〔', u'〕', 12, true},
        {u'[', u']', 24, true},
        {u'【', u'】', 24, true},
        {u'〖', u'〗', 12, true},
    };
    QList<Zone> zones;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        for (const Pair &p : pairs) {
            if (c != p.open)
                continue;
            for (qsizetype j = i + 1; j < text.size() && j - i <= p.maxLength; ++j) {
                const char16_t d = text.at(j).unicode();
                if (d == u'\n' || (p.stopAtSentence && d == u'。'))
                    break;
                if (d == p.close) {
                    zones.append({i, j + 1});
                    if (p.open == p.close)
                        i = j; // a symmetric quote closes here, it does not open the next
                    break;
                }
                if (d == p.open && p.open != p.close)
                    break; // another opening first: this one is unbalanced
            }
            break;
        }
    }
    std::sort(zones.begin(), zones.end(), [](const Zone &a, const Zone &b) {
        return a.start < b.start;
    });
    return zones;
}

// ---- one scan ----

class Scan
{
public:
    /// @p folded: the text already folded to half width (foldWidth()).
    Scan(const QuantityRules &rules, QStringView folded)
        : m_rules(rules)
        , m_text(folded)
        , m_zones(nameZones(m_text))
    {
    }

    QList<Quantity> run();

private:
    /// Tries an expression at @p pos; returns where scanning goes on.
    qsizetype scanAt(qsizetype pos);
    bool startsNumber(qsizetype pos) const;
    bool parseCore(qsizetype pos, Number *n) const;
    bool parseDigitPair(qsizetype pos, Number *n) const;
    qsizetype skipRun(qsizetype pos) const;
    const QualifierWord *prefixBefore(qsizetype pos, qsizetype floor) const;
    const QualifierWord *suffixAt(qsizetype pos) const;
    const MeasureWord *measureAt(qsizetype pos, qsizetype *wordStart) const;
    bool isDateOrTime(const Number &n) const;
    bool isListMarker(const Number &n) const;
    bool isCode(const Number &n) const;
    bool isYear(const Number &n) const;
    qsizetype fractionAt(const Number &denominator, Quantity *q) const;
    qsizetype slashFractionAt(const Number &numerator, Quantity *q) const;

    /// A measure word as found: where it starts, and whether it begins
    /// inside the number (the 万 of 18.2536万元).
    struct Unit {
        const MeasureWord *word = nullptr;
        qsizetype start = -1;
        bool inNumber = false;
        qsizetype end() const
        {
            return word ? start + word->word.size() : start;
        }
    };
    struct RangeEnd {
        Number number;
        Unit unit;
    };
    qsizetype rejectedAt(const Number &lo) const;
    Unit unitAfter(const Number &n, qsizetype pos) const;
    std::optional<RangeEnd> rangeAfter(qsizetype connector, const Unit &lowerUnit, qsizetype *skipTo) const;
    bool isWordNumeral(const Number &lo, const Unit &unit, bool qualified) const;
    bool isBareName(const Number &lo, qsizetype end, bool prefixed) const;

    const QuantityRules &m_rules;
    const QStringView m_text;
    const QList<Zone> m_zones;
    QList<Quantity> m_found;
    qsizetype m_lastEnd = 0;
};

QList<Quantity> Scan::run()
{
    qsizetype zone = 0;
    qsizetype pos = 0;
    while (pos < m_text.size()) {
        while (zone < m_zones.size() && m_zones.at(zone).end <= pos)
            ++zone;
        if (zone < m_zones.size() && m_zones.at(zone).start <= pos) {
            pos = m_zones.at(zone).end;
            continue;
        }
        // scanAt always moves on; max() keeps a slip there from hanging a scan.
        pos = startsNumber(pos) ? std::max(pos + 1, scanAt(pos)) : pos + 1;
    }
    return m_found;
}

bool Scan::startsNumber(qsizetype pos) const
{
    const QChar c = m_text.at(pos);
    if (isAsciiDigit(c) || chineseDigit(c) > 0 || tensCharacter(c) || c == u'十' || c == u'拾')
        return true;
    const QChar next = charAt(m_text, pos + 1);
    if (c == u'数' || c == u'几') {
        // 次数十分, 人数上千: 数 ends a word there (次数, 人数), it starts no number.
        const QChar before = charAt(m_text, pos - 1);
        if (c == u'数' && (m_rules.vagueNotAfter.contains(before) || m_rules.measureWordAt(m_text, pos - 1)))
            return false;
        return smallUnit(next) || bigUnit(next);
    }
    if (c == u'上')
        return next == u'万' || next == u'亿' || next == u'千' || next == u'百';
    // 百余人, 千余件, 万余元; 百分之五, 千分之三; 近万人, 逾千人.
    if (smallUnit(c) >= 2 || bigUnit(c))
        return next == u'余' || next == u'多' || startsWithAt(m_text, pos + 1, u"分之") || prefixBefore(pos, m_lastEnd);
    return false;
}

bool Scan::parseCore(qsizetype pos, Number *n) const
{
    const QChar c = m_text.at(pos);
    if (c == u'数' || c == u'几' || c == u'上')
        return parseVagueStart(m_text, pos, n);
    if ((smallUnit(c) >= 2 || bigUnit(c)) && charAt(m_text, pos - 1) != u'以') {
        // A bare 百/千/万 before 余 or 分之 stands for one of it.
        n->start = pos;
        n->end = pos + 1;
        n->value = Decimal::fromParts(1).shifted(smallUnit(c) ? smallUnit(c) : bigUnit(c));
        n->hasChinese = true;
        n->hasLargeUnit = true;
        return true;
    }
    return parseDigitPair(pos, n) || parseNumber(m_text, pos, n);
}

// 两三次, 三五天, 七八十人, 三四百家: two neighbouring digits (or 三五) say
// "one or the other". Only before a unit or measure word: 三五成群, 一二线,
// 十之八九 are words, and 三五 alone is no number.
bool Scan::parseDigitPair(qsizetype pos, Number *n) const
{
    const QChar first = m_text.at(pos);
    const QChar second = charAt(m_text, pos + 1);
    const int a = chineseDigit(first);
    const int b = chineseDigit(second);
    if (a <= 0 || b <= 0 || isFinancial(first) || isFinancial(second) || second == u'两' || !(b == a + 1 || (a == 3 && b == 5)))
        return false;
    qsizetype end = pos + 2;
    int exp = 0;
    if (const int e = smallUnit(charAt(m_text, end))) {
        exp += e;
        ++end;
    }
    if (const int big = bigUnit(charAt(m_text, end))) {
        exp += big;
        ++end;
    }
    const MeasureWord *m = m_rules.measureWordAt(m_text, end);
    if (!m || !m->isQuantity || isNumeralChar(charAt(m_text, end)))
        return false;
    n->start = pos;
    n->end = end;
    n->vague = true;
    n->hasChinese = true;
    n->hasLargeUnit = exp >= 2;
    n->value = Decimal::fromParts(a).shifted(exp);
    n->vagueLower = n->value;
    n->vagueUpper = Decimal::fromParts(b).shifted(exp);
    return true;
}

// The end of a run of numeral characters that is no number (十四五, 三五,
// 廿3); always past @p pos.
qsizetype Scan::skipRun(qsizetype pos) const
{
    qsizetype end = pos + 1;
    while (end < m_text.size()) {
        const QChar c = m_text.at(end);
        if (!isNumeralChar(c) && !smallUnit(c) && !bigUnit(c) && !tensCharacter(c) && c != u'.')
            break;
        ++end;
    }
    return end;
}

const QualifierWord *Scan::prefixBefore(qsizetype pos, qsizetype floor) const
{
    for (const QualifierWord &q : m_rules.prefixes) {
        const qsizetype start = pos - q.word.size();
        if (start < floor || !startsWithAt(m_text, start, q.word))
            continue;
        if (!q.notAfter.isEmpty() && start > 0 && q.notAfter.contains(m_text.at(start - 1)))
            continue;
        return &q;
    }
    return nullptr;
}

const QualifierWord *Scan::suffixAt(qsizetype pos) const
{
    for (const QualifierWord &q : m_rules.suffixes) {
        if (startsWithAt(m_text, pos, q.word))
            return &q;
    }
    return nullptr;
}

// The measure word at @p pos, after at most one space (6180 户次).
const MeasureWord *Scan::measureAt(qsizetype pos, qsizetype *wordStart) const
{
    if (charAt(m_text, pos) == u' ' && !isAsciiDigit(charAt(m_text, pos + 1)))
        ++pos;
    *wordStart = pos;
    return m_rules.measureWordAt(m_text, pos);
}

// 2025-02-24, 2025.2.24, 2025/02/24, 10:49, and 12.4国家宪法日 / 5.28民法典颁布日
// (a month and day written as a decimal, right before the day's name).
bool Scan::isDateOrTime(const Number &n) const
{
    const QStringView t = m_text;
    qsizetype i = n.start;
    qsizetype digits = 0;
    while (isAsciiDigit(charAt(t, i + digits)))
        ++digits;
    const QChar sep = charAt(t, i + digits);
    if (digits == 4 && (sep == u'-' || sep == u'.' || sep == u'/') && isAsciiDigit(charAt(t, i + 5))) {
        qsizetype month = 0;
        while (isAsciiDigit(charAt(t, i + 5 + month)))
            ++month;
        if (month <= 2)
            return true;
    }
    if (digits >= 1 && digits <= 2 && sep == u':' && isAsciiDigit(charAt(t, i + digits + 1)))
        return true;
    // 3·15, 12·4, 5・12: days named by their date.
    if (digits >= 1 && digits <= 2 && (sep == u'·' || sep == u'・' || sep == u'•') && isAsciiDigit(charAt(t, i + digits + 1)))
        return true;
    const qsizetype dayDigits = n.end - (i + digits + 1);
    if (digits >= 1 && digits <= 2 && sep == u'.' && dayDigits >= 1 && dayDigits <= 2 && !n.hasChinese) {
        const int month = t.mid(i, digits).toInt();
        const int day = t.mid(i + digits + 1, dayDigits).toInt();
        const QChar after = charAt(t, n.end);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && isHan(after) && !m_rules.measureWordAt(t, n.end))
            return true;
    }
    return false;
}

// 1.将…, 17.完成…, 4、下一年度…, (3): enumerators, not counts.
bool Scan::isListMarker(const Number &n) const
{
    if (!n.plainInteger || n.end - n.start > 3)
        return false;
    const QChar before = charAt(m_text, n.start - 1);
    const QChar after = charAt(m_text, n.end);
    if (after == u'、')
        return true;
    if ((before == u'(' && after == u')') || (before == u'(' && after == u'）') || (before == u'（' && after == u')'))
        return true;
    // 1. and 1) only at the start of a line or clause: "共计5." ends a sentence.
    const bool clauseStart = before.isNull() || !before.isLetterOrNumber();
    if (after == u'.' && !isAsciiDigit(charAt(m_text, n.end + 1)))
        return clauseStart;
    if (after == u')' || after == u'）')
        return clauseStart;
    return false;
}

// Standards (GB 2760-2014), models (5G), phone numbers and codes with a
// leading zero: numbers that identify, not count.
bool Scan::isCode(const Number &n) const
{
    qsizetype b = n.start - 1;
    if (charAt(m_text, b) == u' ' || charAt(m_text, b) == u'/' || charAt(m_text, b) == u'-')
        --b;
    if (isAsciiLetter(charAt(m_text, b)) || isAsciiLetter(charAt(m_text, n.end)))
        return true;
    // 1+3+N, 5×2: formulas and names of schemes, not counts.
    if (charAt(m_text, n.start - 1) == u'+' || charAt(m_text, n.end) == u'+')
        return true;
    if (n.hasArabic && !n.hasChinese && m_text.at(n.start) == u'0' && isAsciiDigit(charAt(m_text, n.start + 1)))
        return true;
    return false;
}

// 三分之一, 百分之九十五, 千分之五: after the denominator, 分之 and the
// numerator; or 1/3.
// 1/3, 2/5: a share written with a slash (dates with a slash are caught
// before, as 2025/2/24).
qsizetype Scan::slashFractionAt(const Number &numerator, Quantity *q) const
{
    if (!numerator.plainInteger || charAt(m_text, numerator.end) != u'/' || !isAsciiDigit(charAt(m_text, numerator.end + 1)))
        return -1;
    qsizetype end = numerator.end + 1;
    while (end < m_text.size() && isAsciiDigit(m_text.at(end)))
        ++end;
    const QChar after = charAt(m_text, end);
    if (end - numerator.end - 1 > 4 || after == u'/' || after == u'.' || isAsciiLetter(after))
        return -1;
    const qint64 num = numerator.value.mantissa();
    const qint64 den = m_text.mid(numerator.end + 1, end - numerator.end - 1).toLongLong();
    if (den <= 0 || num >= den)
        return -1;
    q->kind = QuantityKind::Fraction;
    q->numerator = num;
    q->denominator = den;
    q->value = Decimal::fromRatio(num, den);
    q->numberSpan = {numerator.start, end};
    return end;
}

qsizetype Scan::fractionAt(const Number &denominator, Quantity *q) const
{
    if (const qsizetype end = slashFractionAt(denominator, q); end >= 0)
        return end;
    if (!startsWithAt(m_text, denominator.end, u"分之") || !denominator.value.isInteger() || denominator.value.mantissa() <= 0)
        return -1;
    Number numerator;
    const qsizetype at = denominator.end + 2;
    if (at >= m_text.size() || !parseNumber(m_text, at, &numerator, true) || numerator.runOn)
        return -1;
    const qint64 den = denominator.value.mantissa();
    q->numberSpan = {denominator.start, numerator.end};
    if (den == 100) {
        // 百分之九十五: the number is 九十五, 百分之 says "percent".
        q->kind = QuantityKind::Percentage;
        q->unit = u"%"_s;
        q->unitSpan = {denominator.start, at};
        q->numberSpan = {at, numerator.end};
        q->value = numerator.value;
    } else {
        if (!numerator.value.isInteger())
            return -1;
        q->kind = QuantityKind::Fraction;
        q->numerator = numerator.value.mantissa();
        q->denominator = den;
        q->value = Decimal::fromRatio(q->numerator, den);
    }
    return numerator.end;
}

// Sets the bounds a qualifier word gives: 以上 and 至少 a lower bound,
// 以下 and 不到 an upper one, 约 and 左右 none.
void applyQualifier(Quantity *q, const QualifierWord &word)
{
    q->qualifier = word.qualifier;
    q->lower.reset();
    q->upper.reset();
    q->lowerInclusive = q->upperInclusive = true;
    if (word.qualifier == QuantityQualifier::AtLeast) {
        q->lower = q->value;
        q->lowerInclusive = word.inclusive;
    } else if (word.qualifier == QuantityQualifier::AtMost) {
        q->upper = q->value;
        q->upperInclusive = word.inclusive;
    }
}

// Numbers that are no quantity whatever follows them; -1, or where
// scanning goes on.
qsizetype Scan::rejectedAt(const Number &lo) const
{
    const qsizetype pos = lo.start;
    const bool chinese = !lo.hasArabic;
    // A financial digit alone is a word: 队伍, 陆续, 拾金不昧. Amounts in
    // financial characters always have a unit (壹拾, 伍佰).
    if (chinese && lo.end - lo.start == 1 && isFinancial(m_text.at(pos)))
        return lo.end;
    // Word-internal numerals: 统一, 唯一, 进一步, 万一, 星期一.
    if (chinese && pos > 0 && m_rules.wordPrefixes.contains(m_text.at(pos - 1)))
        return lo.end;
    // Ordinals: 第11期, 第一批, 第三季度, and 第1-3批, 第一、二批 whole.
    if (charAt(m_text, pos - 1) == u'第') {
        qsizetype end = lo.end;
        Number next;
        while ((isRangeConnector(charAt(m_text, end)) || charAt(m_text, end) == u'、') && end + 1 < m_text.size() && startsNumber(end + 1)
            && parseCore(end + 1, &next))
            end = next.end;
        const MeasureWord *m = m_rules.measureWordAt(m_text, end);
        return end + (m ? m->word.size() : 0);
    }
    if (chinese) {
        const auto phrases = m_rules.phrases.constFind(m_text.at(pos));
        if (phrases != m_rules.phrases.cend()) {
            for (const QString &phrase : *phrases) {
                if (startsWithAt(m_text, pos, phrase))
                    return pos + phrase.size();
            }
        }
    }
    if (lo.hasArabic && (isDateOrTime(lo) || isCode(lo) || isListMarker(lo))) {
        // Skip the whole token so that 02 of 2025-02-24 is not read next.
        qsizetype end = lo.end;
        while (end < m_text.size()) {
            const QChar c = m_text.at(end);
            if (!isAsciiDigit(c) && !isAsciiLetter(c) && c != u'-' && c != u':' && c != u'.' && c != u'/')
                break;
            ++end;
        }
        return end;
    }
    return -1;
}

// The measure word after a number. A final 万/亿 may be part of it
// (18.2536万元: the number is 18.2536, the word 万元).
Scan::Unit Scan::unitAfter(const Number &n, qsizetype pos) const
{
    Unit u;
    if (n.bigStart >= 0 && pos == n.end) {
        const MeasureWord *m = m_rules.measureWordAt(m_text, n.bigStart);
        if (m && m->exponent == n.bigExponent) {
            u.word = m;
            u.start = n.bigStart;
            u.inNumber = true;
            return u;
        }
    }
    u.word = measureAt(pos, &u.start);
    return u;
}

// A range after the lower end: 3-5次, 3～5次, 三至五次, 两到三万, 5%-10%.
// nullopt when none; a rejected upper end (2020-2025年, 1-2月) sets *skipTo.
std::optional<Scan::RangeEnd> Scan::rangeAfter(qsizetype connector, const Unit &lowerUnit, qsizetype *skipTo) const
{
    if (!isRangeConnector(charAt(m_text, connector)))
        return std::nullopt;
    RangeEnd hi;
    const qsizetype start = connector + 1;
    if (start >= m_text.size() || !startsNumber(start) || !parseCore(start, &hi.number) || hi.number.vague)
        return std::nullopt;
    if (hi.number.runOn) {
        *skipTo = skipRun(start);
        return std::nullopt;
    }
    hi.unit = unitAfter(hi.number, hi.number.end);
    if (hi.unit.word && !hi.unit.word->isQuantity) {
        *skipTo = hi.unit.end();
        return std::nullopt;
    }
    // Both ends in the same measure, or the lower end bare (5-10%).
    if (lowerUnit.word && (!hi.unit.word || hi.unit.word->word != lowerUnit.word->word))
        return std::nullopt;
    return hi;
}

// A Chinese numeral is a number only when it says so: a measure word, a
// 百/千/万/亿, a qualifier or a vague form. 一律, 一是, 十大, 二十届 are words.
bool Scan::isWordNumeral(const Number &lo, const Unit &unit, bool qualified) const
{
    const MeasureWord *m = unit.word;
    if (!m)
        return lo.loneDigit || (!lo.hasLargeUnit && !lo.vague && !qualified);
    if (!lo.loneDigit || m->kind == QuantityKind::Percentage || m->kind == QuantityKind::PercentagePoints)
        return false;
    // 一个新的台阶, 一种模式: the article, not a count of one.
    if (lo.digitChar == u'一' && m_rules.articleUnits.contains(m->word))
        return true;
    // 二次供水, 二级: a lone 二 before a count is ordinal; counting says 两.
    if (lo.digitChar == u'二' && m->kind == QuantityKind::Count && !qualified)
        return true;
    // 一人一档, 一户一策: a pattern, not a count.
    return lo.digitChar == u'一' && charAt(m_text, unit.end()) == u'一';
}

// A bare Arabic number (no measure word, qualifier or 万) that names
// rather than counts: run into a word (80后, 110指挥中心), a hotline
// (12345), a year (2024), a long code or phone number.
bool Scan::isBareName(const Number &lo, qsizetype end, bool prefixed) const
{
    if (isHan(charAt(m_text, end)))
        return true;
    if (prefixed || !lo.plainInteger)
        return false;
    const QStringView digits = m_text.mid(lo.start, lo.end - lo.start);
    const int year = digits.size() == 4 ? digits.toInt() : 0;
    return m_rules.codes.contains(digits.toString()) || digits.size() >= 7 || (year >= 1900 && year <= 2100);
}

bool Scan::isYear(const Number &n) const
{
    const int v = n.plainInteger && n.end - n.start == 4 ? m_text.mid(n.start, 4).toInt() : 0;
    return v >= 1900 && v <= 2100;
}

qsizetype Scan::scanAt(qsizetype pos)
{
    Number lo;
    if (!parseCore(pos, &lo)) {
        // Digits beyond 64 bits: an identifier; skip them whole rather than
        // retry from each digit.
        qsizetype end = pos + 1;
        while (isAsciiDigit(m_text.at(pos)) && end < m_text.size() && isAsciiDigit(m_text.at(end)))
            ++end;
        return end;
    }
    if (lo.runOn)
        return skipRun(pos);
    if (const qsizetype skip = rejectedAt(lo); skip >= 0)
        return skip;

    Quantity q;
    q.numberSpan = {lo.start, lo.end};
    q.value = lo.value;
    qsizetype end = lo.end;

    // Fractions and percentages in words carry no measure word.
    if (const qsizetype fractionEnd = fractionAt(lo, &q); fractionEnd >= 0) {
        end = fractionEnd;
        q.lower = q.upper = q.value;
        if (const QualifierWord *s = suffixAt(end)) {
            applyQualifier(&q, *s);
            end += s->word.size();
        }
        q.span = {lo.start, end};
        if (const QualifierWord *p = prefixBefore(lo.start, m_lastEnd)) {
            q.span.start -= p->word.size();
            applyQualifier(&q, *p);
        }
        m_found.append(q);
        m_lastEnd = end;
        return end;
    }

    // 余/多: at least the number, less than one step of its last place
    // above it (20余 → [20, 30), 175余 → [175, 176)). A trailing 几 is vague:
    // 十几 → [11, 19].
    bool roughly = false;
    Decimal step;
    const QChar after = charAt(m_text, end);
    if ((after == u'余' || after == u'多') && !lo.vague) {
        roughly = true;
        step = lastPlaceStep(lo.value);
        ++end;
    } else if (after == u'几' && !lo.vague && lo.value.isInteger()) {
        const Decimal place = lastPlaceStep(lo.value).shifted(-1);
        if (!place.isInteger())
            return end + 1;
        lo.vague = true;
        lo.vagueLower = lo.value + place;
        lo.vagueUpper = lo.value + times(place, 9);
        ++end;
    }
    // A multiplier after the qualifier: 20余万份, 十几万 (but 80余万元 is
    // 80余 + 万元).
    int shift = 0;
    if (end > lo.end && bigUnit(charAt(m_text, end))) {
        qsizetype wordStart = 0;
        const MeasureWord *m = measureAt(end, &wordStart);
        if (!m || m->exponent == 0) {
            shift = bigUnit(charAt(m_text, end));
            ++end;
            q.numberSpan.end = end;
        }
    }

    Unit unit = unitAfter(lo, end);
    if (unit.word && !unit.word->isQuantity)
        return unit.end(); // 2024年, 9月, 255号, 十九届
    if (unit.word && unit.word->word == u"分" && (charAt(m_text, pos - 1) == u'时' || charAt(m_text, pos - 1) == u'点'))
        return unit.end(); // 9时30分 is a time
    if (unit.inNumber)
        q.numberSpan.end = unit.start;

    std::optional<RangeEnd> hi;
    if (!roughly && !lo.vague) {
        qsizetype skipTo = -1;
        hi = rangeAfter(unit.word ? unit.end() : end, unit, &skipTo);
        if (skipTo >= 0)
            return skipTo;
    }
    if (hi) {
        // The upper end lends its multiplier and measure word to a bare
        // lower end: 两到三万 is 20000 to 30000, 5-10% is 5% to 10%.
        if (isYear(lo) && isYear(hi->number))
            return hi->number.end; // 2024-2025: a span of years
        const int exponent = hi->unit.word && !hi->unit.inNumber ? hi->unit.word->exponent : 0;
        Decimal lower = lo.value;
        if (lo.bigStart < 0 && hi->number.bigStart >= 0) {
            const Decimal lent = lo.value.shifted(hi->number.bigExponent);
            if (lent <= hi->number.value)
                lower = lent;
        }
        lower = lower.shifted(exponent);
        const Decimal upper = hi->number.value.shifted(exponent);
        if (lower < upper) {
            q.qualifier = QuantityQualifier::Range;
            q.value = lower;
            q.lower = lower;
            q.upper = upper;
            q.numberSpan = {lo.start, hi->unit.inNumber ? hi->unit.start : hi->number.end};
            unit = hi->unit;
            end = unit.word ? unit.end() : hi->number.end;
            lo.hasLargeUnit = lo.hasLargeUnit || hi->number.hasLargeUnit;
            lo.loneDigit = false;
            lo.hasArabic = lo.hasArabic || hi->number.hasArabic;
        } else {
            hi.reset(); // 5-3: no range; the lower end stands alone
        }
    }
    if (!hi) {
        const int exponent = unit.word && !unit.inNumber ? unit.word->exponent : 0;
        q.value = lo.value.shifted(shift + exponent);
        if (lo.vague) {
            q.qualifier = QuantityQualifier::Vague;
            if (lo.vagueLower)
                q.lower = lo.vagueLower->shifted(shift + exponent);
            if (lo.vagueUpper)
                q.upper = lo.vagueUpper->shifted(shift + exponent);
        } else if (roughly) {
            q.qualifier = QuantityQualifier::AtLeast;
            q.lower = q.value;
            q.upper = (lo.value + step).shifted(shift + exponent);
            q.upperInclusive = false;
        } else {
            q.lower = q.upper = q.value;
        }
        if (unit.word)
            end = unit.end();
    }
    if (!q.value.isValid())
        return end;
    if (unit.word) {
        q.unit = unit.word->unit;
        q.kind = unit.word->kind;
        q.unitSpan = {unit.start, unit.end()};
    }

    // What the words around it say: 以上, 左右 after; 约, 超过, 不到 before.
    bool qualified = roughly;
    if (const QualifierWord *s = suffixAt(end); s && !hi) {
        applyQualifier(&q, *s);
        end += s->word.size();
        qualified = true;
    }
    qsizetype start = lo.start;
    bool prefixed = false;
    if (const QualifierWord *p = prefixBefore(lo.start, m_lastEnd); p && !hi) {
        applyQualifier(&q, *p);
        start -= p->word.size();
        prefixed = true;
    }

    if (!lo.hasArabic) {
        if (!hi && isWordNumeral(lo, unit, qualified || (prefixed && lo.hasLargeUnit)))
            return end;
    } else if (!unit.word && !hi && !qualified && !lo.hasLargeUnit && isBareName(lo, end, prefixed)) {
        return end;
    }

    q.span = {start, end};
    m_found.append(q);
    m_lastEnd = end;
    return end;
}

// ---- reading the rules ----

std::optional<QuantityKind> kindFromName(const QString &name)
{
    if (name == u"count")
        return QuantityKind::Count;
    if (name == u"money")
        return QuantityKind::Money;
    if (name == u"percentage")
        return QuantityKind::Percentage;
    if (name == u"percentagePoints")
        return QuantityKind::PercentagePoints;
    return std::nullopt;
}

std::optional<QuantityQualifier> qualifierFromName(const QString &name)
{
    if (name == u"approximate")
        return QuantityQualifier::Approximate;
    if (name == u"atLeast")
        return QuantityQualifier::AtLeast;
    if (name == u"atMost")
        return QuantityQualifier::AtMost;
    return std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

bool longerFirst(const QString &a, const QString &b)
{
    return a.size() > b.size() || (a.size() == b.size() && a < b);
}

std::optional<QList<QualifierWord>> readQualifiers(const QJsonArray &array, QString *problem, const QString &key)
{
    QList<QualifierWord> words;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QualifierWord w;
        w.word = o.value(u"word"_s).toString();
        const auto qualifier = qualifierFromName(o.value(u"qualifier"_s).toString());
        if (w.word.isEmpty() || !qualifier) {
            *problem =
                QCoreApplication::translate("Dz::QuantityScanner", "entry %1 of \"%2\" needs a \"word\" and a \"qualifier\" (approximate, atLeast or atMost)")
                    .arg(i + 1)
                    .arg(key);
            return std::nullopt;
        }
        w.qualifier = *qualifier;
        w.inclusive = o.value(u"inclusive"_s).toBool(true);
        w.notAfter = stringList(o.value(u"notAfter"_s)).join(QString());
        words.append(w);
    }
    std::stable_sort(words.begin(), words.end(), [](const QualifierWord &a, const QualifierWord &b) {
        return a.word.size() > b.word.size();
    });
    return words;
}

Result<std::shared_ptr<const QuantityRules>> readRules(const QByteArray &json, const QString &origin)
{
    using R = Result<std::shared_ptr<const QuantityRules>>;
    const auto failure = [&origin](const QString &problem) {
        qCWarning(lcQuantity) << "rejected measure-word file" << origin << problem;
        return R::failure(QCoreApplication::translate("Dz::QuantityScanner", "The measure-word file %1 is not valid: %2").arg(origin, problem));
    };
    Internal::JsonValidator validator;
    const QJsonObject root = validator.readRoot(json, u"duizhao-measure-words");
    if (!validator.ok())
        return failure(validator.problem);

    auto rules = std::make_shared<QuantityRules>();
    QSet<QString> seen;
    const auto addWord = [&](const MeasureWord &m) {
        rules->measureWords[m.word.at(0)].append(m);
        seen.insert(m.word);
    };
    const QJsonArray measureWords = root.value(u"measureWords"_s).toArray();
    for (qsizetype i = 0; i < measureWords.size(); ++i) {
        const QJsonObject o = measureWords.at(i).toObject();
        MeasureWord m;
        m.word = o.value(u"word"_s).toString();
        m.unit = o.value(u"unit"_s).toString(m.word);
        m.exponent = o.value(u"exponent"_s).toInt(0);
        const auto kind = kindFromName(o.value(u"kind"_s).toString());
        if (m.word.isEmpty() || !kind || m.exponent < 0 || m.exponent > 12)
            return failure(QCoreApplication::translate(
                "Dz::QuantityScanner", "entry %1 of \"%2\" needs a \"word\" and a \"kind\" (count, money, percentage or percentagePoints)")
                    .arg(i + 1)
                    .arg(u"measureWords"_s));
        if (seen.contains(m.word))
            return failure(QCoreApplication::translate("Dz::QuantityScanner", "\"%1\" is listed twice").arg(m.word));
        m.kind = *kind;
        addWord(m);
        rules->measureWordList.append(m.word);
    }
    if (rules->measureWordList.isEmpty())
        return failure(QCoreApplication::translate("Dz::QuantityScanner", "\"measureWords\" must list at least one measure word"));
    for (const QString &word : stringList(root.value(u"notMeasureWords"_s).toObject().value(u"words"_s))) {
        if (word.isEmpty())
            continue;
        if (seen.contains(word))
            return failure(QCoreApplication::translate("Dz::QuantityScanner", "\"%1\" is listed twice").arg(word));
        MeasureWord m;
        m.word = word;
        m.isQuantity = false;
        addWord(m);
    }
    for (QList<MeasureWord> &list : rules->measureWords) {
        std::stable_sort(list.begin(), list.end(), [](const MeasureWord &a, const MeasureWord &b) {
            return a.word.size() > b.word.size();
        });
    }
    std::sort(rules->measureWordList.begin(), rules->measureWordList.end(), longerFirst);

    QString problem;
    const auto prefixes = readQualifiers(root.value(u"prefixQualifiers"_s).toArray(), &problem, u"prefixQualifiers"_s);
    if (!prefixes)
        return failure(problem);
    const auto suffixes = readQualifiers(root.value(u"suffixQualifiers"_s).toArray(), &problem, u"suffixQualifiers"_s);
    if (!suffixes)
        return failure(problem);
    rules->prefixes = *prefixes;
    rules->suffixes = *suffixes;

    for (const QString &phrase : stringList(root.value(u"fixedPhrases"_s).toObject().value(u"phrases"_s))) {
        if (!phrase.isEmpty())
            rules->phrases[phrase.at(0)].append(phrase);
    }
    for (QStringList &list : rules->phrases)
        std::sort(list.begin(), list.end(), longerFirst);
    rules->wordPrefixes = root.value(u"wordPrefixes"_s).toObject().value(u"characters"_s).toString();
    rules->vagueNotAfter = root.value(u"vagueNumbers"_s).toObject().value(u"notAfter"_s).toString();
    for (const QString &word : stringList(root.value(u"articleUnits"_s).toObject().value(u"words"_s)))
        rules->articleUnits.insert(word);
    for (const QString &code : stringList(root.value(u"codes"_s).toObject().value(u"numbers"_s)))
        rules->codes.insert(code);
    qCDebug(lcQuantity) << "measure words from" << origin << rules->measureWordList.size();
    return std::shared_ptr<const QuantityRules>(std::move(rules));
}

} // namespace

QuantityScanner::QuantityScanner(std::shared_ptr<const Internal::QuantityRules> rules)
    : m_rules(std::move(rules))
{
}

const QuantityScanner &QuantityScanner::builtIn()
{
    // The built-in file is part of the binary; it failing to load is a
    // build error, caught by the tests, so an empty scanner is enough here.
    static const QuantityScanner scanner = [] {
        auto loaded = fromFile(u":/duizhao/reading/measure-words.json"_s);
        if (!loaded) {
            qCCritical(lcQuantity) << loaded.error();
            return QuantityScanner(std::make_shared<const Internal::QuantityRules>());
        }
        return std::move(loaded).value();
    }();
    return scanner;
}

Result<QuantityScanner> QuantityScanner::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QuantityScanner>::failure(
            QCoreApplication::translate("Dz::QuantityScanner", "Cannot read the measure-word file %1: %2").arg(path, file.errorString()));
    auto rules = readRules(file.readAll(), path);
    if (!rules)
        return Result<QuantityScanner>::failure(rules.error());
    return QuantityScanner(std::move(rules).value());
}

QList<Quantity> QuantityScanner::scan(QStringView text) const
{
    if (!m_rules || text.isEmpty())
        return {};
    const QString folded = foldWidth(text);
    return Scan(*m_rules, folded).run();
}

QList<Quantity> QuantityScanner::scanFolded(QStringView folded) const
{
    if (!m_rules || folded.isEmpty())
        return {};
    return Scan(*m_rules, folded).run();
}

QStringList QuantityScanner::measureWords() const
{
    return m_rules ? m_rules->measureWordList : QStringList();
}

} // namespace Dz
