#pragma once

#include "alignment/sectionclassifier.h"
#include "base/result.h"
#include "indicators/indicatorextractor.h"
#include "weaknesses/weaknessextractor.h"

namespace Dz
{

/**
 * The engines an analysis runs, built once from the built-in data files
 * (scheme, indicator catalog, weakness themes). All are immutable and safe
 * to share between threads.
 */
struct AnalysisEngines {
    SectionClassifier classifier;
    IndicatorExtractor indicators;
    WeaknessExtractor weaknesses;

    /// The built-in engines, made on first use; a failure means a data file
    /// compiled into the binary does not load, and names it.
    static Result<const AnalysisEngines *> builtIn();
    /// The built-in engines where a failure is a build defect (the CLI,
    /// stored analyses): stops the program with the message.
    static const AnalysisEngines &required();
};

} // namespace Dz
