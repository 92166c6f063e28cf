#pragma once

#include "quantities/namezones.h"
#include "quantities/numberfilter.h"
#include "quantities/quantityreader.h"

#include <optional>

namespace Dz
{

namespace Internal
{

/// A quantity expression as it is read at one place, piece by piece.
struct QuantityExpression {
    NumberReading lo; ///< the number (a range's lower end)
    Quantity q;
    qsizetype start = 0; ///< where the expression starts (a qualifier before the number)
    qsizetype end = 0; ///< where the expression read so far ends
    bool roughly = false; ///< 余/多 after the number: at least it, less than one step more
    Decimal step; ///< that step
    int shift = 0; ///< a multiplier after 余/几 (20余万份)
    QuantityReader::Unit unit;
    std::optional<QuantityReader::RangeEnd> hi; ///< a range's upper end
    bool qualified = false; ///< 余/多 or a qualifier word after it
    bool prefixed = false; ///< a qualifier word before it
};

/**
 * One scan of one folded text: walks it, skips the name zones, and at each
 * place a number may start reads the expression there. Used once and
 * thrown away; the rules are shared and never written.
 *
 * An expression is read in steps, each of which may end it: the number
 * (QuantityReader), numbers that are no quantity (NumberFilter), a
 * fraction, an approximation (余, 多, 几), a multiplier, the measure word, a
 * range, the value and its bounds, the qualifier words, and last whether
 * the whole still names rather than counts. The steps return -1 to go on,
 * or where the scan resumes.
 */
class QuantityMatcher
{
public:
    /// @p folded: the text already folded to half width (foldWidth()).
    QuantityMatcher(const QuantityRules &rules, QStringView folded)
        : m_text(folded)
        , m_reader(rules, folded)
        , m_filter(m_reader)
        , m_zones(nameZones(m_text))
    {
    }
    Q_DISABLE_COPY_MOVE(QuantityMatcher)

    /// Every quantity, in text order, none overlapping.
    QList<Quantity> run();

    /// Reads the expression at @p pos; returns where scanning goes on.
    qsizetype scanAt(qsizetype pos);

    // The steps of scanAt(), in order.
    /// 20余 → [20, 30), 175余 → [175, 176); a trailing 几 is vague: 十几 → [11, 19].
    qsizetype readApproximation(QuantityExpression *e) const;
    /// A multiplier after the approximation: 20余万份, 十几万 (but 80余万元
    /// is 80余 + 万元).
    void readMultiplier(QuantityExpression *e) const;
    /// The measure word; 2024年, 9月, 255号 and 9时30分 end the expression.
    qsizetype readUnit(QuantityExpression *e) const;
    /// A range after the number: the upper end lends its multiplier and
    /// measure word to a bare lower end (两到三万 is 20000 to 30000, 5-10%
    /// is 5% to 10%); 2024-2025 is a span of years; 5-3 is no range.
    qsizetype readRange(QuantityExpression *e) const;
    /// The value and bounds of a number that is no range.
    void setBounds(QuantityExpression *e) const;
    /// 以上, 左右 after it; 约, 超过, 不到 before it (none for a range).
    void readQualifiers(QuantityExpression *e) const;
    /// Whether the expression names rather than counts (NumberFilter::isWordNumeral(), isBareName()).
    bool namesRatherThanCounts(const QuantityExpression &e) const;

    const QuantityReader &reader() const
    {
        return m_reader;
    }
    const NumberFilter &filter() const
    {
        return m_filter;
    }

private:
    /// 三分之一, 百分之九十五, 1/3 ending at @p end, with its qualifiers.
    qsizetype acceptFraction(QuantityExpression *e, qsizetype end);
    qsizetype accept(QuantityExpression *e);

    const QStringView m_text;
    const QuantityReader m_reader;
    const NumberFilter m_filter;
    const QList<NameZone> m_zones;
    QList<Quantity> m_found;
    qsizetype m_lastEnd = 0;
};

} // namespace Internal

} // namespace Dz
