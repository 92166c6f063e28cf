#include "project/changefiltermodel.h"

#include "project/changelistmodel.h"

namespace Dz
{

ChangeFilterModel::ChangeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ChangeFilterModel::setAuthor(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    invalidateRowsFilter();
}

void ChangeFilterModel::setReportId(qint64 reportId)
{
    if (reportId == m_reportId)
        return;
    m_reportId = reportId;
    invalidateRowsFilter();
}

bool ChangeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_author.isEmpty() && row.data(ChangeListModel::AuthorRole).toString() != m_author)
        return false;
    return m_reportId <= 0 || row.data(ChangeListModel::ReportIdRole).toLongLong() == m_reportId;
}

} // namespace Dz
