#pragma once

#include "audit/followupstatus.h"
#include "base/textspan.h"
#include "weaknesses/statementcomparer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Dz
{

/// A sentence of the next year's report, where it stands.
struct FollowUpPassage {
    QString text;
    TextSpan span; ///< in the report
    QString title; ///< the section it stands in
    QString node; ///< the scheme node of that section (P1.T05 …), or empty
    /// It is (in) a heading: it may admit a shortcoming (（一）执法力量仍然不足),
    /// but a title names what a section is about (（三）规范执法程序), not a deed.
    bool heading = false;
    /// It goes on the sentence before it, after a ；: a plan there
    /// (明年将：建立…；建设…) is a plan here too.
    bool continues = false;
};

/// One aim of a plan item (a clause) and how well the next report carries it.
struct PlanAim {
    QString text;
    double weight = 0; ///< what it says: its concepts and telling words, weighed
    /// The overlap of the reporting sentence found for it: the best one when
    /// that counts (it carries the aim, or beats an admission), otherwise
    /// some score below the rules' carriedScore.
    double score = 0;
    double admission = 0; ///< the best overlap a sentence admitting a shortcoming gives it, when it reaches carriedScore
    bool headline = false; ///< the first of several: the plan's general aim
    bool carried = false;
};

/// One plan item matched to the next report.
struct PlanMatch {
    FollowUpStatus status = FollowUpStatus::NotReported;
    int passage = -1; ///< the passage found (index into the matcher's passages), -1 when none
    double score = 0; ///< how much of the whole plan that passage carries, 0…1
    /// The weighted share of the plan's aims some passage carries; a headline
    /// (the general aim before specific ones) counts only when carried.
    double coverage = 0;
    QList<PlanAim> aims; ///< the plan's clauses, in order
    QStringList carried; ///< the plan's clauses some passage carries
    QStringList missing; ///< the plan's clauses none carries
    QStringList sharedConcepts; ///< concept names (平台, 执法力量) the plan and the passage share
    QStringList sharedWords;
    QStringList missingTerms; ///< what the plan names that the passage lacks
    QStringList figures; ///< the figures the passage gives
    bool admitted = false; ///< the next report admits it as a shortcoming still
    QString admission; ///< that passage, when admitted
    QString reason; ///< in words, translated
};

/// The thresholds of a follow-up (the audit rules' followUp block).
struct PlanMatchRules {
    double carriedScore = 0.4; ///< a clause is carried by a passage whose overlap reaches this
    double reportedShare = 0.7; ///< a plan is reported when its carried clauses weigh this share
};

/**
 * Matches plan items (a year's P4) to the sentences of the next year's
 * report by meaning (StatementComparer): each clause of a plan (its aims:
 * 推进“互联网＋监督”，建设执法监督平台 has two) is carried by the sentence
 * that holds most of its concepts, themes and telling words, when that
 * reaches the rules' carriedScore and the sentence neither plans (将进一步)
 * nor admits a shortcoming about it (平台建设仍然滞后). A plan whose carried
 * clauses weigh reportedShare of it (clauses weigh what they say: their
 * concepts and telling words) is reported, one with some carried partly
 * reported, one with none not reported; a plan the next report admits as
 * still wanting in part is at most partly reported. When a plan states a general aim
 * before specific ones (深化执法改革，将执法事项下放至街道), reports tell the
 * specific deeds: the headline counts when carried and is no gap when not. Words are weighed against the next
 * report's sentences, so words every sentence uses count for nothing.
 *
 * Reading a sentence (cutting its words) is most of the cost, and most
 * sentences of a report have nothing to do with a given plan: every sentence
 * is only glanced at first (StatementComparer::glance()), and one is read
 * when what it holds could give a clause the score that matters
 * (StatementComparer::bounds()), at most once. A clause's own score is then
 * exact only as far as the decision needs it (PlanAim::score).
 *
 * Reentrant, not thread-safe: a matcher remembers the sentences it read.
 */
class PlanMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Dz::PlanMatcher)

public:
    PlanMatcher(const WeaknessClassifier &classifier, QList<FollowUpPassage> passages, PlanMatchRules rules = {});

    const QList<FollowUpPassage> &passages() const
    {
        return m_passages;
    }
    PlanMatch match(QStringView plan) const;

    /// The sentences of @p text within @p scope (at 。！？；and line breaks), six characters or more.
    static QList<FollowUpPassage> sentences(const QString &text, TextSpan scope);

private:
    PlanAim aimOf(const StatementReading &clause, PlanMatch &m, double &admittedScore) const;
    /// The passage found, and its score (0 when none).
    struct Best {
        int passage = -1;
        double score = 0;
    };
    /// A passage's clauses that report (neither plan nor admit), and those that admit a shortcoming.
    struct PassageReading {
        StatementReading report;
        StatementReading admission;
        bool plans = false; ///< it ends planning: a part after its ； plans too
    };
    enum class Part { Report, Admission };

    /// A passage, and the most it can score (StatementComparer::bounds()).
    struct Candidate {
        double most = 0;
        int passage = -1;
    };
    /// The plan's aims, each read from the plan's one reading, without a list marker.
    QList<StatementReading> clausesOf(const StatementScan &plan) const;
    /// The passages whose @p part can score @p floor or more for @p query, those that can score most first.
    QList<Candidate> candidatesFor(const StatementComparer::Query &query, Part part, double floor) const;
    Best bestAmong(const StatementComparer::Query &query, const QList<Candidate> &candidates, Part part, double enough) const;
    void explain(PlanMatch &m, const MeaningOverlap &o) const;
    const PassageReading &readingOf(int passage) const;
    PassageReading read(const FollowUpPassage &p, bool planned) const;

    const WeaknessClassifier *m_classifier;
    StatementComparer m_comparer;
    QList<FollowUpPassage> m_passages;
    PlanMatchRules m_rules;
    std::shared_ptr<const GlanceSet> m_glances; ///< per passage; the corpus words are weighed by
    GlanceSet m_admittingGlances; ///< per passage, its clauses that may admit a shortcoming
    /// Per passage, read when a plan may find it (most are never read): the
    /// cache makes a matcher unfit to be used by two threads at once.
    mutable std::vector<std::optional<PassageReading>> m_read;
};

} // namespace Dz
