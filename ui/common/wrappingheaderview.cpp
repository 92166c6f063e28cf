#include "common/wrappingheaderview.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{
constexpr int Padding = 6;
constexpr int MaximumLines = 4;
} // namespace

WrappingHeaderView::WrappingHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setSectionsClickable(true);
    setDefaultAlignment(Qt::AlignCenter);
    // Columns of four characters at least: narrower, a label is unreadable; the view scrolls instead.
    if (orientation == Qt::Horizontal)
        setMinimumSectionSize(fontMetrics().horizontalAdvance(u"国国国国"_s) + 2 * Padding);
    connect(this, &QHeaderView::sectionResized, this, [this] {
        updateGeometry();
        viewport()->update();
    });
}

QString WrappingHeaderView::textOf(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

int WrappingHeaderView::heightFor(int logicalIndex, int width) const
{
    const QRect bounds = fontMetrics().boundingRect(QRect(0, 0, std::max(1, width - 2 * Padding), fontMetrics().lineSpacing() * MaximumLines * 4),
        Qt::AlignCenter | Qt::TextWordWrap, textOf(logicalIndex));
    return std::min(bounds.height(), fontMetrics().lineSpacing() * MaximumLines) + 2 * Padding;
}

int WrappingHeaderView::rowHeaderWidth() const
{
    // Row labels (a theme with its name) wrap within a dozen characters or so,
    // so that the columns keep the room.
    int natural = 0;
    for (int i = 0; i < count(); ++i)
        natural = std::max(natural, fontMetrics().horizontalAdvance(textOf(i)) + 2 * Padding);
    return std::min(natural, fontMetrics().horizontalAdvance(u"国"_s) * 14 + 2 * Padding);
}

QSize WrappingHeaderView::sizeHint() const
{
    QSize hint = QHeaderView::sizeHint();
    if (!model())
        return hint;
    if (orientation() == Qt::Vertical) {
        hint.setWidth(rowHeaderWidth());
        return hint;
    }
    int height = fontMetrics().lineSpacing() + 2 * Padding;
    for (int i = 0; i < count(); ++i) {
        if (!isSectionHidden(i))
            height = std::max(height, heightFor(i, sectionSize(i)));
    }
    hint.setHeight(height);
    return hint;
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (orientation() == Qt::Horizontal) {
        // As wide as the label on one line, up to a dozen characters; taller lines beyond.
        const int natural = fontMetrics().horizontalAdvance(textOf(logicalIndex)) + 2 * Padding;
        size.setWidth(std::clamp(natural, minimumSectionSize(), fontMetrics().horizontalAdvance(u"国"_s) * 12 + 2 * Padding));
        size.setHeight(heightFor(logicalIndex, size.width()));
    } else {
        size.setWidth(rowHeaderWidth());
        size.setHeight(heightFor(logicalIndex, size.width()));
    }
    return size;
}

void WrappingHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The style's section, without its text; the text wrapped over it.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    if (selectionModel()) {
        const bool selected = orientation() == Qt::Horizontal ? selectionModel()->isColumnSelected(logicalIndex, rootIndex())
                                                              : selectionModel()->isRowSelected(logicalIndex, rootIndex());
        if (selected)
            option.state |= QStyle::State_On;
    }
    // CE_Header restores the painter's clip region when done, which for a
    // painter without clipping is an empty region: everything drawn after it
    // would be clipped away. The painter's state is kept around it instead.
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    painter->save();
    painter->setPen(palette().color(QPalette::ButtonText));
    const Qt::Alignment alignment = orientation() == Qt::Horizontal ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter;
    painter->drawText(rect.adjusted(Padding, Padding, -Padding, -Padding), alignment | Qt::TextWordWrap, textOf(logicalIndex));
    painter->restore();
}

} // namespace Dz
