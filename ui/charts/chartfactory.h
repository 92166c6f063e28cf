#pragma once

#include "export/chartdata.h"

#include <QFont>

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
};

} // namespace Dz
