#pragma once

#include "export/ooxml/pptxdeck.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace Dz
{

/// One slide the analyst put in the deck.
struct DeckSlide {
    Q_DECLARE_TR_FUNCTIONS(Dz::DeckSlide)

public:
    enum class Kind { Chart, Table };
    Kind kind = Kind::Chart;
    ChartData chart;
    TableData table;

    static DeckSlide ofChart(const ChartData &chart)
    {
        return {Kind::Chart, chart, {}};
    }
    static DeckSlide ofTable(const TableData &table)
    {
        return {Kind::Table, {}, table};
    }

    QString title() const
    {
        return kind == Kind::Chart ? chart.title : table.title;
    }
    void setTitle(const QString &title);
    /// The line under the chart or table (what the marks mean); the analyst may rewrite it.
    QString note() const
    {
        return kind == Kind::Chart ? chart.note : table.note;
    }
    void setNote(const QString &note);
    /// Why the slide would show nothing (a table without rows or without a
    /// figure beside its first column, a chart without any value), or empty
    /// when it has something to show.
    QString emptiness() const;
};

/**
 * The deck an analyst builds ("Add to Deck"): the title slide's title and
 * subtitle, and the slides in order; how it becomes a .pptx (a title
 * slide, then each slide, charts native and editable or as pictures); and
 * its JSON form, which the project keeps (AnalystSession::deck()).
 */
class Deck
{
    Q_DECLARE_TR_FUNCTIONS(Dz::Deck)

public:
    /// Draws a chart as PNG bytes at a size in pixels (the GUI and CLI pass
    /// the on-screen renderer). It is given the slide's picture box
    /// (PptxDeck::pictureSize()), so that its text reads as large on the
    /// slide as on screen, and the chart without its note and source, which
    /// the slide carries below it.
    using PictureRenderer = std::function<QByteArray(const ChartData &, QSize)>;

    /// The title slide's title; empty: defaultTitle().
    QString title;
    /// The title slide's subtitle; empty: the one the caller gives (which reports, and when).
    QString subtitle;
    QList<DeckSlide> slides;

    void move(int from, int to);
    /// Appends @p slide unless it has nothing to show; fails saying why.
    Result<> add(const DeckSlide &slide);

    static QString defaultTitle();
    /// The title slide's subtitle: which reports, and when.
    static QString defaultSubtitle(const QStringList &reportNames, QDate date);

    /// The deck as a PptxDeck; fails naming the slide a chart or table
    /// cannot go on. @p title and @p subtitle stand where the deck's own are empty.
    Result<PptxDeck> build(const QString &title, const QString &subtitle, ChartMode mode, const PictureRenderer &picture = {}) const;

    /// The deck as the project keeps it: {"format": 1, "title", "subtitle", "slides": [...]}, every figure and label in it.
    QJsonObject toJson() const;
    /// Reads toJson()'s form; fails naming what is wrong.
    static Result<Deck> fromJson(const QJsonObject &json);
};

} // namespace Dz
