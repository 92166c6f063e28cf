#include "analysis/reportanalysis.h"

#include "analysis/analysisengines.h"

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
    const std::pair<const char16_t *, MetadataField *> fields[] = {
        {u"district", &report.metadata.district},
        {u"issuer", &report.metadata.issuer},
        {u"year", &report.metadata.year},
        {u"published", &report.metadata.published},
        {u"source", &report.metadata.source},
    };
    bool changed = false;
    for (const auto &[name, field] : fields) {
        const QString value = overrides.value(QStringView(name)).toString();
        if (value.isEmpty())
            continue;
        field->value = value;
        field->span = {};
        field->origin = u"analyst"_s;
        changed = true;
    }
    if (!changed)
        return;
    // The extractors name the report as its metadata did when they ran.
    indicators.district = weaknesses.district = report.metadata.district.value;
    indicators.year = weaknesses.year = report.year();
}

} // namespace Dz
