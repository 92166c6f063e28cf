#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>

class QAction;
class QListView;

namespace Dz
{

class ProjectController;
class ReportListModel;

/**
 * The comparison set: the reports the views compare, chosen by the analyst
 * and kept in the project (AnalystSession::comparisonSet()), so that it
 * stays put while the analyst browses the list and comes back when the
 * project is opened again. Selecting a report in the list only shows it;
 * adding, removing and replacing are the explicit, undoable actions here.
 * Until the analyst chooses, the project's first DefaultCount reports are
 * compared, and the status bar says so.
 */
class ComparisonActions final : public QObject
{
    Q_OBJECT

public:
    /// Reports compared before the analyst chooses any.
    static constexpr int DefaultCount = 12;

    ComparisonActions(ProjectController *project, QListView *list, ReportListModel *reports, QObject *parent = nullptr);

    /// Adds the selected reports at the end of the set.
    QAction *addAction() const
    {
        return m_add;
    }
    QAction *removeAction() const
    {
        return m_remove;
    }
    /// Makes the selected reports the set.
    QAction *compareSelectedAction() const
    {
        return m_compareSelected;
    }

    /// The project ids compared, in column order.
    QList<qint64> keys() const;
    /// True when the analyst chose the set (else it is the first reports).
    bool isChosen() const;
    /// The list rows of keys(), in column order (rows not listed are left out).
    QList<int> rows() const;

    void add(const QList<int> &rows);
    void remove(const QList<int> &rows);
    void replace(const QList<int> &rows);

    void retranslate();
    /// Enables the actions for the list's selection.
    void updateEnabled();

Q_SIGNALS:
    /// The set changed (an action, its undo, another project): compare again.
    void changed();

private:
    QList<int> selectedRows() const;
    QList<qint64> idsOf(const QList<int> &rows) const;
    QString namesOf(const QList<int> &rows) const;
    void push(const QList<qint64> &ids, const QString &text);

    ProjectController *m_project;
    QListView *m_list;
    ReportListModel *m_reports;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_compareSelected = nullptr;
};

} // namespace Dz
