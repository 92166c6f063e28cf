#pragma once

#include "base/decimal.h"

#include <QStringView>

#include <optional>

namespace Dz
{

// The one reader of numbers in report text, Arabic and Chinese alike: the
// quantity scanner reads its figures with it, and chineseNumeralValue()
// (heading markers, 一是, months and days of dates) reads whole numerals with it.

/// A number as written, read by readNumber(): its value and what its form
/// says (for the quantity scanner, which decides whether it is a quantity).
struct NumberReading {
    qsizetype start = 0;
    qsizetype end = 0;
    Decimal value;
    bool hasArabic = false;
    bool hasChinese = false;
    bool hasLargeUnit = false; ///< 百, 千, 万 or 亿 written: a Chinese number that needs no measure word
    bool loneDigit = false; ///< one Chinese digit alone: 一, 两, 三
    QChar digitChar;
    bool plainInteger = false; ///< Arabic digits only, no separator, point or unit
    bool vague = false; ///< 数十, 上万, 十几
    std::optional<Decimal> vagueLower;
    std::optional<Decimal> vagueUpper;
    qsizetype bigStart = -1; ///< where a final 万/亿 stands (18.2536万元: it may belong to the measure word)
    int bigExponent = 0;
    bool runOn = false; ///< more numerals follow that do not belong (三五, 十四五)
};

/// The general number at @p pos: Arabic, Chinese or mixed (1.2万, 2千零30万,
/// 一百零五, 三万五), the longest valid prefix. With @p allowBareUnit a 百 or
/// 千 may stand alone for one of it (百分之百). False when none starts there.
bool readNumber(QStringView text, qsizetype pos, NumberReading *n, bool allowBareUnit = false);

/// 数十, 几百, 数十万, 上万, 上千: numbers that say only their size.
bool readVagueNumber(QStringView text, qsizetype pos, NumberReading *n);

} // namespace Dz
