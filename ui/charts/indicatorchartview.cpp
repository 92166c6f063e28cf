#include "charts/indicatorchartview.h"

#include "charts/chartfactory.h"

#include <QChartView>
#include <QGridLayout>
#include <QResizeEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{
constexpr int MinimumPanelHeight = 320;
}

IndicatorChartView::IndicatorChartView(QWidget *parent)
    : QScrollArea(parent)
    , m_panel(new QWidget)
    , m_grid(new QGridLayout(m_panel))
{
    setObjectName(u"indicatorChart"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setContentsMargins({});
    m_grid->setSpacing(4);
    setWidget(m_panel);
}

const ChartData &IndicatorChartView::chartData() const
{
    static const ChartData none;
    return m_charts.isEmpty() ? none : m_charts.constFirst();
}

void IndicatorChartView::setCharts(const QList<ChartData> &charts)
{
    m_charts = charts;
    // The views are made again: QChartView does not delete a chart it is given another one for.
    qDeleteAll(m_views);
    m_views.clear();
    const int columns = charts.size() <= 1 ? 1 : charts.size() <= 4 ? 2 : 3;
    for (int i = 0; i < charts.size(); ++i) {
        auto *view = new QChartView(ChartFactory::create(charts.at(i)));
        view->setObjectName(u"indicatorChartPanel%1"_s.arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        m_grid->addWidget(view, i / columns, i % columns);
        m_views.append(view);
    }
    fit();
}

void IndicatorChartView::fit()
{
    // Each panel at least as tall as its rows need; the view scrolls beyond.
    const int columns = m_charts.size() <= 1 ? 1 : m_charts.size() <= 4 ? 2 : 3;
    const int rows = int((m_charts.size() + columns - 1) / std::max(1, columns));
    const int available = viewport()->height();
    int height = 0;
    for (int row = 0; row < rows; ++row) {
        int rowHeight = std::max(MinimumPanelHeight, rows > 0 ? available / rows : available);
        for (int c = 0; c < columns; ++c) {
            const int i = row * columns + c;
            if (i < m_charts.size())
                rowHeight = std::max(rowHeight, ChartFactory::sizeFor(m_charts.at(i), QSize(1, 1)).height());
        }
        for (int c = 0; c < columns; ++c) {
            const int i = row * columns + c;
            if (i < m_views.size())
                m_views.at(i)->setMinimumHeight(rowHeight);
        }
        height += rowHeight;
    }
    m_panel->setMinimumHeight(std::max(height, 0));
}

void IndicatorChartView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

} // namespace Dz
