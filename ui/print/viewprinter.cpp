#include "print/viewprinter.h"

#include "analysis/comparison.h"
#include "charts/chartfactory.h"
#include "compare/comparecolumn.h"
#include "compare/compareview.h"
#include "report/reportview.h"

#include <QAbstractTextDocumentLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTreeView>
#include <QUrl>

#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// A property of images that print() widens to the page.
constexpr int FitToPageProperty = QTextFormat::UserProperty + 1;
constexpr qreal HeaderMm = 12;
constexpr qreal FooterMm = 10;

std::unique_ptr<QTextDocument> newDocument()
{
    auto document = std::make_unique<QTextDocument>();
    // The charts' CJK face, so Chinese never prints as boxes.
    document->setDefaultFont(ChartFactory::font(10));
    document->setDocumentMargin(0);
    return document;
}

void writeTitle(QTextCursor &cursor, const QString &title, int level = 1)
{
    QTextBlockFormat block;
    block.setTopMargin(level == 1 ? 0 : 10);
    block.setBottomMargin(6);
    block.setHeadingLevel(level);
    QTextCharFormat format;
    format.setFont(ChartFactory::font(level == 1 ? 14 : 12, true));
    if (cursor.position() > 0)
        cursor.insertBlock(block, format);
    else {
        cursor.setBlockFormat(block);
        cursor.setCharFormat(format);
    }
    cursor.insertText(title, format);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

// The text of @p view from @p from to @p to, with what its highlighter and
// its extra selections (indicator evidence, annotations, copied passages) mark.
void appendHighlighted(QTextCursor &cursor, const QPlainTextEdit &view, int from, int to)
{
    const QTextDocument *source = view.document();
    const QString text = source->toPlainText();
    from = std::clamp(from, 0, int(text.size()));
    to = std::clamp(to, from, int(text.size()));
    QTextDocument *target = cursor.document();
    const int start = cursor.position();
    cursor.insertText(text.mid(from, to - from), QTextCharFormat());
    const auto apply = [&](int begin, int end, const QTextCharFormat &format) {
        begin = std::max(begin, from);
        end = std::min(end, to);
        if (begin >= end)
            return;
        QTextCursor range(target);
        range.setPosition(start + begin - from);
        range.setPosition(start + end - from, QTextCursor::KeepAnchor);
        range.mergeCharFormat(format);
    };
    for (QTextBlock block = source->findBlock(from); block.isValid() && block.position() < to; block = block.next()) {
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : formats)
            apply(block.position() + range.start, block.position() + range.start + range.length, range.format);
    }
    for (const QTextEdit::ExtraSelection &selection : view.extraSelections()) {
        // The current line's band is not a mark.
        if (selection.format.boolProperty(QTextFormat::FullWidthSelection))
            continue;
        QTextCharFormat format = selection.format;
        format.clearProperty(QTextFormat::TextToolTip);
        apply(selection.cursor.selectionStart(), selection.cursor.selectionEnd(), format);
    }
}

bool isDark(const QColor &colour)
{
    return colour.isValid() && colour.alphaF() > 0.5 && colour.lightness() < 128;
}

// The columns shown, in the order shown, with their widths on screen, and
// whether the rows have headers that name something (the heat map's
// themes), not the row numbers a model gives by default.
struct ShownColumns {
    QList<int> columns;
    QList<int> widths; ///< with the row headers' first when there are any
    bool rowHeaders = false;
};

ShownColumns shownColumns(const QAbstractItemModel &model, const QTableView *tableView, const QTreeView *treeView)
{
    ShownColumns shown;
    const QHeaderView *header = tableView ? tableView->horizontalHeader() : treeView ? treeView->header() : nullptr;
    for (int visual = 0; visual < model.columnCount(); ++visual) {
        const int column = header ? header->logicalIndex(visual) : visual;
        if (header && header->isSectionHidden(column))
            continue;
        shown.columns.append(column);
        shown.widths.append(header ? std::max(40, header->sectionSize(column)) : 100);
    }
    if (tableView && tableView->verticalHeader()->isVisible()) {
        for (int row = 0; row < model.rowCount() && !shown.rowHeaders; ++row)
            shown.rowHeaders = model.headerData(row, Qt::Vertical).toString() != QString::number(row + 1);
    }
    if (shown.rowHeaders)
        shown.widths.prepend(std::max(60, tableView->verticalHeader()->width() * 2));
    return shown;
}

struct ShownRow {
    QModelIndex index;
    int depth;
};

