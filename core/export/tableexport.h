#pragma once

#include "base/result.h"
#include "base/tabledata.h"

#include <QCoreApplication>

namespace Dz
{

/**
 * Tables as the workbench exports them, for spreadsheets on any system:
 * CSV in UTF-8 with a byte order mark (without it, Excel on a Chinese
 * Windows reads UTF-8 as GBK and shows mojibake) and the table's own,
 * translated header; or an .xlsx workbook of one sheet per table.
 */
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(Dz::TableExport)

public:
    /// The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8.
    static const QByteArray &byteOrderMark();
    /// @p table as CSV (RFC 4180; header row, then the rows; numbers as numbers, gaps empty).
    static QString csv(const TableData &table);
    /// Writes @p text (CSV) with the byte order mark.
    static Result<qint64> saveCsv(const QString &text, const QString &path);
    static Result<qint64> saveCsv(const TableData &table, const QString &path);
    /// Writes @p tables as a workbook, one sheet each, named after their titles.
    static Result<qint64> saveXlsx(const QList<TableData> &tables, const QString &path);
};

} // namespace Dz
