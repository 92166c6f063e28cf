#pragma once

#include "reading/report.h"

#include <QCoreApplication>
#include <QList>

namespace Dz
{

/// What the report list groups by.
enum class ReportGroupKey {
    None,
    Province,
    City, ///< the prefecture (or, for a municipality's districts, the municipality)
    County,
    Township, ///< 街道, 乡, 镇 (after the others: stored settings keep their meaning)
    Body, ///< the kind of body: 卫健委, 应急局
    Level,
    Year,
};

/// One group of reports: its name and the rows in it.
struct ReportGroup {
    QString name;
    QList<int> rows;
};

/**
 * Groups and filters reports by their identity (province → city → county →
 * 街道/乡镇, body, level, year) for the report list, so a group (all 2024 reports of
 * one city's districts, one body's five years) can be compared at once.
 */
class ReportGrouping
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ReportGrouping)

public:
    /// The group @p report belongs to under @p key; "unknown" when its identity does not say.
    static QString groupOf(const Report &report, ReportGroupKey key);
    /// Groups in order of name (years newest first), unknown last.
    static QList<ReportGroup> groups(const QList<Report> &reports, ReportGroupKey key);
    /// Whether @p report's label, district, issuer, region, year or file name contains each word of @p search.
    static bool matches(const Report &report, QStringView search);
    static QString levelLabel(const QString &level);
};

} // namespace Dz
