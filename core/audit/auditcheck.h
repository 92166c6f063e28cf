#pragma once

#include "audit/copyindex.h"
#include "audit/followupstatus.h"
#include "base/textspan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dz
{

enum class AuditStatus {
    Met, ///< the report meets the rule
    Finding, ///< it does not: the reason says where and why
    Unknown, ///< the text does not say (no publication date, no year)
};

/// The checks of one report, in the order the table shows them.
enum class AuditCheckId {
    Contents,
    Timeliness,
    Signature,
    Figures,
    ShortcomingsShare,
    Shortcomings,
    Copied, ///< text taken from earlier reports (抄自): a finding
    CopiedBy, ///< text later reports took from it (被抄): no finding against it
    Shared, ///< text shared with reports whose order is unknown (相同)
    FollowUp,
};

/// One check's verdict on one report, with the reason from its text.
struct AuditCheck {
    AuditCheckId id = AuditCheckId::Contents;
    AuditStatus status = AuditStatus::Unknown;
    QString value; ///< short, for the table cell: "P2 missing", "late by 12 days", "0.8"
    QString reason; ///< what the text says and which rule it is held to
    TextSpan span; ///< the passage to open; invalid when there is none
};

QString auditCheckKey(AuditCheckId id); ///< "contents", "timeliness", "copied", "copied_by", "shared" …
QString auditStatusKey(AuditStatus status); ///< "met", "finding", "unknown"

enum class Timeliness {
    OnTime,
    Late,
    Unknown,
};
QString timelinessKey(Timeliness t); ///< "on_time", "late", "unknown"

struct SignatureInfo {
    QString issuer; ///< empty when the 落款 names no body
    QString date; ///< ISO; empty when it has no date
    TextSpan issuerSpan;
    TextSpan dateSpan;
};

/// A plan item of year N and what year N+1's measures part says of it.
struct PlanFollowUp {
    QString title;
    QString text; ///< the plan item as written
    TextSpan span; ///< in the earlier report
    QString theme; ///< T01 …; empty when none is clear
    FollowUpStatus status = FollowUpStatus::NotReported;
    bool reported() const
    {
        return status == FollowUpStatus::Reported;
    }
    /// Evidence (when reported or partly): the later sentence and its section.
    QString passage;
    QString sectionTitle;
    QString node;
    TextSpan sectionSpan; ///< the sentence, in the later report
    double score = 0; ///< how much of the plan that sentence carries
    double coverage = 0; ///< the weighted share of the plan's aims carried
    QStringList shared; ///< concepts and words the two share, most telling first
    QStringList missing; ///< the plan's aims no sentence carries
    QString admission; ///< a later sentence admitting it as still wanting, or empty
    QString reason; ///< why, in words
};

/// A shortcoming admitted in both years.
struct RecurringShortcoming {
    QString text; ///< as N+1 writes it
    QString previousText; ///< as N wrote it
    QString theme; ///< W01 …, when both are on one theme
    TextSpan span; ///< in the later report
    TextSpan previousSpan;
    double score = 0;
    QStringList signs; ///< the later text's signs of recurrence (依然, 尚未根本解决 …)
    QStringList shared; ///< concepts and words the two share
};

/// A shortcoming of year N that year N+1 says was rectified (整改).
struct RectifiedShortcoming {
    QString previousText;
    QString evidence; ///< the later sentence
    TextSpan previousSpan;
    TextSpan span; ///< in the later report
    double score = 0;
};

struct FollowUp {
    int previous = -1; ///< index of year N's report among those audited
    QString previousFile;
    QList<PlanFollowUp> plans;
    QList<RecurringShortcoming> recurring;
    QList<RectifiedShortcoming> rectified;
};

/// Everything the Audit found in one report.
struct ReportAudit {
    QString file;
    QString displayName;
    QString district;
    int year = 0;

    QStringList present; ///< parts present, of the reported parts
    QStringList missing; ///< required parts missing
    QStringList absent; ///< parts that are not required and absent (P5)

    QDate published;
    TextSpan publishedSpan;
    QDate deadline; ///< invalid when the year is unknown
    Timeliness timeliness = Timeliness::Unknown;
    int daysLate = -1;
    QDate signingDate; ///< given when the publication date is unknown, as such

    std::optional<SignatureInfo> signature;

    int p1Length = 0; ///< characters of the measures part (no spaces)
    int figures = 0; ///< quantities in it
    double figuresPer1000 = 0;
    double p2Share = 0;
    int shortcomings = 0;

    /// Passages shared with the other reports audited, by direction; a
    /// passage's @c other is the other report's index among them.
    CopyFindings copied;
    QString body; ///< BodyIdentity::keyOf(); empty when unknown
    ReportOrder order; ///< what orders it among the others (year, then date)

    std::optional<FollowUp> followUp;

    QList<AuditCheck> checks; ///< one per AuditCheckId, in order
    const AuditCheck *check(AuditCheckId id) const;
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::ReportAudit)
