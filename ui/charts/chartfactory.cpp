#include "charts/chartfactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
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
        const bool horizontal = m_data.kind == ChartKind::HorizontalBar;
        const bool line = m_data.kind == ChartKind::Line || m_data.kind == ChartKind::YearLine;
        for (qsizetype s = 0; s < seriesCount; ++s) {
            const ChartSeries &series = m_data.series.at(s);
            for (qsizetype c = 0; c < categories; ++c) {
                const std::optional<double> value = series.values.value(c);
                const QString label = series.labels.value(c);
                const bool hatched = series.pointStyles.value(c).hatched;
                if (line) {
                    if (!value)
                        continue;
                    const qreal x = m_data.kind == ChartKind::YearLine ? m_data.positions.value(c) : qreal(c);
                    const QPointF top = m_chart->mapToPosition(QPointF(x, *value), m_series);
                    if (hatched) {
                        painter->setPen(QPen(colourOf(series.colour, Qt::darkGray), 2));
                        painter->setBrush(Qt::white);
                        painter->drawEllipse(top, 5, 5);
                    }
                    // The value above the point, its change on the year before above that.
                    const QStringList lines = label.split(u'\n');
                    painter->setPen(QColor(40, 40, 40));
                    qreal y = top.y() - 6 - (lines.size() - 1) * metrics.height();
                    for (const QString &text : lines) {
                        painter->drawText(QPointF(top.x() - metrics.horizontalAdvance(text) / 2, y), text);
                        y += metrics.height();
                    }
                    continue;
                }
                // Bars: on screen the horizontal chart lists its first category at the top.
                const qsizetype slot = horizontal ? categories - 1 - c : c;
                const qreal start = m_oneBarPerCategory ? slot - BarWidth / 2 : slot - BarWidth / 2 + s * BarWidth / seriesCount;
                const qreal thickness = m_oneBarPerCategory ? BarWidth : BarWidth / seriesCount;
                QRectF bar;
                if (horizontal) {
                    const QPointF a = m_chart->mapToPosition(QPointF(value.value_or(0), start), m_series);
                    const QPointF b = m_chart->mapToPosition(QPointF(0, start + thickness), m_series);
                    bar = QRectF(a, b).normalized();
                } else {
                    const QPointF a = m_chart->mapToPosition(QPointF(start, value.value_or(0)), m_series);
                    const QPointF b = m_chart->mapToPosition(QPointF(start + thickness, 0), m_series);
                    bar = QRectF(a, b).normalized();
                }
                if (hatched && value) {
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(QBrush(QColor(255, 255, 255, 200), Qt::BDiagPattern));
                    painter->drawRect(bar);
                    painter->setPen(QPen(QColor(60, 60, 60), 1, Qt::DashLine));
                    painter->setBrush(Qt::NoBrush);
                    painter->drawRect(bar);
                }
                if (label.isEmpty())
                    continue;
                painter->setPen(value ? QColor(40, 40, 40) : QColor(150, 60, 50));
                const qreal width = metrics.horizontalAdvance(label);
                if (horizontal) {
                    // At the end of the bar (or the axis, for a gap), on its row.
                    painter->drawText(QPointF(bar.right() + 4, bar.center().y() + metrics.ascent() / 2 - 1), label);
                } else if (!value) {
                    // A gap says so at the baseline, upright, never as a zero bar.
                    painter->save();
                    painter->translate(bar.center().x() + metrics.ascent() / 2, bar.top() - 4);
                    painter->rotate(-90);
                    painter->drawText(QPointF(0, 0), label);
                    painter->restore();
                } else {
                    painter->drawText(QPointF(bar.center().x() - width / 2, bar.top() - 4), label);
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

// The value axis, from 0 always (a bar's length is its value).
QValueAxis *valueAxisOf(const ChartData &data)
{
    auto *axis = new QValueAxis;
    axis->setLabelsFont(ChartFactory::font(9));
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(data.valueAxisTitle);
    axis->setTitleFont(ChartFactory::font(9));
    axis->setRange(0, data.valueAxisMaximum ? *data.valueAxisMaximum : niceMaximum(data.maximumValue()));
    axis->setTickCount(6);
    return axis;
}

// A true year axis: one tick a year, years as far apart as they are.
QValueAxis *yearAxisOf(const ChartData &data)
{
    double first = data.positions.isEmpty() ? 0 : data.positions.constFirst();
    double last = first;
    for (const double p : data.positions) {
        first = std::min(first, p);
        last = std::max(last, p);
    }
    auto *years = new QValueAxis;
    years->setRange(first - 0.5, last + 0.5);
    years->setTickType(QValueAxis::TicksDynamic);
    years->setTickAnchor(first);
    years->setTickInterval(1);
    years->setLabelFormat(u"%d"_s);
    years->setLabelsFont(ChartFactory::font(10));
    years->setGridLineVisible(false);
    return years;
}

// The categories: "滨海 · 2024" on two lines (axis labels are rich text), so
// a chart of a dozen reports keeps whole names instead of "滨…". Horizontal
// bars read from the top, where Qt puts the last category: reversed.
QBarCategoryAxis *categoryAxisOf(const ChartData &data)
{
    const bool horizontal = data.kind == ChartKind::HorizontalBar;
    auto *axis = new QBarCategoryAxis;
    QStringList names;
    for (const QString &category : data.categories) {
        const QString escaped = category.toHtmlEscaped();
        names.append(horizontal ? escaped : QString(escaped).replace(u" · "_s, u"<br>"_s));
    }
    if (horizontal)
        std::reverse(names.begin(), names.end());
    axis->append(names);
    axis->setLabelsFont(ChartFactory::font(horizontal ? 9 : 10));
    return axis;
}

// The category (or year) axis and the value axis, added to @p chart: along
// the bottom and the left, or for horizontal bars the other way round.
std::pair<QAbstractAxis *, QValueAxis *> addAxes(QChart *chart, const ChartData &data)
{
    const bool horizontal = data.kind == ChartKind::HorizontalBar;
    QAbstractAxis *categoryAxis = data.kind == ChartKind::YearLine ? static_cast<QAbstractAxis *>(yearAxisOf(data)) : categoryAxisOf(data);
    QValueAxis *valueAxis = valueAxisOf(data);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    return {categoryAxis, valueAxis};
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    chart->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

// The value of series @p s in bar slot @p slot: horizontal bars are drawn
// bottom-up, so slot 0 is the last category.
qreal valueAt(const ChartData &data, const ChartSeries &s, qsizetype slot)
{
    const bool horizontal = data.kind == ChartKind::HorizontalBar;
    return s.values.value(horizontal ? data.categories.size() - 1 - slot : slot).value_or(0);
}

// A line per series (over categories, or over the years themselves). A gap
// breaks the line: each unbroken run is its own series, and only the first
// one has a legend entry. Returns the first run.
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
            const qreal x = data.kind == ChartKind::YearLine ? data.positions.value(c) : qreal(c);
            run->append(x, *s.values.at(c));
        }
    }
    chart->legend()->setVisible(data.series.size() > 1);
    return anchor;
}

// One series whose points have their own colours: a bar set per category,
// stacked, so each bar takes its body's colour.
QAbstractSeries *addColouredColumns(QChart *chart, const ChartData &data, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    const bool horizontal = data.kind == ChartKind::HorizontalBar;
    const ChartSeries &s = data.series.constFirst();
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QStackedBarSeries;
    series->setBarWidth(BarWidth);
    const qsizetype count = data.categories.size();
    for (qsizetype slot = 0; slot < count; ++slot) {
        const qsizetype c = horizontal ? count - 1 - slot : slot;
        auto *set = new QBarSet(data.categories.at(c));
        for (qsizetype k = 0; k < count; ++k)
            set->append(k == slot ? valueAt(data, s, slot) : 0);
        set->setColor(colourOf(s.pointStyles.value(c).fill, QColor(0x4E, 0x79, 0xA7)));
        set->setBorderColor(Qt::transparent);
        series->append(set);
    }
    attach(chart, series, xAxis, yAxis);
    chart->legend()->hide(); // the categories name the bodies
    return series;
}

// Grouped bars: a bar set per series, in its colour.
QAbstractSeries *addColumns(QChart *chart, const ChartData &data, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    const bool horizontal = data.kind == ChartKind::HorizontalBar;
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    series->setBarWidth(BarWidth);
    for (const ChartSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        for (qsizetype slot = 0; slot < data.categories.size(); ++slot)
            set->append(valueAt(data, s, slot));
        set->setColor(colourOf(s.colour, QColor(0x4E, 0x79, 0xA7)));
        set->setBorderColor(Qt::transparent);
        series->append(set);
    }
    attach(chart, series, xAxis, yAxis);
    // Every legend entry names its series; one series needs none.
    chart->legend()->setVisible(data.series.size() > 1);
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
    chart->setMargins(QMargins(12, 8, 24, 64));

    const auto [categoryAxis, valueAxis] = addAxes(chart, data);
    const bool line = data.kind == ChartKind::Line || data.kind == ChartKind::YearLine;
    const bool coloured = !line && data.series.size() == 1 && !data.series.constFirst().pointStyles.isEmpty();
    QAbstractSeries *anchor = nullptr;
    if (line)
        anchor = addLines(chart, data, categoryAxis, valueAxis);
    else if (coloured)
        anchor = addColouredColumns(chart, data, categoryAxis, valueAxis);
    else
        anchor = addColumns(chart, data, categoryAxis, valueAxis);
    if (anchor)
        new ChartAnnotations(chart, data, anchor, coloured);
    return chart;
}

QSize ChartFactory::sizeFor(const ChartData &data, QSize size)
{
    if (data.kind != ChartKind::HorizontalBar)
        return size;
    // A row per category, tall enough for its label: the picture grows, never the crowding.
    return {size.width(), std::max(size.height(), int(data.categories.size()) * RowHeight + 200)};
}

} // namespace Dz
