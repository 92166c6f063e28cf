#pragma once

#include <QString>

namespace Dz
{

/// The value of a whole Chinese numeral: 一 5, 十五 15, 二十一 21, 两 2,
/// 一百零五 105, 廿五 25, 三万 30000; 0 when @p numeral is not one (一二,
/// 十四五, 三点五, or empty). Read by readNumber(), as quantities are.
int chineseNumeralValue(QStringView numeral);

/// 1 → 一, 12 → 十二, 21 → 二十一 (for messages and repaired markers).
QString chineseNumeral(int value);

/// The value of digits written one by one, as years are: 二〇二四 2024,
/// 二○二五 2025 (○, a circle, stands for 〇 there), 二零一九 2019; -1 when
/// @p digits is empty or holds anything else (a financial form, 两, 十).
qint64 chineseDigitsValue(QStringView digits);

namespace Internal
{

// Character classes of numerals, inline: the quantity scanner asks them for
// every character of a report.

// 一 … 九, their financial forms 壹 … 玖, and 两: 1 to 9; -1 for anything
// else (零 and 〇 are isChineseZero()).
inline int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'一':
    case u'壹':
        return 1;
    case u'二':
    case u'贰':
    case u'两':
        return 2;
    case u'三':
    case u'叁':
        return 3;
    case u'四':
    case u'肆':
        return 4;
    case u'五':
    case u'伍':
        return 5;
    case u'六':
    case u'陆':
        return 6;
    case u'七':
    case u'柒':
        return 7;
    case u'八':
    case u'捌':
        return 8;
    case u'九':
    case u'玖':
        return 9;
    default:
        return -1;
    }
}

inline bool isChineseZero(QChar c)
{
    return c == u'零' || c == u'〇';
}

// 十 1, 百 2, 千 3 (and their financial forms); 0 for anything else.
inline int chineseSmallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十':
    case u'拾':
        return 1;
    case u'百':
    case u'佰':
        return 2;
    case u'千':
    case u'仟':
        return 3;
    default:
        return 0;
    }
}

// 万 4, 亿 8; 0 for anything else.
inline int chineseBigUnit(QChar c)
{
    switch (c.unicode()) {
    case u'万':
    case u'萬':
        return 4;
    case u'亿':
    case u'億':
        return 8;
    default:
        return 0;
    }
}

// 廿 20, 卅 30, 卌 40: tens written as one character.
inline int chineseTensCharacter(QChar c)
{
    switch (c.unicode()) {
    case u'廿':
        return 2;
    case u'卅':
        return 3;
    case u'卌':
        return 4;
    default:
        return 0;
    }
}

// 壹贰叁肆伍陆柒捌玖拾佰仟: the forms written on cheques and in amounts.
inline bool isFinancialNumeral(QChar c)
{
    return QStringView(u"壹贰叁肆伍陆柒捌玖拾佰仟").contains(c);
}

// An Arabic or Chinese digit, or a zero.
inline bool isNumeralChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || chineseDigit(c) > 0 || isChineseZero(c);
}

} // namespace Internal

} // namespace Dz
