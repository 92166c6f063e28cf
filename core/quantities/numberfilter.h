#pragma once

#include "quantities/quantityreader.h"

namespace Dz
{

namespace Internal
{

/**
 * Numbers that name rather than count: dates and times, list markers,
 * codes and models, ordinals, years, words with a numeral inside (统一,
 * 一是), hotlines, and Chinese numerals nothing marks as a quantity.
 */
class NumberFilter
{
public:
    explicit NumberFilter(const QuantityReader &reader)
        : m_reader(reader)
        , m_text(reader.text())
        , m_rules(reader.rules())
    {
    }

    /// Numbers that are no quantity whatever follows them: -1, or where
    /// scanning goes on (past the whole token: 02 of 2025-02-24 is not
    /// read next). @p floor as for QuantityReader::startsNumber().
    qsizetype rejectedAt(const NumberReading &n, qsizetype floor) const;

    /// 2025-02-24, 2025.2.24, 2025/02/24, 10:49, 3·15, and 12.4国家宪法日
    /// (a month and day written as a decimal, right before the day's name).
    bool isDateOrTime(const NumberReading &n) const;
    /// 1.将…, 17.完成…, 4、下一年度…, (3): enumerators, not counts.
    bool isListMarker(const NumberReading &n) const;
    /// Standards (GB 2760-2014), models (5G), formulas (1+3+N), phone
    /// numbers and codes with a leading zero.
    bool isCode(const NumberReading &n) const;
    /// Four plain digits from 1900 to 2100.
    bool isYear(const NumberReading &n) const;
    /// A bare Arabic number (no measure word, qualifier or 万) that names:
    /// run into a word (80后, 110指挥中心), a hotline (12345), a year, a
    /// long code or phone number. @p end is where the expression ends.
    bool isBareName(const NumberReading &n, qsizetype end, bool prefixed) const;
    /// A Chinese numeral is a number only when it says so: a measure word,
    /// a 百/千/万/亿, a qualifier or a vague form. 一律, 一是, 十大, 二十届,
    /// 一个新的台阶, 二次供水, 一人一档 are words.
    bool isWordNumeral(const NumberReading &n, const QuantityReader::Unit &unit, bool qualified) const;

private:
    /// 第11期, 第一批, 第1-3批, 第一、二批: where the whole ordinal ends.
    qsizetype ordinalEnd(const NumberReading &n, qsizetype floor) const;

    const QuantityReader &m_reader;
    const QStringView m_text;
    const QuantityRules &m_rules;
};

} // namespace Internal

} // namespace Dz
