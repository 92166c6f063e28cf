#pragma once

// Private to core/alignment: the steps of Alignment::compute(), for
// alignment.cpp and its tests. Never include this from a public header.
//
// Placement (each section's node, and whether it starts an entry of its
// own) → corrections (the analyst's, over the placement) → rows (the
// scheme's nodes) → cells (the entries, and the documents the similarity
// index reads) → pairs (partners for the sections the scheme cannot place).

#include "alignment/alignment.h"
#include "alignment/sectionsimilarity.h"

#include <QHash>

namespace Dz
{

namespace Internal
{

/// Where each section of each report goes, [report][section].
struct Placement {
    QList<QStringList> node;
    /// The section starts an entry of its own; the others go with their
    /// nearest listed ancestor.
    QList<QList<bool>> listed;
    /// An analyst's correction put it (or an ancestor) there.
    QList<QList<bool>> corrected;

    /// The node a section is shown in: its own when listed, else that of
    /// its nearest listed ancestor; empty when none is.
    QString effectiveNode(const QList<Section> &sections, int report, int section) const;
    /// Puts a section in @p target, with its subsections unless they were
    /// corrected themselves.
    void place(const QList<Section> &sections, int report, int section, const QString &target);
};

/// "P1.T05" for a theme inside a themed part, else the part; empty when
/// @p c is null or has no part.
QString classifiedNode(const Scheme &scheme, const SectionClassification *c);

/// The classification of a section, or null when there is none.
const SectionClassification *classificationOf(const QList<ReportClassification> &classifications, int report, int section);

/// Automatic placement: a section gets an entry of its own when it starts
/// something new — a top heading, a change of part (P3 content inside P1,
/// the items of a split heading), or a new theme under a part heading or a
/// top-level heading. Without any classification (a genre without a
/// scheme) the headings of the first two levels do.
Placement placeSections(const Scheme &scheme, const QList<Report> &reports, const QList<ReportClassification> &classifications);

/// What the corrections did besides moving sections.
struct CorrectionOutcome {
    /// The sections an analyst paired, two entries per pair, as (report, section).
    QList<std::pair<int, int>> manualPairs;
    /// Corrections whose sections or node were not found, with why.
    QList<std::pair<AlignmentCorrection, QString>> unresolved;
};

/// Applies the analyst's corrections to @p placement in order (a later one
/// wins); corrections about reports not compared are passed over.
CorrectionOutcome applyCorrections(const Scheme &scheme, const QList<Report> &reports, const QList<AlignmentCorrection> &corrections, Placement *placement);

/// A row per part and, for themed parts, per theme after it, in scheme
/// order, each with an empty cell per report.
QList<AlignmentRow> schemeRows(const Scheme &scheme, int reportCount);

/// The listed sections as the similarity index reads them.
struct AlignedDocuments {
    QList<std::pair<int, int>> documents; ///< document → (report, section)
    QHash<quint64, int> documentOf; ///< (report << 32 | section) → document
    /// The documents the scheme cannot place: no node, or content of a
    /// themed part with no theme.
    QList<int> outside;

    int documentAt(int report, int section) const
    {
        return documentOf.value((quint64(report) << 32) | quint32(section), -1);
    }
};

/// Fills the cells of @p rows with every listed section (a split heading's
/// opening in its part's row, its enumerated items in theirs) and lists
/// the documents for the similarity index.
AlignedDocuments fillCells(const Scheme &scheme, const QList<Report> &reports, const QList<ReportClassification> &classifications, const Placement &placement,
    QList<AlignmentRow> *rows);

/// The required parts none of the rows of a part has a section of @p report in.
QStringList missingPartsOf(const Scheme &scheme, const QList<AlignmentRow> &rows, int report);

/// The similarity index over @p documents: each section's heading, thrice,
/// and the start of its body.
void indexDocuments(const QList<Report> &reports, const QList<std::pair<int, int>> &documents, SectionSimilarity *similarity);

/// The analyst's pairs, then for each section outside the scheme its best
/// partner in each other report (at most Alignment::MaxPartnersPerSection,
/// none below Alignment::MinimumPairScore), each pair once.
QList<SectionPair> sectionPairs(
    const QList<Report> &reports, const AlignedDocuments &aligned, const QList<std::pair<int, int>> &manualPairs, const SectionSimilarity &similarity);

} // namespace Internal

} // namespace Dz
