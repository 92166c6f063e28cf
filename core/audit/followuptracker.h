#pragma once

#include "alignment/scheme.h"
#include "alignment/sectionclassification.h"
#include "audit/auditcheck.h"
#include "audit/auditrules.h"
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
};

/**
 * What became of year N's report in year N+1's, for the same body.
 *
 * Each item of N's plan (P4: its sub-sections, its 一是…二是… items, or its
 * paragraphs) is looked for in N+1's measures part (P1): the section most
 * like it by character-bigram TF-IDF cosine, with a lower bar when both are
 * on the same theme (T01…). Found: reported, with the section, the score and
 * the words they share as evidence; else not reported.
 *
 * A shortcoming of N+1 on the same weakness theme as one of N, or worded
 * alike, is recurring. A sentence of N+1 that says something was rectified
 * (整改, the rules' rectifiedCues) and matches a shortcoming of N links them.
 */
class FollowUpTracker
{
    Q_DECLARE_TR_FUNCTIONS(Dz::FollowUpTracker)

public:
    FollowUpTracker(const Scheme &scheme, const WeaknessCatalog &weaknesses, const AuditRules &rules);

    FollowUp compare(const FollowUpInput &earlier, const FollowUpInput &later) const;

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

    const Scheme *m_scheme;
    WeaknessClassifier m_weaknesses;
    const AuditRules *m_rules;
};

} // namespace Dz
