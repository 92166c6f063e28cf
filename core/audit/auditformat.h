#pragma once

#include "audit/auditcheck.h"
#include "base/tabledata.h"
#include "reading/report.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Dz
{

/**
 * The Audit's results as the CLI prints them (JSON, text, CSV) and as tables
 * for export and slides (reports × checks; one report's copied passages).
 */
class AuditFormat
{
    Q_DECLARE_TR_FUNCTIONS(Dz::AuditFormat)

public:
    /// {"reports": [...]}, one object per report in the shape of issue 16,
    /// with the direction of copied text (issue 21): "order", "copied",
    /// "copied_by" and "shared". @p reports (parallel to @p audits) give the passages' text.
    static QJsonObject toJson(const QList<ReportAudit> &audits, const QList<Report> &reports);
    static QString toText(const QList<ReportAudit> &audits, const QList<Report> &reports);
    /// One row per report and check: file, district, year, check, status, value, reason.
    static QString toCsv(const QList<ReportAudit> &audits);
    /// Reports × checks, each cell "status: value".
    static TableData table(const QList<ReportAudit> &audits);
    /// Markdown of table(), with the reasons under it.
    static QString toMarkdown(const QList<ReportAudit> &audits);
    /// The passages report @p index shares with others: direction, passage, characters, other report, there.
    static TableData copiedTable(const QList<ReportAudit> &audits, const QList<Report> &reports, int index);
    /// The follow-up of report @p index: per plan of the year before, its status, the sentence found and why (empty without a follow-up).
    static TableData followUpTable(const QList<ReportAudit> &audits, int index);
    /// Every shortcoming a later year admits again, with both texts (no rows when none).
    static TableData recurrenceTable(const QList<ReportAudit> &audits);

    static QString checkLabel(AuditCheckId id);
    static QString directionLabel(CopyDirection direction); ///< "copied from" (抄自), "copied by" (被抄), "shared with" (相同)
    static QString directionKey(CopyDirection direction); ///< "copied", "copied_by", "shared"
    static QString statusLabel(AuditStatus status);
};

} // namespace Dz
