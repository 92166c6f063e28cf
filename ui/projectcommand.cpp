#include "projectcommand.h"

#include "project/annotationanchor.h"
#include "project/projectstore.h"
#include "uilogging.h"

#include <memory>

namespace Dz
{

namespace
{

Result<bool> done(const Result<qint64> &id)
{
    return id ? Result<bool>(true) : Result<bool>::failure(id.error());
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
    const Result<bool> result = m_context.store ? step() : Result<bool>::failure(tr("No project is open."));
    if (!result) {
        qCWarning(lcUi).noquote() << "command" << text() << "failed:" << result.error();
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(result.error());
        return;
    }
    if (m_context.changed)
        m_context.changed();
}

ProjectCommand *ProjectCommand::addAnnotation(const ProjectCommandContext &context, const Annotation &annotation)
{
    // The first redo gives the annotation its id; later redos restore it under that id.
    auto stored = std::make_shared<Annotation>(annotation);
    ProjectStore *store = context.store;
    return new ProjectCommand(
        tr("Add annotation"), context,
        [store, stored]() -> Result<bool> {
            auto id = store->addAnnotation(*stored);
            if (id)
                stored->id = id.value();
            return done(id);
        },
        [store, stored] {
            return store->removeAnnotation(stored->id);
        });
}

ProjectCommand *ProjectCommand::editAnnotation(const ProjectCommandContext &context, const Annotation &before, const Annotation &after)
{
    ProjectStore *store = context.store;
    Annotation edited = after;
    edited.modified = QDateTime::currentDateTimeUtc();
    return new ProjectCommand(
        tr("Edit annotation"), context,
        [store, edited] {
            return store->updateAnnotation(edited);
        },
        [store, before] {
            return store->updateAnnotation(before);
        });
}

ProjectCommand *ProjectCommand::removeAnnotation(const ProjectCommandContext &context, const Annotation &annotation)
{
    ProjectStore *store = context.store;
    return new ProjectCommand(
        tr("Remove annotation"), context,
        [store, annotation] {
            return store->removeAnnotation(annotation.id);
        },
        [store, annotation] {
            return done(store->addAnnotation(annotation));
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
    ProjectStore *store = context.store;
    return new ProjectCommand(
        tr("Add alignment correction"), context,
        [store, stored]() -> Result<bool> {
            auto id = store->addCorrection(*stored);
            if (id)
                stored->id = id.value();
            return done(id);
        },
        [store, stored] {
            return store->removeCorrection(stored->id);
        });
}

ProjectCommand *ProjectCommand::removeCorrection(const ProjectCommandContext &context, const StoredCorrection &correction)
{
    ProjectStore *store = context.store;
    return new ProjectCommand(
        tr("Remove alignment correction"), context,
        [store, correction] {
            return store->removeCorrection(correction.id);
        },
        [store, correction] {
            return done(store->addCorrection(correction));
        });
}

namespace
{

// Puts @p previous back: its value if there was one, else no override at all.
Result<bool> restoreOverride(ProjectStore *store, const std::optional<IndicatorOverride> &previous, qint64 reportId, const QString &indicatorId)
{
    if (previous)
        return done(store->setIndicatorOverride(*previous));
    return store->removeIndicatorOverride(reportId, indicatorId);
}

std::optional<IndicatorOverride> currentOverride(ProjectStore *store, qint64 reportId, const QString &indicatorId)
{
    if (!store)
        return std::nullopt;
    auto current = store->indicatorOverride(reportId, indicatorId);
    return current ? current.value() : std::nullopt;
}

} // namespace

ProjectCommand *ProjectCommand::setIndicatorOverride(const ProjectCommandContext &context, const IndicatorOverride &value)
{
    ProjectStore *store = context.store;
    const auto previous = currentOverride(store, value.reportId, value.indicatorId);
    IndicatorOverride stamped = value;
    stamped.time = QDateTime::currentDateTimeUtc();
    return new ProjectCommand(
        tr("Set indicator value"), context,
        [store, stamped] {
            return done(store->setIndicatorOverride(stamped));
        },
        [store, previous, value] {
            return restoreOverride(store, previous, value.reportId, value.indicatorId);
        });
}

ProjectCommand *ProjectCommand::setMetadataOverride(const ProjectCommandContext &context, qint64 reportId, const QString &field, const QString &value)
{
    ProjectStore *store = context.store;
    QJsonObject before;
    if (store) {
        if (auto report = store->report(reportId))
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
        [store, reportId, after] {
            return store->setMetadataOverrides(reportId, after);
        },
        [store, reportId, before] {
            return store->setMetadataOverrides(reportId, before);
        });
}

ProjectCommand *ProjectCommand::setIdentity(const ProjectCommandContext &context, qint64 reportId, const QJsonObject &overrides)
{
    ProjectStore *store = context.store;
    QJsonObject before;
    QString name;
    if (store) {
        if (auto report = store->report(reportId)) {
            before = report->summary.overrides;
            name = report->summary.fileName;
        }
    }
    return new ProjectCommand(
        tr("Edit Identity of %1").arg(name), context,
        [store, reportId, overrides] {
            return store->setMetadataOverrides(reportId, overrides);
        },
        [store, reportId, before] {
            return store->setMetadataOverrides(reportId, before);
        });
}

ProjectCommand *ProjectCommand::removeIndicatorOverride(const ProjectCommandContext &context, qint64 reportId, const QString &indicatorId)
{
    ProjectStore *store = context.store;
    const auto previous = currentOverride(store, reportId, indicatorId);
    return new ProjectCommand(
        tr("Remove indicator value"), context,
        [store, reportId, indicatorId] {
            return store->removeIndicatorOverride(reportId, indicatorId);
        },
        [store, previous, reportId, indicatorId] {
            return restoreOverride(store, previous, reportId, indicatorId);
        });
}

} // namespace Dz
