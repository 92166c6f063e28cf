#pragma once

#include "alignment/alignmentcorrection.h"
#include "base/result.h"
#include "indicators/indicatorvalue.h"
#include "project/annotation.h"
#include "project/changelog.h"
#include "project/projectrecords.h"
#include "quantities/quantity.h"
#include "weaknesses/weaknesscatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace Dz
{

class ProjectStore;

/// An analyst's value for an indicator of a report, in place of the extracted one.
struct AnalystValue {
    enum class Kind {
        Value, ///< a figure the analyst typed or chose
        NotReported, ///< the report gives no figure (what was extracted is wrong); the note says why
        Sum, ///< the sum of statements the report lists (@c parts), when it states no total
    };
    /// One statement of a sum, kept as its evidence.
    using Part = IndicatorPart;

    // Every member has an initialiser, so a value written with its first
    // fields only (AnalystValue {id, indicator, value}) is complete.
    qint64 reportId = 0;
    QString indicatorId {};
    Decimal value {}; ///< invalid for Kind::NotReported
    QString note {};
    QDateTime time {};
    Kind kind = Kind::Value;
    QList<Part> parts {};

    /// The figure shown for it: exact, in the indicator's @p unit; none when not reported.
    IndicatorFigure figure(const QString &unit) const;
    /// A sum of @p parts, with a note naming how many statements it adds.
    static AnalystValue sum(qint64 reportId, const QString &indicatorId, const QList<Part> &parts, const QString &note);
    /// "value", "not_reported", "sum": the names the project file and the CLI use.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    friend bool operator==(const AnalystValue &a, const AnalystValue &b)
    {
        return a.reportId == b.reportId && a.indicatorId == b.indicatorId && a.value == b.value && a.note == b.note && a.kind == b.kind && a.parts == b.parts;
    }
};

/**
 * The analyst's work on one project, held in one place: alignment
 * corrections, indicator values, annotations and the project's weakness
 * themes (identity values, the metadata overrides, are stored with the
 * reports and changed through here too). Every change is written to the project first and kept here only
 * when the write succeeded; the undo commands (ProjectCommand) go through
 * these functions, and the change signals say what changed, so that a view
 * updates the one cell concerned.
 *
 * The workbench and `duizhao-cli --project` read the analyst's work from a
 * session, so both show the same. A session belongs to the thread of its store.
 */
class AnalystSession final : public QObject
{
    Q_OBJECT

public:
    explicit AnalystSession(QObject *parent = nullptr);
    ~AnalystSession() override;

    /// Reads everything the analyst stored in @p store (nullptr: none);
    /// emits reloaded(). The store must outlive the session or the next load().
    Result<> load(ProjectStore *store);
    ProjectStore *store() const
    {
        return m_store;
    }

    // --- alignment corrections ---
    const QList<StoredCorrection> &storedCorrections() const
    {
        return m_corrections;
    }
    /// The corrections, in the order they were made (later ones win).
    QList<AlignmentCorrection> corrections() const;
    /// Stores @p correction; one with an id is restored under that id. Returns the id.
    Result<qint64> addCorrection(const StoredCorrection &correction);
    Result<> removeCorrection(qint64 id);

    // --- indicator values ---
    /// The analyst's value of @p indicatorId in report @p reportId, or nullptr.
    const AnalystValue *value(qint64 reportId, const QString &indicatorId) const;
    QList<AnalystValue> values() const;
    /// Sets (or replaces) a value.
    Result<> setValue(const AnalystValue &value);
    Result<> removeValue(qint64 reportId, const QString &indicatorId);
    /// @p indicators of report @p reportId with the analyst's values in
    /// place of the extracted figures (IndicatorValue::extracted keeps
    /// those): what every output of a project shows.
    ReportIndicators applied(ReportIndicators indicators, qint64 reportId) const;

    // --- annotations ---
    /// Report @p reportId's annotations, in text order.
    QList<Annotation> annotations(qint64 reportId) const;
    bool hasAnnotations() const;
    /// Stores @p annotation (one with an id is restored under that id); returns its id.
    Result<qint64> addAnnotation(const Annotation &annotation);
    Result<> updateAnnotation(const Annotation &annotation);
    Result<> removeAnnotation(const Annotation &annotation);

    // --- identity ---
    /// Replaces the analyst's metadata values of report @p reportId
    /// ({"district": "滨海", "year": "2024"}; ReportAnalysis::applyIdentity()).
    Result<> setIdentity(qint64 reportId, const QJsonObject &overrides);

    // --- the comparison set ---
    /// The reports the analyst chose to compare (project ids, in column
    /// order); empty when none were chosen (the workbench then compares the
    /// project's first reports).
    const QList<qint64> &comparisonSet() const
    {
        return m_comparisonSet;
    }
    /// Replaces the comparison set; ids that are not reports of the project are refused by the file.
    Result<> setComparisonSet(const QList<qint64> &reportIds);

    // --- the deck ---
    /// The deck being built (DeckFormat's JSON); empty when there is none.
    const QJsonObject &deck() const
    {
        return m_deck;
    }
    Result<> setDeck(const QJsonObject &deck);
    // --- weakness themes ---
    /// The project's own weakness catalog (edited in the workbench); nullptr
    /// when the project uses the built-in themes.
    const WeaknessCatalog *weaknessCatalog() const
    {
        return m_weaknessCatalog ? &*m_weaknessCatalog : nullptr;
    }
    /// The catalog every view and output of the project reads shortcomings
    /// with: the project's own, else @p builtIn.
    const WeaknessCatalog &weaknessCatalogOr(const WeaknessCatalog &builtIn) const
    {
        return m_weaknessCatalog ? *m_weaknessCatalog : builtIn;
    }
    /// Keeps @p catalog as the project's themes; an invalid one goes back to the built-in themes.
    Result<> setWeaknessCatalog(const WeaknessCatalog &catalog);

    /// Why the last write was refused when another analyst had changed the
    /// same value, annotation, identity, comparison set or deck since this
    /// session read it (nothing is
    /// overwritten silently): who, when, to what. The session then holds
    /// their version, so writing again overwrites it on purpose. Cleared
    /// by every write.
    const std::optional<ChangeConflict> &lastConflict() const
    {
        return m_conflict;
    }

    /// Reads again the record another analyst changed (@p change, from
    /// ProjectChangeFeed) and emits the signal its own change would, so that
    /// the views update the rows and cells concerned, not everything.
    Result<> applyChange(const ProjectChange &change);

    /// While @p reason is not empty the project cannot be reached (a server
    /// connection was lost): every change is refused with a message saying
    /// it was not saved, and nothing is kept to be written later.
    void setOffline(const QString &reason);
    bool isOffline() const
    {
        return !m_offline.isEmpty();
    }
    /// What a change refused for @p reason (the connection lost) says.
    static QString notSaved(const QString &reason);

    /// True when the analyst has made any correction, value or annotation.
    bool isEmpty() const;

Q_SIGNALS:
    /// Everything was read again (another project, or an import changed reports).
    void reloaded();
    void correctionsChanged();
    void valueChanged(qint64 reportId, const QString &indicatorId);
    void annotationsChanged(qint64 reportId);
    void identityChanged(qint64 reportId);
    void comparisonSetChanged();
    void deckChanged();
    /// The project's weakness themes changed (or went back to the built-in ones).
    void weaknessCatalogChanged();

private:
    /// Keeps @p stored in @p kept and emits @p changed; a failure is passed on, @p kept unchanged.
    template<typename T>
    Result<> reread(Result<T> stored, T &kept, void (AnalystSession::*changed)());
    Result<> checkStore() const;
    Result<> rereadAnnotations(qint64 reportId);
    /// After a refused write: the record as the other analyst left it.
    Result<> rereadValue(qint64 reportId, const QString &indicatorId);
    Result<> rereadIdentity(qint64 reportId);
    /// The project's weakness catalog read again (m_weaknessCatalog, m_storedCatalog); emits nothing.
    Result<> readCatalog();
    /// The stored text of annotation @p id of report @p reportId as this session read it; empty when it has none.
    QString annotationText(qint64 reportId, qint64 id) const;

    ProjectStore *m_store = nullptr;
    QString m_offline; ///< why the project cannot be reached; empty when it can
    QList<StoredCorrection> m_corrections;
    QHash<std::pair<qint64, QString>, AnalystValue> m_values;
    /// Each value as stored (AnalystRecords::valueText()): what a write says it started from.
    QHash<std::pair<qint64, QString>, QString> m_valueTexts;
    std::optional<ChangeConflict> m_conflict;
    QHash<qint64, QList<Annotation>> m_annotations;
    /// Each report's identity values as this session read them (what setIdentity() started from).
    QHash<qint64, QJsonObject> m_identities;
    QList<qint64> m_comparisonSet;
    QJsonObject m_deck;
    std::optional<WeaknessCatalog> m_weaknessCatalog;
    QJsonObject m_storedCatalog; ///< the catalog as stored when last read or written (empty for none): what an edit started from
};

} // namespace Dz
