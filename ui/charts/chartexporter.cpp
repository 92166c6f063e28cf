#include "charts/chartexporter.h"

#include "charts/chartfactory.h"
#include "export/filesaving.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

#include <limits>

namespace Dz
{

namespace
{

// Renders @p data into @p painter's device of logical @p size.
void render(const ChartData &data, QPainter &painter, QSize size)
{
    QGraphicsScene scene;
    QChart *chart = ChartFactory::create(data);
    scene.addItem(chart);
    chart->resize(size);
    // The chart lays itself out on posted layout requests; a scene without a
    // view needs them delivered before it is drawn. Only those: an export must
    // not run the analyst's clicks or a finished analysis in the middle of it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
}

// Small multiples side by side: two columns up to four charts, three beyond.
int gridColumns(qsizetype charts)
{
    return charts <= 1 ? 1 : charts <= 4 ? 2 : 3;
}

QSize cellSize(const QList<ChartData> &charts, QSize size)
{
    const int columns = gridColumns(charts.size());
    const int rows = int((charts.size() + columns - 1) / columns);
    QSize cell(size.width() / columns, size.height() / std::max(1, rows));
    for (const ChartData &chart : charts)
        cell = cell.expandedTo(ChartFactory::sizeFor(chart, cell));
    return cell;
}

void render(const QList<ChartData> &charts, QPainter &painter, QSize size)
{
    if (charts.size() == 1) {
        render(charts.constFirst(), painter, size);
        return;
    }
    const int columns = gridColumns(charts.size());
    const QSize cell = cellSize(charts, size);
    for (int i = 0; i < charts.size(); ++i) {
        painter.save();
        painter.translate((i % columns) * cell.width(), (i / columns) * cell.height());
        render(charts.at(i), painter, cell);
        painter.restore();
    }
}

} // namespace

QSize ChartExporter::sizeFor(const QList<ChartData> &charts, QSize size)
{
    if (charts.size() <= 1)
        return charts.isEmpty() ? size : ChartFactory::sizeFor(charts.constFirst(), size);
    const int columns = gridColumns(charts.size());
    const int rows = int((charts.size() + columns - 1) / columns);
    const QSize cell = cellSize(charts, size);
    return {cell.width() * columns, cell.height() * rows};
}

qint64 ChartExporter::pixelsOf(QSize size, qreal scale)
{
    const double pixels = double(size.width()) * scale * double(size.height()) * scale;
    return pixels > 0 && pixels < 9e18 ? qint64(pixels) : std::numeric_limits<qint64>::max();
}

QImage ChartExporter::image(const QList<ChartData> &charts, QSize wanted, qreal scale)
{
    const QSize size = sizeFor(charts, wanted);
    if (size.isEmpty() || !(scale > 0) || pixelsOf(size, scale) > MaxPixels)
        return QImage();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image; // no memory for it
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    render(charts, painter, size);
    painter.end();
    return image;
}

QByteArray ChartExporter::png(const QList<ChartData> &charts, QSize size, qreal scale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image(charts, size, scale).save(&buffer, "PNG");
    return bytes;
}

QByteArray ChartExporter::svg(const QList<ChartData> &charts, QSize wanted)
{
    const QSize size = sizeFor(charts, wanted);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    if (!charts.isEmpty()) {
        generator.setTitle(charts.constFirst().title);
        generator.setDescription(charts.constFirst().source);
    }
    QPainter painter(&generator);
    render(charts, painter, size);
    painter.end();
    return bytes;
}

QByteArray ChartExporter::pdf(const QList<ChartData> &charts, QSize wanted)
{
    const QSize size = sizeFor(charts, wanted);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // One page the chart's size, in points (1/72 inch) at 96 dpi.
    writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
    writer.setPageMargins({});
    writer.setResolution(96);
    if (!charts.isEmpty())
        writer.setTitle(charts.constFirst().title);
    writer.setCreator(u"Duizhao"_s);
    QPainter painter(&writer);
    render(charts, painter, size);
    painter.end();
    return bytes;
}

QImage ChartExporter::image(const ChartData &data, QSize size, qreal scale)
{
    return image(QList<ChartData> {data}, size, scale);
}

QByteArray ChartExporter::png(const ChartData &data, QSize size, qreal scale)
{
    return png(QList<ChartData> {data}, size, scale);
}

QByteArray ChartExporter::svg(const ChartData &data, QSize size)
{
    return svg(QList<ChartData> {data}, size);
}

QByteArray ChartExporter::pdf(const ChartData &data, QSize size)
{
    return pdf(QList<ChartData> {data}, size);
}

Result<qint64> ChartExporter::save(const ChartData &data, const QString &path, QSize size, qreal scale)
{
    return save(QList<ChartData> {data}, path, size, scale);
}

Result<qint64> ChartExporter::save(const QList<ChartData> &data, const QString &path, QSize size, qreal scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    // The picture as drawn: long bar charts and grids grow beyond the size asked for.
    if (const QSize drawn = sizeFor(data, size); suffix == u"png" && pixelsOf(drawn, scale) > MaxPixels) {
        return Result<qint64>::failure(tr("%1: a picture of %2x%3 at scale %4 would have more than %5 million pixels; choose a smaller size or scale.")
                .arg(path)
                .arg(drawn.width())
                .arg(drawn.height())
                .arg(scale)
                .arg(MaxPixels / 1000000));
    }
    if (suffix == u"png")
        bytes = png(data, size, scale);
    else if (suffix == u"svg")
        bytes = svg(data, size);
    else if (suffix == u"pdf")
        bytes = pdf(data, size);
    else
        return Result<qint64>::failure(tr("Cannot export a chart as “%1”: use a file name ending in .png, .svg or .pdf.").arg(path));
    if (bytes.isEmpty())
        return Result<qint64>::failure(tr("Could not draw the chart for %1.").arg(path));
    return FileSaving::save(bytes, path);
}

void ChartExporter::copyToClipboard(const QList<ChartData> &data, QSize size, qreal scale)
{
    auto *mime = new QMimeData;
    mime->setImageData(image(data, size, scale));
    mime->setData(u"image/svg+xml"_s, svg(data, size));
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace Dz
