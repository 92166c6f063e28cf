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
 * - no place known: the file name, as before.
 */
class ReportLabels
{
public:
    /// One label per report of @p reports, parallel to it.
    static QStringList forReports(const QList<Report> &reports);
    /// Sets Report::label of each report of @p reports (Report::displayName() returns it).
    static void assign(QList<Report> &reports);
};

} // namespace Dz
