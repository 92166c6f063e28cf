#pragma once

#include "base/cellvalue.h"
#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Dz
{

struct TableData;

/// One worksheet: its name and rows, the first @c headerRows of them bold and frozen.
struct XlsxSheet {
    QString name;
    CellRows rows;
    int headerRows = 0;
};

/**
 * An Excel workbook (.xlsx, SpreadsheetML) of plain sheets.
 *
 * Numbers are written as numbers, text as shared strings, gaps as absent
 * cells, so the figures can be summed and charted in Excel, WPS or
 * LibreOffice. The same writer makes the workbook behind every native chart
 * of a PptxDeck, which is what "Edit Data" opens.
 */
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(Dz::XlsxWorkbook)

public:
    /// Excel refuses longer sheet names.
    static constexpr int MaxSheetNameLength = 31;
    /// Excel's limit for the text of one cell.
    static constexpr int MaxCellTextLength = 32767;

    /**
     * Checks a sheet name against Excel's rules: 1 to 31 characters, none of
     * [ ] : * ? / \, no apostrophe at either end, not "History", and not
     * already used in @p taken (compared case-insensitively, as Excel does).
     * Returns the name, or why it cannot be used.
     */
    static Result<QString> checkSheetName(const QString &name, const QStringList &taken = {});

    /// A usable sheet name made from any text (a table title): forbidden
    /// characters replaced, cut to 31 characters, numbered if taken.
    static QString sheetNameFrom(const QString &text, const QStringList &taken = {});

    /// A workbook with one sheet holding @p table: a name made from the
    /// title, the header row (bold, frozen), the rows, then note and source.
    static Result<XlsxWorkbook> fromTable(const TableData &table);

    /**
     * Adds a sheet; fails if the name breaks Excel's rules, a number is not
     * finite or a text is longer than a cell can hold. Returns the sheet's
     * index.
     */
    Result<int> addSheet(const QString &name, const CellRows &rows, int headerRows = 0);

    const QList<XlsxSheet> &sheets() const
    {
        return m_sheets;
    }
    QStringList sheetNames() const;

    /// The time stamped on the zip entries (now, unless set): the same
    /// workbook with the same time gives the same bytes.
    void setCreated(const QDateTime &created);

    /// The .xlsx file's bytes; fails for a workbook without sheets.
    Result<QByteArray> toBytes() const;
    /// Writes the .xlsx file, replacing @p path only when complete. Returns the size written.
    Result<qint64> write(const QString &path) const;

private:
    QList<XlsxSheet> m_sheets;
    QDateTime m_created = QDateTime::currentDateTimeUtc();
};

} // namespace Dz
