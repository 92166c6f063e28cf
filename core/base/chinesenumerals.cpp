#include "base/chinesenumerals.h"

#include "base/numberreader.h"

#include <limits>

namespace Dz
{

int chineseNumeralValue(QStringView numeral)
{
    NumberReading n;
    if (numeral.isEmpty() || !readNumber(numeral, 0, &n) || n.end != numeral.size() || n.hasArabic || !n.value.isInteger())
        return 0;
    const qint64 value = n.value.mantissa();
    return value > 0 && value <= std::numeric_limits<int>::max() ? int(value) : 0;
}

QString chineseNumeral(int value)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (value <= 0 || value >= 100)
        return QString::number(value);
    if (value < 10)
        return QString(digits.at(value));
    QString s;
    if (value >= 20)
        s += digits.at(value / 10);
    s += QChar(u'十');
    if (value % 10)
        s += digits.at(value % 10);
    return s;
}

qint64 chineseDigitsValue(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return -1;
    qint64 value = 0;
    for (const QChar c : digits) {
        int d = -1;
        if (Internal::isChineseZero(c) || c == u'○')
            d = 0;
        else if (!Internal::isFinancialNumeral(c) && c != u'两')
            d = Internal::chineseDigit(c);
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

} // namespace Dz
