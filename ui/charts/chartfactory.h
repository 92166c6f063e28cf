#pragma once

#include "export/chartdata.h"

#include <QFont>
#include <QSize>

class QChart;

namespace Dz
{

/**
 * Builds a Qt Charts QChart from ChartData: columns (a colour per district),
 * grouped columns or lines, with the data labels, hatching of uncertain
 * values, the note and the source line drawn over it. The only place that
 * knows Qt Charts, so moving to Qt Graphs stays a local change.
 */
class ChartFactory
{
public:
    /// A new chart, owned by the caller (or the scene or view it is put in).
    static QChart *create(const ChartData &data);
    /// The font charts use: a CJK family first, so Chinese never shows as boxes.
    static QFont font(qreal pointSize, bool bold = false);
    /// Pixels per row of a horizontal bar chart.
    static constexpr int RowHeight = 24;
    /// The size to draw @p data at for a wanted @p size: horizontal bars
    /// grow downwards so that every row keeps RowHeight pixels.
    static QSize sizeFor(const ChartData &data, QSize size);
};

} // namespace Dz
