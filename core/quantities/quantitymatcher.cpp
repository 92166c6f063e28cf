#include "quantities/quantitymatcher.h"

#include "quantities/numeralcharacters.h"

#include <algorithm>

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
        pos = m_reader.startsNumber(pos, m_lastEnd) ? std::max(pos + 1, scanAt(pos)) : pos + 1;
    }
    return m_found;
}

qsizetype QuantityMatcher::scanAt(qsizetype pos)
{
    QuantityExpression e;
    // Digits beyond 64 bits are an identifier: skipped whole.
    if (!m_reader.readNumberAt(pos, &e.lo))
        return m_reader.skipDigits(pos);
    if (e.lo.runOn)
        return m_reader.skipRun(pos);
    if (const qsizetype skip = m_filter.rejectedAt(e.lo, m_lastEnd); skip >= 0)
        return skip;
    e.q.numberSpan = {e.lo.start, e.lo.end};
    e.q.value = e.lo.value;
    e.start = e.lo.start;
    e.end = e.lo.end;
    // Fractions and percentages in words carry no measure word.
    if (const qsizetype fractionEnd = m_reader.fractionAt(e.lo, &e.q); fractionEnd >= 0)
        return acceptFraction(&e, fractionEnd);
    if (const qsizetype skip = readApproximation(&e); skip >= 0)
        return skip;
    readMultiplier(&e);
    if (const qsizetype skip = readUnit(&e); skip >= 0)
        return skip;
    if (const qsizetype skip = readRange(&e); skip >= 0)
        return skip;
    if (!e.hi)
        setBounds(&e);
    if (!e.q.value.isValid())
        return e.end;
    if (e.unit.word) {
        e.q.unit = e.unit.word->unit;
        e.q.kind = e.unit.word->kind;
        e.q.unitSpan = {e.unit.start, e.unit.end()};
    }
    readQualifiers(&e);
    if (namesRatherThanCounts(e))
        return e.end;
    return accept(&e);
}

qsizetype QuantityMatcher::acceptFraction(QuantityExpression *e, qsizetype end)
{
    e->end = end;
    e->q.lower = e->q.upper = e->q.value;
    if (const QualifierWord *s = m_reader.suffixAt(e->end)) {
        applyQualifier(&e->q, *s);
        e->end += s->word.size();
    }
    if (const QualifierWord *p = m_reader.prefixBefore(e->lo.start, m_lastEnd)) {
        e->start -= p->word.size();
        applyQualifier(&e->q, *p);
    }
    return accept(e);
}

qsizetype QuantityMatcher::accept(QuantityExpression *e)
{
    e->q.span = {e->start, e->end};
    m_found.append(e->q);
    m_lastEnd = e->end;
    return e->end;
}

qsizetype QuantityMatcher::readApproximation(QuantityExpression *e) const
{
    NumberReading &lo = e->lo;
    const QChar after = charAt(m_text, e->end);
    if ((after == u'余' || after == u'多') && !lo.vague) {
        e->roughly = true;
        e->step = lastPlaceStep(lo.value);
        ++e->end;
    } else if (after == u'几' && !lo.vague && lo.value.isInteger()) {
        const Decimal place = lastPlaceStep(lo.value).shifted(-1);
        if (!place.isInteger())
            return e->end + 1;
        lo.vague = true;
        lo.vagueLower = lo.value + place;
        lo.vagueUpper = lo.value + times(place, 9);
        ++e->end;
    }
    return -1;
}

void QuantityMatcher::readMultiplier(QuantityExpression *e) const
{
    const int big = chineseBigUnit(charAt(m_text, e->end));
    if (e->end <= e->lo.end || !big)
        return;
    qsizetype wordStart = 0;
    const MeasureWord *m = m_reader.measureAt(e->end, &wordStart);
    if (!m || m->exponent == 0) {
        e->shift = big;
        ++e->end;
        e->q.numberSpan.end = e->end;
    }
}

