#pragma once

#include "base/result.h"
#include "export/chartdata.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace Dz
{

/**
 * Draws ChartData off screen at a chosen size: PNG (sharp at a scale of 2),
 * SVG and PDF as vectors, and the clipboard (PNG and SVG together), so a
 * chart pasted into PowerPoint or WPS looks like the one on screen.
 */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ChartExporter)

public:
    static constexpr QSize DefaultSize {1920, 1080};
    /// The most pixels a PNG is drawn with, size and scale together (a
    /// 16384x16384 picture, 1 GiB in memory): beyond, nothing is drawn.
    static constexpr qint64 MaxPixels = qint64(16384) * 16384;
    /// The pixels of a picture of @p size at @p scale.
    static qint64 pixelsOf(QSize size, qreal scale);

    /// A null image when size and scale ask for more than MaxPixels.
    static QImage image(const ChartData &data, QSize size = DefaultSize, qreal scale = 1);
    static QByteArray png(const ChartData &data, QSize size = DefaultSize, qreal scale = 1);
    static QByteArray svg(const ChartData &data, QSize size = DefaultSize);
    static QByteArray pdf(const ChartData &data, QSize size = DefaultSize);
    /// Writes @p path as .png, .svg or .pdf by its suffix; nothing is left
    /// behind on failure (a PNG over MaxPixels is refused, saying so).
    static Result<qint64> save(const ChartData &data, const QString &path, QSize size = DefaultSize, qreal scale = 1);

    // Several charts (small multiples) in a grid: two columns up to four
    // charts, three beyond. A horizontal bar chart grows downwards so every
    // row keeps its height (ChartFactory::sizeFor()); so does the picture.
    static QSize sizeFor(const QList<ChartData> &charts, QSize size);
    static QImage image(const QList<ChartData> &charts, QSize size = DefaultSize, qreal scale = 1);
    static QByteArray png(const QList<ChartData> &charts, QSize size = DefaultSize, qreal scale = 1);
    static QByteArray svg(const QList<ChartData> &charts, QSize size = DefaultSize);
    static QByteArray pdf(const QList<ChartData> &charts, QSize size = DefaultSize);
    static Result<qint64> save(const QList<ChartData> &charts, const QString &path, QSize size = DefaultSize, qreal scale = 1);
    /// PNG and SVG on the clipboard, for applications that take either.
    static void copyToClipboard(const QList<ChartData> &charts, QSize size = DefaultSize, qreal scale = 2);
};

} // namespace Dz
