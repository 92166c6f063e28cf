#pragma once

#include <QList>
#include <QString>

#include <variant>

namespace Dz
{

/**
 * One cell of an exported table or workbook: empty, a number or text.
 *
 * Empty (std::monostate) is a gap, a figure a report does not give; it is
 * written as no cell at all, never as 0, so a spreadsheet or a chart built
 * on the cell shows a gap too.
 */
using CellValue = std::variant<std::monostate, double, QString>;

/// Rows of cells; rows may differ in length (missing cells are empty).
using CellRows = QList<QList<CellValue>>;

} // namespace Dz
