#pragma once

#include "export/chartdata.h"

#include <QScrollArea>

class QChartView;
class QGridLayout;

namespace Dz
{

/**
 * Shows charts on screen, drawn by ChartFactory exactly as the exports are:
 * one chart, or several side by side (small multiples, each on its own
 * axis). A horizontal bar chart gets a row per report and the view scrolls,
 * so any number of reports stays readable.
 */
class IndicatorChartView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit IndicatorChartView(QWidget *parent = nullptr);

    void setCharts(const QList<ChartData> &charts);
    void setChartData(const ChartData &data)
    {
        setCharts({data});
    }
    const QList<ChartData> &charts() const
    {
        return m_charts;
    }
    /// The first chart (an empty one when there is none).
    const ChartData &chartData() const;
    /// The chart views, one per chart.
    QList<QChartView *> views() const
    {
        return m_views;
    }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QList<ChartData> m_charts;
    QList<QChartView *> m_views;
    QWidget *m_panel = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace Dz
