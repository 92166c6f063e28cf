#include "analysis/analysisengines.h"

namespace Dz
{

Result<const AnalysisEngines *> AnalysisEngines::builtIn()
{
    static const Result<AnalysisEngines> engines = []() -> Result<AnalysisEngines> {
        auto scheme = Scheme::builtIn();
        if (!scheme)
            return Failure(scheme.error());
        auto indicators = IndicatorCatalog::builtIn(scheme.value());
        if (!indicators)
            return Failure(indicators.error());
        auto weaknesses = WeaknessCatalog::builtIn();
        if (!weaknesses)
            return Failure(weaknesses.error());
        return AnalysisEngines {SectionClassifier(scheme.value()), IndicatorExtractor(indicators.value()), WeaknessExtractor(weaknesses.value())};
    }();
    if (!engines)
        return Failure(engines.error());
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
