#pragma once

#include "export/ooxml/pptxdeck.h"

#include <QDate>
#include <QList>
#include <functional>

namespace Dz
{

/// One slide the analyst put in the deck.
struct DeckSlide {
    enum class Kind { Chart, Table };
    Kind kind = Kind::Chart;
    ChartData chart;
    TableData table;

    QString title() const
    {
        return kind == Kind::Chart ? chart.title : table.title;
    }
};

/**
 * The slides an analyst collects ("Add to deck"), in order, and how they
 * become a .pptx: a title slide, then each slide, charts native (editable,
 * with their data) or as pictures.
 */
class Deck
{
public:
    /// Draws a chart as PNG bytes at a size in pixels (the GUI and CLI pass
    /// the on-screen renderer). It is given the slide's picture box
    /// (PptxDeck::pictureSize()), so that its text reads as large on the
    /// slide as on screen, and the chart without its note and source, which
    /// the slide carries below it.
    using PictureRenderer = std::function<QByteArray(const ChartData &, QSize)>;

    QList<DeckSlide> slides;

    void move(int from, int to);

    /// The title slide's subtitle: which reports, and when.
    static QString subtitle(const QStringList &reportNames, QDate date);

    /// The deck as a PptxDeck; fails naming the slide a chart or table cannot go on.
    Result<PptxDeck> build(const QString &title, const QString &subtitle, ChartMode mode, const PictureRenderer &picture = {}) const;
};

} // namespace Dz
