#pragma once

#include "base/textspan.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Dz
{

/// A calendar date as a report writes it, read by DateReader.
struct DateReading {
    /// How much of the date is written: 2024年, 2024年3月, 2024年3月15日.
    enum class Precision { Year, Month, Day };

    int year = 0;
    int month = 0; ///< 0 below Month precision
    int day = 0; ///< 0 below Day precision
    Precision precision = Precision::Day;
    TextSpan span; ///< the date as written, 年/月/日 included
    TextSpan yearSpan; ///< the year's four digits alone

    /// The date, or its first day (2024年3月 is 2024-03-01).
    QDate date() const;
    /// ISO 8601 as far as it is written: 2024-03-15, 2024-03 or 2024.
    QString isoText() const;
};

/**
 * Reads dates the way Chinese reports write them: in Arabic digits, half or
 * full width (2024年3月15日, ２０２４年３月１５日, 2024-03-15, 2024/3/15,
 * 2024.3.15) and in Chinese numerals, the year digit by digit with 〇, ○ or
 * 零 for zero (二〇二四年三月十五日, 二○二五年一月, 二零二五年十二月).
 * Years run from 1900 to 2099; a date that does not exist (2024年2月30日)
 * is none. A bare number (2024) is no date: the year needs its 年.
 *
 * Positions are UTF-16 indices into the text given, which need not be folded.
 */
class DateReader
{
public:
    using Precision = DateReading::Precision;

    /// The date that starts at @p pos, written at least to @p least.
    static std::optional<DateReading> readAt(QStringView text, qsizetype pos, Precision least = Precision::Day);
    /// The first date in @p text at or after @p from, written at least to @p least.
    static std::optional<DateReading> find(QStringView text, Precision least = Precision::Day, qsizetype from = 0);
    /// The date that is the whole of @p text (layout spaces around it aside).
    static std::optional<DateReading> readWhole(QStringView text, Precision least = Precision::Day);
};

} // namespace Dz
