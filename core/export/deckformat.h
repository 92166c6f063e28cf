#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Dz
{

class Deck;
struct ChartData;
struct TableData;

/**
 * A deck as JSON, the form the project keeps it in: every slide with its
 * figures, labels, note and source, so that a reopened project shows the
 * deck as it was made, whatever became of the reports since.
 *
 * {"format": 1, "title": "…", "subtitle": "…", "slides": [{"kind":
 * "chart", "chart": {…}} | {"kind": "table", "table": {…}}]}; a figure is a
 * number, a gap null, never 0.
 */
class DeckFormat
{
    Q_DECLARE_TR_FUNCTIONS(Dz::DeckFormat)

public:
    static constexpr int Version = 1;

    static QJsonObject toJson(const Deck &deck);
    /// Fails naming what is wrong (another format, a slide of no known kind, a chart ChartData::problem() refuses).
    static Result<Deck> fromJson(const QJsonObject &json);

    static QJsonObject chartToJson(const ChartData &chart);
    static ChartData chartFromJson(const QJsonObject &json);
    static QJsonObject tableToJson(const TableData &table);
    static TableData tableFromJson(const QJsonObject &json);
};

} // namespace Dz
