#pragma once

#include "base/decimal.h"
#include "base/textspan.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace Dz
{

/// What a number says about the true figure.
enum class QuantityQualifier {
    Exact, ///< 200件
    AtLeast, ///< 20余次, 175余场次, 逾/超过/以上/至少 (lower set, upper maybe)
    AtMost, ///< 近/不到/不足/以下 (upper set)
    Approximate, ///< 约/左右/大约
    Range, ///< 3-5次, 三至五次 (lower and upper set)
    Vague, ///< 数十, 上万, 几十 (lower and upper where the words give them)
};

enum class QuantityKind {
    Count, ///< a number of things: 件, 次, 人次 … or no measure word
    Money, ///< 元, 万元 (value normalised to 元)
    Percentage, ///< 95%, 百分之九十五: a rate, never a count
    PercentagePoints, ///< 3个百分点: a rate difference, never a count
    Fraction, ///< 三分之一: a share, never a count
};

/**
 * One quantity expression found in running text, e.g. `20余次`.
 *
 * All positions are UTF-16 indexes into the text that was scanned.
 */
struct Quantity {
    TextSpan span; ///< the whole expression: qualifier words, number, multiplier, measure word
    /// The number itself, with its 万/亿 multiplier: `20` in `20余次`, `22万`
    /// in `22万人次`, `20余万` in `20余万份`, `3-5` in `3-5次`, `九十五` in
    /// `百分之九十五`. Where the multiplier is part of the measure word
    /// (万元, 亿元) it is left to unitSpan: `18.2536` in `18.2536万元`.
    TextSpan numberSpan;
    /// The figure as written, normalised to the base unit (18.2536万元 → 182536, unit 元).
    /// For a range its lower end; for a vague number (数十) its smallest
    /// reading; for a percentage the figure before the sign (95 for 95% and
    /// 百分之九十五); for a fraction the quotient to ten decimal places
    /// (三分之一 → 0.3333333333: numerator/denominator are exact).
    Decimal value;
    /// The smallest the figure can be, where the words give one. Exact
    /// figures have lower == upper == value; 20余 has [20, 30) (one step of
    /// the last non-zero place written), 175余 [175, 176), 3千余 [3000, 4000).
    std::optional<Decimal> lower;
    std::optional<Decimal> upper; ///< the largest the figure can be, where the words give one
    bool lowerInclusive = true; ///< 以上 includes the number, 超过 does not
    bool upperInclusive = true; ///< 以下 includes the number, 不到 and 余 do not
    QuantityQualifier qualifier = QuantityQualifier::Exact;
    QuantityKind kind = QuantityKind::Count;
    /// The measure word, normalised: 件, 次, 人次, 元 (for 万元 too), % (for
    /// 百分之 too), 百分点 (for 个百分点) …; empty when none follows.
    QString unit;
    /// The measure word as written (万元 in 18.2536万元, 百分之 before the
    /// number in 百分之九十五); invalid when none.
    TextSpan unitSpan;
    /// For fractions: 三分之一 → 1/3.
    qint64 numerator = 0;
    qint64 denominator = 0;

    bool isCount() const
    {
        return kind == QuantityKind::Count;
    }
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::Quantity)
