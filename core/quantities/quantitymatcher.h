#pragma once

#include "base/numberreader.h"
#include "quantities/namezones.h"
#include "quantities/quantityrules.h"

#include <optional>

namespace Dz
{

namespace Internal
{

/**
 * One scan of one folded text: walks it, skips the name zones, and at each
 * place a number may start tries the expression there. Used once and
 * thrown away; the rules are shared and never written.
 */
class QuantityMatcher
{
public:
    /// @p folded: the text already folded to half width (foldWidth()).
    QuantityMatcher(const QuantityRules &rules, QStringView folded)
        : m_rules(rules)
        , m_text(folded)
        , m_zones(nameZones(m_text))
    {
    }

    /// Every quantity, in text order, none overlapping.
    QList<Quantity> run();

private:
    /// Tries an expression at @p pos; returns where scanning goes on.
    qsizetype scanAt(qsizetype pos);
    bool startsNumber(qsizetype pos) const;
    bool parseCore(qsizetype pos, NumberReading *n) const;
    bool parseDigitPair(qsizetype pos, NumberReading *n) const;
    qsizetype skipRun(qsizetype pos) const;
    const QualifierWord *prefixBefore(qsizetype pos, qsizetype floor) const;
    const QualifierWord *suffixAt(qsizetype pos) const;
    const MeasureWord *measureAt(qsizetype pos, qsizetype *wordStart) const;
    bool isDateOrTime(const NumberReading &n) const;
    bool isListMarker(const NumberReading &n) const;
    bool isCode(const NumberReading &n) const;
    bool isYear(const NumberReading &n) const;
    qsizetype fractionAt(const NumberReading &denominator, Quantity *q) const;
    qsizetype slashFractionAt(const NumberReading &numerator, Quantity *q) const;

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
        NumberReading number;
        Unit unit;
    };
    qsizetype rejectedAt(const NumberReading &lo) const;
    Unit unitAfter(const NumberReading &n, qsizetype pos) const;
    std::optional<RangeEnd> rangeAfter(qsizetype connector, const Unit &lowerUnit, qsizetype *skipTo) const;
    bool isWordNumeral(const NumberReading &lo, const Unit &unit, bool qualified) const;
    bool isBareName(const NumberReading &lo, qsizetype end, bool prefixed) const;

    const QuantityRules &m_rules;
    const QStringView m_text;
    const QList<NameZone> m_zones;
    QList<Quantity> m_found;
    qsizetype m_lastEnd = 0;
};

} // namespace Internal

} // namespace Dz
