#include "project/projectcommand.h"

#include "common/workbench_debug.h"
#include "project/analystsession.h"
#include "project/annotationanchor.h"
#include "project/projectstore.h"

#include <memory>

namespace Dz
{

namespace
{

Result<> done(const Result<qint64> &id)
{
    return id ? Result<>() : Result<>::failure(id.error());
}

} // namespace

ProjectCommand::ProjectCommand(const QString &text, ProjectCommandContext context, Step redo, Step undo)
    : m_context(std::move(context))
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{
    setText(text);
}

void ProjectCommand::redo()
{
    apply(m_redo);
}

void ProjectCommand::undo()
{
    apply(m_undo);
}

void ProjectCommand::apply(const Step &step)
{
    Result<> result = m_context.session ? step() : Result<>::failure(tr("No project is open."));
    if (!result && m_context.session && m_context.session->lastConflict() && m_context.conflicted) {
        // Nothing was written; the session now holds their version.
        if (!m_context.conflicted(*m_context.session->lastConflict(), text())) {
            qCInfo(lcUi).noquote() << "command" << text() << "not applied: the other analyst's change was kept";
            setObsolete(true);
            return;
        }
        result = step(); // over theirs, on purpose
    }
    if (!result) {
        qCWarning(lcUi).noquote() << "command" << text() << "failed:" << result.error();
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(result.error());
    }
}

ProjectCommand *ProjectCommand::addAnnotation(const ProjectCommandContext &context, const Annotation &annotation)
{
    // The first redo gives the annotation its id; later redos restore it under that id.
    auto stored = std::make_shared<Annotation>(annotation);
    AnalystSession *session = context.session;
    return new ProjectCommand(
        tr("Add annotation"), context,
        [session, stored]() -> Result<> {
            auto id = session->addAnnotation(*stored);
            if (id)
                stored->id = id.value();
            return done(id);
        },
        [session, stored] {
            return session->removeAnnotation(*stored);
        });
}

ProjectCommand *ProjectCommand::editAnnotation(const ProjectCommandContext &context, const Annotation &before, const Annotation &after)
{
    AnalystSession *session = context.session;
    Annotation edited = after;
    edited.modified = QDateTime::currentDateTimeUtc();
    return new ProjectCommand(
        tr("Edit annotation"), context,
        [session, edited] {
            return session->updateAnnotation(edited);
        },
        [session, before] {
            return session->updateAnnotation(before);
        });
}

ProjectCommand *ProjectCommand::removeAnnotation(const ProjectCommandContext &context, const Annotation &annotation)
{
    AnalystSession *session = context.session;
    return new ProjectCommand(
        tr("Remove annotation"), context,
        [session, annotation] {
            return session->removeAnnotation(annotation);
        },
        [session, annotation] {
            return done(session->addAnnotation(annotation));
        });
}

ProjectCommand *ProjectCommand::placeAnnotation(const ProjectCommandContext &context, const Annotation &annotation, const QString &text, TextSpan span)
{
    auto *command = editAnnotation(context, annotation, AnnotationAnchor::anchored(annotation, text, span));
    command->setText(tr("Place annotation"));
    return command;
}

ProjectCommand *ProjectCommand::addCorrection(const ProjectCommandContext &context, const AlignmentCorrection &correction)
{
    auto stored = std::make_shared<StoredCorrection>(StoredCorrection {0, correction, QDateTime::currentDateTimeUtc()});
    AnalystSession *session = context.session;
    return new ProjectCommand(
        tr("Add alignment correction"), context,
        [session, stored]() -> Result<> {
            auto id = session->addCorrection(*stored);
            if (id)
                stored->id = id.value();
            return done(id);
        },
        [session, stored] {
            return session->removeCorrection(stored->id);
        });
}

ProjectCommand *ProjectCommand::removeCorrection(const ProjectCommandContext &context, const StoredCorrection &correction)
{
    AnalystSession *session = context.session;
    return new ProjectCommand(
        tr("Remove alignment correction"), context,
        [session, correction] {
            return session->removeCorrection(correction.id);
        },
        [session, correction] {
            return done(session->addCorrection(correction));
        });
}

namespace
{

// Puts @p previous back: its value if there was one, else no value at all.
Result<> restoreValue(AnalystSession *session, const std::optional<AnalystValue> &previous, qint64 reportId, const QString &indicatorId)
{
    if (previous)
        return session->setValue(*previous);
    return session->removeValue(reportId, indicatorId);
}

std::optional<AnalystValue> currentValue(const AnalystSession *session, qint64 reportId, const QString &indicatorId)
{
    const AnalystValue *current = session ? session->value(reportId, indicatorId) : nullptr;
    return current ? std::optional(*current) : std::nullopt;
}

} // namespace

ProjectCommand *ProjectCommand::setIndicatorOverride(const ProjectCommandContext &context, const AnalystValue &value)
{
    AnalystSession *session = context.session;
    const auto previous = currentValue(session, value.reportId, value.indicatorId);
    AnalystValue stamped = value;
    stamped.time = QDateTime::currentDateTimeUtc();
    return new ProjectCommand(
        tr("Set indicator value"), context,
        [session, stamped] {
            return session->setValue(stamped);
        },
        [session, previous, value] {
            return restoreValue(session, previous, value.reportId, value.indicatorId);
        });
}

ProjectCommand *ProjectCommand::setMetadataOverride(const ProjectCommandContext &context, qint64 reportId, const QString &field, const QString &value)
{
    AnalystSession *session = context.session;
    QJsonObject before;
    if (session && session->store()) {
        if (auto report = session->store()->reportRecords().report(reportId))
            before = report->summary.overrides;
    }
    QJsonObject after = before;
    if (value.isEmpty())
        after.remove(field);
    else
        after.insert(field, value);
    const QString label = field == u"district" ? tr("district")
        : field == u"issuer"                   ? tr("issuer")
        : field == u"year"                     ? tr("year")
        : field == u"published"                ? tr("publish date")
        : field == u"source"                   ? tr("source")
                                               : field;
    return new ProjectCommand(
        tr("Change %1").arg(label), context,
        [session, reportId, after] {
            return session->setIdentity(reportId, after);
        },
        [session, reportId, before] {
            return session->setIdentity(reportId, before);
        });
}

ProjectCommand *ProjectCommand::setIdentity(const ProjectCommandContext &context, qint64 reportId, const QJsonObject &overrides)
{
    AnalystSession *session = context.session;
    QJsonObject before;
    QString name;
    if (session && session->store()) {
        if (auto report = session->store()->reportRecords().report(reportId)) {
            before = report->summary.overrides;
            name = report->summary.fileName;
        }
    }
    return new ProjectCommand(
        tr("Edit Identity of %1").arg(name), context,
        [session, reportId, overrides] {
            return session->setIdentity(reportId, overrides);
        },
        [session, reportId, before] {
            return session->setIdentity(reportId, before);
        });
}

ProjectCommand *ProjectCommand::removeIndicatorOverride(const ProjectCommandContext &context, qint64 reportId, const QString &indicatorId)
{
    AnalystSession *session = context.session;
    const auto previous = currentValue(session, reportId, indicatorId);
    return new ProjectCommand(
        tr("Remove indicator value"), context,
        [session, reportId, indicatorId] {
            return session->removeValue(reportId, indicatorId);
        },
        [session, previous, reportId, indicatorId] {
            return restoreValue(session, previous, reportId, indicatorId);
        });
}

ProjectCommand *ProjectCommand::setComparisonSet(const ProjectCommandContext &context, const QList<qint64> &reportIds, const QString &text)
{
    AnalystSession *session = context.session;
    const QList<qint64> before = session ? session->comparisonSet() : QList<qint64>();
    return new ProjectCommand(
        text, context,
        [session, reportIds] {
            return session->setComparisonSet(reportIds);
        },
        [session, before] {
            return session->setComparisonSet(before);
        });
}

ProjectCommand *ProjectCommand::setDeck(const ProjectCommandContext &context, const QJsonObject &deck, const QString &text)
{
    AnalystSession *session = context.session;
    const QJsonObject before = session ? session->deck() : QJsonObject();
    return new ProjectCommand(
        text, context,
        [session, deck] {
            return session->setDeck(deck);
        },
        [session, before] {
            return session->setDeck(before);
        });
}

ProjectCommand *ProjectCommand::setWeaknessCatalog(const ProjectCommandContext &context, const WeaknessCatalog &catalog, const QString &what)
{
    AnalystSession *session = context.session;
    // Invalid: the built-in themes.
    const WeaknessCatalog before = session && session->weaknessCatalog() ? *session->weaknessCatalog() : WeaknessCatalog();
    return new ProjectCommand(
        what, context,
        [session, catalog] {
            return session->setWeaknessCatalog(catalog);
        },
        [session, before] {
            return session->setWeaknessCatalog(before);
        });
}

} // namespace Dz
