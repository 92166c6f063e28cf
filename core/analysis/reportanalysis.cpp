#include "analysis/reportanalysis.h"

namespace Dz
{

void ReportAnalysis::applyIdentity(const QJsonObject &overrides)
{
    if (!report.metadata.applyOverrides(overrides))
        return;
    // The extractors name the report as its metadata did when they ran.
    indicators.district = weaknesses.district = report.metadata.district.value;
    indicators.year = weaknesses.year = report.year();
}

} // namespace Dz
