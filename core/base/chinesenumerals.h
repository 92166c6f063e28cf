#pragma once

#include <QString>

namespace Dz
{

/// Value of a Chinese numeral as used in heading markers (一 … 九十九,
/// also 〇/零 and 两); 0 when @p numeral is not one.
int chineseNumeralValue(QStringView numeral);

/// 1 → 一, 12 → 十二, 21 → 二十一 (for messages and repaired markers).
QString chineseNumeral(int value);

} // namespace Dz
