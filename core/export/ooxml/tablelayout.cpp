#include "export/ooxml/tablelayout.h"

#include "export/ooxml/textmeasure.h"

#include <algorithm>
#include <numeric>

namespace Dz::Internal
{

namespace
{

constexpr int MinimumEms = 4; // a column is at least four characters wide when its text is

struct ColumnNeeds {
    qint64 minimum = 0; ///< the widest word, or four characters
    qint64 natural = 0; ///< the longest line unwrapped
};

ColumnNeeds needsOf(const QStringList &header, const QList<QStringList> &cells, int column, int size)
{
    ColumnNeeds needs;
    const auto consider = [&](const QString &text, bool bold) {
        const qint64 token = TextMeasure::widestToken(text, size, bold);
        const qint64 whole = TextMeasure::width(text, size, bold);
        needs.minimum = std::max({needs.minimum, token, std::min(whole, MinimumEms * TextMeasure::em(size))});
        needs.natural = std::max(needs.natural, whole);
    };
    if (column < header.size())
        consider(header.at(column), true);
    for (const QStringList &row : cells)
        consider(row.value(column), false);
    // Room for the margins, and an em that LibreOffice keeps free at a
    // cell's right edge (six characters of 11 pt wrapped in 68 pt there).
    const qint64 extra = 2 * TableLayout::MarginX + TextMeasure::em(size);
    needs.minimum += extra;
    needs.natural += extra;
    return needs;
}

// Widths for @p columns that add up to @p width: each its minimum, then the
// rest towards what each would take unwrapped, then the rest by that too.
QList<qint64> widthsFor(const QList<ColumnNeeds> &needs, qint64 width)
{
    QList<qint64> widths;
    qint64 used = 0;
    qint64 wanting = 0;
    for (const ColumnNeeds &n : needs) {
        widths.append(n.minimum);
        used += n.minimum;
        wanting += n.natural - n.minimum;
    }
    qint64 spare = width - used;
    // The first column names the rows (reports, themes): it reads best whole,
    // so it gets its room first, up to three tenths of the table.
    if (spare > 0 && !needs.isEmpty()) {
        const qint64 key = std::clamp<qint64>(std::min(needs.constFirst().natural, width * 3 / 10) - widths.constFirst(), 0, spare);
        widths.first() += key;
        spare -= key;
        wanting -= std::min(wanting, key);
    }
    if (spare > 0 && wanting > 0) {
        const qint64 given = std::min(spare, wanting);
        for (qsizetype c = 0; c < needs.size(); ++c)
            widths[c] += given * (needs[c].natural - needs[c].minimum) / wanting;
    }
    used = std::accumulate(widths.cbegin(), widths.cend(), qint64(0));
    spare = width - used;
    if (spare < 0) {
        // Even the minimums do not fit (one column alone is wider than the
        // slide): everything narrower, words broken where they must be.
        for (qint64 &w : widths)
            w = w * width / std::max<qint64>(1, used);
    } else if (spare > 0) {
        const qint64 total = std::max<qint64>(1, used);
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] += spare * widths[c] / total;
    }
    // The last column takes what rounding left.
    used = std::accumulate(widths.cbegin(), widths.cend(), qint64(0));
    if (!widths.isEmpty())
        widths.last() += width - used;
    return widths;
}

qint64 rowHeight(const QStringList &texts, const QList<qint64> &widths, int size, bool bold)
{
    int lines = 1;
    for (qsizetype c = 0; c < widths.size(); ++c)
        lines = std::max(lines, TextMeasure::lines(texts.value(c), TableLayout::textWidth(widths[c], size), size, bold));
    return lines * TextMeasure::lineHeight(size) + 2 * TableLayout::MarginY;
}

QStringList pick(const QStringList &row, const QList<int> &columns)
{
    QStringList picked;
    for (const int c : columns)
        picked.append(row.value(c));
    return picked;
}

// The groups of columns that fit @p width side by side, the first column in each.
QList<QList<int>> columnGroups(const QList<ColumnNeeds> &needs, qint64 width)
{
    QList<QList<int>> groups;
    if (needs.isEmpty())
        return groups;
    QList<int> group {0};
    const qint64 key = std::max(needs.constFirst().minimum, std::min(needs.constFirst().natural, width * 3 / 10));
    qint64 used = key;
    for (int c = 1; c < needs.size(); ++c) {
        if (used + needs[c].minimum > width && group.size() > 1) {
            groups.append(group);
            group = {0};
            used = key;
        }
        group.append(c);
        used += needs[c].minimum;
    }
    groups.append(group);
    return groups;
}

QList<TablePage> layOut(const QStringList &header, const QList<QStringList> &cells, int columnCount, qint64 width, qint64 height, int size)
{
    QList<ColumnNeeds> needs;
    for (int c = 0; c < columnCount; ++c)
        needs.append(needsOf(header, cells, c, size));
    const QList<QList<int>> groups = columnGroups(needs, width);
    QList<TablePage> pages;
    for (int g = 0; g < groups.size(); ++g) {
        const QList<int> &columns = groups.at(g);
        QList<ColumnNeeds> groupNeeds;
        for (const int c : columns)
            groupNeeds.append(needs.at(c));
        const QList<qint64> widths = widthsFor(groupNeeds, width);
        const QStringList headerTexts = header.isEmpty() ? QStringList() : pick(header, columns);
        const qint64 headerHeight = header.isEmpty() ? 0 : rowHeight(headerTexts, widths, size, true);
        const qint64 room = height - headerHeight;
        const int maxLines = std::max<int>(1, int((room - 2 * TableLayout::MarginY) / TextMeasure::lineHeight(size)));

        TablePage page;
        const auto startPage = [&] {
            page = TablePage {};
            page.columns = columns;
            page.widths = widths;
            page.headerHeight = headerHeight;
            page.fontSize = size;
            page.columnGroup = g;
            page.columnGroups = int(groups.size());
            if (!header.isEmpty())
                page.texts.append(headerTexts);
        };
        startPage();
        qint64 used = headerHeight;
        for (int r = 0; r < cells.size(); ++r) {
            QStringList texts = pick(cells.at(r), columns);
            qint64 h = rowHeight(texts, widths, size, false);
            if (headerHeight + h > height) {
                // Taller than any page: cut its long cells to what a page holds.
                for (qsizetype c = 0; c < texts.size(); ++c)
                    texts[c] = TextMeasure::elided(texts[c], TableLayout::textWidth(widths[c], size), size, maxLines);
                h = rowHeight(texts, widths, size, false);
            }
            if (used + h > height && !page.rows.isEmpty()) {
                pages.append(page);
                startPage();
                used = headerHeight;
            }
            page.rows.append(r);
            page.rowHeights.append(h);
            page.texts.append(texts);
            used += h;
        }
        pages.append(page);
    }
    return pages;
}

} // namespace

qint64 TableLayout::textWidth(qint64 columnWidth, int size)
{
    return columnWidth - 2 * MarginX - TextMeasure::em(size);
}

qint64 TablePage::height() const
{
    return std::accumulate(rowHeights.cbegin(), rowHeights.cend(), headerHeight);
}

const QList<int> &TableLayout::fontSizes()
{
    static const QList<int> sizes {1400, 1200, 1100, 1000};
    return sizes;
}

QList<TablePage> TableLayout::pages(const QStringList &header, const QList<QStringList> &cells, qint64 width, qint64 height)
{
    qsizetype columns = header.size();
    for (const QStringList &row : cells)
        columns = std::max(columns, row.size());
    // The size that needs the fewest slides; of equals, the largest.
    QList<TablePage> best;
    for (const int size : fontSizes()) {
        QList<TablePage> pages = layOut(header, cells, int(columns), width, height, size);
        if (best.isEmpty() || pages.size() < best.size())
            best = std::move(pages);
    }
    return best;
}

} // namespace Dz::Internal
