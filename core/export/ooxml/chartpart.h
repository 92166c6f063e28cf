#pragma once

#include "base/cellvalue.h"
#include "export/chartdata.h"

#include <QByteArray>

#include <optional>

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

/// The number format that shows @p value as @p label ("≥175" on 175:
/// "≥"0; "3,211.5": #,##0.0; "200*": 0"*"), so that a label still tells the
/// truth after the analyst edits the value in PowerPoint, WPS or
/// LibreOffice; nothing when no format can say it (a range, a bound that is
/// not the value).
std::optional<QString> dataLabelFormat(const QString &label, double value);

/// Whether an axis title stands upright (East Asian vertical text) rather
/// than lying on its side: titles of CJK characters only, such as 件 or 万元.
bool isUprightAxisTitle(const QString &title);

/// ppt/charts/chartN.xml; @p workbookRelationship is the chart part's
/// relationship id of its embedded workbook.
QByteArray chartPartXml(const ChartData &chart, const QString &workbookRelationship);

} // namespace Dz::Internal
