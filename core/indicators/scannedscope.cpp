#include "indicators/scannedscope.h"

#include "indicators/clauses.h"
#include "quantities/quantityscanner.h"

namespace Dz
{

QList<ScannedScope> ScannedScope::scan(const Report &report, const ReportClassification &classification, const QuantityScanner &scanner)
{
    QList<ScannedScope> result;
    const QList<SectionScope> scopes = SectionScope::of(report, classification);
    result.reserve(scopes.size());
    for (const SectionScope &scope : scopes) {
        ScannedScope scanned {scope, scanner.scanFolded(QStringView(report.matchText).mid(scope.span.start, scope.span.length()))};
        for (Quantity &q : scanned.quantities) {
            const auto shift = [&scope](TextSpan &span) {
                if (span.isValid()) {
                    span.start += scope.span.start;
                    span.end += scope.span.start;
                }
            };
            shift(q.span);
            shift(q.numberSpan);
            shift(q.unitSpan);
        }
        result.append(std::move(scanned));
    }
    return result;
}

IndicatorCandidate ScannedScope::candidateAt(const Report &report, TextSpan numberSpan) const
{
    IndicatorCandidate candidate;
    candidate.numberSpan = numberSpan;
    candidate.evidenceSpan = sentenceAt(report.matchText, numberSpan.start, scope.span);
    candidate.evidence = evidenceText(report.textOf(candidate.evidenceSpan));
    candidate.section = scope.section;
    candidate.sectionHeading = evidenceText(report.textOf(report.sections.at(scope.section).headingSpan));
    candidate.node = scope.node;
    return candidate;
}

} // namespace Dz
