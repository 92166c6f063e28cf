#pragma once

#include "analysis/comparison.h"

#include <QAbstractItemModel>
#include <QList>

namespace Dz
{

/**
 * The alignment as a tree: the scheme's parts at the top, P1's themes under
 * it; column 0 names the node, one column per report tells what that report
 * has there. The navigator shows the status of each cell, the matrix view
 * the first lines of its sections.
 */
class AlignmentTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    /// What a report has for a node.
    enum class CellStatus {
        Present, ///< sections placed with confidence
        LowConfidence, ///< sections placed, but the classifier was unsure
        Missing, ///< nothing, and the node is a required part: 未报告
        Empty, ///< nothing, and nothing was required (a theme the report does not cover)
    };
    Q_ENUM(CellStatus)

    enum Roles {
        NodeRole = Qt::UserRole + 1, ///< QString: "P1.T05"
        StatusRole, ///< CellStatus (report columns)
        SectionsRole, ///< QList<int>: section indexes in the column's report, in text order
        CorrectedRole, ///< bool: an analyst placed a section here
        ReportRole, ///< int: the column's report index, -1 for column 0
    };

    /// Placed sections below this confidence count as LowConfidence.
    static constexpr double LowConfidence = 0.5;

    explicit AlignmentTreeModel(QObject *parent = nullptr);

    /// Shows @p comparison; the model keeps a copy.
    void setComparison(const Comparison &comparison);
    const Comparison &comparison() const
    {
        return m_comparison;
    }
    /// Node labels in Chinese (true) or English.
    void setChineseLabels(bool chinese);

    QModelIndex indexOfNode(const QString &node, int column = 0) const;
    /// Nodes in display order (parts, each followed by its themes).
    QStringList nodes() const;
    CellStatus status(const QString &node, int report) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node {
        QString id;
        int alignmentRow = -1;
        int parent = -1; ///< index into m_nodes; -1 for parts
        QList<int> children;
    };

    void rebuild();
    int nodeOf(const QModelIndex &index) const;
    QList<AlignedSection> cell(int node, int report) const;
    CellStatus statusOf(int node, int report) const;
    QString summary(int node, int report) const;

    Comparison m_comparison;
    QList<Node> m_nodes;
    QList<int> m_parts; ///< top-level nodes
    bool m_chinese = true;
};

} // namespace Dz
