#pragma once

#include "reading/report.h"

#include <QCoreApplication>

namespace Dz
{

/// The structure of a report: its headings and its non-content blocks.
struct Outline {
    QList<Block> blocks; ///< title, preamble, signature and date, in text order
    QList<Section> sections; ///< flat, in document order, parents before children
};

/**
 * Finds a report's headings and gives each its level.
 *
 * Markers follow GB/T 9704: 一、 → （一） → 1./1、 → （1）, in full- or
 * half-width forms. Where a report breaks the convention, the parser repairs
 * by context and says why in Section::repaired: an Arabic `4、` where the
 * fourth top heading belongs, a `（5）` where `（六）` belongs, a first heading
 * or first sub-heading written without its marker.
 */
class OutlineParser
{
    Q_DECLARE_TR_FUNCTIONS(Dz::OutlineParser)

public:
    /// @p matchText is @p text folded and with furniture blanked (Report::matchText).
    static Outline parse(const QString &text, const QString &matchText);
};

} // namespace Dz
