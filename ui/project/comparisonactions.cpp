#include "project/comparisonactions.h"

#include "project/projectcommand.h"
#include "project/projectcontroller.h"
#include "project/reportlistmodel.h"

#include <QAction>
#include <QIcon>
#include <QItemSelectionModel>
#include <QListView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dz
{

ComparisonActions::ComparisonActions(ProjectController *project, QListView *list, ReportListModel *reports, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_list(list)
    , m_reports(reports)
{
    m_add = new QAction(QIcon::fromTheme(u"list-add"_s), QString(), this);
    m_add->setObjectName(u"addToComparison"_s);
    m_add->setShortcut(Qt::CTRL | Qt::Key_Plus);
    connect(m_add, &QAction::triggered, this, [this] {
        add(selectedRows());
    });
    m_remove = new QAction(QIcon::fromTheme(u"list-remove"_s), QString(), this);
    m_remove->setObjectName(u"removeFromComparison"_s);
    m_remove->setShortcut(Qt::CTRL | Qt::Key_Minus);
    connect(m_remove, &QAction::triggered, this, [this] {
        remove(selectedRows());
    });
    m_compareSelected = new QAction(QIcon::fromTheme(u"media-playlist-append"_s), QString(), this);
    m_compareSelected->setObjectName(u"compareSelected"_s);
    m_compareSelected->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    connect(m_compareSelected, &QAction::triggered, this, [this] {
        replace(selectedRows());
    });
    // The window's shortcuts work from the list, where the reports are chosen.
    for (QAction *action : {m_add, m_remove, m_compareSelected})
        action->setShortcutContext(Qt::WindowShortcut);

    connect(m_project->session(), &AnalystSession::comparisonSetChanged, this, &ComparisonActions::changed);
    connect(m_project->session(), &AnalystSession::comparisonSetChanged, this, &ComparisonActions::updateEnabled);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComparisonActions::updateEnabled);
    connect(m_reports, &QAbstractItemModel::modelReset, this, &ComparisonActions::updateEnabled);
    retranslate();
    updateEnabled();
}

QList<qint64> ComparisonActions::keys() const
{
    QList<qint64> listed;
    for (int row = 0; row < m_reports->rowCount(); ++row)
        listed.append(m_project->reportId(row));
    if (isChosen()) {
        QList<qint64> ids;
        for (const qint64 id : m_project->session()->comparisonSet()) {
            if (listed.contains(id))
                ids.append(id);
        }
        if (!ids.isEmpty())
            return ids;
    }
    return listed.mid(0, DefaultCount);
}

bool ComparisonActions::isChosen() const
{
    return !m_project->session()->comparisonSet().isEmpty();
}

QList<int> ComparisonActions::rows() const
{
    QList<int> rows;
    for (const qint64 id : keys()) {
        for (int row = 0; row < m_reports->rowCount(); ++row) {
            if (m_project->reportId(row) == id) {
                rows.append(row);
                break;
            }
        }
    }
    return rows;
}

QList<int> ComparisonActions::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> ComparisonActions::idsOf(const QList<int> &rows) const
{
    QList<qint64> ids;
    for (const int row : rows) {
        if (const qint64 id = m_project->reportId(row); id != 0)
            ids.append(id);
    }
    return ids;
}

QString ComparisonActions::namesOf(const QList<int> &rows) const
{
    if (rows.size() == 1)
        return m_reports->report(rows.constFirst()).displayName();
    return tr("%n report(s)", nullptr, int(rows.size()));
}

void ComparisonActions::push(const QList<qint64> &ids, const QString &text)
{
    if (ids.isEmpty() || ids == m_project->session()->comparisonSet())
        return;
    m_project->undoStack()->push(ProjectCommand::setComparisonSet(m_project->commandContext(), ids, text));
}

void ComparisonActions::add(const QList<int> &rows)
{
    QList<qint64> ids = keys();
    QList<int> added;
    for (const int row : rows) {
        const qint64 id = m_project->reportId(row);
        if (id != 0 && !ids.contains(id)) {
            ids.append(id);
            added.append(row);
        }
    }
    if (added.isEmpty())
        return;
    push(ids, tr("Add %1 to the comparison").arg(namesOf(added)));
}

void ComparisonActions::remove(const QList<int> &rows)
{
    QList<qint64> ids = keys();
    QList<int> removed;
    for (const int row : rows) {
        if (ids.removeAll(m_project->reportId(row)) > 0)
            removed.append(row);
    }
    // The comparison keeps one report at least: an empty one compares nothing.
    if (removed.isEmpty() || ids.isEmpty())
        return;
    push(ids, tr("Remove %1 from the comparison").arg(namesOf(removed)));
}

void ComparisonActions::replace(const QList<int> &rows)
{
    const QList<qint64> ids = idsOf(rows);
    if (ids.isEmpty() || ids == keys())
        return;
    push(ids, tr("Compare %n report(s)", nullptr, int(ids.size())));
}

void ComparisonActions::updateEnabled()
{
    const QList<int> selected = selectedRows();
    const QList<qint64> compared = keys();
    bool anyOut = false;
    int in = 0;
    for (const qint64 id : idsOf(selected)) {
        if (compared.contains(id))
            ++in;
        else
            anyOut = true;
    }
    m_add->setEnabled(anyOut);
    m_remove->setEnabled(in > 0 && in < compared.size());
    m_compareSelected->setEnabled(!selected.isEmpty());
}

void ComparisonActions::retranslate()
{
    m_add->setText(tr("&Add to Comparison"));
    m_add->setToolTip(tr("Add the selected reports to the reports compared (undoable)"));
    m_remove->setText(tr("Re&move from Comparison"));
    m_remove->setToolTip(tr("Take the selected reports out of the reports compared (undoable)"));
    m_compareSelected->setText(tr("&Compare Selected Only"));
    m_compareSelected->setToolTip(tr("Compare exactly the selected reports, in place of those compared now (undoable)"));
}

} // namespace Dz
