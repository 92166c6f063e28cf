#include "project/reportlistmodel.h"

#include "analysis/reportlabels.h"

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
    case Qt::ToolTipRole: {
        QStringList lines {r.metadata.issuerChain.size() > 1 ? r.metadata.issuerChain.join(u" › "_s) : r.metadata.issuer.value};
        if (!r.metadata.inferredNote.isEmpty())
            lines.append(r.metadata.inferredNote);
        lines << QFileInfo(r.filePath).fileName() << r.encoding;
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
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
    case IssuerChainRole:
        return r.metadata.issuerChain;
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
    names.insert(IssuerChainRole, "issuerChain");
    return names;
}

void ReportListModel::setReports(QList<Report> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    m_compared.clear(); // rows mean other reports now; the window marks them again
    relabel(-1, -1);
    endResetModel();
}

void ReportListModel::relabel(int first, int last)
{
    const QStringList labels = ReportLabels::forReports(m_reports);
    int changedFirst = first;
    int changedLast = last;
    for (int i = 0; i < m_reports.size(); ++i) {
        if (m_reports.at(i).label == labels.at(i))
            continue;
        m_reports[i].label = labels.at(i);
        changedFirst = changedFirst < 0 ? i : qMin(changedFirst, i);
        changedLast = qMax(changedLast, i);
    }
    // Outside a reset: one report's identity may change its neighbours' labels (a name now shared).
    if (changedFirst >= 0 && changedLast >= changedFirst && changedLast < m_reports.size() && first != -1)
        Q_EMIT dataChanged(index(changedFirst), index(changedLast));
}

void ReportListModel::addReports(const QList<Report> &reports)
{
    int first = -1;
    int last = -1;
    auto touched = [&](int row) {
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    };
    for (const Report &report : reports) {
        const auto existing = std::find_if(m_reports.begin(), m_reports.end(), [&](const Report &r) {
            return r.filePath == report.filePath;
        });
        if (existing != m_reports.end()) {
            *existing = report;
            existing->label.clear();
            touched(int(existing - m_reports.begin()));
            continue;
        }
        const int row = int(m_reports.size());
        beginInsertRows({}, row, row);
        m_reports.append(report);
        m_reports.last().label.clear();
        endInsertRows();
        touched(row);
    }
    // Labelled once for the whole batch: a label depends on the whole list.
    if (first >= 0)
        relabel(first, last);
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
    if (!m_reports.isEmpty())
        relabel(qMin(row, int(m_reports.size()) - 1), qMin(row, int(m_reports.size()) - 1));
}

void ReportListModel::setReport(int row, const Report &report)
{
    if (row < 0 || row >= m_reports.size())
        return;
    m_reports[row] = report;
    // The comparison's label is for the set compared; the list labels the project.
    m_reports[row].label.clear();
    relabel(row, row);
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
