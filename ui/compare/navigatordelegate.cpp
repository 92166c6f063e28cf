#include "compare/navigatordelegate.h"

#include "compare/cellstatusstyle.h"
#include "models/alignmenttreemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

AlignmentTreeModel::CellStatus statusOf(const QModelIndex &index)
{
    return index.data(AlignmentTreeModel::StatusRole).value<AlignmentTreeModel::CellStatus>();
}

} // namespace

void NavigatorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const CellStatusStyle style = CellStatusStyle::of(statusOf(index));
    const QRect chip = option.rect.adjusted(3, 2, -3, -2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (style.fill.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.fill);
        painter->drawRoundedRect(chip, 4, 4);
    }
    painter->setPen(style.text);
    QString symbol = style.symbol;
    if (index.data(AlignmentTreeModel::CorrectedRole).toBool())
        symbol += u"✎"_s;
    painter->drawText(chip, Qt::AlignCenter, symbol);
    painter->restore();
}

QSize NavigatorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0)
        return QStyledItemDelegate::sizeHint(option, index);
    return {option.fontMetrics.horizontalAdvance(u"●✎"_s) + 12, option.fontMetrics.height() + 6};
}

void MatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const CellStatusStyle style = CellStatusStyle::of(statusOf(index));
    painter->save();
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    if (option.state & QStyle::State_Selected)
        painter->fillRect(cell, option.palette.highlight().color().lighter(170));
    else if (style.fill.isValid())
        painter->fillRect(cell, style.fill);
    painter->setPen(statusOf(index) == AlignmentTreeModel::CellStatus::Missing ? style.text : option.palette.text().color());
    painter->setFont(option.font);
    painter->drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize MatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0)
        return QStyledItemDelegate::sizeHint(option, index);
    return {220, option.fontMetrics.lineSpacing() * CellLines + 8};
}

} // namespace Dz
