#pragma once

#include "base/chinesenumerals.h"

#include <QStringView>

// The character classes the quantity scanner needs besides the numerals
// (base/chinesenumerals.h). Inline: the scan asks them for every character.

namespace Dz
{

namespace Internal
{

// 3-5, 3～5 (folded to ~), 三至五, 两到三.
inline bool isRangeConnector(QChar c)
{
    return c == u'-' || c == u'~' || c == u'〜' || c == u'至' || c == u'到' || c == u'—' || c == u'–';
}

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

inline QChar charAt(QStringView text, qsizetype pos)
{
    return pos >= 0 && pos < text.size() ? text.at(pos) : QChar();
}

inline bool startsWithAt(QStringView text, qsizetype pos, QStringView word)
{
    return pos >= 0 && pos <= text.size() && text.mid(pos).startsWith(word);
}

} // namespace Internal

} // namespace Dz
