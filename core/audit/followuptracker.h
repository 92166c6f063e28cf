#pragma once

#include "alignment/scheme.h"
#include "alignment/sectionclassification.h"
#include "audit/auditcheck.h"
#include "audit/auditrules.h"
#include "audit/planmatcher.h"
#include "audit/reportparts.h"
#include "weaknesses/weaknessclassifier.h"
#include "weaknesses/weaknessitem.h"

#include <QCoreApplication>

namespace Dz
{

/// One year's report with what the analysis found in it.
struct FollowUpInput {
    const Report *report = nullptr;
    const ReportClassification *classification = nullptr;
    const ReportParts *parts = nullptr;
    const ReportWeaknesses *weaknesses = nullptr;
    /// Its shortcomings read for comparison (FollowUpTracker::readShortcomings()),
    /// when the caller read them once for every pair of years the report stands
    /// in; null: they are read for this pair.
    const QList<StatementReading> *shortcomings = nullptr;
};

/**
 * What became of year N's report in year N+1's, for the same body, read by
 * meaning through the weakness layer (StatementComparer).
 *
 * Each item of N's plan (P4: its sub-sections, its 一是…二是… items, or its
 * paragraphs) is looked for in every sentence of N+1 outside its own plan
 * (PlanMatcher): reported, partly reported or not reported, with the
 * sentence found and the reason (the aims carried and not, the concepts and
 * words shared, the figures given).
 *
 * A shortcoming of N+1 is recurring when one of N on the same theme shares
 * enough of its topic (concepts: 人手 and 执法力量 are one), or when they
 * share much; a sign of recurrence in N+1 (the catalog's recurrenceMarkers:
 * 依然, 尚未根本解决) lowers the bar. A sentence of N+1 that says something
 * was rectified (整改, the rules' rectifiedCues) and matches a shortcoming
 * of N links them.
 */
class FollowUpTracker
{
    Q_DECLARE_TR_FUNCTIONS(Dz::FollowUpTracker)

public:
    FollowUpTracker(const Scheme &scheme, const WeaknessCatalog &weaknesses, const AuditRules &rules);

    FollowUp compare(const FollowUpInput &earlier, const FollowUpInput &later) const;
    /// The shortcomings (WeaknessKind::Shortcoming, in order) of @p weaknesses
    /// read as compare() compares them: a report that stands in two pairs of
    /// years (the year before and the year after) is then read once.
    QList<StatementReading> readShortcomings(const ReportWeaknesses &weaknesses) const;

    /// The theme whose cues @p text holds most (weighted), or empty below the scheme's threshold.
    QString themeOf(QStringView text) const;
    /// Words (three characters or more) both texts hold, longest first, none inside another.
    static QStringList sharedWords(QStringView a, QStringView b, int limit = 6);

private:
    struct Item {
        QString title;
        QString text;
        TextSpan span;
        QString theme;
    };
    QList<Item> planItems(const FollowUpInput &in) const;
    QList<FollowUpPassage> passagesOf(const FollowUpInput &later) const;
    PlanFollowUp followUp(const Item &item, const PlanMatcher &matcher) const;
    QList<RecurringShortcoming> recurring(const FollowUpInput &earlier, const FollowUpInput &later) const;
    QList<RectifiedShortcoming> rectified(const FollowUpInput &earlier, const FollowUpInput &later) const;

    const Scheme *m_scheme;
    std::shared_ptr<const WeaknessClassifier> m_weaknesses;
    const AuditRules *m_rules;
};

} // namespace Dz
