#pragma once

#include "export/chartdata.h"
#include "export/ooxml/cellvalue.h"

#include <QByteArray>

// The parts of a native chart: the DrawingML chart (c:chartSpace) and the
// rows of the workbook behind it. Both come from the same ChartData, so the
// chart's caches and the workbook's cells cannot disagree.
namespace Dz::Internal
{

/// The sheet every chart formula points into.
inline constexpr QStringView ChartSheetName = u"Sheet1";

/// The category texts as the chart shows them: a category where every
/// series is a gap carries its label ("蓟州（未报告）"), since a missing
/// point has no data label to carry it.
QStringList chartCategoryLabels(const ChartData &chart);

/// Sheet1 of the embedded workbook: series names in row 1 from B1, the
/// categories in column A from A2, values below their series, gaps empty.
CellRows chartWorkbookRows(const ChartData &chart);

/// The series colours: each series' own, or else the palette's.
QString seriesColour(const ChartData &chart, int series);

/// ppt/charts/chartN.xml; @p workbookRelationship is the chart part's
/// relationship id of its embedded workbook.
QByteArray chartPartXml(const ChartData &chart, const QString &workbookRelationship);

} // namespace Dz::Internal
