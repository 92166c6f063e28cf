#pragma once

#include "project/reportgrouping.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace Dz
{

class ReportListModel;

/**
 * The report list with what finds reports in a large project: a search box,
 * grouping by province, city, county, body, level or year with a choice of
 * group, and the comparison's actions (compare the reports shown, add or
 * remove the selected ones). Selecting a report shows it; it changes
 * nothing in the comparison. Reports compared are in bold with their column
 * number. Rows that do not match are hidden, never removed, so rows stay the model's.
 */
class ReportBrowser final : public QWidget
{
    Q_OBJECT

public:
    /// Lays out @p list (which shows @p model) under the search and group controls.
    ReportBrowser(QListView *list, ReportListModel *model, QWidget *parent = nullptr);

    /// Rows shown under the current search and group.
    QList<int> visibleRows() const;
    void setSearch(const QString &text);
    void setGrouping(ReportGroupKey key);
    /// Chooses the group named @p name under the current grouping.
    void setGroup(const QString &name);
    /// The comparison's actions, as buttons under the list and in its context menu.
    void setComparisonActions(const QList<QAction *> &actions);

Q_SIGNALS:
    /// The analyst asked to edit the identity of the report in @p row.
    void editIdentityRequested(int row);
    /// The analyst asked to compare exactly the reports shown (@p rows).
    void compareShownRequested(const QList<int> &rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshGroups();
    void applyFilter();
    void retranslate();
    void showContextMenu(const QPoint &position);

    QListView *m_list = nullptr;
    ReportListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_groupBy = nullptr;
    QComboBox *m_group = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_edit = nullptr;
    QList<QAction *> m_comparisonActions;
    QList<QToolButton *> m_actionButtons;
    QWidget *m_actionRow = nullptr;
};

} // namespace Dz
