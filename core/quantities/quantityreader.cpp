#include "quantities/quantityreader.h"

#include "quantities/numeralcharacters.h"

using namespace Qt::StringLiterals;

namespace Dz
{

namespace Internal
{

bool QuantityReader::startsWordNumber(qsizetype pos, qsizetype floor) const
{
    const QChar c = m_text.at(pos);
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
        return next == u'余' || next == u'多' || startsWithAt(m_text, pos + 1, u"分之") || prefixBefore(pos, floor);
    return false;
}

bool QuantityReader::readNumberAt(qsizetype pos, NumberReading *n) const
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
    return readDigitPair(pos, n) || readNumber(m_text, pos, n);
}

bool QuantityReader::readDigitPair(qsizetype pos, NumberReading *n) const
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

qsizetype QuantityReader::skipRun(qsizetype pos) const
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

qsizetype QuantityReader::skipDigits(qsizetype pos) const
{
    qsizetype end = pos + 1;
    while (isAsciiDigit(m_text.at(pos)) && end < m_text.size() && isAsciiDigit(m_text.at(end)))
        ++end;
    return end;
}

const QualifierWord *QuantityReader::prefixBefore(qsizetype pos, qsizetype floor) const
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

const QualifierWord *QuantityReader::suffixAt(qsizetype pos) const
{
    for (const QualifierWord &q : m_rules.suffixes) {
        if (startsWithAt(m_text, pos, q.word))
            return &q;
    }
    return nullptr;
}

const MeasureWord *QuantityReader::measureAt(qsizetype pos, qsizetype *wordStart) const
{
    if (charAt(m_text, pos) == u' ' && !isAsciiDigit(charAt(m_text, pos + 1)))
        ++pos;
    *wordStart = pos;
    return m_rules.measureWordAt(m_text, pos);
}

QuantityReader::Unit QuantityReader::unitAfter(const NumberReading &n, qsizetype pos) const
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

// Dates with a slash are caught before, as 2025/2/24.
qsizetype QuantityReader::slashFractionAt(const NumberReading &numerator, Quantity *q) const
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

// 三分之一, 百分之九十五, 千分之五: after the denominator, 分之 and the numerator.
qsizetype QuantityReader::fractionAt(const NumberReading &n, Quantity *q) const
{
    if (const qsizetype end = slashFractionAt(n, q); end >= 0)
        return end;
    if (!startsWithAt(m_text, n.end, u"分之") || !n.value.isInteger() || n.value.mantissa() <= 0)
        return -1;
    NumberReading numerator;
    const qsizetype at = n.end + 2;
    if (at >= m_text.size() || !readNumber(m_text, at, &numerator, true) || numerator.runOn)
        return -1;
    const qint64 den = n.value.mantissa();
    q->numberSpan = {n.start, numerator.end};
    if (den == 100) {
        // 百分之九十五: the number is 九十五, 百分之 says "percent".
        q->kind = QuantityKind::Percentage;
        q->unit = u"%"_s;
        q->unitSpan = {n.start, at};
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

std::optional<QuantityReader::RangeEnd> QuantityReader::rangeAfter(qsizetype connector, const Unit &lowerUnit, qsizetype floor, qsizetype *skipTo) const
{
    if (!isRangeConnector(charAt(m_text, connector)))
        return std::nullopt;
    RangeEnd hi;
    const qsizetype start = connector + 1;
    if (start >= m_text.size() || !startsNumber(start, floor) || !readNumberAt(start, &hi.number) || hi.number.vague)
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

} // namespace Internal

} // namespace Dz
