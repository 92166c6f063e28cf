#pragma once

#include "weaknesses/statementcomparer.h"
#include "weaknesses/weaknessitem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Dz
{

/// A later shortcoming matched to an earlier one of the same body.
struct Recurrence {
    int earlier = -1; ///< index among the earlier shortcomings, -1 when none recurs
    MeaningOverlap overlap; ///< how much of the earlier one the later carries
    bool sameTheme = false;
    QStringList signs; ///< the later text's signs of recurrence (依然, 尚未根本解决 …)
};

/**
 * Finds which of a body's earlier shortcomings a later one admits again, by
 * meaning (StatementComparer, words weighed against both years'
 * shortcomings): on the same theme with enough of the earlier one's topic
 * carried (人手 and 执法力量 are one concept), or on another theme with
 * twice as much. A sign of recurrence in the later text (the catalog's
 * recurrenceMarkers: 依然, 仍然存在, 尚未根本解决) lowers the bar by a
 * quarter: the report says itself that the problem is still there.
 */
class RecurrenceMatcher
{
public:
    /// Statements, each classified here.
    RecurrenceMatcher(const WeaknessClassifier &classifier, const QStringList &earlier, const QStringList &later, double bar);
    /// Weakness items, each read (read(), one reading per item, in order) and
    /// with the theme it was given (not classified again).
    RecurrenceMatcher(const WeaknessClassifier &classifier, const QList<const WeaknessItem *> &earlier, const QList<StatementReading> &earlierReadings,
        const QList<const WeaknessItem *> &later, const QList<StatementReading> &laterReadings, double bar);

    /// @p items read as a matcher compares them (with their words, not classified):
    /// the same reading serves a report as the earlier year and as the later.
    static QList<StatementReading> read(const WeaknessClassifier &classifier, const QList<const WeaknessItem *> &items);
    // The queries point into the readings.
    RecurrenceMatcher(const RecurrenceMatcher &) = delete;
    RecurrenceMatcher &operator=(const RecurrenceMatcher &) = delete;

    /// The earlier shortcoming that @p later (one of the later list) admits again.
    Recurrence match(int later) const;
    /// The catalog's signs of recurrence in @p text, none inside another.
    QStringList signsOf(QStringView text) const;

private:
    /// Reads and classifies the statements.
    void readAll(const QStringList &earlier, const QStringList &later);
    /// Weighs words against both years' readings and makes each earlier one a query.
    void prepareQueries();

    const WeaknessClassifier *m_classifier;
    StatementComparer m_comparer;
    QList<StatementReading> m_earlier;
    /// Each earlier statement as a query, prepared once against the corpus of both years.
    std::vector<StatementComparer::Query> m_earlierQueries;
    QList<StatementReading> m_later;
    QStringList m_earlierThemes;
    QStringList m_laterThemes;
    double m_bar;
};

} // namespace Dz
