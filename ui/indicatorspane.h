#pragma once

#include "textspan.h"

#include <QWidget>

#include <optional>

class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace Dz
{

class IndicatorTableModel;
struct ValueOverride;

/**
 * The indicator table: reports × indicators with qualifiers and marks,
 * sortable; double-click shows the evidence, the context menu sets an
 * analyst's value, picks a component or resets. Charts of the chosen
 * indicators sit beside it.
 */
class IndicatorsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorsPane(IndicatorTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const
    {
        return m_table;
    }
    QToolBar *toolBar() const
    {
        return m_tools;
    }
    /// Writes the table as CSV to @p path; false with @p error set when it cannot.
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    /// Show report @p report's evidence at @p span.
    void evidenceRequested(int report, Dz::TextSpan span);
    /// Set (value) or reset (nullopt) report @p report's @p indicator.
    void overrideRequested(int report, const QString &indicator, const std::optional<Dz::ValueOverride> &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void chooseCsvFile();
    void retranslate();

    IndicatorTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QToolBar *m_tools = nullptr;
    QAction *m_exportCsvAction = nullptr;
};

} // namespace Dz
