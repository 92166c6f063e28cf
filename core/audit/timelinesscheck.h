#pragma once

#include "audit/auditcheck.h"
#include "audit/auditrules.h"
#include "reading/report.h"

#include <QCoreApplication>
#include <QDate>

namespace Dz
{

/// A publication date read from a page header or metadata line.
struct PublicationDate {
    QDate date;
    TextSpan span; ///< the date as written
    QString label; ///< 发布时间, 发布日期 …
};

/**
 * 第二十四条 of 《法治政府建设与责任落实督察工作规定》: the annual report is
 * published (报刊、网站) before 1 April of the year after the one reported
 * on. The publication date comes from a line labelled 发布时间, 发布日期 …
 * (the rules' publicationLabels), never from the signing date: a report
 * signed in February may be published in May. Without one the check is
 * unknown and gives the signing date, as such.
 *
 * On time means published before the deadline; published on 1 April is one
 * day late (the last day allowed is 31 March).
 */
class TimelinessCheck
{
    Q_DECLARE_TR_FUNCTIONS(Dz::TimelinessCheck)

public:
    static std::optional<PublicationDate> publicationDate(const Report &report, const AuditRules &rules);
    /// The date of the 落款, if the report has one.
    static std::optional<std::pair<QDate, TextSpan>> signingDate(const Report &report);
    /// Fills @p audit's dates and returns the check.
    static AuditCheck run(const Report &report, const AuditRules &rules, ReportAudit &audit);
};

} // namespace Dz
