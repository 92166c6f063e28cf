#pragma once

#include "base/result.h"
#include "project/annotation.h"
#include "project/changelog.h"
#include "project/projectrecords.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Dz
{

class ProjectDatabase;

/**
 * The analyst's own work in a project: alignment corrections, indicator
 * values, annotations and their tag vocabulary.
 *
 * A view over an open ProjectDatabase (it owns nothing); every write runs in
 * a transaction of its own or in the caller's.
 */
class AnalystRecords
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    explicit AnalystRecords(ProjectDatabase &database)
        : m_database(database)
    {
    }

    // --- corrections ---
    /// Stores @p correction; one with an id is restored under that id (undo of a removal).
    Result<qint64> addCorrection(const StoredCorrection &correction);
    Result<> removeCorrection(qint64 id);
    Result<QList<StoredCorrection>> corrections() const;

    // --- indicator values ---
    /// Sets (or replaces) the analyst's value for an indicator of a report.
    Result<qint64> setIndicatorOverride(const IndicatorOverride &value);
    Result<> removeIndicatorOverride(qint64 reportId, const QString &indicatorId);
    Result<std::optional<IndicatorOverride>> indicatorOverride(qint64 reportId, const QString &indicatorId) const;
    /// All overrides, or those of one report.
    Result<QList<IndicatorOverride>> indicatorOverrides(qint64 reportId = 0) const;

    // --- several analysts: writes that never overwrite silently ---
    /// As above, but only when the stored record is still the one the
    /// analyst started from (@p startedFrom, as valueText() or
    /// annotationText() writes it; empty when there was none). When another
    /// analyst changed it meanwhile nothing is written: the failure says who
    /// changed it to what, and @p conflict holds the same, for the analyst
    /// to choose (keep theirs, or write again starting from theirs).
    Result<qint64> setIndicatorOverride(const IndicatorOverride &value, const QString &startedFrom, std::optional<ChangeConflict> *conflict);
    Result<> removeIndicatorOverride(qint64 reportId, const QString &indicatorId, const QString &startedFrom, std::optional<ChangeConflict> *conflict);
    Result<> updateAnnotation(const Annotation &annotation, const QString &startedFrom, std::optional<ChangeConflict> *conflict);
    Result<> removeAnnotation(qint64 id, const QString &startedFrom, std::optional<ChangeConflict> *conflict);

    // --- the comparison set and the deck ---
    /// The reports the analyst compares, in order; empty when none were chosen.
    Result<QList<qint64>> comparisonSet() const;
    /// Replaces the comparison set (duplicates after the first are dropped).
    Result<> setComparisonSet(const QList<qint64> &reportIds);
    /// The deck being built, as DeckFormat writes it; empty when there is none.
    Result<QJsonObject> deck() const;
    /// Keeps @p deck as the project's deck; an empty object removes it.
    Result<> setDeck(const QJsonObject &deck);
    /// As above, but only when the stored set or deck is still @p startedFrom
    /// (what the analyst saw; empty for none), as for values: otherwise
    /// nothing is written and @p conflict says who changed it to what.
    Result<> setComparisonSet(const QList<qint64> &reportIds, const QList<qint64> &startedFrom, std::optional<ChangeConflict> *conflict);
    Result<> setDeck(const QJsonObject &deck, const QJsonObject &startedFrom, std::optional<ChangeConflict> *conflict);

    // --- annotations ---
    /// Stores @p annotation; one with an id is restored under that id.
    Result<qint64> addAnnotation(const Annotation &annotation);
    Result<> updateAnnotation(const Annotation &annotation);
    Result<> removeAnnotation(qint64 id);
    Result<Annotation> annotation(qint64 id) const;
    /// All annotations, or those of one report, in text order.
    Result<QList<Annotation>> annotations(qint64 reportId = 0) const;
    /// Looks for report @p reportId's annotations in its (new) @p text again;
    /// those found move there, the others stay and are marked. Returns how
    /// many still need the analyst to place them.
    Result<int> reanchorAnnotations(qint64 reportId, const QString &text);
    /// The project's tag vocabulary, sorted: every tag ever given, kept when no annotation uses it any more.
    Result<QStringList> tags() const;

    // --- weakness themes ---
    /// The project's own weakness catalog (the JSON of its file format), or
    /// nothing when the project uses the built-in themes.
    Result<std::optional<QJsonObject>> weaknessCatalog() const;
    /// Stores the project's catalog; an empty object removes it (back to the built-in themes).
    Result<> setWeaknessCatalog(const QJsonObject &catalog);
    /// As above, but only when the stored catalog is still @p startedFrom (empty
    /// for none), as for the deck: otherwise nothing is written and @p conflict says who changed it.
    Result<> setWeaknessCatalog(const QJsonObject &catalog, const QJsonObject &startedFrom, std::optional<ChangeConflict> *conflict);

    /// How the change log writes a value and an annotation (compact JSON of
    /// what the analyst sees and edits; no times).
    static QString valueText(const IndicatorOverride &value);
    static QString annotationText(const Annotation &annotation);

private:
    /// What the optimistic writes check before they write (nothing when @p startedFrom is not given).
    struct Expected {
        std::optional<QString> startedFrom;
        std::optional<ChangeConflict> *conflict = nullptr;
    };
    Result<qint64> writeOverride(const IndicatorOverride &value, const Expected &expected);
    Result<> deleteOverride(qint64 reportId, const QString &indicatorId, const Expected &expected);
    Result<> writeAnnotation(const Annotation &annotation, const Expected &expected);
    Result<> deleteAnnotation(qint64 id, const Expected &expected);
    Result<> writeComparisonSet(const QList<qint64> &reportIds, const Expected &expected);
    Result<> writeDeck(const QJsonObject &deck, const Expected &expected);
    Result<> writeWeaknessCatalog(const QJsonObject &catalog, const Expected &expected);
    /// Writes one of the project's single records (the comparison set, the deck, the catalog) under
    /// its lock: @p stored gives its text as stored, checked against @p expected; @p write writes
    /// and gives the new text; the change log gets both.
    Result<> writeProjectRecord(
        const QString &kind, const std::function<Result<QString>()> &stored, const Expected &expected, const std::function<Result<QString>()> &write);
    /// Writes a row of the change log (ChangeLog) inside the change's transaction.
    Result<> log(const QString &kind, qint64 reportId, const QString &record, const QString &oldValue, const QString &newValue);
    Result<> writeTags(qint64 annotationId, const QStringList &tags);
    Result<QList<Annotation>> readAnnotations(const QString &where, const QVariantList &values) const;

    ProjectDatabase &m_database;
};

} // namespace Dz
