#pragma once

#include "base/result.h"
#include "project/annotation.h"
#include "project/changelog.h"
#include "project/projectrecords.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Dz
{

class AnalystSession;
class WeaknessCatalog;
struct AnalystValue;

/// What a command acts on, and whom it tells.
struct ProjectCommandContext {
    /// The analyst's work; its signals tell the views what changed.
    AnalystSession *session = nullptr;
    /// A write was refused (read-only project, disk full): the message names the file.
    std::function<void(const QString &message)> failed;
    /// Another analyst changed what the command changes since the session
    /// read it (AnalystSession::lastConflict(); @p what is the command's
    /// text): true writes again over their change, false keeps theirs.
    /// Without it the command fails with the message saying who changed it.
    std::function<bool(const ChangeConflict &conflict, const QString &what)> conflicted;
};

/**
 * One undoable change to the analyst's data in a project, made through its
 * AnalystSession, which writes it to the file at once (there is no Save). The factories make the commands the
 * annotation and correction views push onto ProjectController's undo stack.
 *
 * A step the store refuses makes the command obsolete, so QUndoStack drops
 * it instead of keeping an entry that did nothing; the context hears why.
 */
class ProjectCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectCommand)

public:
    using Step = std::function<Result<>()>;

    ProjectCommand(const QString &text, ProjectCommandContext context, Step redo, Step undo);

    void redo() override;
    void undo() override;

    static ProjectCommand *addAnnotation(const ProjectCommandContext &context, const Annotation &annotation);
    /// Changes note, tags, severity, status or place of @p before to those of @p after.
    static ProjectCommand *editAnnotation(const ProjectCommandContext &context, const Annotation &before, const Annotation &after);
    static ProjectCommand *removeAnnotation(const ProjectCommandContext &context, const Annotation &annotation);
    /// The analyst puts an annotation that needs re-anchoring (or any) at @p span of @p text.
    static ProjectCommand *placeAnnotation(const ProjectCommandContext &context, const Annotation &annotation, const QString &text, TextSpan span);

    static ProjectCommand *addCorrection(const ProjectCommandContext &context, const AlignmentCorrection &correction);
    static ProjectCommand *removeCorrection(const ProjectCommandContext &context, const StoredCorrection &correction);

    /// Sets the analyst's value; undo brings back the value before (or none).
    static ProjectCommand *setIndicatorOverride(const ProjectCommandContext &context, const AnalystValue &value);
    /// Sets the analyst's value of a metadata field (district, issuer, year,
    /// published, source) of a report; an empty @p value goes back to the one found.
    static ProjectCommand *setMetadataOverride(const ProjectCommandContext &context, qint64 reportId, const QString &field, const QString &value);
    /// Replaces a report's metadata overrides with @p overrides (Edit Identity); undo brings back those before.
    static ProjectCommand *setIdentity(const ProjectCommandContext &context, qint64 reportId, const QJsonObject &overrides);
    static ProjectCommand *removeIndicatorOverride(const ProjectCommandContext &context, qint64 reportId, const QString &indicatorId);

    /// Makes @p reportIds the reports compared (added, removed, replaced: @p text says which); undo brings back the set before.
    static ProjectCommand *setComparisonSet(const ProjectCommandContext &context, const QList<qint64> &reportIds, const QString &text);
    /// Keeps @p deck (DeckFormat's JSON) as the project's deck; @p text names the change (a slide added, a title edited).
    static ProjectCommand *setDeck(const ProjectCommandContext &context, const QJsonObject &deck, const QString &text);
    /// Makes @p catalog the project's weakness themes (an invalid one: back
    /// to the built-in themes); undo brings back those before. @p what names
    /// the change in the Undo menu.
    static ProjectCommand *setWeaknessCatalog(const ProjectCommandContext &context, const WeaknessCatalog &catalog, const QString &what);

private:
    void apply(const Step &step);

    ProjectCommandContext m_context;
    Step m_redo;
    Step m_undo;
};

} // namespace Dz
