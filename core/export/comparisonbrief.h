#pragma once

#include "audit/auditcheck.h"
#include "base/result.h"
#include "base/tabledata.h"
#include "export/chartdata.h"
#include "export/ooxml/docxdocument.h"
#include "project/annotation.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>

#include <functional>

namespace Dz
{

struct Comparison;
class IndicatorTableModel;
class WeaknessCatalog;

/// One piece of a brief, in reading order.
struct BriefBlock {
    enum class Kind {
        Heading, ///< level 1 or 2, listed in the table of contents
        Paragraph, ///< a summary written from the figures
        Table,
        Chart, ///< drawn as a picture, its title above, note and source below
        Quote, ///< a passage of a report the analyst annotated
    };
    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    TableData table;
    ChartData chart;
};

/**
 * The written brief of a comparison (情况通报, 评估报告) as a Word document:
 * what the figures say in plain sentences, section by section, with the
 * workbench's own tables and charts under them.
 *
 * Everything comes from what the views show: the comparison (its reports,
 * alignment with the analyst's corrections, weaknesses), the indicator
 * table model (with the analyst's values), the audit of the same
 * comparison and the analyst's annotations. The sentences are written in
 * the interface's language (tr()), the figures quoted as the table shows
 * them (≥175, 4*, 200 ✎).
 */
class ComparisonBrief
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ComparisonBrief)

public:
    /// How the analyst's annotations are grouped.
    enum class Grouping {
        ByTheme, ///< the weakness theme or scheme node of the passage
        ByReport,
    };

    /// What the analyst chooses.
    struct Options {
        QString title; ///< empty: defaultTitle()
        QString subtitle; ///< empty: defaultSubtitle()
        Grouping grouping = Grouping::ByTheme;
        QDate date = QDate::currentDate();
        /// Scheme, indicator and theme labels in Chinese (the interface's language).
        bool chinese = true;
    };

    /// What the brief is written from, all of one comparison.
    struct Sources {
        /// The comparison with the analyst's values (IndicatorTableModel::setSession()).
        const IndicatorTableModel *table = nullptr;
        const WeaknessCatalog *weaknesses = nullptr;
        /// The Audit of the comparison, one per report; none: no audit section.
        QList<ReportAudit> audits;
        /// The analyst's annotations, one list per compared report (may be empty).
        QList<QList<Annotation>> annotations;
    };

    /// Draws a chart as PNG bytes at a size in logical pixels (the GUI and the
    /// CLI pass ChartExporter), without its note and source, which the brief
    /// prints under the picture.
    using PictureRenderer = std::function<QByteArray(const ChartData &, QSize)>;
    /// The logical size charts are drawn at; with PictureScale, 1920 pixels
    /// across 13 cm of the page, about 370 dots per inch.
    static QSize pictureSize();
    static constexpr qreal PictureScale = 2;

    static QString defaultTitle();
    /// "5 reports compared · 2025-06-01".
    static QString defaultSubtitle(const Comparison &comparison, QDate date);

    /// The brief's contents in order, without the title page.
    static QList<BriefBlock> compose(const Sources &sources, const Options &options);
    /// The Word document of @p blocks: title page, table of contents, the
    /// blocks; wide tables on landscape pages. Fails when a chart or a
    /// picture cannot be drawn.
    static Result<DocxDocument> document(const QList<BriefBlock> &blocks, const Options &options, const PictureRenderer &picture);
    /// compose() then document().
    static Result<DocxDocument> build(const Sources &sources, const Options &options, const PictureRenderer &picture);

    /// Tables wider than this many columns go on landscape pages.
    static constexpr int MaxPortraitColumns = 7;
};

} // namespace Dz
