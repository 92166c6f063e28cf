#include "base/decimal.h"

#include <QtNumeric>

#include <array>
#include <cmath>
#include <limits>

namespace Dz
{

namespace
{

// 10^0 … 10^18: every power of ten that fits in a qint64.
constexpr int MaxPower = 18;

constexpr std::array<qint64, MaxPower + 1> powersOfTen()
{
    std::array<qint64, MaxPower + 1> p {};
    p[0] = 1;
    for (int i = 1; i <= MaxPower; ++i)
        p[i] = p[i - 1] * 10;
    return p;
}

constexpr std::array<qint64, MaxPower + 1> PowersOfTen = powersOfTen();

// m × 10^k, or false when it does not fit.
bool scaleUp(qint64 m, int k, qint64 *result)
{
    if (m == 0) {
        *result = 0;
        return true;
    }
    if (k > MaxPower)
        return false;
    return !qMulOverflow(m, PowersOfTen[k], result);
}

} // namespace

Decimal Decimal::fromParts(qint64 mantissa, int scale)
{
    Decimal d;
    if (scale < 0) {
        // A negative scale is a multiplication: keep the canonical form
        // (scale ≥ 0) so that equal values compare equal.
        if (!scaleUp(mantissa, -scale, &d.m_mantissa))
            return invalid();
        return d;
    }
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    d.m_mantissa = mantissa;
    d.m_scale = mantissa == 0 ? 0 : scale;
    return d;
}

Decimal Decimal::invalid()
{
    Decimal d;
    d.m_scale = -1;
    return d;
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && text.at(i) == u'-') {
        negative = true;
        ++i;
    }
    qint64 mantissa = 0;
    int scale = 0;
    int digits = 0;
    bool inFraction = false;
    bool sawDigitBeforePoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.') {
            if (inFraction || !sawDigitBeforePoint)
                return std::nullopt;
            inFraction = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        // Leading zeros cost nothing; the 18-digit limit is on the digits that matter.
        if (mantissa != 0 || c != u'0')
            ++digits;
        if (digits > MaxPower)
            return std::nullopt;
        mantissa = mantissa * 10 + (c.unicode() - u'0');
        if (inFraction)
            ++scale;
        else
            sawDigitBeforePoint = true;
    }
    // "5." and "-" are not numbers.
    if (!sawDigitBeforePoint || (inFraction && scale == 0))
        return std::nullopt;
    return fromParts(negative ? -mantissa : mantissa, scale);
}

Decimal Decimal::fromRatio(qint64 numerator, qint64 denominator, int maxScale)
{
    if (denominator == 0 || maxScale < 0 || maxScale > MaxPower)
        return invalid();
    if (denominator < 0) {
        if (numerator == std::numeric_limits<qint64>::min() || denominator == std::numeric_limits<qint64>::min())
            return invalid();
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    if (numerator == std::numeric_limits<qint64>::min())
        return invalid();
    const qint64 n = negative ? -numerator : numerator;
    // Long division, one decimal place at a time, so that nothing overflows
    // before the quotient itself would.
    qint64 quotient = n / denominator;
    qint64 remainder = n % denominator;
    int scale = 0;
    while (remainder != 0 && scale < maxScale) {
        qint64 next = 0;
        if (!scaleUp(quotient, 1, &quotient) || qMulOverflow(remainder, qint64(10), &next))
            return invalid();
        if (qAddOverflow(quotient, next / denominator, &quotient))
            return invalid();
        remainder = next % denominator;
        ++scale;
    }
    // Round half away from zero on what is left.
    if (remainder != 0 && remainder >= denominator - remainder) {
        if (qAddOverflow(quotient, qint64(1), &quotient))
            return invalid();
    }
    return fromParts(negative ? -quotient : quotient, scale);
}

Decimal Decimal::shifted(int exponent) const
{
    if (!isValid())
        return *this;
    return fromParts(m_mantissa, m_scale - exponent);
}

Decimal Decimal::operator+(const Decimal &other) const
{
    if (!isValid() || !other.isValid())
        return invalid();
    const int scale = std::max(m_scale, other.m_scale);
    qint64 a = 0;
    qint64 b = 0;
    qint64 sum = 0;
    if (!scaleUp(m_mantissa, scale - m_scale, &a) || !scaleUp(other.m_mantissa, scale - other.m_scale, &b) || qAddOverflow(a, b, &sum))
        return invalid();
    return fromParts(sum, scale);
}

bool operator<(const Decimal &a, const Decimal &b)
{
    if (!a.isValid() || !b.isValid())
        return false;
    if ((a.m_mantissa < 0) != (b.m_mantissa < 0))
        return a.m_mantissa < 0;
    // Same sign: bring both to the larger scale. When that overflows, the
    // side being scaled up is the one of larger magnitude.
    const int scale = std::max(a.m_scale, b.m_scale);
    qint64 x = 0;
    qint64 y = 0;
    const bool xFits = scaleUp(a.m_mantissa, scale - a.m_scale, &x);
    const bool yFits = scaleUp(b.m_mantissa, scale - b.m_scale, &y);
    const bool negative = a.m_mantissa < 0;
    if (!xFits)
        return negative;
    if (!yFits)
        return !negative;
    return x < y;
}

double Decimal::toDouble() const
{
    if (!isValid())
        return qQNaN();
    // One division, so the only rounding is the one a double must make.
    return double(m_mantissa) / std::pow(10.0, m_scale);
}

QString Decimal::toString() const
{
    if (!isValid())
        return QString();
    // Through the unsigned magnitude, so that the smallest qint64 prints too.
    const bool negative = m_mantissa < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_mantissa) : quint64(m_mantissa);
    QString digits = QString::number(magnitude);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

} // namespace Dz
