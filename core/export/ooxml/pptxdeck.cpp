#include "export/ooxml/pptxdeck.h"

#include "export/filesaving.h"
#include "export/ooxml/chartpart.h"
#include "export/ooxml/deckparts.h"
#include "export/ooxml/ooxmlpackage.h"
#include "export/ooxml/ooxmlwriting.h"
#include "export/ooxml/slidewriter.h"
#include "export/ooxml/tablelayout.h"
#include "export/ooxml/xlsxworkbook.h"
#include "export/ooxml_debug.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz
{

using namespace Internal;

QSize PptxDeck::pictureSize()
{
    // The box of a chart with a note of two lines and a source line of one.
    constexpr qint64 EmuPerPixel = 914400 / 96;
    const Rect box = contentAbove(footerFor(u"—\n—"_s, u"—"_s));
    return QSize(int(box.cx / EmuPerPixel), int(box.cy / EmuPerPixel));
}

int PptxDeck::addTitleSlide(const QString &title, const QString &subtitle)
{
    SlideWriter slide;
    slide.centredTitle(title);
    if (!subtitle.isEmpty())
        slide.subtitle(subtitle);
    m_slides.append({slide.finish(), int(SlideLayout::Title), QString(), {}});
    if (m_documentTitle.isEmpty())
        m_documentTitle = title;
    return slideCount();
}

Result<int> PptxDeck::addChartSlide(const ChartData &chart, ChartMode mode, const QByteArray &png)
{
    if (const QString problem = chart.problem(); !problem.isEmpty())
        return Result<int>::failure(problem);

    SlideWriter slide;
    slide.title(chart.title);
    const Footer footer = footerFor(chart.note, chart.source);
    const Rect content = contentAbove(footer);
    QString attachment;
    QStringView type;
    if (mode == ChartMode::Picture) {
        const auto size = pngSize(png);
        if (!size)
            return Result<int>::failure(tr("The picture for the chart “%1” is not a PNG image.").arg(chart.title));
        m_pictures.append(png);
        attachment = u"ppt/media/image"_s + QString::number(m_pictures.size()) + u".png"_s;
        type = RelType::image;
        slide.picture(fitted(content, size->first, size->second), chart.title);
    } else {
        // Whatever the workbook would refuse is refused now, not when the deck is written.
        if (const auto sheet = XlsxWorkbook().addSheet(ChartSheetName.toString(), chartWorkbookRows(chart), 1); !sheet)
            return Failure(sheet.error());
        m_charts.append(chart);
        attachment = u"ppt/charts/chart"_s + QString::number(m_charts.size()) + u".xml"_s;
        type = RelType::chart;
        slide.chart(content, chart.title);
    }
    slide.footer(footer);
    m_slides.append({slide.finish(), int(SlideLayout::TitleOnly), attachment, type});
    if (m_documentTitle.isEmpty())
        m_documentTitle = chart.title;
    return slideCount();
}

Result<int> PptxDeck::addTableSlide(const TableData &table)
{
    qsizetype columns = table.header.size();
    for (const QList<CellValue> &row : table.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return Result<int>::failure(tr("The table “%1” has no columns.").arg(table.title));

    // Every cell as the slide shows it; numbers right-aligned.
    const QLocale locale(QLocale::Chinese, QLocale::China);
    QList<QStringList> cells;
    QList<QList<bool>> numeric;
    for (const QList<CellValue> &row : table.rows) {
        QStringList texts;
        QList<bool> right;
        for (qsizetype c = 0; c < columns; ++c) {
            const CellValue cell = row.value(c);
            if (const auto *text = std::get_if<QString>(&cell)) {
                texts.append(*text);
                right.append(false);
            } else if (const auto *number = std::get_if<double>(&cell)) {
                texts.append(locale.toString(*number, 'g', QLocale::FloatingPointShortest));
                right.append(true);
            } else {
                texts.append(QString());
                right.append(false);
            }
        }
        cells.append(texts);
        numeric.append(right);
    }

    const Footer footer = footerFor(table.note, table.source);
    const Rect box = contentAbove(footer);
    const QList<TablePage> pages = TableLayout::pages(table.header, cells, box.cx, box.cy);
    const int first = slideCount() + 1;
    int rowPage = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const TablePage &page = pages.at(i);
        rowPage = i > 0 && pages.at(i - 1).columnGroup == page.columnGroup ? rowPage + 1 : 0;
        QString title = table.title;
        if (page.columnGroups > 1)
            title = tr("%1 (columns, part %2 of %3)").arg(title).arg(page.columnGroup + 1).arg(page.columnGroups);
        if (rowPage > 0)
            title = tr("%1 (continued)").arg(title);
        SlideWriter slide;
        slide.title(title);
        slide.table(box.x, box.y, page, !table.header.isEmpty(), numeric);
        slide.footer(footer);
        m_slides.append({slide.finish(), int(SlideLayout::TitleOnly), QString(), {}});
    }
    if (m_documentTitle.isEmpty())
        m_documentTitle = table.title;
    return first;
}

QList<ChartData> PptxDeck::chartPages(const ChartData &chart)
{
    if (chart.kind != ChartKind::HorizontalBar || chart.categories.size() <= MaxBarsPerSlide)
        return {chart};
    // The slides of one chart share their scale, so bars compare across them.
    ChartData shared = chart;
    if (!shared.valueAxisMaximum)
        shared.valueAxisMaximum = niceAxisMaximum(chart.maximumValue());
    const qsizetype count = chart.categories.size();
    const qsizetype slides = (count + MaxBarsPerSlide - 1) / MaxBarsPerSlide;
    const qsizetype per = (count + slides - 1) / slides;
    QList<ChartData> pages;
    QStringList silent; // reports of slides that would hold no bar at all
    for (qsizetype first = 0; first < count; first += per) {
        ChartData page = shared.slice(first, per);
        if (page.maximumValue() <= 0 && std::none_of(page.series.cbegin(), page.series.cend(), [](const ChartSeries &s) {
                return std::any_of(s.values.cbegin(), s.values.cend(), [](const std::optional<double> &v) {
                    return v.has_value();
                });
            })) {
            silent.append(page.categories);
            continue;
        }
        if (!pages.isEmpty())
            page.title = tr("%1 (continued)").arg(chart.title);
        pages.append(page);
    }
    if (pages.isEmpty())
        return {chart};
    // A slide of gaps only shows nothing: its reports are named under the last slide instead.
    if (!silent.isEmpty()) {
        ChartData &last = pages.last();
        const QString named = tr("Not reported by %1.").arg(silent.join(tr(", ")));
        last.note = last.note.isEmpty() ? named : last.note + tr("; ") + named;
    }
    return pages;
}

double PptxDeck::niceAxisMaximum(double maximum)
{
    if (maximum <= 0)
        return 1;
    // Room above the longest bar for its label, then a round number.
    const double wanted = maximum * 1.15;
    const double magnitude = std::pow(10, std::floor(std::log10(wanted)));
    for (const double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (wanted <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

void PptxDeck::setCreated(const QDateTime &created)
{
    m_created = created;
}

Result<QByteArray> PptxDeck::toBytes() const
{
    OoxmlPackage package;
    package.setCreated(m_created);
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        XlsxWorkbook workbook;
        workbook.setCreated(m_created);
        const auto sheet = workbook.addSheet(ChartSheetName.toString(), chartWorkbookRows(m_charts[i]), 1);
        const auto bytes = sheet ? workbook.toBytes() : Result<QByteArray>::failure(sheet.error());
        if (!bytes)
            return bytes;
        const QString number = QString::number(i + 1);
        const QString chart = u"ppt/charts/chart"_s + number + u".xml"_s;
        // ASCII names without spaces, unlike Office's own "Microsoft_Excel_Worksheet 1.xlsx".
        const QString embedding = u"chart"_s + number + u"-data.xlsx"_s;
        package.addPart(u"ppt/embeddings/"_s + embedding, QString(), bytes.value());
        const QString workbookRelationship = package.addRelationship(chart, RelType::package, u"../embeddings/"_s + embedding);
        package.addPart(chart, u"application/vnd.openxmlformats-officedocument.drawingml.chart+xml"_s, chartPartXml(m_charts[i], workbookRelationship));
    }
    for (qsizetype i = 0; i < m_pictures.size(); ++i)
        package.addPart(u"ppt/media/image"_s + QString::number(i + 1) + u".png"_s, QString(), m_pictures[i]);
    package.addDefault(u"png"_s, u"image/png"_s);
    package.addDefault(u"xlsx"_s, u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s);

    const QString presentation = u"ppt/presentation.xml"_s;
    package.addRelationship(QString(), RelType::officeDocument, presentation);
    package.addRelationship(QString(), RelType::coreProperties, u"docProps/core.xml"_s);
    package.addRelationship(QString(), RelType::extendedProperties, u"docProps/app.xml"_s);
    package.addPart(
        u"docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s, corePropertiesXml(m_documentTitle, package.created()));
    package.addPart(u"docProps/app.xml"_s, u"application/vnd.openxmlformats-officedocument.extended-properties+xml"_s, appPropertiesXml(slideCount()));

    const QString pml = u"application/vnd.openxmlformats-officedocument.presentationml."_s;
    const QString master = u"ppt/slideMasters/slideMaster1.xml"_s;
    const QString masterRelationship = package.addRelationship(presentation, RelType::slideMaster, u"slideMasters/slideMaster1.xml"_s);
    QStringList slideRelationships;
    for (qsizetype i = 0; i < m_slides.size(); ++i) {
        const Slide &slide = m_slides[i];
        const QString file = u"slide"_s + QString::number(i + 1) + u".xml"_s;
        const QString part = u"ppt/slides/"_s + file;
        slideRelationships.append(package.addRelationship(presentation, RelType::slide, u"slides/"_s + file));
        package.addPart(part, pml + u"slide+xml"_s, slide.xml);
        // The slide's XML already names rId1 and rId2: add them in that order.
        const QString layout =
            package.addRelationship(part, RelType::slideLayout, u"../slideLayouts/slideLayout"_s + QString::number(slide.layout + 1) + u".xml"_s);
        QString attachment = AttachmentRelationship.toString();
        if (!slide.attachment.isEmpty()) {
            // "ppt/charts/chart1.xml" seen from "ppt/slides/": "../charts/chart1.xml".
            attachment = package.addRelationship(part, slide.attachmentType, u"../"_s + slide.attachment.mid(4));
        }
        if (layout != LayoutRelationship || attachment != AttachmentRelationship || (!slide.attachment.isEmpty() && !package.hasPart(slide.attachment))) {
            qCCritical(lcOoxml) << "slide" << i + 1 << "relationships do not match its XML" << layout << attachment << slide.attachment;
            return Result<QByteArray>::failure(tr("Internal error: slide %1 refers to parts that are missing.").arg(i + 1));
        }
    }
    package.addPart(presentation, pml + u"presentation.main+xml"_s, presentationXml(masterRelationship, slideRelationships));

    QStringList layoutRelationships;
    for (int i = 0; i < SlideLayoutCount; ++i) {
        const QString file = u"slideLayout"_s + QString::number(i + 1) + u".xml"_s;
        const QString part = u"ppt/slideLayouts/"_s + file;
        layoutRelationships.append(package.addRelationship(master, RelType::slideLayout, u"../slideLayouts/"_s + file));
        package.addPart(part, pml + u"slideLayout+xml"_s, slideLayoutXml(SlideLayout(i)));
        package.addRelationship(part, RelType::slideMaster, u"../slideMasters/slideMaster1.xml"_s);
    }
    package.addRelationship(master, RelType::theme, u"../theme/theme1.xml"_s);
    package.addPart(master, pml + u"slideMaster+xml"_s, slideMasterXml(layoutRelationships));

    package.addPart(u"ppt/theme/theme1.xml"_s, u"application/vnd.openxmlformats-officedocument.theme+xml"_s, themeXml());
    package.addRelationship(presentation, RelType::theme, u"theme/theme1.xml"_s);
    package.addPart(u"ppt/presProps.xml"_s, pml + u"presProps+xml"_s, presentationPropertiesXml());
    package.addRelationship(presentation, RelType::presProps, u"presProps.xml"_s);
    package.addPart(u"ppt/viewProps.xml"_s, pml + u"viewProps+xml"_s, viewPropertiesXml());
    package.addRelationship(presentation, RelType::viewProps, u"viewProps.xml"_s);
    package.addPart(u"ppt/tableStyles.xml"_s, pml + u"tableStyles+xml"_s, tableStylesXml());
    package.addRelationship(presentation, RelType::tableStyles, u"tableStyles.xml"_s);
    return package.toBytes();
}

Result<qint64> PptxDeck::write(const QString &path) const
{
    return FileSaving::save(toBytes(), path);
}

} // namespace Dz
