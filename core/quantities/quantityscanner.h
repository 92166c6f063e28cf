#pragma once

#include "base/result.h"
#include "quantities/quantity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dz
{

namespace Internal
{
struct QuantityRules;
}

/**
 * Finds Chinese quantity expressions in running text: `行政处罚200件`,
 * `20余次`, `18.2536万元`, `三至五次`, `95%`, `三分之一`.
 *
 * Numbers that are not quantities are never returned: years and dates,
 * ordinals (第11期), document numbers (〔2020〕255号), hotlines (12345),
 * names in quotes and titles (“663”行动计划, 《…(2020-2025年)》), list
 * markers (1. （一） (3)), enumerators and words (一是, 统一, 进一步, 双随机,
 * 三项制度). A Chinese numeral is a quantity only when a measure word
 * follows it, or a 百/千/万/亿 or a qualifier (二十余, 两到三万) says it is a
 * number; a bare Arabic number is one unless it runs into a word (80后) or
 * is a year, hotline or code. Durations in years (3年) are never returned:
 * 年 always reads as a date.
 *
 * 余 and 多 give a lower bound (inclusive) and an upper bound one step of
 * the last non-zero place written above it (exclusive): 20余 → [20, 30),
 * 100多 → [100, 200), 175余 → [175, 176), 80余万元 → [800000, 900000).
 *
 * The measure words are data (:/duizhao/reading/measure-words.json), matched
 * longest first (人次 before 人). The scanner folds widths itself, so the
 * text may be given as published; positions index into it.
 *
 * Scanning is re-entrant: one scanner can serve several threads.
 */
class QuantityScanner
{
public:
    /// The scanner with the built-in measure words.
    static const QuantityScanner &builtIn();
    /// A scanner with the measure words of a JSON file (see resources/reading/measure-words.json).
    static Result<QuantityScanner> fromFile(const QString &path);

    /// Every quantity in @p text, in text order, none overlapping.
    QList<Quantity> scan(QStringView text) const;
    /// The same for text already folded (a report's matchText), which is
    /// then not folded again.
    QList<Quantity> scanFolded(QStringView folded) const;

    /// The measure words the scanner knows, longest first (人次 before 人).
    QStringList measureWords() const;

private:
    explicit QuantityScanner(std::shared_ptr<const Internal::QuantityRules> rules);

    // Shared and immutable: copies are cheap and scans never write to it.
    std::shared_ptr<const Internal::QuantityRules> m_rules;
};

} // namespace Dz
