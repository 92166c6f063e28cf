#pragma once

#include "reading/report.h"

#include <QJsonObject>

namespace Dz
{

/**
 * The analyst's identity of a report (Edit Identity), as stored in the
 * project: {"district": "平江街道", "regionCode": "320508003", "issuer": …,
 * "parentBody": "苏州市姑苏区人民政府", "year": "2024", "published": …}.
 *
 * One place applies it, for the list, the workbench's analyses and every
 * CLI command: a region code puts the whole region in place (its chain and
 * level, so the report list groups it down to its 街道 or 乡镇), a parent
 * body heads the issuer's chain.
 */
class IdentityOverrides
{
public:
    /// Puts the analyst's values in place of those found (the region whole
    /// when a code is given, then ReportMetadata::applyOverrides()); true if
    /// any was set.
    static bool apply(ReportMetadata &metadata, const QJsonObject &overrides);

    /// The region code of the unit @p district names (平江街道, 苏州市姑苏区平江街道):
    /// the gazetteer's unit, a kin of @p foundCode (the code found in the
    /// report) when the name is shared; empty when none or several fit.
    static QString regionCodeFor(const QString &district, const QString &foundCode);
};

} // namespace Dz
