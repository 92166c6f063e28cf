#pragma once

#include "audit/auditcheck.h"
#include "reading/report.h"

#include <QCoreApplication>

namespace Dz
{

/**
 * The 落款: an official report ends with the issuing body and the date
 * (GB/T 9704 puts both under the text). Met when the outline found both,
 * a finding when either is missing.
 */
class SignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(Dz::SignatureCheck)

public:
    static std::optional<SignatureInfo> signature(const Report &report);
    static AuditCheck run(const Report &report, ReportAudit &audit);
};

} // namespace Dz
