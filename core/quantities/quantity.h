#pragma once

#include "base/textspan.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace Dz
{

/**
 * An exact decimal number: mantissa × 10^-scale.
 *
 * Report figures are decimal (18.2536万元 is exactly 182536 元), so they are
 * never held in a double, which would print 182535.99999 in a table.
 */
class Decimal
{
public:
    Decimal() = default;
    /// @p mantissa × 10^-@p scale, normalised (no trailing zeros in the fraction).
    static Decimal fromParts(qint64 mantissa, int scale = 0);
    /// Parses "182536", "0.5", "-3.25"; nullopt for anything else (also
    /// for exponents, separators and figures beyond 18 significant digits).
    static std::optional<Decimal> fromString(QStringView text);
    /// @p numerator / @p denominator, rounded half away from zero to at most
    /// @p maxScale decimal places (exact when the quotient terminates there:
    /// 1/2 → 0.5, 1/3 → 0.3333333333). Invalid for a zero denominator.
    static Decimal fromRatio(qint64 numerator, qint64 denominator, int maxScale = 10);
    /// The result of an operation that did not fit in 64 bits; it stays
    /// invalid through further arithmetic and prints as an empty string.
    static Decimal invalid();

    qint64 mantissa() const
    {
        return m_mantissa;
    }
    int scale() const
    {
        return m_scale;
    }
    bool isInteger() const
    {
        return m_scale == 0;
    }
    /// False only for the result of an overflowing operation (see invalid()).
    bool isValid() const
    {
        return m_scale >= 0;
    }
    /// × 10^@p exponent (万 is 4, 亿 is 8); exact while it fits in 64 bits,
    /// invalid() beyond. A negative exponent divides, always exactly.
    Decimal shifted(int exponent) const;
    /// Exact sum; invalid() when it does not fit in 64 bits.
    Decimal operator+(const Decimal &other) const;
    double toDouble() const;
    /// "182536", "0.5": no exponent, no trailing zeros.
    QString toString() const;

    friend bool operator==(const Decimal &a, const Decimal &b)
    {
        return a.m_mantissa == b.m_mantissa && a.m_scale == b.m_scale;
    }
    friend bool operator!=(const Decimal &a, const Decimal &b)
    {
        return !(a == b);
    }
    /// By value: 0.5 < 1 < 1.5. An invalid decimal is never less nor greater.
    friend bool operator<(const Decimal &a, const Decimal &b);
    friend bool operator>(const Decimal &a, const Decimal &b)
    {
        return b < a;
    }
    friend bool operator<=(const Decimal &a, const Decimal &b)
    {
        return a.isValid() && b.isValid() && !(b < a);
    }
    friend bool operator>=(const Decimal &a, const Decimal &b)
    {
        return b <= a;
    }

private:
    qint64 m_mantissa = 0;
    int m_scale = 0; ///< -1 marks invalid()
};

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
