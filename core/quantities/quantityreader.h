#pragma once

#include "base/numberreader.h"
#include "quantities/numeralcharacters.h"
#include "quantities/quantity.h"
#include "quantities/quantityrules.h"

#include <optional>

namespace Dz
{

namespace Internal
{

/**
 * The pieces of a quantity expression at a place in one folded text: the
 * number (Arabic, Chinese, vague, a pair of digits), the measure word after
 * it, the qualifier words around it, a fraction, the upper end of a range.
 * It reads; QuantityMatcher decides what the pieces make.
 *
 * Qualifiers before a number are looked for back to a floor (the end of
 * the last quantity found), so one word never qualifies two numbers.
 */
class QuantityReader
{
public:
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
    /// The upper end of a range and its unit.
    struct RangeEnd {
        NumberReading number;
        Unit unit;
    };

    QuantityReader(const QuantityRules &rules, QStringView folded)
        : m_rules(rules)
        , m_text(folded)
    {
    }

    const QuantityRules &rules() const
    {
        return m_rules;
    }
    QStringView text() const
    {
        return m_text;
    }

    /// Whether a number may start at @p pos: a digit, 十, 数十/几百/上万, or
    /// a bare 百/千/万 before 余, 分之 or after a qualifier (百余人, 近万人).
    /// Inline: the scan asks it for every character.
    bool startsNumber(qsizetype pos, qsizetype floor) const
    {
        const QChar c = m_text.at(pos);
        if (isAsciiDigit(c) || chineseDigit(c) > 0 || chineseTensCharacter(c) || c == u'十' || c == u'拾')
            return true;
        if (c == u'数' || c == u'几' || c == u'上' || chineseSmallUnit(c) >= 2 || chineseBigUnit(c))
            return startsWordNumber(pos, floor);
        return false;
    }
    /// The number at @p pos (see startsNumber()), vague or digit pairs included.
    bool readNumberAt(qsizetype pos, NumberReading *n) const;
    /// 两三次, 三五天, 七八十人, 三四百家: two neighbouring digits (or 三五)
    /// say "one or the other". Only before a measure word: 三五成群, 一二线,
    /// 十之八九 are words.
    bool readDigitPair(qsizetype pos, NumberReading *n) const;
    /// The end of a run of numeral characters that is no number (十四五,
    /// 三五, 廿3); always past @p pos.
    qsizetype skipRun(qsizetype pos) const;
    /// Past the digits at @p pos that are too long for any number (an
    /// identifier), so the scan does not retry from each of them.
    qsizetype skipDigits(qsizetype pos) const;

    /// The qualifier word (约, 超过, 近 …) ending at @p pos, not before @p floor.
    const QualifierWord *prefixBefore(qsizetype pos, qsizetype floor) const;
    /// The qualifier word (以上, 左右, 余 …) at @p pos.
    const QualifierWord *suffixAt(qsizetype pos) const;
    /// The measure word at @p pos, after at most one space (6180 户次).
    const MeasureWord *measureAt(qsizetype pos, qsizetype *wordStart) const;
    /// The measure word after @p n at @p pos. A final 万/亿 may be part of
    /// it (18.2536万元: the number is 18.2536, the word 万元).
    Unit unitAfter(const NumberReading &n, qsizetype pos) const;

    /// 三分之一, 百分之九十五 (a percentage), 1/3: where the fraction whose
    /// denominator (or numerator, for 1/3) is @p n ends, with @p q filled;
    /// -1 when none.
    qsizetype fractionAt(const NumberReading &n, Quantity *q) const;
    /// 1/3, 2/5: a share written with a slash; -1 when none.
    qsizetype slashFractionAt(const NumberReading &numerator, Quantity *q) const;

    /// A range after the lower end, at @p connector: 3-5次, 3～5次, 三至五次,
    /// 两到三万, 5%-10%. nullopt when none; an upper end that is no quantity
    /// (2020-2025年, 1-2月) sets @p skipTo past it.
    std::optional<RangeEnd> rangeAfter(qsizetype connector, const Unit &lowerUnit, qsizetype floor, qsizetype *skipTo) const;

private:
    /// startsNumber() for 数, 几, 上 and a bare 百/千/万/亿.
    bool startsWordNumber(qsizetype pos, qsizetype floor) const;

    const QuantityRules &m_rules;
    const QStringView m_text;
};

} // namespace Internal

} // namespace Dz
