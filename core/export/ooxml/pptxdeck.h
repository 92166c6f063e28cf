#pragma once

#include "base/result.h"
#include "base/tabledata.h"
#include "export/chartdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSize>

namespace Dz
{

/// How a chart goes onto a slide.
enum class ChartMode {
    /// A PowerPoint chart with its data in an embedded workbook: editable in
    /// PowerPoint, WPS and LibreOffice ("Edit Data" shows the figures).
    Native,
    /// A PNG of the on-screen chart, exactly as the workbench shows it.
    Picture,
};

/**
 * A 16:9 PowerPoint deck (.pptx) of title, chart and table slides.
 *
 * Text is set in 微软雅黑 and marked as Chinese; every chart slide carries
 * the chart's note (what ≥ and hatching mean) and source line under it.
 * The package is complete, so PowerPoint opens it without offering repair.
 */
class PptxDeck
{
    Q_DECLARE_TR_FUNCTIONS(Dz::PptxDeck)

public:
    /// Horizontal bars per slide; a longer chart continues on further slides, on the same scale.
    static constexpr int MaxBarsPerSlide = 12;

    /// The size, in pixels at 96 per inch, of the box a chart picture fills
    /// on its slide: drawn at this size (times a scale for sharpness), the
    /// chart's text is as large on the slide as on screen.
    static QSize pictureSize();

    /// Adds a title slide; returns its number (from 1).
    int addTitleSlide(const QString &title, const QString &subtitle = QString());

    /**
     * Adds a slide with @p chart, drawn natively or as @p png (required for
     * ChartMode::Picture, ignored otherwise). Fails, adding nothing, for a
     * chart that ChartData::problem() rejects or bytes that are no PNG.
     * Returns the slide's number.
     */
    Result<int> addChartSlide(const ChartData &chart, ChartMode mode = ChartMode::Native, const QByteArray &png = QByteArray());

    /**
     * Adds @p table on as many slides as it needs, each table inside its
     * slide and above the note (TableLayout: text set smaller down to 10 pt
     * when that saves a slide, rows that do not fit continued with the
     * header repeated, columns that do not fit continued with the first
     * column repeated). Fails for a table without columns. Returns the
     * number of its first slide.
     */
    Result<int> addTableSlide(const TableData &table);

    /// The slides @p chart takes: one, or for horizontal bars beyond
    /// MaxBarsPerSlide several of equal length on one shared scale, titled as
    /// continued; a slide that would hold gaps only is left out and its
    /// reports named in the note of the last.
    static QList<ChartData> chartPages(const ChartData &chart);
    /// A round top for a value axis that leaves room above @p maximum for its label.
    static double niceAxisMaximum(double maximum);

    int slideCount() const
    {
        return int(m_slides.size());
    }

    /// The time recorded in the document properties and on every zip entry
    /// (now, unless set): the same deck with the same time gives the same bytes.
    void setCreated(const QDateTime &created);

    /// The .pptx file's bytes.
    Result<QByteArray> toBytes() const;
    /// Writes the .pptx file, replacing @p path only when complete. Returns the size written.
    Result<qint64> write(const QString &path) const;

private:
    struct Slide {
        QByteArray xml;
        int layout = 0;
        /// Part name of what the slide shows besides text (chart or picture), and its relationship type.
        QString attachment;
        QStringView attachmentType;
    };

    QList<Slide> m_slides;
    /// ppt/charts/chartN.xml and its workbook are made from m_charts[N - 1] when the deck is written.
    QList<ChartData> m_charts;
    /// ppt/media/imageN.png
    QList<QByteArray> m_pictures;
    QString m_documentTitle;
    QDateTime m_created = QDateTime::currentDateTimeUtc();
};

} // namespace Dz
