#include "charts/indicatorchartview.h"

#include "charts/chartfactory.h"

using namespace Qt::StringLiterals;

namespace Dz
{

IndicatorChartView::IndicatorChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"indicatorChart"_s);
    setRenderHint(QPainter::Antialiasing);
}

void IndicatorChartView::setChartData(const ChartData &data)
{
    m_data = data;
    QChart *old = chart();
    setChart(ChartFactory::create(data));
    // QChartView does not delete a chart it is given another one for.
    delete old;
}

} // namespace Dz
