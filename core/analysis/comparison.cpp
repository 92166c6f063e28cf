#include "analysis/comparison.h"

#include "analysis/analysisengines.h"
#include "analysis/reportanalysis.h"
#include "analysis/reportlabels.h"
#include "analysis/reportpipeline.h"
#include "weaknesses/weaknessextractor.h"

namespace Dz
{

QList<AlignedSection> Comparison::sectionsIn(const QString &node, int report) const
{
    const int row = alignment.rowIndex(node);
    if (row < 0 || report < 0)
        return {};
    const QList<QList<AlignedSection>> &cells = alignment.rows().at(row).cells;
    return report < cells.size() ? cells.at(report) : QList<AlignedSection>();
}

QStringList Comparison::reportNames() const
{
    QStringList names;
    for (const Report &report : reports)
        names.append(report.displayName());
    return names;
}

Comparison::Place Comparison::placeAt(int report, qsizetype position) const
{
    Place place;
    for (const AlignmentRow &row : alignment.rows()) {
        if (report < 0 || report >= row.cells.size())
            continue;
        for (const AlignedSection &s : row.cells.at(report)) {
            if (s.span.contains(position) && (!place.span.isValid() || s.span.length() < place.span.length()))
                place = {row.node, s.span};
        }
    }
    return place;
}

Comparison Comparison::compose(const AnalysisEngines &engines, QList<ReportAnalysis> analyses, QList<AlignmentCorrection> corrections, QList<qint64> keys)
{
    Comparison c;
    c.corrections = std::move(corrections);
    c.keys = std::move(keys);
    for (ReportAnalysis &analysis : analyses) {
        c.reports.append(std::move(analysis.report));
        c.classifications.append(std::move(analysis.classification));
        c.indicators.append(std::move(analysis.indicators));
        c.weaknesses.append(std::move(analysis.weaknesses));
    }
    c.weaknessCatalog = engines.weaknesses.catalog();
    // One label per report, the same in columns, charts, tables and decks.
    ReportLabels::assign(c.reports);
    c.realign(engines);
    return c;
}

Comparison Comparison::analyse(const AnalysisEngines &engines, QList<Report> reports, QList<AlignmentCorrection> corrections)
{
    const ReportPipeline pipeline(engines);
    QList<ReportAnalysis> analyses;
    for (Report &report : reports)
        analyses.append(pipeline.analyse(std::move(report)));
    return compose(engines, std::move(analyses), std::move(corrections));
}

void Comparison::realign(const AnalysisEngines &engines)
{
    alignment = Alignment::compute(engines.classifier.scheme(), reports, classifications, corrections);
}

void Comparison::applyWeaknessCatalog(const WeaknessCatalog &catalog)
{
    if (!catalog.isValid() || catalog == weaknessCatalog)
        return;
    const WeaknessExtractor extractor(catalog);
    for (qsizetype i = 0; i < reports.size() && i < weaknesses.size(); ++i) {
        ReportWeaknesses read = extractor.extract(reports.at(i), classifications.at(i));
        // The identity the analysis gave (and the analyst's values) stay.
        read.district = weaknesses.at(i).district;
        read.year = weaknesses.at(i).year;
        weaknesses[i] = std::move(read);
    }
    weaknessCatalog = catalog;
}

} // namespace Dz
