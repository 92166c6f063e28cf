#pragma once

#include "analysis/comparison.h"
#include "audit/auditcheck.h"
#include "audit/auditrules.h"

#include <QList>
#include <QMetaType>
#include <QPromise>

namespace Dz
{

class CopyIndexCache;

/// What makes an Audit besides the comparison.
struct AuditOptions {
    /// The rules held to; nullptr: the built-in ones.
    const AuditRules *rules = nullptr;
    /// The copy index of the previous audit, brought up to date instead of
    /// made anew (the results are the same); nullptr: a fresh one.
    CopyIndexCache *copies = nullptr;
};

/**
 * The audit of a comparison: what Auditor finds in each report compared
 * (required contents and what is missing, timeliness, signature, substance,
 * copied text with its direction, last year's plans followed up and the
 * shortcomings admitted again), beside the reports it was made of.
 *
 * Made in one place, Audit::of() (Audit::inBackground() on a worker), for
 * every front end: the workbench's AnalysisController after each comparison,
 * and `duizhao-cli audit`, `deck` and `brief`.
 */
struct Audit {
    /// One per report compared, in the comparison's order.
    QList<ReportAudit> audits;
    /// The reports audited (their texts hold the passages the audits point at).
    QList<Report> reports;
    /// The comparison's keys (project report ids), parallel to @c reports.
    QList<qint64> keys;

    bool isEmpty() const
    {
        return audits.isEmpty();
    }
    /// Whether this is the audit of @p comparison's reports, in its order.
    bool isOf(const Comparison &comparison) const;

    /// The audit of every report of @p comparison.
    static Audit of(const Comparison &comparison, const AuditOptions &options = {});
    /// The same on a worker thread: progress on @p promise; stops when it is
    /// canceled, then with no result.
    static void inBackground(QPromise<Audit> &promise, const Comparison &comparison, const AuditOptions &options = {});
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::Audit)
