#pragma once

#include "audit/auditcheck.h"
#include "audit/auditrules.h"
#include "audit/reportparts.h"

#include <QCoreApplication>

namespace Dz
{

/**
 * 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) names five
 * contents of the annual report. A required part (P1–P4) the alignment has
 * no section for — after the analyst's corrections — is a finding; P5 is
 * listed present or absent, never a finding.
 */
class RequiredContentsCheck
{
    Q_DECLARE_TR_FUNCTIONS(Dz::RequiredContentsCheck)

public:
    /// Fills @p audit's present/missing/absent and returns the check.
    static AuditCheck run(const ReportParts &parts, const Alignment &alignment, const AuditRules &rules, ReportAudit &audit);
};

} // namespace Dz
