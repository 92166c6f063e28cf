#pragma once

#include "base/result.h"
#include "quantities/quantity.h"
#include "quantities/quantity_debug.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dz
{

namespace Internal
{

/// A word after a number: a measure word (件, 万元 …) or one that makes the
/// number no quantity (年, 月, 号 …: isQuantity false).
struct MeasureWord {
    QString word;
    QString unit; ///< normalised: 元 for 万元
    int exponent = 0; ///< 万元 is 4: the figure is scaled to the base unit
    QuantityKind kind = QuantityKind::Count;
    bool isQuantity = true;
};

/// 约, 超过, 以上 …: what the word says about the number beside it.
struct QualifierWord {
    QString word;
    QuantityQualifier qualifier = QuantityQualifier::Approximate;
    bool inclusive = true;
    QString notAfter; ///< characters that make the word part of another (节约, 最近)
};

/// Everything the scanner reads from measure-words.json, in the forms the
/// scan needs (indexed by first character, longest first).
struct QuantityRules {
    QHash<QChar, QList<MeasureWord>> measureWords;
    QStringList measureWordList;
    QList<QualifierWord> prefixes; ///< longest first
    QList<QualifierWord> suffixes; ///< longest first
    QHash<QChar, QStringList> phrases; ///< longest first
    QString wordPrefixes;
    QString vagueNotAfter;
    QSet<QString> articleUnits;
    QSet<QString> codes;

    const MeasureWord *measureWordAt(QStringView text, qsizetype pos) const
    {
        if (pos < 0 || pos >= text.size())
            return nullptr;
        const auto it = measureWords.constFind(text.at(pos));
        if (it == measureWords.cend())
            return nullptr;
        for (const MeasureWord &m : *it) {
            if (text.mid(pos).startsWith(m.word))
                return &m;
        }
        return nullptr;
    }
};

/// Reads and validates a measure-word file (resources/reading/measure-words.json);
/// @p origin names it in messages.
Result<std::shared_ptr<const QuantityRules>> readQuantityRules(const QByteArray &json, const QString &origin);

} // namespace Internal

} // namespace Dz
