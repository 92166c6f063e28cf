#pragma once

#include "audit/auditcheck.h"

#include <QAbstractTableModel>

#include <optional>

namespace Dz
{

/**
 * Reports × checks: a row per audited report, a column per check (after the
 * report's name), the cell's value as display, its reason as tool tip and
 * its status for the delegate.
 */
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        StatusRole = Qt::UserRole + 1, ///< AuditStatus as int; -1 for the name column
        CheckRole, ///< AuditCheckId as int
        SpanStartRole, ///< where the passage starts in the report's text, -1 when none
        SpanEndRole,
        SortRole,
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setAudits(QList<ReportAudit> audits);
    const QList<ReportAudit> &audits() const
    {
        return m_audits;
    }
    /// The check a column shows; nullopt for the name column.
    static std::optional<AuditCheckId> checkOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReportAudit> m_audits;
};

} // namespace Dz
