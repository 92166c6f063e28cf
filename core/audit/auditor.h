#pragma once

#include "analysis/comparison.h"
#include "audit/auditcheck.h"
#include "audit/auditrules.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace Dz
{

class CopyIndexCache;

/**
 * Runs every Audit check on the reports of a Comparison: required contents,
 * timeliness, signature, substance, copied text with its direction (taken
 * from earlier reports, taken by later ones, shared with reports of unknown
 * order; against the other reports of the comparison) and the follow-up of
 * the previous year's report of the same body, when the comparison holds it.
 *
 * Two reports are the same body's when BodyIdentity gives them one key;
 * which is the earlier is ReportOrder's to say.
 */
class Auditor
{
    Q_DECLARE_TR_FUNCTIONS(Dz::Auditor)

public:
    explicit Auditor(const AuditRules &rules = AuditRules::builtIn());

    /// The audit of every report of @p comparison. With @p copies (made with
    /// the same rules), the copy index of the previous audit is brought up
    /// to date instead of made anew; the results are the same.
    QList<ReportAudit> audit(const Comparison &comparison, CopyIndexCache *copies = nullptr) const;
    /// Told how many of how many steps are done; returns false to stop.
    using Progress = std::function<bool(int done, int total)>;
    /// The same, telling @p progress how far it is (Audit::of() runs it so);
    /// std::nullopt when @p progress stopped it.
    std::optional<QList<ReportAudit>> audit(const Comparison &comparison, CopyIndexCache *copies, const Progress &progress) const;

    /// The key two reports of one body share (BodyIdentity::keyOf()).
    static QString bodyKey(const Report &report);
    /// Per report, the report of the same body (@p bodyKeys, bodyKey() of
    /// each) and the year before among @p reports (the first such), else -1.
    static std::vector<int> previousYears(const QList<Report> &reports, const QStringList &bodyKeys);

private:
    std::optional<QList<ReportAudit>> run(const Comparison &comparison, const Progress &progress, CopyIndexCache *copies) const;

    const AuditRules *m_rules;
};

} // namespace Dz
