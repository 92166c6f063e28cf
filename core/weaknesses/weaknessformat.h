#pragma once

#include "weaknesses/weaknesscatalog.h"
#include "weaknesses/weaknessitem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dz
{

/// Renders weakness items for `duizhao-cli weaknesses` and exports.
class WeaknessFormat
{
    Q_DECLARE_TR_FUNCTIONS(Dz::WeaknessFormat)

public:
    /// {"reports":[{"file","district","year","missing","items":[{"text","kind","theme","confidence","start","end", …}]}]}
    static QJsonObject toJson(const QList<ReportWeaknesses> &reports);
    static QJsonObject reportToJson(const ReportWeaknesses &report);
    /// One row per item; a report without items gets one row saying so.
    static QString toCsv(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog);
    /// A block per report, items numbered, with theme labels.
    /// @p labels, parallel to @p reports, name them as ReportLabels does (else district · year).
    static QString toText(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog, const QStringList &labels = {});
};

} // namespace Dz
