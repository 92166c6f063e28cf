#pragma once

#include "reading/report.h"

#include <QAbstractListModel>

namespace Dz
{

/**
 * The project's reports, one row each, labelled as ReportLabels labels the
 * whole project: from the identity alone, so a row keeps its label when its
 * text is read or a comparison hands it back with the comparison's labels.
 */
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
        IssuerChainRole, ///< QStringList: 成都市, 公安局, 武侯区分局
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
    /// Labels every row over the whole list; rows whose label changed are announced.
    void relabel(int first, int last);

    QList<Report> m_reports;
    QList<int> m_compared;
};

} // namespace Dz
