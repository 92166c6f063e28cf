#include "base/chinesenumerals.h"

namespace Dz
{

namespace
{

int digitValue(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c == QChar(u'〇'))
        return 0;
    if (c == QChar(u'两'))
        return 2;
    return int(digits.indexOf(c));
}

} // namespace

int chineseNumeralValue(QStringView numeral)
{
    if (numeral.isEmpty() || numeral.size() > 3)
        return 0;
    const qsizetype ten = numeral.indexOf(QChar(u'十'));
    if (ten < 0) {
        return numeral.size() == 1 ? qMax(0, digitValue(numeral.at(0))) : 0;
    }
    int tens = 1;
    if (ten == 1) {
        tens = digitValue(numeral.at(0));
        if (tens <= 0)
            return 0;
    } else if (ten != 0) {
        return 0;
    }
    int units = 0;
    if (ten + 1 < numeral.size()) {
        if (ten + 2 != numeral.size())
            return 0;
        units = digitValue(numeral.at(ten + 1));
        if (units <= 0)
            return 0;
    }
    return tens * 10 + units;
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

} // namespace Dz