// Rows in the order shown; a tree's children under their parent.
void appendShownRows(
    const QAbstractItemModel &model, const QTableView *tableView, const QTreeView *treeView, const QModelIndex &parent, int depth, QList<ShownRow> &rows)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (tableView && tableView->isRowHidden(row))
            continue;
        rows.append({index, depth});
        if (treeView && model.hasChildren(index))
            appendShownRows(model, tableView, treeView, index, depth + 1, rows);
    }
}

// A grid of thin grey lines, one header row, the columns as wide as on screen.
QTextTableFormat tableFormat(const QList<int> &widths)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorderCollapse(true);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0x80, 0x80, 0x80));
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int total = std::accumulate(widths.cbegin(), widths.cend(), 0);
    QList<QTextLength> constraints;
    for (const int width : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, 100.0 * width / std::max(1, total)));
    format.setColumnWidthConstraints(constraints);
    return format;
}

void fillCell(QTextTable &table, int row, int column, const QString &text, const QColor &background, bool bold, Qt::Alignment alignment = {})
{
    QTextTableCell cell = table.cellAt(row, column);
    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
    if (background.isValid() && background.alpha() > 0)
        cellFormat.setBackground(background);
    cell.setFormat(cellFormat);
    QTextCharFormat charFormat;
    charFormat.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (isDark(background))
        charFormat.setForeground(Qt::white);
    QTextCursor at = cell.firstCursorPosition();
    // Aligned as the view aligns the cell (the heat map's counts centred).
    if (alignment & (Qt::AlignHCenter | Qt::AlignRight)) {
        QTextBlockFormat block = at.blockFormat();
        block.setAlignment(alignment & Qt::AlignHCenter ? Qt::AlignHCenter : Qt::AlignRight);
        at.setBlockFormat(block);
    }
    at.insertText(text, charFormat);
}

// The fill @p colour gives a cell, else the model's own background, if it gives one.
QColor cellBackground(const QModelIndex &index, const ViewPrinter::CellColour &colour)
{
    QColor background = colour ? colour(index) : QColor();
    if (const QVariant brush = index.data(Qt::BackgroundRole); !background.isValid() && brush.isValid()) {
        if (const QBrush fill = brush.value<QBrush>(); fill.style() != Qt::NoBrush)
            background = fill.color();
    }
    return background;
}

// A picture (a chart) after the table, fitted to the page, with its note.
void appendPicture(QTextDocument &document, QTextCursor &cursor, const QImage &picture, const QString &pictureNote)
{
    cursor.insertBlock();
    const QUrl name(u"duizhao://picture"_s);
    document.addResource(QTextDocument::ImageResource, name, picture);
    QTextImageFormat image;
    image.setName(name.toString());
    image.setWidth(picture.width());
    image.setHeight(picture.height());
    image.setProperty(FitToPageProperty, true);
    cursor.insertImage(image);
    if (!pictureNote.isEmpty()) {
        QTextCharFormat note;
        note.setForeground(QColor(0x59, 0x59, 0x59));
        cursor.insertBlock();
        cursor.insertText(pictureNote, note);
    }
}

} // namespace

std::unique_ptr<QTextDocument> ViewPrinter::text(const QPlainTextEdit &view, const QString &title)
{
    auto document = newDocument();
    QTextCursor cursor(document.get());
    writeTitle(cursor, title);
    appendHighlighted(cursor, view, 0, int(view.document()->toPlainText().size()));
    return document;
}

std::unique_ptr<QTextDocument> ViewPrinter::compare(const CompareView &view, const Comparison &comparison, const QString &node, const QString &nodeTitle)
{
    auto document = newDocument();
    QTextCursor cursor(document.get());
    writeTitle(cursor, node.isEmpty() ? tr("The reports compared") : nodeTitle);
    for (const CompareColumn *column : view.columns()) {
        const int report = column->reportIndex();
        if (report < 0 || report >= comparison.reports.size())
            continue;
        writeTitle(cursor, comparison.reports.at(report).displayName(), 2);
        const ReportView &text = *column->view();
        if (node.isEmpty()) {
            appendHighlighted(cursor, text, 0, int(text.document()->toPlainText().size()));
            continue;
        }
        const QList<AlignedSection> sections = comparison.sectionsIn(node, report);
        if (sections.isEmpty()) {
            QTextCharFormat muted;
            muted.setFontItalic(true);
            muted.setForeground(QColor(0x59, 0x59, 0x59));
            cursor.insertText(tr("Not reported: this report has nothing for this section."), muted);
            continue;
        }
        for (qsizetype i = 0; i < sections.size(); ++i) {
            if (i > 0)
                cursor.insertBlock();
            appendHighlighted(cursor, text, int(sections.at(i).span.start), int(sections.at(i).span.end));
        }
    }
    return document;
}

