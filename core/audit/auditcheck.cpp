#include "audit/auditcheck.h"

using namespace Qt::StringLiterals;

namespace Dz
{

QString auditCheckKey(AuditCheckId id)
{
    switch (id) {
    case AuditCheckId::Contents:
        return u"contents"_s;
    case AuditCheckId::Timeliness:
        return u"timeliness"_s;
    case AuditCheckId::Signature:
        return u"signature"_s;
    case AuditCheckId::Figures:
        return u"figures"_s;
    case AuditCheckId::ShortcomingsShare:
        return u"p2_share"_s;
    case AuditCheckId::Shortcomings:
        return u"shortcomings"_s;
    case AuditCheckId::Copied:
        return u"copied"_s;
    case AuditCheckId::CopiedBy:
        return u"copied_by"_s;
    case AuditCheckId::Shared:
        return u"shared"_s;
    case AuditCheckId::FollowUp:
        return u"followups"_s;
    }
    return {};
}

QString auditStatusKey(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Met:
        return u"met"_s;
    case AuditStatus::Finding:
        return u"finding"_s;
    case AuditStatus::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString timelinessKey(Timeliness t)
{
    switch (t) {
    case Timeliness::OnTime:
        return u"on_time"_s;
    case Timeliness::Late:
        return u"late"_s;
    case Timeliness::Unknown:
        return u"unknown"_s;
    }
    return {};
}

const AuditCheck *ReportAudit::check(AuditCheckId id) const
{
    for (const AuditCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace Dz
