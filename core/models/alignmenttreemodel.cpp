#include "models/alignmenttreemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// How many characters of a section's text the matrix shows under its heading.
constexpr qsizetype SummaryLength = 60;

} // namespace

AlignmentTreeModel::AlignmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void AlignmentTreeModel::setComparison(const Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    rebuild();
    endResetModel();
}

void AlignmentTreeModel::setChineseLabels(bool chinese)
{
    if (m_chinese == chinese)
        return;
    m_chinese = chinese;
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int part : std::as_const(m_parts)) {
        const Node &node = m_nodes.at(part);
        if (!node.children.isEmpty()) {
            const QModelIndex parent = createIndex(int(m_parts.indexOf(part)), 0, quintptr(part));
            Q_EMIT dataChanged(index(0, 0, parent), index(int(node.children.size()) - 1, 0, parent));
        }
    }
}

void AlignmentTreeModel::rebuild()
{
    m_nodes.clear();
    m_parts.clear();
    const QList<AlignmentRow> &rows = m_comparison.alignment.rows();
    for (int r = 0; r < rows.size(); ++r) {
        Node node;
        node.id = rows.at(r).node;
        node.alignmentRow = r;
        const int index = int(m_nodes.size());
        // Themed rows ("P1.T05") go under their part's row, which comes first.
        if (!rows.at(r).theme.isEmpty()) {
            const auto part = std::find_if(m_parts.begin(), m_parts.end(), [&](int p) {
                return m_nodes.at(p).id == rows.at(r).part;
            });
            if (part != m_parts.end()) {
                node.parent = *part;
                m_nodes[*part].children.append(index);
            }
        }
        if (node.parent < 0)
            m_parts.append(index);
        m_nodes.append(node);
    }
}

QStringList AlignmentTreeModel::nodes() const
{
    QStringList result;
    for (int part : m_parts) {
        result.append(m_nodes.at(part).id);
        for (int child : m_nodes.at(part).children)
            result.append(m_nodes.at(child).id);
    }
    return result;
}

QModelIndex AlignmentTreeModel::indexOfNode(const QString &id, int column) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).id != id)
            continue;
        const Node &node = m_nodes.at(i);
        const int row = node.parent < 0 ? int(m_parts.indexOf(i)) : int(m_nodes.at(node.parent).children.indexOf(i));
        return createIndex(row, column, quintptr(i));
    }
    return {};
}

QList<AlignedSection> AlignmentTreeModel::cell(int node, int report) const
{
    const QList<QList<AlignedSection>> &cells = m_comparison.alignment.rows().at(m_nodes.at(node).alignmentRow).cells;
    return report >= 0 && report < cells.size() ? cells.at(report) : QList<AlignedSection>();
}

AlignmentTreeModel::CellStatus AlignmentTreeModel::status(const QString &id, int report) const
{
    const QModelIndex index = indexOfNode(id);
    return index.isValid() ? statusOf(nodeOf(index), report) : CellStatus::Empty;
}

AlignmentTreeModel::CellStatus AlignmentTreeModel::statusOf(int n, int report) const
{
    // A part is present when any of its rows holds a section (九龙坡's P1 is all themes).
    QList<AlignedSection> sections = cell(n, report);
    for (int child : m_nodes.at(n).children)
        sections += cell(child, report);
    if (sections.isEmpty()) {
        const AlignmentRow &row = m_comparison.alignment.rows().at(m_nodes.at(n).alignmentRow);
        const bool missing =
            row.required && report < m_comparison.alignment.reports().size() && m_comparison.alignment.reports().at(report).missingParts.contains(row.part);
        return missing ? CellStatus::Missing : CellStatus::Empty;
    }
    const bool sure = std::any_of(sections.begin(), sections.end(), [](const AlignedSection &s) {
        return s.corrected || s.confidence >= LowConfidence;
    });
    return sure ? CellStatus::Present : CellStatus::LowConfidence;
}

