#pragma once

#include "reading/report.h"

#include <QAbstractItemModel>

namespace Dz
{

/// One report's headings as a tree (一、 → （一） → 1. → （1）).
class OutlineModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        SectionIndexRole = Qt::UserRole + 1, ///< index into Report::sections
        LevelRole,
        StartRole, ///< UTF-16 position of the heading in the report text
        EndRole,
        RepairedRole, ///< why the marker was read differently, or empty
    };

    explicit OutlineModel(QObject *parent = nullptr);

    /// Shows @p report's outline (a reset); an empty Report clears the model.
    void setReport(const Report &report);
    const Report &report() const
    {
        return m_report;
    }

    /// The tree index of section @p sectionIndex.
    QModelIndex indexForSection(int sectionIndex) const;
    /// The innermost section whose span contains @p position, or an invalid index.
    QModelIndex indexAtPosition(qsizetype position) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int sectionOf(const QModelIndex &index) const;

    Report m_report;
    QList<QList<int>> m_children; ///< per section + 1 (slot 0 is the root): child section indexes
    QList<int> m_rowInParent; ///< per section: its row under its parent
};

} // namespace Dz
