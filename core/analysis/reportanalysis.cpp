#include "analysis/reportanalysis.h"

#include "analysis/analysisengines.h"
#include "identity/identityoverrides.h"

using namespace Qt::StringLiterals;

namespace Dz
{

ReportAnalysis ReportAnalysis::run(const AnalysisEngines &engines, Report report)
{
    ReportAnalysis analysis;
    analysis.report = std::move(report);
    analysis.classification = engines.classifier.classify(analysis.report);
    analysis.indicators = engines.indicators.extract(analysis.report, analysis.classification);
    analysis.weaknesses = engines.weaknesses.extract(analysis.report, analysis.classification);
    return analysis;
}

void ReportAnalysis::applyIdentity(const QJsonObject &overrides)
{
    if (!IdentityOverrides::apply(report.metadata, overrides))
        return;
    // The extractors name the report as its metadata did when they ran.
    indicators.district = weaknesses.district = report.metadata.district.value;
    indicators.year = weaknesses.year = report.year();
}

} // namespace Dz
