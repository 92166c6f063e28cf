#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Dz
{

class ChangeFilterModel;
class ChangeListModel;

/**
 * The Changes view: who changed what, when, newest first (a ChangeListModel
 * through a ChangeFilterModel, both given), narrowed by two choices, the
 * analyst and the report. Double-clicking a change of a report asks for
 * that report.
 */
class ChangesPane final : public QWidget
{
    Q_OBJECT

public:
    ChangesPane(ChangeListModel *model, ChangeFilterModel *filter, QWidget *parent = nullptr);

    QTableView *table() const
    {
        return m_table;
    }
    /// Shows only the changes of @p author (empty: everyone's) and of report @p reportId (0: every report's).
    void choose(const QString &author, qint64 reportId);

Q_SIGNALS:
    void reportRequested(qint64 reportId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void retranslate();

    ChangeListModel *m_model;
    ChangeFilterModel *m_filter;
    QComboBox *m_author = nullptr;
    QComboBox *m_report = nullptr;
    QLabel *m_authorLabel = nullptr;
    QLabel *m_reportLabel = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Dz
