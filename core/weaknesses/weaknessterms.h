#pragma once

#include "weaknesses/weaknessclassifier.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <map>

/*
 * What the weakness classifier's stages pass each other: the catalog's terms
 * as found in a text, the evidence for a theme, and a clause as scored. Not
 * part of the classifier's interface (weaknessclassifier.h).
 */

namespace Dz::Internal
{

// What a marker says of the clause it stands in; a marker may say several.
namespace MarkerKind
{
enum : int {
    Success = 1,
    Plan = 2,
    Contrast = 4,
    Recurrence = 8,
    Concessive = 16,
    Comparison = 32,
};
} // namespace MarkerKind

// What a term of the catalog is: a topic or deficiency concept of a theme
// (theme >= 0), a shared deficiency (theme < 0), or a neutral phrase.
struct TermRef {
    WeaknessTermHit::Kind kind = WeaknessTermHit::Kind::Topic;
    int theme = -1;
    int conceptIndex = -1;
    bool neutral = false;
    QString key; ///< the concept's key (WeaknessTermHit::conceptKey()), made once; empty for a neutral phrase
};

struct Occurrence {
    qsizetype start = 0;
    qsizetype end = 0;
    QList<TermRef> refs;
    QString text; ///< the form as the catalog writes it (width-folded), when a list found it; null for a pattern's match
};

struct MarkerHit {
    qsizetype start = 0;
    qsizetype end = 0;
    int kinds = 0;
};

// One topic hit as scored: its concept, the factor it counts with (1, or
// carryOver for a previous clause's topic) and where it stands.
struct ScoredTopic {
    const WeaknessConcept *weaknessConcept = nullptr;
    int theme = -1;
    QString term;
    qsizetype start = 0;
    qsizetype end = 0;
    double factor = 1;
};

struct Evidence {
    double score = 0;
    QStringList topics;
    QStringList deficiencies;
    bool hasTopic = false;
    bool specific = false; // a specific topic or a standalone deficiency of the theme
    bool standing = false; // a specific topic that heads its compound (modifies no other)

    void add(const Evidence &other, double factor)
    {
        score += other.score * factor;
        for (const QString &t : other.topics) {
            if (!topics.contains(t))
                topics.append(t);
        }
        for (const QString &t : other.deficiencies) {
            if (!deficiencies.contains(t))
                deficiencies.append(t);
        }
        hasTopic = hasTopic || other.hasTopic;
        specific = specific || other.specific;
        standing = standing || other.standing;
    }
};

using Scores = std::map<int, Evidence>; // theme index → evidence, in catalog order

inline void appendOnce(QStringList &list, const QString &term)
{
    if (!list.contains(term))
        list.append(term);
}

/// A deficiency term found in a clause, and what it is in the catalog.
struct ClauseDeficiency {
    const Occurrence *occurrence = nullptr;
    TermRef ref;
};

/// A clause as scored: what was read in it, the themes it scores and the
/// one it is about.
struct ScoredClause {
    WeaknessClauseReading reading;
    QList<ScoredTopic> topics; // in text order
    QList<bool> modifier; // per topic: it modifies the next one (执法人员 in 执法人员专业素质)
    QList<bool> direct; // per topic: and stands right before it (no 的 between)
    QList<ClauseDeficiency> deficiencies;
    Scores scores;
    int best = -1; ///< the theme the clause is about, when one reaches the threshold on a specific topic

    /// A clause that reports success, plans, or concedes admits nothing.
    bool excluded() const
    {
        return reading.success || reading.plan || reading.conceded;
    }
};

} // namespace Dz::Internal
