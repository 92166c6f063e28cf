#pragma once

#include <QTreeView>

namespace Dz
{

class AlignmentTreeModel;

/**
 * The navigator: the scheme's parts and themes, with a chip per compared
 * report (present, low confidence, 未报告, none, corrected). Activating a
 * row asks for its node.
 */
class NavigatorView final : public QTreeView
{
    Q_OBJECT

public:
    explicit NavigatorView(AlignmentTreeModel *model, QWidget *parent = nullptr);

    /// Selects @p node's row, if it has one.
    void selectNode(const QString &node);
    /// After a new comparison: every row open, one narrow column per report.
    void fitToComparison();

Q_SIGNALS:
    void nodeRequested(const QString &node);
};

/**
 * The alignment matrix: a row per node, a column per report, each cell the
 * first lines of that report's section(s). Double-clicking a cell asks for
 * that report's section.
 */
class MatrixView final : public QTreeView
{
    Q_OBJECT

public:
    explicit MatrixView(AlignmentTreeModel *model, QWidget *parent = nullptr);

    /// After a new comparison: every row open, wide readable columns.
    void fitToComparison();

Q_SIGNALS:
    void sectionRequested(const QString &node, int report);
};

} // namespace Dz
