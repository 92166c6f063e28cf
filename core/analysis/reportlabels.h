#pragma once

#include "reading/report.h"

#include <QList>

namespace Dz
{

/**
 * How compared reports are named in columns, charts, tables and decks: one
 * rule for the whole set, so the labels tell its reports apart and stay short.
 *
 * - all of one level and one kind of body (districts' 卫健委s): the short
 *   place name and the year, `滨海 · 2024`;
 * - levels or bodies differ: place and body, `秦皇岛市卫健委 · 2025`,
 *   `广东省卫健委 · 2022`;
 * - two reports that would still share a label get their parent's short
 *   name in front (`龙岩永定 · 2024`, `张家界永定 · 2024`);
 * - a body of a place the gazetteer does not list: its name as written,
 *   with the agency's label (`某某区卫健局 · 2024`);
 * - a 街道 or 乡镇 keeps its full name (`平江街道 · 2024`, `平江街道办 · 2024`
 *   among other levels), so it never looks like a district; a unit of a body
 *   is named with it (`武侯区公安分局`, `成都市公安局交通管理支队`);
 * - no body known: the title line (cut short), never the file name unless
 *   the report has no title either.
 *
 * The report list labels the whole project by the same rule, from the
 * identity stored in the project, so a report keeps its label whether its
 * text has been read or not, and across Save As and reopening.
 *
 * Columns, tables, charts and decks all take their names from here.
 */
class ReportLabels
{
public:
    /// One label per report of @p reports, parallel to it.
    static QStringList forReports(const QList<Report> &reports);
    /// The body each label names, without the year (`滨海`, `秦皇岛市卫健委`),
    /// parallel to @p reports: the same for one body's reports of several
    /// years, so a chart's series and colours follow it.
    static QStringList bodiesOf(const QList<Report> &reports);
    /// Sets Report::label of each report of @p reports (Report::displayName() returns it).
    static void assign(QList<Report> &reports);
};

} // namespace Dz
