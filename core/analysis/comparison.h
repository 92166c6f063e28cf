#pragma once

#include "alignment/alignment.h"
#include "alignment/sectionclassification.h"
#include "analysis/reportanalysis.h"
#include "indicators/indicatorvalue.h"
#include "reading/report.h"
#include "weaknesses/weaknesscatalog.h"
#include "weaknesses/weaknessitem.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Dz
{

struct AnalysisEngines;

/**
 * Several reports analysed together: each one's classification, indicators
 * and weaknesses, and the alignment of all of them (with the analyst's
 * corrections applied). Lists are parallel to @c reports.
 */
struct Comparison {
    QList<Report> reports;
    QList<ReportClassification> classifications;
    QList<ReportIndicators> indicators;
    QList<ReportWeaknesses> weaknesses;
    /// The weakness themes @c weaknesses were read with: the built-in ones,
    /// or an analyst's (the project's catalog, a --catalog file).
    WeaknessCatalog weaknessCatalog;
    QList<AlignmentCorrection> corrections;
    Alignment alignment;
    /// The caller's identifiers of the reports (project report ids), parallel
    /// to @c reports, so what is shown can be traced back to what was asked for.
    QList<qint64> keys;
    /// Reports asked for but left out (a damaged stored text), one message each.
    QStringList problems;

    bool isEmpty() const
    {
        return reports.isEmpty();
    }
    /// How each report is named: "滨海 · 2024" …
    QStringList reportNames() const;
    /// The sections of report @p report placed in @p node's row; empty when it has none.
    QList<AlignedSection> sectionsIn(const QString &node, int report) const;

    /// Where a text position of report @p report stands in the alignment.
    struct Place {
        QString node; ///< empty when the position is in no placed section
        TextSpan span; ///< the placed section's text
    };
    /// The most specific node holding @p position (P1.T05 rather than P1):
    /// the smallest placed span that contains it.
    Place placeAt(int report, qsizetype position) const;

    /// Puts analysed reports side by side: their analyses as they are (read
    /// back from a project or just made), aligned with @p corrections.
    static Comparison compose(const AnalysisEngines &engines, QList<ReportAnalysis> analyses, QList<AlignmentCorrection> corrections, QList<qint64> keys = {});
    /// Analyses @p reports (ReportPipeline::analyse() each) and composes them; for
    /// reports that are in no project (files given to the CLI, tests).
    static Comparison analyse(const AnalysisEngines &engines, QList<Report> reports, QList<AlignmentCorrection> corrections = {});
    /// Aligns again after @c corrections changed; the per-report analyses stay.
    void realign(const AnalysisEngines &engines);
    /// Reads every report's shortcomings again with @p catalog (items and
    /// themes), so the heat map, exports, deck and audit show its themes. A
    /// catalog equal to the current one changes nothing.
    void applyWeaknessCatalog(const WeaknessCatalog &catalog);
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::Comparison)
