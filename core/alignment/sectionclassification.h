#pragma once

#include "base/textspan.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dz
{

/// Where a piece of classification evidence was found.
enum class EvidenceSource {
    Heading, ///< a cue term in the section's own heading
    Body, ///< cue terms in the section's text (with its subsections)
    Parent, ///< the part of the enclosing section
    Order, ///< where the section stands among the top-level sections
    ThemeHeading, ///< a heading that names a theme and no part: content of the scheme's content part
    Default, ///< nothing else said anything
};

/// One reason behind a classification, kept so the UI and `why` can show it.
struct ClassificationEvidence {
    EvidenceSource source = EvidenceSource::Heading;
    QString nodeId; ///< the part or theme it counts for
    QString term; ///< the cue term, or the parent's title for EvidenceSource::Parent
    int count = 1; ///< occurrences (body cues)
    double weight = 0; ///< what it added to the node's score
};

struct ThemeScore {
    QString id;
    double score = 0; ///< share of all theme evidence, 0…1
};

/// What a section is about, in terms of a Scheme.
struct SectionClassification {
    QString part; ///< e.g. "P2"; for a split heading the part of its opening paragraph
    /// Set only when the heading names two parts (存在的不足和下一步工作打算):
    /// the part of the items under it.
    QString itemsPart;
    QString theme; ///< primary theme, empty when none is clear or the section is a part heading
    QList<ThemeScore> themes; ///< every theme of the scheme, in scheme order
    double confidence = 0; ///< 0…1
    double partConfidence = 0;
    double themeConfidence = 0;
    /// The heading names a part (一、主要举措和成效), so the section is a
    /// container, not content about one theme.
    bool isPartHeading = false;
    /// For a split heading: its opening paragraph, before the first item.
    TextSpan introSpan;
    /// For a split heading whose items are enumerated in its own text
    /// (一是…二是…) rather than sub-headings: those items.
    TextSpan itemsSpan;
    QList<ClassificationEvidence> evidence;

    /// A human-readable account of the evidence (SectionClassifier::explain()),
    /// written when asked for: most sections are never explained, and the
    /// account is in the language of the moment.
    QString why() const;

    bool isSplit() const
    {
        return !itemsPart.isEmpty();
    }
};

/// The classification of every section of one report.
struct ReportClassification {
    QString schemeId;
    QList<SectionClassification> sections; ///< parallel to Report::sections
    QStringList missingParts; ///< required parts the report has no section for, in scheme order
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::SectionClassification)
Q_DECLARE_METATYPE(Dz::ReportClassification)
