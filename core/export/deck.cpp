#include "export/deck.h"

#include "export/deckformat.h"

using namespace Qt::StringLiterals;

namespace Dz
{

void DeckSlide::setTitle(const QString &title)
{
    (kind == Kind::Chart ? chart.title : table.title) = title;
}

void DeckSlide::setNote(const QString &note)
{
    (kind == Kind::Chart ? chart.note : table.note) = note;
}

QString DeckSlide::emptiness() const
{
    if (kind == Kind::Chart) {
        for (const ChartSeries &s : chart.series) {
            for (const std::optional<double> &v : s.values) {
                if (v)
                    return {};
            }
        }
        return tr("No report gives a figure for “%1”: the chart would be empty.").arg(chart.title);
    }
    if (table.rows.isEmpty())
        return tr("“%1” has no rows: the slide would be empty.").arg(table.title);
    // Something beside the first column (the reports' names) must be there.
    for (const QList<CellValue> &row : table.rows) {
        for (qsizetype c = 1; c < row.size(); ++c) {
            const CellValue &cell = row.at(c);
            if (std::holds_alternative<double>(cell) || (std::holds_alternative<QString>(cell) && !std::get<QString>(cell).trimmed().isEmpty()))
                return {};
        }
    }
    return tr("“%1” has nothing beside the reports' names: the slide would be empty.").arg(table.title);
}

QString Deck::defaultTitle()
{
    return tr("Rule-of-law reports compared");
}

QString Deck::defaultSubtitle(const QStringList &reportNames, QDate date)
{
    return reportNames.join(u"、") + u'\n' + date.toString(Qt::ISODate);
}

void Deck::move(int from, int to)
{
    if (from < 0 || from >= slides.size() || to < 0 || to >= slides.size() || from == to)
        return;
    slides.move(from, to);
}

Result<> Deck::add(const DeckSlide &slide)
{
    if (const QString why = slide.emptiness(); !why.isEmpty())
        return Result<>::failure(why);
    slides.append(slide);
    return {};
}

Result<PptxDeck> Deck::build(const QString &title, const QString &subtitle, ChartMode mode, const PictureRenderer &picture) const
{
    PptxDeck deck;
    deck.addTitleSlide(this->title.isEmpty() ? title : this->title, this->subtitle.isEmpty() ? subtitle : this->subtitle);
    for (const DeckSlide &slide : slides) {
        if (slide.kind == DeckSlide::Kind::Table) {
            const auto added = deck.addTableSlide(slide.table);
            if (!added)
                return Failure(added.error());
            continue;
        }
        const bool asPicture = mode == ChartMode::Picture && picture;
        // A long chart continues on further slides, each drawn on its own.
        for (const ChartData &page : PptxDeck::chartPages(slide.chart)) {
            QByteArray png;
            if (asPicture) {
                ChartData drawn = page;
                drawn.note.clear();
                drawn.source.clear();
                png = picture(drawn, PptxDeck::pictureSize());
            }
            const auto added = deck.addChartSlide(page, asPicture ? ChartMode::Picture : ChartMode::Native, png);
            if (!added)
                return Failure(added.error());
        }
    }
    return deck;
}

QJsonObject Deck::toJson() const
{
    return DeckFormat::toJson(*this);
}

Result<Deck> Deck::fromJson(const QJsonObject &json)
{
    return DeckFormat::fromJson(json);
}

} // namespace Dz
