#include "analysis/comparison.h"

#include "analysis/analysisengines.h"
#include "analysis/reportlabels.h"

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

namespace
{

void analyseReport(Comparison &c, const AnalysisEngines &engines, const Report &report)
{
    const ReportClassification classification = engines.classifier.classify(report);
    c.indicators.append(engines.indicators.extract(report, classification));
    c.weaknesses.append(engines.weaknesses.extract(report, classification));
    c.classifications.append(classification);
}

} // namespace

Comparison Comparison::analyse(const AnalysisEngines &engines, QList<Report> reports, QList<AlignmentCorrection> corrections)
{
    Comparison c;
    c.reports = std::move(reports);
    ReportLabels::assign(c.reports);
    c.corrections = std::move(corrections);
    for (const Report &report : std::as_const(c.reports))
        analyseReport(c, engines, report);
    c.realign(engines);
    return c;
}

void Comparison::analyseAll(
    QPromise<Comparison> &promise, const AnalysisEngines *engines, QList<Report> reports, QList<AlignmentCorrection> corrections, QList<qint64> keys)
{
    Comparison c;
    c.reports = std::move(reports);
    c.corrections = std::move(corrections);
    c.keys = std::move(keys);
    ReportLabels::assign(c.reports);
    const int total = int(c.reports.size());
    promise.setProgressRange(0, total + 1); // the alignment is the last step
    for (int i = 0; i < total; ++i) {
        if (promise.isCanceled())
            return;
        const Report &report = std::as_const(c.reports).at(i);
        promise.setProgressValueAndText(i, report.displayName());
        analyseReport(c, *engines, report);
    }
    if (promise.isCanceled())
        return;
    c.realign(*engines);
    promise.setProgressValue(total + 1);
    promise.addResult(std::move(c));
}

void Comparison::realign(const AnalysisEngines &engines)
{
    alignment = Alignment::compute(engines.classifier.scheme(), reports, classifications, corrections);
}

} // namespace Dz
