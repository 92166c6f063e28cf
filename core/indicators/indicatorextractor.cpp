#include "indicators/indicatorextractor.h"

#include "indicators/eventcounter.h"
#include "indicators/scannedscope.h"
#include "indicators/statementreader.h"
#include "quantities/quantityscanner.h"

namespace Dz
{

IndicatorExtractor::IndicatorExtractor(IndicatorCatalog catalog)
    : IndicatorExtractor(std::move(catalog), QuantityScanner::builtIn())
{
}

IndicatorExtractor::IndicatorExtractor(IndicatorCatalog catalog, const QuantityScanner &scanner)
    : m_catalog(std::move(catalog))
    , m_scanner(&scanner)
{
}

ReportIndicators IndicatorExtractor::extract(const Report &report, const ReportClassification &classification) const
{
    ReportIndicators result;
    result.filePath = report.filePath;
    result.district = report.metadata.district.value;
    result.year = report.year();
    // Scanned once; every indicator reads the same quantities.
    const QList<ScannedScope> scopes = ScannedScope::scan(report, classification, *m_scanner);
    for (const IndicatorDefinition &d : m_catalog.indicators()) {
        IndicatorValue value = d.method == IndicatorMethod::Events ? EventCounter::count(d, report, scopes) : StatementReader::read(d, report, scopes);
        value.id = d.id;
        value.labelZh = d.label.zh;
        value.labelEn = d.label.en;
        if (!value.figure.isReported())
            value.figure.unit = d.unit;
        result.values.append(std::move(value));
    }
    return result;
}

} // namespace Dz
