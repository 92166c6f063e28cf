#pragma once

#include "audit/auditcheck.h"
#include "audit/auditrules.h"
#include "audit/reportparts.h"
#include "quantities/quantityscanner.h"
#include "weaknesses/weaknessitem.h"

#include <QCoreApplication>

namespace Dz
{

/**
 * How much a report says: quantified statements in its measures part (P1)
 * per 1,000 characters (the quantity scanner's, which never counts years,
 * dates, ordinals, document numbers or hotlines), the share of the body its
 * shortcomings part (P2) takes, and the number of shortcomings it admits.
 * Empirical studies of these reports name "few facts" and "all
 * achievements" as their commonest defects; the minimums are the rules'.
 */
class SubstanceCheck
{
    Q_DECLARE_TR_FUNCTIONS(Dz::SubstanceCheck)

public:
    /// The figures, shortcomings-share and shortcomings checks, in that order.
    static QList<AuditCheck> run(const Report &report, const ReportParts &parts, const ReportWeaknesses &weaknesses, const AuditRules &rules,
        const QuantityScanner &scanner, ReportAudit &audit);
};

} // namespace Dz
