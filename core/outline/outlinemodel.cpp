#include "outline/outlinemodel.h"

using namespace Qt::StringLiterals;

namespace Dz
{

// Internal ids are section index + 1, so that 0 stays "no section" (the root).
OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_children.resize(1);
}

void OutlineModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    m_children = QList<QList<int>>(m_report.sections.size() + 1);
    m_rowInParent = QList<int>(m_report.sections.size(), 0);
    for (int i = 0; i < m_report.sections.size(); ++i) {
        QList<int> &siblings = m_children[m_report.sections.at(i).parent + 1];
        m_rowInParent[i] = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

int OutlineModel::sectionOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex OutlineModel::indexForSection(int sectionIndex) const
{
    if (sectionIndex < 0 || sectionIndex >= m_report.sections.size())
        return {};
    return createIndex(m_rowInParent.at(sectionIndex), 0, quintptr(sectionIndex + 1));
}

QModelIndex OutlineModel::indexAtPosition(qsizetype position) const
{
    int found = -1;
    for (int i = 0; i < m_report.sections.size(); ++i) {
        if (m_report.sections.at(i).span.start > position)
            break;
        if (m_report.sections.at(i).span.contains(position))
            found = i;
    }
    return indexForSection(found);
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int section = m_children.at(sectionOf(parent) + 1).at(row);
    return createIndex(row, column, quintptr(section + 1));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const int section = sectionOf(child);
    if (section < 0)
        return {};
    return indexForSection(m_report.sections.at(section).parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int slot = sectionOf(parent) + 1;
    return slot < m_children.size() ? int(m_children.at(slot).size()) : 0;
}

int OutlineModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Section &s = m_report.sections.at(sectionOf(index));
    switch (role) {
    case Qt::DisplayRole:
        return s.marker.isEmpty() ? s.title : s.marker + u' ' + s.title;
    case Qt::ToolTipRole:
        return s.repaired.isEmpty() ? s.title : s.title + u"\n\n"_s + s.repaired;
    case SectionIndexRole:
        return sectionOf(index);
    case LevelRole:
        return s.level;
    case StartRole:
        return qlonglong(s.span.start);
    case EndRole:
        return qlonglong(s.span.end);
    case RepairedRole:
        return s.repaired;
    default:
        return {};
    }
}

} // namespace Dz
