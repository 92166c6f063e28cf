#pragma once

#include "alignment/alignmentcorrection.h"
#include "alignment/scheme.h"
#include "alignment/sectionclassification.h"
#include "base/result.h"
#include "reading/report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dz
{

class SectionClassifier;

/// One section placed in one cell of the table.
struct AlignedSection {
    int report = -1;
    int section = -1; ///< index into Report::sections
    QString marker;
    QString title;
    int level = 0;
    TextSpan span; ///< the text that belongs to this cell (a split heading's opening paragraph only)
    double confidence = 0;
    bool corrected = false; ///< placed by an analyst's correction
    bool intro = false; ///< the opening paragraph of a heading naming two parts
};

struct AlignmentRow {
    QString node; ///< "P1", "P1.T05", "P2" …
    QString part;
    QString theme; ///< empty for part rows
    SchemeLabel label;
    bool required = false; ///< an empty cell means the report lacks a required part
    QList<QList<AlignedSection>> cells; ///< one per report, in report order
};

/// Two sections of different reports that look alike (bigram TF-IDF cosine),
/// or that an analyst said correspond.
struct SectionPair {
    int reportA = -1;
    int sectionA = -1;
    int reportB = -1;
    int sectionB = -1;
    QString headingA; ///< marker and title, as written
    QString headingB;
    double score = 0;
    bool manual = false;
};

struct AlignedReport {
    QString filePath;
    QString displayName;
    QStringList missingParts; ///< after corrections
};

/**
 * Reports side by side: rows are the scheme's nodes (P1 and P1 with each
 * theme, then P2 … P5), columns are reports, each cell the sections of that
 * report for that node, or empty (for a required part: missing).
 *
 * Sections the scheme cannot place (P1 content with no theme, no part) get
 * partners proposed from other reports by text similarity.
 */
class Alignment
{
    Q_DECLARE_TR_FUNCTIONS(Dz::Alignment)

public:
    /// Pairs below this cosine are not proposed.
    static constexpr double MinimumPairScore = 0.12;
    /// Partners proposed per section, each from a different report: enough to
    /// review, and it keeps large comparisons from drowning in proposals.
    static constexpr int MaxPartnersPerSection = 8;

    static Alignment compute(const SectionClassifier &classifier, const QList<Report> &reports, const QList<AlignmentCorrection> &corrections = {});
    static Alignment compute(const Scheme &scheme, const QList<Report> &reports, const QList<ReportClassification> &classifications,
        const QList<AlignmentCorrection> &corrections = {});

    const QList<AlignmentRow> &rows() const
    {
        return m_rows;
    }
    const QList<AlignedReport> &reports() const
    {
        return m_reports;
    }
    const QList<SectionPair> &pairs() const
    {
        return m_pairs;
    }
    /// Corrections whose sections were not found in the reports (kept, not applied), with why.
    const QList<std::pair<AlignmentCorrection, QString>> &unresolved() const
    {
        return m_unresolved;
    }
    QString schemeId() const
    {
        return m_schemeId;
    }

    int rowIndex(const QString &node) const;
    /// The node a section was placed in (its own row, or its nearest placed ancestor's); empty if none.
    QString nodeOf(int report, int section) const;

private:
    QString m_schemeId;
    QList<AlignmentRow> m_rows;
    QList<AlignedReport> m_reports;
    QList<SectionPair> m_pairs;
    QList<std::pair<AlignmentCorrection, QString>> m_unresolved;
    QList<QStringList> m_nodeOfSection; // [report][section]
};

} // namespace Dz
