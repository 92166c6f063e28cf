#pragma once

#include <QList>
#include <QStringList>

namespace Dz::Internal
{

/// One slide's part of a table: which columns and rows, at what size.
struct TablePage {
    QList<int> columns; ///< indexes into the table's columns; the first (the key) is on every page
    QList<int> rows; ///< indexes into the table's rows
    QList<qint64> widths; ///< per column of the page, EMU; they add up to the width given
    qint64 headerHeight = 0; ///< 0 without a header
    QList<qint64> rowHeights; ///< per row of the page
    /// The cells as the page shows them (a cell too long for any page cut with "…"), header first when there is one.
    QList<QStringList> texts;
    int fontSize = 1400; ///< hundredths of a point
    int columnGroup = 0; ///< which group of columns (0 when all fit)
    int columnGroups = 1;

    qint64 height() const;
};

/**
 * Lays a table out on slides so that every page fits its box: the columns
 * get at least the room of their widest word (so no word is broken), the
 * text is set smaller down to a floor (10 pt) when that saves a slide, rows
 * that do not fit go on the next slide with the header repeated, and
 * columns that do not fit even at the floor go on further slides with the
 * first column repeated. Heights come from TextMeasure, which errs on the
 * large side.
 */
class TableLayout
{
public:
    /// Font sizes tried, largest first; the last is the floor.
    static const QList<int> &fontSizes();
    /// Cell margins (DrawingML's defaults): left and right, top and bottom.
    static constexpr qint64 MarginX = 91440;
    static constexpr qint64 MarginY = 45720;

    /// The width text wraps in, in a column @p columnWidth wide: the margins
    /// and an em LibreOffice keeps free at the right edge taken off.
    static qint64 textWidth(qint64 columnWidth, int size);

    /// @p header (may be empty) and @p cells (rows of texts; rows may be
    /// short) in a box @p width × @p height. Never empty: a table without
    /// rows is one page with its header.
    static QList<TablePage> pages(const QStringList &header, const QList<QStringList> &cells, qint64 width, qint64 height);
};

} // namespace Dz::Internal
