#pragma once

#include "base/cellvalue.h"

#include <QStringList>

namespace Dz
{

/// A table as a value: what a slide (PptxDeck::addTableSlide), a sheet
/// (XlsxWorkbook) and the CLI's formats show.
struct TableData {
    QString title;
    QStringList header;
    /// Numbers stay numbers (right-aligned on slides, numeric in workbooks);
    /// empty cells are gaps.
    CellRows rows;
    /// A line under the table, e.g. what ≥ or an empty cell means.
    QString note;
    /// Where the figures come from (reports, extraction date).
    QString source;
};

} // namespace Dz