qsizetype QuantityMatcher::readUnit(QuantityExpression *e) const
{
    e->unit = m_reader.unitAfter(e->lo, e->end);
    const MeasureWord *word = e->unit.word;
    if (word && !word->isQuantity)
        return e->unit.end(); // 2024年, 9月, 255号, 十九届
    const QChar before = charAt(m_text, e->lo.start - 1);
    if (word && word->word == u"分" && (before == u'时' || before == u'点'))
        return e->unit.end(); // 9时30分 is a time
    if (e->unit.inNumber)
        e->q.numberSpan.end = e->unit.start;
    return -1;
}

qsizetype QuantityMatcher::readRange(QuantityExpression *e) const
{
    if (e->roughly || e->lo.vague)
        return -1;
    qsizetype skipTo = -1;
    e->hi = m_reader.rangeAfter(e->unit.word ? e->unit.end() : e->end, e->unit, m_lastEnd, &skipTo);
    if (skipTo >= 0)
        return skipTo;
    if (!e->hi)
        return -1;
    const QuantityReader::RangeEnd &hi = *e->hi;
    if (m_filter.isYear(e->lo) && m_filter.isYear(hi.number))
        return hi.number.end; // 2024-2025: a span of years
    const int exponent = hi.unit.word && !hi.unit.inNumber ? hi.unit.word->exponent : 0;
    Decimal lower = e->lo.value;
    if (e->lo.bigStart < 0 && hi.number.bigStart >= 0) {
        const Decimal lent = e->lo.value.shifted(hi.number.bigExponent);
        if (lent <= hi.number.value)
            lower = lent;
    }
    lower = lower.shifted(exponent);
    const Decimal upper = hi.number.value.shifted(exponent);
    if (!(lower < upper)) {
        e->hi.reset(); // 5-3: no range; the lower end stands alone
        return -1;
    }
    e->q.qualifier = QuantityQualifier::Range;
    e->q.value = lower;
    e->q.lower = lower;
    e->q.upper = upper;
    e->q.numberSpan = {e->lo.start, hi.unit.inNumber ? hi.unit.start : hi.number.end};
    e->unit = hi.unit;
    e->end = e->unit.word ? e->unit.end() : hi.number.end;
    e->lo.hasLargeUnit = e->lo.hasLargeUnit || hi.number.hasLargeUnit;
    e->lo.loneDigit = false;
    e->lo.hasArabic = e->lo.hasArabic || hi.number.hasArabic;
    return -1;
}

void QuantityMatcher::setBounds(QuantityExpression *e) const
{
    const NumberReading &lo = e->lo;
    Quantity &q = e->q;
    const int scale = e->shift + (e->unit.word && !e->unit.inNumber ? e->unit.word->exponent : 0);
    q.value = lo.value.shifted(scale);
    if (lo.vague) {
        q.qualifier = QuantityQualifier::Vague;
        if (lo.vagueLower)
            q.lower = lo.vagueLower->shifted(scale);
        if (lo.vagueUpper)
            q.upper = lo.vagueUpper->shifted(scale);
    } else if (e->roughly) {
        q.qualifier = QuantityQualifier::AtLeast;
        q.lower = q.value;
        q.upper = (lo.value + e->step).shifted(scale);
        q.upperInclusive = false;
    } else {
        q.lower = q.upper = q.value;
    }
    if (e->unit.word)
        e->end = e->unit.end();
}

void QuantityMatcher::readQualifiers(QuantityExpression *e) const
{
    e->qualified = e->roughly;
    if (e->hi)
        return;
    if (const QualifierWord *s = m_reader.suffixAt(e->end)) {
        applyQualifier(&e->q, *s);
        e->end += s->word.size();
        e->qualified = true;
    }
    if (const QualifierWord *p = m_reader.prefixBefore(e->lo.start, m_lastEnd)) {
        applyQualifier(&e->q, *p);
        e->start -= p->word.size();
        e->prefixed = true;
    }
}

bool QuantityMatcher::namesRatherThanCounts(const QuantityExpression &e) const
{
    if (e.hi)
        return false;
    if (!e.lo.hasArabic)
        return m_filter.isWordNumeral(e.lo, e.unit, e.qualified || (e.prefixed && e.lo.hasLargeUnit));
    return !e.unit.word && !e.qualified && !e.lo.hasLargeUnit && m_filter.isBareName(e.lo, e.end, e.prefixed);
}

} // namespace Internal

} // namespace Dz
