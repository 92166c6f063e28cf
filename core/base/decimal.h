#pragma once

#include <QString>
#include <QStringView>

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

} // namespace Dz
