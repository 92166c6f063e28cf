#pragma once

#include "alignment/sectionclassification.h"
#include "indicators/indicatorcatalog.h"
#include "indicators/indicatorvalue.h"
#include "reading/report.h"

namespace Dz
{

class QuantityScanner;

/**
 * Reads a catalog's indicators from classified reports, each value with the
 * sentence it rests on and the other statements an analyst may prefer.
 *
 * Only text in the parts an indicator names counts (P1 by default), so a
 * figure in next year's plan (P4) never becomes an achievement. Immutable
 * after construction; one extractor can serve several threads.
 */
class IndicatorExtractor
{
public:
    /// Bumped whenever a change could alter extracted values, so stored
    /// analyses made by an older engine are recomputed.
    static constexpr int EngineVersion = 1;

    explicit IndicatorExtractor(IndicatorCatalog catalog);
    IndicatorExtractor(IndicatorCatalog catalog, const QuantityScanner &scanner);

    const IndicatorCatalog &catalog() const
    {
        return m_catalog;
    }

    ReportIndicators extract(const Report &report, const ReportClassification &classification) const;

private:
    IndicatorCatalog m_catalog;
    const QuantityScanner *m_scanner;
};

} // namespace Dz
