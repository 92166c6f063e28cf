#pragma once

#include <QHeaderView>

namespace Dz
{

/**
 * A header that shows whole labels: each section's text wraps onto as many
 * lines as its width needs (between Chinese characters and at spaces). Over
 * columns the header grows to the tallest label and no column gets narrower
 * than a few characters (the view scrolls instead); beside rows the header
 * is at most fourteen characters wide and each row as tall as its label.
 * Its model's tool tips stay.
 */
class WrappingHeaderView final : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

    /// The height section @p logicalIndex's text needs at @p width.
    int heightFor(int logicalIndex, int width) const;
    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QString textOf(int logicalIndex) const;
    /// A vertical header's width: its longest label, up to fourteen characters.
    int rowHeaderWidth() const;
};

} // namespace Dz
