#include "audit/audit.h"

#include "audit/auditor.h"

namespace Dz
{

bool Audit::isOf(const Comparison &comparison) const
{
    if (audits.size() != comparison.reports.size() || keys != comparison.keys)
        return false;
    for (qsizetype i = 0; i < audits.size(); ++i) {
        if (audits.at(i).file != comparison.reports.at(i).filePath)
            return false;
    }
    return true;
}

namespace
{

std::optional<Audit> make(const Comparison &comparison, const AuditOptions &options, const Auditor::Progress &progress)
{
    const Auditor auditor(options.rules ? *options.rules : AuditRules::builtIn());
    std::optional<QList<ReportAudit>> audits = auditor.audit(comparison, options.copies, progress);
    if (!audits)
        return std::nullopt;
    return Audit {std::move(*audits), comparison.reports, comparison.keys};
}

} // namespace

Audit Audit::of(const Comparison &comparison, const AuditOptions &options)
{
    // Nothing stops it: there is an audit.
    return make(comparison, options, {}).value_or(Audit());
}

void Audit::inBackground(QPromise<Audit> &promise, const Comparison &comparison, const AuditOptions &options)
{
    std::optional<Audit> audit = make(comparison, options, [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    if (audit && !promise.isCanceled())
        promise.addResult(std::move(*audit));
}

} // namespace Dz
