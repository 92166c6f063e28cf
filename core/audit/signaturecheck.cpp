#include "audit/signaturecheck.h"

#include "audit/timelinesscheck.h"

using namespace Qt::StringLiterals;

namespace Dz
{

std::optional<SignatureInfo> SignatureCheck::signature(const Report &report)
{
    SignatureInfo info;
    for (const Block &b : report.blocks) {
        if (b.kind == BlockKind::Signature && info.issuer.isEmpty()) {
            info.issuer = report.textOf(b.span).toString().simplified();
            info.issuerSpan = b.span;
        }
    }
    if (const auto date = TimelinessCheck::signingDate(report)) {
        info.date = date->first.toString(Qt::ISODate);
        info.dateSpan = date->second;
    }
    if (info.issuer.isEmpty() && info.date.isEmpty())
        return std::nullopt;
    return info;
}

AuditCheck SignatureCheck::run(const Report &report, ReportAudit &audit)
{
    AuditCheck check;
    check.id = AuditCheckId::Signature;
    audit.signature = signature(report);
    const auto &s = audit.signature;
    if (s && !s->issuer.isEmpty() && !s->date.isEmpty()) {
        check.status = AuditStatus::Met;
        check.value = tr("signed");
        check.reason = tr("The report ends with its issuer, “%1”, and the date %2 (落款).").arg(s->issuer, s->date);
        check.span = {s->issuerSpan.start, std::max(s->issuerSpan.end, s->dateSpan.end)};
    } else if (s && !s->issuer.isEmpty()) {
        check.status = AuditStatus::Finding;
        check.value = tr("no date");
        check.reason = tr("The report ends with its issuer, “%1”, but no date: a 落款 gives both.").arg(s->issuer);
        check.span = s->issuerSpan;
    } else if (s) {
        check.status = AuditStatus::Finding;
        check.value = tr("no issuer");
        check.reason = tr("The report ends with the date %1 but names no issuing body: a 落款 gives both.").arg(s->date);
        check.span = s->dateSpan;
    } else {
        check.status = AuditStatus::Finding;
        check.value = tr("unsigned");
        check.reason = tr("The report ends without a 落款: neither the issuing body nor a date follows the text.");
    }
    return check;
}

} // namespace Dz
