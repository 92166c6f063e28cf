#include "quantities/quantitymatcher.h"

#include "quantities/numeralcharacters.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace Internal
{

namespace
{

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

} // namespace

QList<Quantity> QuantityMatcher::run()
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

bool QuantityMatcher::startsNumber(qsizetype pos) const
{
    const QChar c = m_text.at(pos);
    if (isAsciiDigit(c) || chineseDigit(c) > 0 || chineseTensCharacter(c) || c == u'十' || c == u'拾')
        return true;
    const QChar next = charAt(m_text, pos + 1);
    if (c == u'数' || c == u'几') {
        // 次数十分, 人数上千: 数 ends a word there (次数, 人数), it starts no number.
        const QChar before = charAt(m_text, pos - 1);
        if (c == u'数' && (m_rules.vagueNotAfter.contains(before) || m_rules.measureWordAt(m_text, pos - 1)))
            return false;
        return chineseSmallUnit(next) || chineseBigUnit(next);
    }
    if (c == u'上')
        return next == u'万' || next == u'亿' || next == u'千' || next == u'百';
    // 百余人, 千余件, 万余元; 百分之五, 千分之三; 近万人, 逾千人.
    if (chineseSmallUnit(c) >= 2 || chineseBigUnit(c))
        return next == u'余' || next == u'多' || startsWithAt(m_text, pos + 1, u"分之") || prefixBefore(pos, m_lastEnd);
    return false;
}

bool QuantityMatcher::parseCore(qsizetype pos, NumberReading *n) const
{
    const QChar c = m_text.at(pos);
    if (c == u'数' || c == u'几' || c == u'上')
        return readVagueNumber(m_text, pos, n);
    if ((chineseSmallUnit(c) >= 2 || chineseBigUnit(c)) && charAt(m_text, pos - 1) != u'以') {
        // A bare 百/千/万 before 余 or 分之 stands for one of it.
        n->start = pos;
        n->end = pos + 1;
        n->value = Decimal::fromParts(1).shifted(chineseSmallUnit(c) ? chineseSmallUnit(c) : chineseBigUnit(c));
        n->hasChinese = true;
        n->hasLargeUnit = true;
        return true;
    }
    return parseDigitPair(pos, n) || readNumber(m_text, pos, n);
}

// 两三次, 三五天, 七八十人, 三四百家: two neighbouring digits (or 三五) say
// "one or the other". Only before a unit or measure word: 三五成群, 一二线,
// 十之八九 are words, and 三五 alone is no number.
bool QuantityMatcher::parseDigitPair(qsizetype pos, NumberReading *n) const
{
    const QChar first = m_text.at(pos);
    const QChar second = charAt(m_text, pos + 1);
    const int a = chineseDigit(first);
    const int b = chineseDigit(second);
    if (a <= 0 || b <= 0 || isFinancialNumeral(first) || isFinancialNumeral(second) || second == u'两' || !(b == a + 1 || (a == 3 && b == 5)))
        return false;
    qsizetype end = pos + 2;
    int exp = 0;
    if (const int e = chineseSmallUnit(charAt(m_text, end))) {
        exp += e;
        ++end;
    }
    if (const int big = chineseBigUnit(charAt(m_text, end))) {
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
qsizetype QuantityMatcher::skipRun(qsizetype pos) const
{
    qsizetype end = pos + 1;
    while (end < m_text.size()) {
        const QChar c = m_text.at(end);
        if (!isNumeralChar(c) && !chineseSmallUnit(c) && !chineseBigUnit(c) && !chineseTensCharacter(c) && c != u'.')
            break;
        ++end;
    }
    return end;
}

const QualifierWord *QuantityMatcher::prefixBefore(qsizetype pos, qsizetype floor) const
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

const QualifierWord *QuantityMatcher::suffixAt(qsizetype pos) const
{
    for (const QualifierWord &q : m_rules.suffixes) {
        if (startsWithAt(m_text, pos, q.word))
            return &q;
    }
    return nullptr;
}

// The measure word at @p pos, after at most one space (6180 户次).
const MeasureWord *QuantityMatcher::measureAt(qsizetype pos, qsizetype *wordStart) const
{
    if (charAt(m_text, pos) == u' ' && !isAsciiDigit(charAt(m_text, pos + 1)))
        ++pos;
    *wordStart = pos;
    return m_rules.measureWordAt(m_text, pos);
}

// 2025-02-24, 2025.2.24, 2025/02/24, 10:49, and 12.4国家宪法日 / 5.28民法典颁布日
// (a month and day written as a decimal, right before the day's name).
bool QuantityMatcher::isDateOrTime(const NumberReading &n) const
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
bool QuantityMatcher::isListMarker(const NumberReading &n) const
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
bool QuantityMatcher::isCode(const NumberReading &n) const
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
qsizetype QuantityMatcher::slashFractionAt(const NumberReading &numerator, Quantity *q) const
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

qsizetype QuantityMatcher::fractionAt(const NumberReading &denominator, Quantity *q) const
{
    if (const qsizetype end = slashFractionAt(denominator, q); end >= 0)
        return end;
    if (!startsWithAt(m_text, denominator.end, u"分之") || !denominator.value.isInteger() || denominator.value.mantissa() <= 0)
        return -1;
    NumberReading numerator;
    const qsizetype at = denominator.end + 2;
    if (at >= m_text.size() || !readNumber(m_text, at, &numerator, true) || numerator.runOn)
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

// Numbers that are no quantity whatever follows them; -1, or where
// scanning goes on.
qsizetype QuantityMatcher::rejectedAt(const NumberReading &lo) const
{
    const qsizetype pos = lo.start;
    const bool chinese = !lo.hasArabic;
    // A financial digit alone is a word: 队伍, 陆续, 拾金不昧. Amounts in
    // financial characters always have a unit (壹拾, 伍佰).
    if (chinese && lo.end - lo.start == 1 && isFinancialNumeral(m_text.at(pos)))
        return lo.end;
    // Word-internal numerals: 统一, 唯一, 进一步, 万一, 星期一.
    if (chinese && pos > 0 && m_rules.wordPrefixes.contains(m_text.at(pos - 1)))
        return lo.end;
    // Ordinals: 第11期, 第一批, 第三季度, and 第1-3批, 第一、二批 whole.
    if (charAt(m_text, pos - 1) == u'第') {
        qsizetype end = lo.end;
        NumberReading next;
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
QuantityMatcher::Unit QuantityMatcher::unitAfter(const NumberReading &n, qsizetype pos) const
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
std::optional<QuantityMatcher::RangeEnd> QuantityMatcher::rangeAfter(qsizetype connector, const Unit &lowerUnit, qsizetype *skipTo) const
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
bool QuantityMatcher::isWordNumeral(const NumberReading &lo, const Unit &unit, bool qualified) const
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
bool QuantityMatcher::isBareName(const NumberReading &lo, qsizetype end, bool prefixed) const
{
    if (isHan(charAt(m_text, end)))
        return true;
    if (prefixed || !lo.plainInteger)
        return false;
    const QStringView digits = m_text.mid(lo.start, lo.end - lo.start);
    const int year = digits.size() == 4 ? digits.toInt() : 0;
    return m_rules.codes.contains(digits.toString()) || digits.size() >= 7 || (year >= 1900 && year <= 2100);
}

bool QuantityMatcher::isYear(const NumberReading &n) const
{
    const int v = n.plainInteger && n.end - n.start == 4 ? m_text.mid(n.start, 4).toInt() : 0;
    return v >= 1900 && v <= 2100;
}

qsizetype QuantityMatcher::scanAt(qsizetype pos)
{
    NumberReading lo;
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
    if (end > lo.end && chineseBigUnit(charAt(m_text, end))) {
        qsizetype wordStart = 0;
        const MeasureWord *m = measureAt(end, &wordStart);
        if (!m || m->exponent == 0) {
            shift = chineseBigUnit(charAt(m_text, end));
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

} // namespace Internal

} // namespace Dz