std::unique_ptr<QTextDocument> ViewPrinter::table(
    const QAbstractItemView &view, const QString &title, const CellColour &colour, const QImage &picture, const QString &pictureNote)
{
    auto document = newDocument();
    QTextCursor cursor(document.get());
    writeTitle(cursor, title);
    const QAbstractItemModel *model = view.model();
    const auto *tableView = qobject_cast<const QTableView *>(&view);
    const auto *treeView = qobject_cast<const QTreeView *>(&view);
    if (!model)
        return document;

    const ShownColumns shown = shownColumns(*model, tableView, treeView);
    QList<ShownRow> rows;
    appendShownRows(*model, tableView, treeView, QModelIndex(), 0, rows);

    const int first = shown.rowHeaders ? 1 : 0; // the first of the model's columns
    const int columnCount = int(shown.columns.size()) + first;
    if (columnCount == 0)
        return document;
    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, columnCount, tableFormat(shown.widths));
    const QColor headerFill(0xd9, 0xe2, 0xf3);
    if (shown.rowHeaders)
        fillCell(*table, 0, 0, QString(), headerFill, true);
    for (qsizetype c = 0; c < shown.columns.size(); ++c)
        fillCell(*table, 0, int(c) + first, model->headerData(shown.columns.at(c), Qt::Horizontal).toString(), headerFill, true);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const ShownRow &row = rows.at(r);
        if (shown.rowHeaders)
            fillCell(*table, int(r) + 1, 0, model->headerData(row.index.row(), Qt::Vertical).toString(), headerFill, true);
        for (qsizetype c = 0; c < shown.columns.size(); ++c) {
            const QModelIndex index = model->index(row.index.row(), shown.columns.at(c), row.index.parent());
            QString text = index.data(Qt::DisplayRole).toString();
            if (c == 0 && row.depth > 0)
                text = QString(row.depth * 2, QChar(0x3000)) + text; // indented by ideographic spaces
            fillCell(*table, int(r) + 1, int(c) + first, text, cellBackground(index, colour), false, Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()));
        }
    }
    cursor.movePosition(QTextCursor::End);
    if (!picture.isNull())
        appendPicture(*document, cursor, picture, pictureNote);
    return document;
}

int ViewPrinter::print(QTextDocument &document, QPrinter &printer, const Heading &heading)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    // Laid out for the printer's resolution: the layout scales pixel
    // lengths (borders, pictures) to it and measures fonts in its points.
    document.documentLayout()->setPaintDevice(&printer);
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    const qreal perMm = printer.logicalDpiY() / 25.4;
    const qreal headerHeight = HeaderMm * perMm;
    const qreal footerHeight = FooterMm * perMm;
    const QSizeF body(page.width(), page.height() - headerHeight - footerHeight);
    // Pictures as wide as the page at most, keeping their shape.
    const qreal pageWidthPx = body.width() * 96.0 / printer.logicalDpiX();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid() || !image.boolProperty(FitToPageProperty) || image.width() <= pageWidthPx)
                continue;
            const qreal ratio = pageWidthPx / image.width();
            image.setWidth(pageWidthPx);
            image.setHeight(image.height() * ratio);
            QTextCursor at(&document);
            at.setPosition(fragment.position());
            at.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            at.setCharFormat(image);
        }
    }
    document.setPageSize(body);
    const int pages = std::max(1, document.pageCount());

    QFont headerFont = ChartFactory::font(8);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            printer.newPage();
        painter.save();
        painter.setFont(headerFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF top(0, 0, page.width(), headerHeight * 0.7);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom, heading.project);
        painter.drawText(top, Qt::AlignHCenter | Qt::AlignBottom, heading.view);
        painter.drawText(top, Qt::AlignRight | Qt::AlignBottom, heading.date.toString(Qt::ISODate));
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), perMm * 0.2));
        painter.drawLine(QPointF(0, headerHeight * 0.8), QPointF(page.width(), headerHeight * 0.8));
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(0, page.height() - footerHeight * 0.7, page.width(), footerHeight * 0.7), Qt::AlignHCenter | Qt::AlignVCenter,
            tr("%1 / %2").arg(p + 1).arg(pages));
        painter.restore();

        painter.save();
        painter.translate(0, headerHeight - p * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace Dz