QString AlignmentTreeModel::summary(int node, int report) const
{
    const QList<AlignedSection> sections = cell(node, report);
    const Report &r = m_comparison.reports.at(report);
    QStringList lines;
    for (const AlignedSection &s : sections) {
        const Section &section = r.sections.at(s.section);
        const QString heading = QString(s.marker + s.title).simplified();
        // The first words of the section's own text, on one line.
        QString start = r.textOf(section.bodySpan).toString().simplified();
        if (start.size() > SummaryLength)
            start = start.left(SummaryLength) + u'…';
        lines.append(start.isEmpty() ? heading : heading + u'\n' + start);
    }
    return lines.join(u"\n\n"_s);
}

int AlignmentTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex AlignmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent))
        return {};
    if (!parent.isValid())
        return row < m_parts.size() ? createIndex(row, column, quintptr(m_parts.at(row))) : QModelIndex();
    const QList<int> &children = m_nodes.at(nodeOf(parent)).children;
    return row < children.size() ? createIndex(row, column, quintptr(children.at(row))) : QModelIndex();
}

QModelIndex AlignmentTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0 || m_nodes.at(n).parent < 0)
        return {};
    const int parent = m_nodes.at(n).parent;
    return createIndex(int(m_parts.indexOf(parent)), 0, quintptr(parent));
}

int AlignmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_parts.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int AlignmentTreeModel::columnCount(const QModelIndex &) const
{
    return 1 + int(m_comparison.reports.size());
}

QVariant AlignmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int n = nodeOf(index);
    const Node &node = m_nodes.at(n);
    const AlignmentRow &row = m_comparison.alignment.rows().at(node.alignmentRow);
    const int report = index.column() - 1;
    switch (role) {
    case NodeRole:
        return node.id;
    case ReportRole:
        return report;
    default:
        break;
    }
    if (report < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return QString(node.id + u' ' + (m_chinese ? row.label.zh : row.label.en));
        case Qt::ToolTipRole:
            return QString(row.label.zh + u" — "_s + row.label.en);
        default:
            return {};
        }
    }
    const CellStatus cellStatus = statusOf(n, report);
    switch (role) {
    case StatusRole:
        return QVariant::fromValue(cellStatus);
    case Qt::DisplayRole:
        if (cellStatus == CellStatus::Missing)
            return tr("Not reported");
        return summary(n, report);
    case Qt::ToolTipRole: {
        QStringList lines {m_comparison.reports.at(report).displayName()};
        for (const AlignedSection &s : cell(n, report)) {
            QString line = QString(s.marker + s.title).simplified() + tr(" (confidence %1)").arg(s.confidence, 0, 'f', 2);
            if (s.corrected)
                line += tr(", placed by hand");
            lines.append(line);
        }
        if (cellStatus == CellStatus::Missing)
            lines.append(tr("The report has no section for this required part."));
        return lines.join(u'\n');
    }
    case SectionsRole: {
        QList<int> sections;
        for (const AlignedSection &s : cell(n, report))
            sections.append(s.section);
        return QVariant::fromValue(sections);
    }
    case CorrectedRole: {
        const QList<AlignedSection> sections = cell(n, report);
        return std::any_of(sections.begin(), sections.end(), [](const AlignedSection &s) {
            return s.corrected;
        });
    }
    default:
        return {};
    }
}

QVariant AlignmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Section") : QVariant();
    const Report &report = m_comparison.reports.at(section - 1);
    // The comparison's label (the one the columns, charts and decks show), on
    // two short lines so five report columns fit the navigator.
    if (role == Qt::DisplayRole) {
        QString name = report.displayName();
        name.replace(u" · "_s, u"\n"_s);
        return name;
    }
    if (role == Qt::ToolTipRole) {
        const ReportMetadata &m = report.metadata;
        return QString((m.issuerChain.size() > 1 ? m.issuerChain.join(u" › "_s) : m.issuer.value) + u'\n' + report.filePath);
    }
    return {};
}

QHash<int, QByteArray> AlignmentTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeRole, "node");
    names.insert(StatusRole, "status");
    names.insert(SectionsRole, "sections");
    names.insert(CorrectedRole, "corrected");
    names.insert(ReportRole, "report");
    return names;
}

} // namespace Dz
