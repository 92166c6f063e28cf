#include "models/audittablemodel.h"

#include "audit/auditformat.h"

namespace Dz
{

namespace
{
constexpr int CheckCount = int(AuditCheckId::FollowUp) + 1;
}

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::setAudits(QList<ReportAudit> audits)
{
    beginResetModel();
    m_audits = std::move(audits);
    endResetModel();
}

std::optional<AuditCheckId> AuditTableModel::checkOfColumn(int column)
{
    if (column < 1 || column > CheckCount)
        return std::nullopt;
    return AuditCheckId(column - 1);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_audits.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CheckCount + 1;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportAudit &a = m_audits.at(index.row());
    const auto id = checkOfColumn(index.column());
    if (!id) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return a.displayName;
        case Qt::ToolTipRole:
            return a.file;
        case StatusRole:
            return -1;
        default:
            return {};
        }
    }
    const AuditCheck *c = a.check(*id);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return c->value;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(AuditFormat::statusLabel(c->status), c->reason);
    case StatusRole:
        return int(c->status);
    case CheckRole:
        return int(c->id);
    case SpanStartRole:
        return qint64(c->span.isValid() ? c->span.start : -1);
    case SpanEndRole:
        return qint64(c->span.isValid() ? c->span.end : -1);
    case SortRole:
        return int(c->status) * 1000 + index.row();
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto id = checkOfColumn(section);
    return id ? AuditFormat::checkLabel(*id) : tr("Report");
}

} // namespace Dz
