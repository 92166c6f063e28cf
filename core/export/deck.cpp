#include "export/deck.h"

namespace Dz
{

QString Deck::subtitle(const QStringList &reportNames, QDate date)
{
    return reportNames.join(u"、") + u'\n' + date.toString(Qt::ISODate);
}

void Deck::move(int from, int to)
{
    if (from < 0 || from >= slides.size() || to < 0 || to >= slides.size() || from == to)
        return;
    slides.move(from, to);
}

Result<PptxDeck> Deck::build(const QString &title, const QString &subtitle, ChartMode mode, const PictureRenderer &picture) const
{
    PptxDeck deck;
    deck.addTitleSlide(title, subtitle);
    for (const DeckSlide &slide : slides) {
        if (slide.kind == DeckSlide::Kind::Table) {
            const auto added = deck.addTableSlide(slide.table);
            if (!added)
                return Result<PptxDeck>::failure(added.error());
            continue;
        }
        const bool asPicture = mode == ChartMode::Picture && picture;
        QByteArray png;
        if (asPicture) {
            ChartData drawn = slide.chart;
            drawn.note.clear();
            drawn.source.clear();
            png = picture(drawn, PptxDeck::pictureSize());
        }
        const auto added = deck.addChartSlide(slide.chart, asPicture ? ChartMode::Picture : ChartMode::Native, png);
        if (!added)
            return Result<PptxDeck>::failure(added.error());
    }
    return deck;
}

} // namespace Dz
