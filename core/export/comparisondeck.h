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
/// reports × checks (抄自, 被抄 and 相同 among them), and the passages of
/// copiedReport() with their direction (of @p reports, parallel to
/// @p audits); no copied-passages slide when no report shares anything;
/// then a follow-up slide per report with a year before (its plans, status,
/// sentence found and why) and the shortcomings admitted again (when any).
QList<DeckSlide> auditSlides(const QList<ReportAudit> &audits, const QList<Report> &reports);
DeckSlide auditTableSlide(const QList<ReportAudit> &audits);
DeckSlide copiedPassagesSlide(const QList<ReportAudit> &audits, const QList<Report> &reports, int report);

/// The report whose copied passages a deck shows when nobody chose one: the
/// one with the largest share of its body copied from earlier reports (the
/// first of equals); when no order is known, the one with the largest share
/// shared with others; -1 when no report shares anything.
int copiedReport(const QList<ReportAudit> &audits);

} // namespace ComparisonDeck

} // namespace Dz
