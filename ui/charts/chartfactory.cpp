#include "charts/chartfactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

constexpr qreal BarWidth = 0.6; // of a category's width

QColor colourOf(const QString &hex, const QColor &fallback)
{
    const QColor c = QColor::fromString(hex);
    return c.isValid() ? c : fallback;
}

// A round step that gives about five ticks up to @p maximum.
qreal niceMaximum(qreal maximum)
{
    if (maximum <= 0)
        return 1;
    const qreal magnitude = std::pow(10, std::floor(std::log10(maximum)));
    for (qreal step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (maximum * 1.12 <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

/**
 * Draws what Qt Charts has no per-point API for: each point's own label,
 * hatching over uncertain bars, hollow markers on lines, and the note and
 * source lines under the plot. Positions are computed when painting, so
 * they follow every resize.
 */
class ChartAnnotations final : public QGraphicsItem
{
public:
    ChartAnnotations(QChart *chart, const ChartData &data, QAbstractSeries *series, bool oneBarPerCategory)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_data(data)
        , m_series(series)
        , m_oneBarPerCategory(oneBarPerCategory)
    {
        setZValue(100);
    }

    QRectF boundingRect() const override
    {
        return m_chart->rect();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qsizetype categories = m_data.categories.size();
        const qsizetype seriesCount = m_data.series.size();
        const QFont labelFont = ChartFactory::font(9);
        painter->setFont(labelFont);
        const QFontMetricsF metrics(labelFont);
        for (qsizetype s = 0; s < seriesCount; ++s) {
            const ChartSeries &series = m_data.series.at(s);
            for (qsizetype c = 0; c < categories; ++c) {
                const std::optional<double> value = series.values.value(c);
                const QString label = series.labels.value(c);
                const bool hatched = series.pointStyles.value(c).hatched;
                QPointF top;
                QRectF bar;
                if (m_data.kind == ChartKind::Line) {
                    if (!value)
                        continue;
                    top = m_chart->mapToPosition(QPointF(qreal(c), *value), m_series);
                    if (hatched) {
                        painter->setPen(QPen(colourOf(series.colour, Qt::darkGray), 2));
                        painter->setBrush(Qt::white);
                        painter->drawEllipse(top, 5, 5);
                    }
                } else {
                    const qreal left = m_oneBarPerCategory ? c - BarWidth / 2 : c - BarWidth / 2 + s * BarWidth / seriesCount;
                    const qreal width = m_oneBarPerCategory ? BarWidth : BarWidth / seriesCount;
                    const QPointF a = m_chart->mapToPosition(QPointF(left, value.value_or(0)), m_series);
                    const QPointF b = m_chart->mapToPosition(QPointF(left + width, 0), m_series);
                    bar = QRectF(a, b).normalized();
                    top = QPointF(bar.center().x(), bar.top());
                    if (hatched && value) {
                        painter->setPen(Qt::NoPen);
                        painter->setBrush(QBrush(QColor(255, 255, 255, 200), Qt::BDiagPattern));
                        painter->drawRect(bar);
                        painter->setPen(QPen(QColor(60, 60, 60), 1, Qt::DashLine));
                        painter->setBrush(Qt::NoBrush);
                        painter->drawRect(bar);
                    }
                }
                if (label.isEmpty())
                    continue;
                painter->setPen(value ? QColor(40, 40, 40) : QColor(150, 60, 50));
                const qreal width = metrics.horizontalAdvance(label);
                const QPointF at(top.x() - width / 2, top.y() - 4);
                if (!value) {
                    // A gap says so at the baseline, upright, never as a zero bar.
                    painter->save();
                    painter->translate(top.x() + metrics.ascent() / 2, top.y() - 4);
                    painter->rotate(-90);
                    painter->drawText(QPointF(0, 0), label);
                    painter->restore();
                } else {
                    painter->drawText(at, label);
                }
            }
        }

        // Note and source under the plot, inside the margin the factory left.
        const QRectF below(m_chart->rect().left() + 12, m_chart->rect().bottom() - m_chart->margins().bottom() + 4, m_chart->rect().width() - 24,
            m_chart->margins().bottom() - 8);
        painter->setFont(ChartFactory::font(8));
        painter->setPen(QColor(90, 90, 90));
        painter->drawText(below, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_data.note + u'\n' + m_data.source);
        painter->restore();
    }

private:
    QChart *m_chart;
    ChartData m_data;
    QAbstractSeries *m_series;
    bool m_oneBarPerCategory;
};

// The category axis along the bottom and the value axis, added to @p chart.
std::pair<QBarCategoryAxis *, QValueAxis *> addAxes(QChart *chart, const ChartData &data)
{
    auto *xAxis = new QBarCategoryAxis;
    // "滨海 · 2024" on two lines (axis labels are rich text): a chart of
    // a dozen reports keeps whole names instead of "滨…".
    QStringList categories;
    for (const QString &category : data.categories)
        categories.append(category.toHtmlEscaped().replace(u" · "_s, u"<br>"_s));
    xAxis->append(categories);
    xAxis->setLabelsFont(ChartFactory::font(10));
    auto *yAxis = new QValueAxis;
    yAxis->setLabelsFont(ChartFactory::font(9));
    yAxis->setLabelFormat(u"%.0f"_s);
    yAxis->setTitleText(data.valueAxisTitle);
    yAxis->setTitleFont(ChartFactory::font(9));
    qreal maximum = 0;
    for (const ChartSeries &s : data.series) {
        for (const std::optional<double> &v : s.values)
            maximum = std::max(maximum, v.value_or(0));
    }
    yAxis->setRange(0, niceMaximum(maximum));
    yAxis->setTickCount(6);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    return {xAxis, yAxis};
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    chart->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

// A line per series. A gap breaks the line: each unbroken run is its own
// series, and only the first one has a legend entry. Returns the first run.
QAbstractSeries *addLines(QChart *chart, const ChartData &data, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    QAbstractSeries *anchor = nullptr;
    for (const ChartSeries &s : data.series) {
        const QColor colour = colourOf(s.colour, Qt::darkBlue);
        QLineSeries *run = nullptr;
        bool first = true;
        for (qsizetype c = 0; c < s.values.size(); ++c) {
            if (!s.values.at(c)) {
                run = nullptr;
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setName(s.name);
                run->setPen(QPen(colour, 2.5));
                run->setPointsVisible(true);
                attach(chart, run, xAxis, yAxis);
                if (!first) {
                    for (QLegendMarker *marker : chart->legend()->markers(run))
                        marker->setVisible(false);
                }
                first = false;
                anchor = anchor ? anchor : run;
            }
            run->append(qreal(c), *s.values.at(c));
        }
    }
    return anchor;
}

// One series whose points have their own colours: a bar set per category,
// stacked, so each column takes its district's colour.
QAbstractSeries *addColouredColumns(QChart *chart, const ChartData &data, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    const ChartSeries &s = data.series.constFirst();
    auto *series = new QStackedBarSeries;
    series->setBarWidth(BarWidth);
    for (qsizetype c = 0; c < data.categories.size(); ++c) {
        auto *set = new QBarSet(data.categories.at(c));
        for (qsizetype k = 0; k < data.categories.size(); ++k)
            set->append(k == c ? s.values.at(c).value_or(0) : 0);
        set->setColor(colourOf(s.pointStyles.value(c).fill, QColor(0x4E, 0x79, 0xA7)));
        set->setBorderColor(Qt::transparent);
        series->append(set);
    }
    attach(chart, series, xAxis, yAxis);
    chart->legend()->hide(); // the categories name the districts
    return series;
}

// Grouped columns: a bar set per series, in its colour.
QAbstractSeries *addColumns(QChart *chart, const ChartData &data, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    auto *series = new QBarSeries;
    series->setBarWidth(BarWidth);
    for (const ChartSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        for (const std::optional<double> &v : s.values)
            set->append(v.value_or(0));
        set->setColor(colourOf(s.colour, QColor(0x4E, 0x79, 0xA7)));
        set->setBorderColor(Qt::transparent);
        series->append(set);
    }
    attach(chart, series, xAxis, yAxis);
    return series;
}

} // namespace

QFont ChartFactory::font(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies({u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei"_s, u"PingFang SC"_s, u"WenQuanYi Micro Hei"_s});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QChart *ChartFactory::create(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->setTitleFont(font(14, true));
    chart->legend()->setFont(font(9));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setBackgroundRoundness(0);
    // Room under the plot for the note and the source line.
    chart->setMargins(QMargins(12, 8, 12, 64));

    const auto [xAxis, yAxis] = addAxes(chart, data);
    const bool coloured = data.kind != ChartKind::Line && data.series.size() == 1 && !data.series.constFirst().pointStyles.isEmpty();
    QAbstractSeries *anchor = nullptr;
    if (data.kind == ChartKind::Line)
        anchor = addLines(chart, data, xAxis, yAxis);
    else if (coloured)
        anchor = addColouredColumns(chart, data, xAxis, yAxis);
    else
        anchor = addColumns(chart, data, xAxis, yAxis);
    if (anchor)
        new ChartAnnotations(chart, data, anchor, coloured);
    return chart;
}

} // namespace Dz
