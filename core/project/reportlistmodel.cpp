#include "project/reportlistmodel.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dz
{

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Report &r = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.displayName();
    case Qt::ToolTipRole:
        return QStringList {r.metadata.issuer.value, QFileInfo(r.filePath).fileName(), r.encoding}.join(u'\n');
    case FilePathRole:
        return r.filePath;
    case DistrictRole:
        return r.metadata.district.value;
    case YearRole:
        return r.year();
    case IssuerRole:
        return r.metadata.issuer.value;
    case SectionCountRole:
        return int(r.sections.size());
    case ComparedRole:
        return int(m_compared.indexOf(index.row()) + 1);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReportListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(FilePathRole, "filePath");
    names.insert(DistrictRole, "district");
    names.insert(YearRole, "year");
    names.insert(IssuerRole, "issuer");
    names.insert(SectionCountRole, "sectionCount");
    names.insert(ComparedRole, "compared");
    return names;
}

void ReportListModel::setReports(QList<Report> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    m_compared.clear(); // rows mean other reports now; the window marks them again
    endResetModel();
}

void ReportListModel::addReports(const QList<Report> &reports)
{
    for (const Report &report : reports) {
        const auto existing = std::find_if(m_reports.begin(), m_reports.end(), [&](const Report &r) {
            return r.filePath == report.filePath;
        });
        if (existing != m_reports.end()) {
            *existing = report;
            const QModelIndex changed = index(int(existing - m_reports.begin()));
            Q_EMIT dataChanged(changed, changed);
            continue;
        }
        const int row = int(m_reports.size());
        beginInsertRows({}, row, row);
        m_reports.append(report);
        endInsertRows();
    }
}

void ReportListModel::removeReport(int row)
{
    if (row < 0 || row >= m_reports.size())
        return;
    beginRemoveRows({}, row, row);
    m_reports.removeAt(row);
    m_compared.removeAll(row);
    for (int &compared : m_compared) {
        if (compared > row)
            --compared;
    }
    endRemoveRows();
}

void ReportListModel::setReport(int row, const Report &report)
{
    if (row < 0 || row >= m_reports.size())
        return;
    m_reports[row] = report;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

const Report &ReportListModel::report(int row) const
{
    return m_reports.at(row);
}

void ReportListModel::setCompared(const QList<int> &rows)
{
    if (rows == m_compared)
        return;
    QList<int> changed = m_compared + rows;
    m_compared = rows;
    for (const int row : std::as_const(changed)) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row), index(row), {ComparedRole});
    }
}

} // namespace Dz
