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

} // namespace

qint64 ChartExporter::pixelsOf(QSize size, qreal scale)
{
    const double pixels = double(size.width()) * scale * double(size.height()) * scale;
    return pixels > 0 && pixels < 9e18 ? qint64(pixels) : std::numeric_limits<qint64>::max();
}

QImage ChartExporter::image(const ChartData &data, QSize size, qreal scale)
{
    if (size.isEmpty() || !(scale > 0) || pixelsOf(size, scale) > MaxPixels)
        return QImage();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image; // no memory for it
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    render(data, painter, size);
    painter.end();
    return image;
}

QByteArray ChartExporter::png(const ChartData &data, QSize size, qreal scale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image(data, size, scale).save(&buffer, "PNG");
    return bytes;
}

QByteArray ChartExporter::svg(const ChartData &data, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(data.title);
    generator.setDescription(data.source);
    QPainter painter(&generator);
    render(data, painter, size);
    painter.end();
    return bytes;
}

QByteArray ChartExporter::pdf(const ChartData &data, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // One page the chart's size, in points (1/72 inch) at 96 dpi.
    writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
    writer.setPageMargins({});
    writer.setResolution(96);
    writer.setTitle(data.title);
    writer.setCreator(u"Duizhao"_s);
    QPainter painter(&writer);
    render(data, painter, size);
    painter.end();
    return bytes;
}

Result<qint64> ChartExporter::save(const ChartData &data, const QString &path, QSize size, qreal scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"png" && pixelsOf(size, scale) > MaxPixels) {
        return Result<qint64>::failure(tr("%1: a picture of %2x%3 at scale %4 would have more than %5 million pixels; choose a smaller size or scale.")
                .arg(path)
                .arg(size.width())
                .arg(size.height())
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

void ChartExporter::copyToClipboard(const ChartData &data, QSize size, qreal scale)
{
    auto *mime = new QMimeData;
    mime->setImageData(image(data, size, scale));
    mime->setData(u"image/svg+xml"_s, svg(data, size));
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace Dz
