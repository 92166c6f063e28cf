#pragma once

// Private to core/alignment: the steps of SectionClassifier::classify(), for
// sectionclassifier.cpp and its tests. Never include this from a public
// header.
//
// A section is classified in four steps: the cue counts of its body (its
// subsections' included), the evidence of its heading, its position among
// the top-level headings, and the decision: the part first (from the
// heading, else the enclosing section, else a theme heading, else the
// weighed generic evidence), then the theme.

#include "alignment/cueindex.h"
#include "alignment/scheme.h"
#include "alignment/sectionclassification.h"
#include "reading/report.h"

#include <optional>
#include <vector>

namespace Dz
{

namespace Internal
{

/// (cue index, occurrences), ordered by cue, each cue once: sums and
/// explanations come out the same on every run. A sorted list, not a map:
/// every section of every report has one, most holding a few cues.
using CueCounts = std::vector<std::pair<int, int>>;

// ---- cue counts ----

/// The body cue counts of every section: its own body's, plus its
/// descendants'. @p text is the report's folded text, which the sections'
/// spans index.
std::vector<CueCounts> bodyCueCounts(const CueIndex &index, QStringView text, const QList<Section> &sections);

// ---- heading evidence ----

/// A section's heading as the cues are matched against it: the folded
/// text at its title span, else its folded title.
QString headingText(const Section &section, QStringView text);

/// The cue terms of one heading and what they weigh.
struct HeadingEvidence {
    QList<CueMatch> matches;
    std::vector<double> part; ///< per part: the weight of its heading cues
    std::vector<double> theme; ///< per theme
    std::vector<qsizetype> partFirst; ///< per part: where its first cue starts, -1 without one
    std::vector<qsizetype> partLastEnd; ///< per part: where its last cue ends
    QString heading;
    qsizetype firstClauseEnd = 0; ///< where the first clause ends (the heading's end for one clause)
    double firstClauseBonus = 1; ///< SchemeSettings::firstClauseBonus

    /// The strongest theme's weight; 0 without theme cues.
    double themeMax() const;
    /// What match @p k adds to its node: its cue's weight, a theme cue in
    /// the first of several clauses more (优化营商环境，加快构建…执法…体系
    /// is about the business environment).
    double weightOf(const CueIndex &index, qsizetype k) const;
};

HeadingEvidence headingEvidence(const CueIndex &index, const Scheme &scheme, const QString &heading);

/// Heading evidence for @p nodeId from the heading's cues of @p kind that
/// point to @p node, in heading order.
void appendHeadingEvidence(
    QList<ClassificationEvidence> *evidence, const CueIndex &index, const HeadingEvidence &heading, CueKind kind, int node, const QString &nodeId);

// ---- position ----

/// Each top-level section's place among the top-level sections, 0 for the
/// first to 1 for the last (0 when there is only one); other sections get
/// their rank -1 on that scale, and are never weighed by it.
std::vector<double> topLevelPositions(const QList<Section> &sections);

/// What standing at @p position (0…1) adds for @p part: the most at the
/// part's usual place, nothing half the scale away or for a part without one.
double positionPrior(const SchemeSettings &settings, const SchemePart &part, double position);

// ---- decision: the part ----

struct PartDecision {
    int part = -1; ///< index into the scheme's parts
    int itemsPart = -1; ///< for a heading naming two parts: its items' part
    bool isPartHeading = false;
    double confidence = 0;
};

/// What the enclosing section says, for a child.
struct ParentContext {
    const PartDecision *decision = nullptr;
    const SectionClassification *classification = nullptr;
    QString title;
};

/// The part of a section, from the strongest evidence there is: its heading
/// (@p parent sets the threshold a child's heading must pass), the enclosing
/// section, a heading naming a theme and no part, or else the generic
/// evidence at @p position.
PartDecision decidePart(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const CueCounts &body, const ParentContext *parent,
    double position, QList<ClassificationEvidence> *evidence);

/// A heading naming a part with at least @p threshold: that part, or two
/// parts when it names two coordinated ones; nullopt otherwise.
std::optional<PartDecision> partFromHeading(
    const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, double threshold, QList<ClassificationEvidence> *evidence);

/// Two parts named in one heading, @p best and @p second by weight: the
/// one named first and the one named after it when they are joined by a
/// connector (不足和下一步打算) and come in the order reports put them;
/// nullopt when one qualifies the other (工作思路和举措 is one plan).
std::optional<std::pair<int, int>> coordinatedParts(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, int best, int second);

/// A child without a part of its own: its parent's (the items' part of a
/// split parent).
PartDecision partFromParent(const Scheme &scheme, const ParentContext &parent, QList<ClassificationEvidence> *evidence);

/// A top-level heading naming a theme strongly enough and no part: the
/// scheme's content part; nullopt otherwise.
std::optional<PartDecision> partFromThemeHeading(const Scheme &scheme, const HeadingEvidence &heading, QList<ClassificationEvidence> *evidence);

/// A generic top-level heading (一、工作情况): weak heading cues, the body's
/// part cues, weak theme cues (for the content part) and the position,
/// added up. Only the evidence for the part chosen is kept.
PartDecision partFromGenericHeading(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const CueCounts &body, double position,
    QList<ClassificationEvidence> *evidence);

/// Per part: the weight of the body's part cues. A part only its heading
/// assigns (@c needsHeading) is out of reach of a heading that does not
/// name it: its body cues count for the content part (@p content).
std::vector<double> bodyPartScores(
    const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const CueCounts &body, int content, QList<ClassificationEvidence> *evidence);

// ---- decision: the theme ----

/// Theme evidence of a section: its heading's, plus its body's share,
/// capped so that the body decides only when the heading says nothing.
struct ThemeScores {
    std::vector<double> body; ///< per theme: weight of its body cues
    double bodyTotal = 0;
    std::vector<QList<std::pair<int, int>>> bodyCues; ///< per theme: (cue, count)
    std::vector<double> total; ///< per theme: heading and capped body
    double sum = 0;

    /// Whether the body says enough to count (SchemeSettings::bodyThemeMinimum).
    bool bodyCounts(const SchemeSettings &settings) const
    {
        return bodyTotal >= settings.bodyThemeMinimum;
    }
};

ThemeScores themeScores(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const CueCounts &body);

/// Sets @p c's theme and theme confidence: from its own cues when one
/// theme stands out (or, without theme cues in the heading, the body's
/// strongest), else its parent's when both are of one part; nothing for a
/// part heading.
void decideTheme(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const ThemeScores &scores, const ParentContext *parent,
    SectionClassification *c, QList<ClassificationEvidence> *evidence);

// ---- the report ----

/// A split heading's opening paragraph, and its items when they are
/// enumerated in its own text (一是…二是…) rather than sub-headings.
void setSplitSpans(const QList<Section> &sections, int index, SectionClassification *c);

/// The required parts no section (nor the items of a split one) is in, in
/// scheme order.
QStringList missingParts(const Scheme &scheme, const QList<SectionClassification> &sections);

} // namespace Internal

} // namespace Dz
