#include "analysis/reportanalysis.h"

#include "identity/identityoverrides.h"

namespace Dz
{

void ReportAnalysis::applyIdentity(const QJsonObject &overrides)
{
    if (!IdentityOverrides::apply(report.metadata, overrides))
        return;
    // The extractors name the report as its metadata did when they ran.
    indicators.district = weaknesses.district = report.metadata.district.value;
    indicators.year = weaknesses.year = report.year();
}

} // namespace Dz
