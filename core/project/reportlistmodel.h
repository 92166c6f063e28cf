#pragma once

#include "reading/report.h"

#include <QAbstractListModel>

namespace Dz
{

/// The loaded reports, one row each, labelled "district · year".
class ReportListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        FilePathRole = Qt::UserRole + 1,
        DistrictRole,
        YearRole,
        IssuerRole,
        SectionCountRole,
        /// int: the report's column in the comparison (from 1), 0 when it is not compared.
        ComparedRole,
    };

    explicit ReportListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces every report (a reset).
    void setReports(QList<Report> reports);
    /// Appends reports; a report whose file is already loaded replaces it.
    void addReports(const QList<Report> &reports);
    void removeReport(int row);
    /// Replaces the report in @p row (a listed report read in full).
    void setReport(int row, const Report &report);

    const Report &report(int row) const;
    const QList<Report> &reports() const
    {
        return m_reports;
    }
    /// The rows compared, in column order (ComparedRole).
    void setCompared(const QList<int> &rows);

private:
    QList<Report> m_reports;
    QList<int> m_compared;
};

} // namespace Dz
