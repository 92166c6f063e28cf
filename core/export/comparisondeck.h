#pragma once

#include "audit/auditcheck.h"
#include "export/deck.h"
#include "reading/report.h"

namespace Dz
{

class IndicatorTableModel;
class WeaknessCatalog;

namespace ComparisonDeck
{

/// The deck of a whole comparison, as `duizhao-cli deck` writes it: a chart
/// per indicator some report gives, the indicator table as shown (with the
/// analyst's values), the weakness matrix, then auditSlides() of @p audits
/// (the audit of the same comparison; none when empty).
Deck slides(const IndicatorTableModel &table, const WeaknessCatalog &weaknessCatalog, const QList<ReportAudit> &audits = {});

/// The Audit's slides, as the Audit view's "Add Audit to Deck" and "Add
/// Copied Passages to Deck" make them when no cell is chosen: the table of
/// reports × checks, the copied passages of copiedReport() (of
/// @p reports, parallel to @p audits; none when no report copies anything),
/// a follow-up slide per report with a year before (its plans, status,
/// sentence found and why), and the shortcomings admitted again (when any).
QList<DeckSlide> auditSlides(const QList<ReportAudit> &audits, const QList<Report> &reports);
DeckSlide auditTableSlide(const QList<ReportAudit> &audits);
DeckSlide copiedPassagesSlide(const QList<ReportAudit> &audits, const QList<Report> &reports, int report);

/// The report whose copied passages a deck shows when nobody chose one: the
/// one with the largest share of its body copied (the first of equals), or
/// -1 when no report copies anything.
int copiedReport(const QList<ReportAudit> &audits);

} // namespace ComparisonDeck

} // namespace Dz
