#pragma once

#include "export/chartdata.h"

#include <QChartView>

namespace Dz
{

/// Shows ChartData on screen, drawn by ChartFactory exactly as the exports are.
class IndicatorChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit IndicatorChartView(QWidget *parent = nullptr);

    void setChartData(const ChartData &data);
    const ChartData &chartData() const
    {
        return m_data;
    }

private:
    ChartData m_data;
};

} // namespace Dz
