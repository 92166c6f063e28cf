#include "analysis/analysisengines.h"

namespace Dz
{

Result<const AnalysisEngines *> AnalysisEngines::builtIn()
{
    static const Result<AnalysisEngines> engines = []() -> Result<AnalysisEngines> {
        auto scheme = Scheme::builtIn();
        if (!scheme)
            return Result<AnalysisEngines>::failure(scheme.error());
        auto indicators = IndicatorCatalog::builtIn(scheme.value());
        if (!indicators)
            return Result<AnalysisEngines>::failure(indicators.error());
        auto weaknesses = WeaknessCatalog::builtIn();
        if (!weaknesses)
            return Result<AnalysisEngines>::failure(weaknesses.error());
        return AnalysisEngines {SectionClassifier(scheme.value()), IndicatorExtractor(indicators.value()), WeaknessExtractor(weaknesses.value())};
    }();
    if (!engines)
        return Result<const AnalysisEngines *>::failure(engines.error());
    return &engines.value();
}

const AnalysisEngines &AnalysisEngines::required()
{
    const auto engines = builtIn();
    if (!engines)
        qFatal("%s", qPrintable(engines.error()));
    return *engines.value();
}

} // namespace Dz
