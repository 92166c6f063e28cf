#pragma once

#include "base/result.h"
#include "base/textspan.h"
#include "indicators/indicatorvalue.h"
#include "quantities/quantity.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QListWidget;
class QSortFilterProxyModel;
class QSpinBox;
class QDoubleSpinBox;
class QTableView;
class QToolBar;

namespace Dz
{

class IndicatorChartView;
class IndicatorTableModel;
struct ChartData;

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
    /// Writes the table as CSV to @p path.
    Result<qint64> exportCsv(const QString &path) const;
    /// Writes the table as an .xlsx workbook (values, as shown, evidence) to @p path.
    Result<qint64> exportXlsx(const QString &path) const;

    IndicatorChartView *chartView() const
    {
        return m_chart;
    }
    /// Charts these indicators (ids), checking them in the list.
    void setChartedIndicators(const QStringList &ids);
    QStringList chartedIndicators() const;
    /// Largest first (true) or in report order.
    void setSortByValue(bool byValue);
    /// Years as lines over a true year axis (true) or as columns.
    void setYearsAsLines(bool lines);
    /// The trend of @p body alone (one of ReportLabels::bodiesOf()); empty: every body.
    void setTrendBody(const QString &body);
    /// The first chart as exported: the on-screen one at the chosen size.
    const ChartData &chartData() const;
    /// Every chart shown: one per checked indicator (small multiples).
    const QList<ChartData> &charts() const;
    /// Export size and scale chosen in the pane.
    QSize exportSize() const;
    qreal exportScale() const;

Q_SIGNALS:
    /// Show report @p report's evidence at @p span.
    void evidenceRequested(int report, Dz::TextSpan span);
    /// Set (a value, with a note saying why) or reset (nullopt) report @p report's @p indicator.
    void overrideRequested(int report, const QString &indicator, const std::optional<Dz::Decimal> &value, const QString &note);
    /// Say that report @p report gives no figure for @p indicator, @p reason saying why.
    void notReportedRequested(int report, const QString &indicator, const QString &reason);
    /// Set @p indicator of report @p report to the sum of @p parts.
    void sumRequested(int report, const QString &indicator, const QList<Dz::IndicatorPart> &parts, const QString &note);
    /// The analyst asked to add the charts shown to the deck (a slide each).
    void addToDeckRequested(const QList<Dz::ChartData> &charts);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The constructor's steps, in order.
    void setUpTable();
    void createTableTools();
    void createChartControls();
    void createChartTools();
    void layOut();

    void showContextMenu(const QPoint &position);
    void fillIndicatorList();
    void updateChart();
    void retranslate();

    IndicatorTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QToolBar *m_tools = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportXlsxAction = nullptr;

    QListWidget *m_indicatorList = nullptr;
    QComboBox *m_order = nullptr;
    QComboBox *m_years = nullptr;
    QAction *m_yearsAction = nullptr;
    QComboBox *m_trendBody = nullptr;
    QAction *m_trendBodyAction = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    IndicatorChartView *m_chart = nullptr;
    QToolBar *m_chartTools = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_copyChartAction = nullptr;
    QAction *m_addToDeckAction = nullptr;
};

} // namespace Dz
