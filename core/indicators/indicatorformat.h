#pragma once

#include "indicators/indicatorvalue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dz
{

/// Renders extracted indicators for `duizhao-cli indicators` and exports.
class IndicatorFormat
{
    Q_DECLARE_TR_FUNCTIONS(Dz::IndicatorFormat)

public:
    /// {"reports":[{"file","district","year","indicators":[{"id","label", …, "components":[…]}]}]}
    static QJsonObject toJson(const QList<ReportIndicators> &reports);
    static QJsonObject reportToJson(const ReportIndicators &report);
    /// One row per report and indicator (RFC 4180 quoting), components left out.
    static QString toCsv(const QList<ReportIndicators> &reports);
    /// A block per report: value, qualifier and evidence of each indicator.
    /// @p labels, parallel to @p reports, name them as ReportLabels does (else district · year).
    static QString toText(const QList<ReportIndicators> &reports, const QStringList &labels = {});
};

} // namespace Dz
