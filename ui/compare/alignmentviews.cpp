#include "compare/alignmentviews.h"

#include "compare/navigatordelegate.h"
#include "models/alignmenttreemodel.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace Dz
{

NavigatorView::NavigatorView(AlignmentTreeModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"navigator"_s);
    setModel(model);
    setItemDelegate(new NavigatorDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setMinimumSectionSize(24);
    const auto request = [this](const QModelIndex &index) {
        const QString node = index.data(AlignmentTreeModel::NodeRole).toString();
        if (!node.isEmpty())
            Q_EMIT nodeRequested(node);
    };
    connect(this, &QAbstractItemView::activated, this, request);
    connect(this, &QAbstractItemView::clicked, this, request);
}

void NavigatorView::selectNode(const QString &node)
{
    const auto *alignment = static_cast<const AlignmentTreeModel *>(model());
    const QModelIndex index = alignment->indexOfNode(node);
    if (index.isValid() && currentIndex().data(AlignmentTreeModel::NodeRole).toString() != node)
        setCurrentIndex(index);
}

void NavigatorView::fitToComparison()
{
    expandAll();
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setDefaultAlignment(Qt::AlignCenter);
    for (int column = 1; column < model()->columnCount(); ++column) {
        header()->setSectionResizeMode(column, QHeaderView::Fixed);
        setColumnWidth(column, 46);
    }
}

MatrixView::MatrixView(AlignmentTreeModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"matrixView"_s);
    setModel(model);
    setItemDelegate(new MatrixDelegate(this));
    setUniformRowHeights(false);
    setWordWrap(true);
    setAlternatingRowColors(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT sectionRequested(index.data(AlignmentTreeModel::NodeRole).toString(), index.data(AlignmentTreeModel::ReportRole).toInt());
    });
}

void MatrixView::fitToComparison()
{
    expandAll();
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setColumnWidth(0, 220);
    for (int column = 1; column < model()->columnCount(); ++column)
        setColumnWidth(column, 240);
}

} // namespace Dz
