#include "export/comparisondeck.h"

#include "audit/auditformat.h"
#include "export/indicatorchart.h"
#include "export/indicatorexport.h"
#include "models/indicatortablemodel.h"

namespace Dz
{

Deck ComparisonDeck::slides(const IndicatorTableModel &table, const WeaknessCatalog &weaknessCatalog, const QList<ReportAudit> &audits)
{
    Deck deck;
    const QStringList ids = table.indicatorIds();
    for (int column = 0; column < ids.size(); ++column) {
        bool reported = false;
        for (int row = 0; row < table.rowCount() && !reported; ++row)
            reported = table.index(row, column).data(IndicatorTableModel::ValueRole).isValid();
        if (!reported)
            continue;
        IndicatorChartRequest request;
        request.indicators = {ids.at(column)};
        deck.slides.append({DeckSlide::Kind::Chart, IndicatorChartBuilder::build(table, request), {}});
    }
    deck.slides.append({DeckSlide::Kind::Table, {}, IndicatorExport::shownTable(table)});
    const Comparison &comparison = table.comparison();
    deck.slides.append({DeckSlide::Kind::Table, {}, IndicatorExport::weaknessMatrix(comparison.weaknesses, comparison.reportNames(), weaknessCatalog)});
    if (!audits.isEmpty())
        deck.slides.append(auditSlides(audits, comparison.reports));
    return deck;
}

QList<DeckSlide> ComparisonDeck::auditSlides(const QList<ReportAudit> &audits, const QList<Report> &reports)
{
    QList<DeckSlide> slides {auditTableSlide(audits)};
    if (const int report = copiedReport(audits); report >= 0)
        slides.append(copiedPassagesSlide(audits, reports, report));
    // Per body with a year before: its plans followed up; then every shortcoming admitted again.
    for (int i = 0; i < audits.size(); ++i) {
        if (audits.at(i).followUp && !audits.at(i).followUp->plans.isEmpty())
            slides.append({DeckSlide::Kind::Table, {}, AuditFormat::followUpTable(audits, i)});
    }
    const TableData recurrence = AuditFormat::recurrenceTable(audits);
    if (!recurrence.rows.isEmpty())
        slides.append({DeckSlide::Kind::Table, {}, recurrence});
    return slides;
}

DeckSlide ComparisonDeck::auditTableSlide(const QList<ReportAudit> &audits)
{
    return {DeckSlide::Kind::Table, {}, AuditFormat::table(audits)};
}

DeckSlide ComparisonDeck::copiedPassagesSlide(const QList<ReportAudit> &audits, const QList<Report> &reports, int report)
{
    return {DeckSlide::Kind::Table, {}, AuditFormat::copiedTable(audits, reports, report)};
}

int ComparisonDeck::copiedReport(const QList<ReportAudit> &audits)
{
    // The report that copied most; when no order is known, the one that shares most.
    for (const CopyDirection direction : {CopyDirection::Copied, CopyDirection::Shared}) {
        int best = -1;
        for (int i = 0; i < audits.size(); ++i) {
            const CopyFindings &c = audits.at(i).copied;
            if (c.length(direction) > 0 && (best < 0 || c.share(direction) > audits.at(best).copied.share(direction)))
                best = i;
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

} // namespace Dz
