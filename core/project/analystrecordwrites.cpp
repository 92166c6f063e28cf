#include "project/analystrecords.h"

#include "project/annotationanchor.h"
#include "project/changelog.h"
#include "project/projectdatabase.h"
#include "project/projectdatabase_p.h"
#include "project/projectvalues.h"

#include <QJsonArray>

// The analyst's writes. Each runs in a transaction, takes the change log's
// lock on its record before touching rows, writes the change to the log and,
// for the optimistic forms (several analysts), first checks that the stored
// record is still the one the analyst started from (Expected). The plain
// reads are in analystrecords.cpp.

using namespace Qt::StringLiterals;

namespace Dz
{

using namespace Internal;

namespace
{

QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (QString tag : tags) {
        tag.removeIf([](QChar c) {
            return c.category() == QChar::Other_Control;
        });
        tag = tag.trimmed();
        if (!tag.isEmpty() && !clean.contains(tag))
            clean.append(tag);
    }
    clean.sort();
    return clean;
}

// After a row went in under an id of its own (an undone removal): a server's
// identity sequence is moved past it, so the next row added gets a new id.
// SQLite takes the largest id plus one anyway.
Result<> afterExplicitId(const ProjectDatabasePrivate &d, const QString &table)
{
    if (!d.server)
        return {};
    auto q = d.run(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT max(id) FROM %1))"_s.arg(table));
    return q ? Result<>() : Result<>::failure(q.error());
}

QString arrayText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// How the change log writes the comparison set, the deck and the catalog ("" for none).
QString idsText(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return ids.isEmpty() ? QString() : arrayText(array);
}

QString objectText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : jsonText(object);
}

} // namespace

QString AnalystRecords::valueText(const IndicatorOverride &value)
{
    return jsonText({{u"kind"_s, value.kind}, {u"value"_s, value.value}, {u"note"_s, value.note}, {u"parts"_s, value.parts}});
}

QString AnalystRecords::annotationText(const Annotation &a)
{
    return jsonText(
        {{u"start"_s, a.span.start}, {u"end"_s, a.span.end}, {u"quote"_s, a.quote}, {u"note"_s, a.note}, {u"severity"_s, Annotation::severityName(a.severity)},
            {u"status"_s, Annotation::statusName(a.status)}, {u"tags"_s, QJsonArray::fromStringList(cleanTags(a.tags))}});
}

Result<> AnalystRecords::log(const QString &kind, qint64 reportId, const QString &record, const QString &oldValue, const QString &newValue)
{
    ProjectChange change;
    change.kind = kind;
    change.action = oldValue.isEmpty() ? u"add"_s : newValue.isEmpty() ? u"remove"_s : u"change"_s;
    change.reportId = reportId;
    change.record = record;
    change.oldValue = oldValue;
    change.newValue = newValue;
    auto written = ChangeLog(m_database).write(change);
    return written ? Result<>() : Result<>::failure(written.error());
}

// --- corrections and overrides ---

Result<qint64> AnalystRecords::addCorrection(const StoredCorrection &correction)
{
    qint64 id = correction.id;
    auto done = m_database.transaction([&]() -> Result<> {
        const QString json = jsonText(correction.correction.toJson());
        ProjectDatabasePrivate &d = m_database.data();
        auto q = id > 0
            ? d.write(
                  d.returningId(u"INSERT INTO alignment_corrections (id, correction, created_at) VALUES (?, ?, ?)"_s), {id, json, timeText(correction.created)})
            : d.write(d.returningId(u"INSERT INTO alignment_corrections (correction, created_at) VALUES (?, ?)"_s), {json, timeText(correction.created)});
        if (!q)
            return Failure(q.error());
        const bool explicitId = id > 0;
        id = q->insertId;
        if (explicitId) {
            if (auto r = afterExplicitId(d, u"alignment_corrections"_s); !r)
                return r;
        }
        return log(ChangeLog::Correction, 0, QString::number(id), {}, json);
    });
    if (!done)
        return Failure(done.error());
    return id;
}

Result<> AnalystRecords::removeCorrection(qint64 id)
{
    return m_database.transaction([&]() -> Result<> {
        auto old = m_database.data().run(u"SELECT correction FROM alignment_corrections WHERE id = ?"_s, {id});
        if (!old)
            return Failure(old.error());
        const QString oldText = old->next() ? old->value(0).toString() : QString();
        auto q = m_database.data().run(u"DELETE FROM alignment_corrections WHERE id = ?"_s, {id});
        if (!q)
            return Failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<>::failure(tr("%1 has no correction %2.").arg(m_database.path()).arg(id));
        return log(ChangeLog::Correction, 0, QString::number(id), oldText, {});
    });
}

Result<qint64> AnalystRecords::setIndicatorOverride(const IndicatorOverride &value)
{
    return writeOverride(value, {});
}

Result<qint64> AnalystRecords::setIndicatorOverride(const IndicatorOverride &value, const QString &startedFrom, std::optional<ChangeConflict> *conflict)
{
    return writeOverride(value, {startedFrom, conflict});
}

Result<qint64> AnalystRecords::writeOverride(const IndicatorOverride &value, const Expected &expected)
{
    qint64 id = 0;
    auto done = m_database.transaction([&]() -> Result<> {
        // Locked first even when not checked: every writer of the log takes
        // its lock before touching rows (ChangeLog), so none waits for it
        // holding a row another one needs.
        ChangeLog changeLog(m_database);
        if (auto locked = changeLog.lockRecord(ChangeLog::Value, value.reportId, value.indicatorId); !locked)
            return locked;
        auto old = indicatorOverride(value.reportId, value.indicatorId);
        if (!old)
            return Failure(old.error());
        if (expected.startedFrom) {
            if (auto same = changeLog.checkUnchanged(ChangeLog::Value, value.reportId, value.indicatorId, old->has_value() ? valueText(**old) : QString(),
                    *expected.startedFrom, expected.conflict);
                !same)
                return same;
        }
        auto q = m_database.data().run(
            u"INSERT INTO indicator_overrides (report_id, indicator_id, value, note, created_at, kind, parts) VALUES (?, ?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (report_id, indicator_id) DO UPDATE SET value = excluded.value, note = excluded.note, created_at = excluded.created_at, "
            u"kind = excluded.kind, parts = excluded.parts"_s,
            {value.reportId, value.indicatorId, value.value, value.note, timeText(value.time), value.kind,
                QString::fromUtf8(QJsonDocument(value.parts).toJson(QJsonDocument::Compact))});
        if (!q)
            return Failure(q.error());
        auto idQuery =
            m_database.data().run(u"SELECT id FROM indicator_overrides WHERE report_id = ? AND indicator_id = ?"_s, {value.reportId, value.indicatorId});
        if (!idQuery)
            return Failure(idQuery.error());
        id = idQuery->next() ? idQuery->value(0).toLongLong() : 0;
        return log(ChangeLog::Value, value.reportId, value.indicatorId, old->has_value() ? valueText(**old) : QString(), valueText(value));
    });
    if (!done)
        return Failure(done.error());
    return id;
}

Result<> AnalystRecords::removeIndicatorOverride(qint64 reportId, const QString &indicatorId)
{
    return deleteOverride(reportId, indicatorId, {});
}

Result<> AnalystRecords::removeIndicatorOverride(
    qint64 reportId, const QString &indicatorId, const QString &startedFrom, std::optional<ChangeConflict> *conflict)
{
    return deleteOverride(reportId, indicatorId, {startedFrom, conflict});
}

Result<> AnalystRecords::deleteOverride(qint64 reportId, const QString &indicatorId, const Expected &expected)
{
    return m_database.transaction([&]() -> Result<> {
        ChangeLog changeLog(m_database);
        if (auto locked = changeLog.lockRecord(ChangeLog::Value, reportId, indicatorId); !locked)
            return locked;
        auto old = indicatorOverride(reportId, indicatorId);
        if (!old)
            return Failure(old.error());
        if (expected.startedFrom) {
            if (auto same = changeLog.checkUnchanged(
                    ChangeLog::Value, reportId, indicatorId, old->has_value() ? valueText(**old) : QString(), *expected.startedFrom, expected.conflict);
                !same)
                return same;
        }
        auto q = m_database.data().run(u"DELETE FROM indicator_overrides WHERE report_id = ? AND indicator_id = ?"_s, {reportId, indicatorId});
        if (!q)
            return Failure(q.error());
        return old->has_value() ? log(ChangeLog::Value, reportId, indicatorId, valueText(**old), {}) : Result<>();
    });
}

// --- the comparison set and the deck ---

Result<> AnalystRecords::setComparisonSet(const QList<qint64> &reportIds)
{
    return writeComparisonSet(reportIds, {});
}

Result<> AnalystRecords::setComparisonSet(const QList<qint64> &reportIds, const QList<qint64> &startedFrom, std::optional<ChangeConflict> *conflict)
{
    return writeComparisonSet(reportIds, {idsText(startedFrom), conflict});
}

Result<> AnalystRecords::writeComparisonSet(const QList<qint64> &reportIds, const Expected &expected)
{
    const auto stored = [this]() -> Result<QString> {
        auto ids = comparisonSet();
        return ids ? Result<QString>(idsText(ids.value())) : Failure(ids.error());
    };
    return writeProjectRecord(ChangeLog::ComparisonSet, stored, expected, [&]() -> Result<QString> {
        if (auto q = m_database.data().run(u"DELETE FROM comparison_set"_s); !q)
            return Failure(q.error());
        QList<qint64> seen;
        for (const qint64 id : reportIds) {
            if (seen.contains(id))
                continue;
            seen.append(id);
            auto q = m_database.data().run(u"INSERT INTO comparison_set (position, report_id) VALUES (?, ?)"_s, {qint64(seen.size()), id});
            if (!q)
                return Failure(q.error());
        }
        return idsText(seen);
    });
}

Result<> AnalystRecords::writeProjectRecord(
    const QString &kind, const std::function<Result<QString>()> &stored, const Expected &expected, const std::function<Result<QString>()> &write)
{
    return m_database.transaction([&]() -> Result<> {
        ChangeLog changeLog(m_database);
        if (auto locked = changeLog.lockRecord(kind, 0, {}); !locked)
            return locked;
        auto old = stored();
        if (!old)
            return Failure(old.error());
        if (expected.startedFrom) {
            if (auto same = changeLog.checkUnchanged(kind, 0, {}, old.value(), *expected.startedFrom, expected.conflict); !same)
                return same;
        }
        auto written = write();
        if (!written)
            return Failure(written.error());
        return log(kind, 0, {}, old.value(), written.value());
    });
}

Result<> AnalystRecords::setDeck(const QJsonObject &deck)
{
    return writeDeck(deck, {});
}

Result<> AnalystRecords::setDeck(const QJsonObject &deck, const QJsonObject &startedFrom, std::optional<ChangeConflict> *conflict)
{
    return writeDeck(deck, {objectText(startedFrom), conflict});
}

Result<> AnalystRecords::writeDeck(const QJsonObject &deck, const Expected &expected)
{
    const auto stored = [this]() -> Result<QString> {
        auto old = this->deck();
        return old ? Result<QString>(objectText(old.value())) : Failure(old.error());
    };
    return writeProjectRecord(ChangeLog::Deck, stored, expected, [&]() -> Result<QString> {
        auto q = deck.isEmpty() ? m_database.data().run(u"DELETE FROM deck"_s)
                                : m_database.data().run(u"INSERT INTO deck (id, data, modified_at) VALUES (1, ?, ?) "
                                                        u"ON CONFLICT (id) DO UPDATE SET data = excluded.data, modified_at = excluded.modified_at"_s,
                                      {jsonText(deck), timeText({})});
        if (!q)
            return Failure(q.error());
        return objectText(deck);
    });
}

// --- annotations ---

Result<> AnalystRecords::writeTags(qint64 annotationId, const QStringList &tags)
{
    if (auto q = m_database.data().run(u"DELETE FROM annotation_tags WHERE annotation_id = ?"_s, {annotationId}); !q)
        return Failure(q.error());
    for (const QString &tag : cleanTags(tags)) {
        if (auto q = m_database.data().run(u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s, {tag}); !q)
            return Failure(q.error());
        // CAST: a server must know the bound value's type in a select list.
        if (auto q = m_database.data().run(
                u"INSERT INTO annotation_tags (annotation_id, tag_id) SELECT CAST(? AS BIGINT), id FROM tags WHERE name = ?"_s, {annotationId, tag});
            !q)
            return Failure(q.error());
    }
    return {};
}

Result<qint64> AnalystRecords::addAnnotation(const Annotation &a)
{
    qint64 id = a.id;
    auto done = m_database.transaction([&]() -> Result<> {
        // The log's lock before the rows (the tags are shared): see writeOverride().
        if (auto locked = ChangeLog(m_database).lockRecord(ChangeLog::AnnotationKind, a.reportId, {}); !locked)
            return locked;
        QVariantList values {a.reportId, a.span.start, a.span.end, a.quote, a.contextBefore, a.contextAfter, a.note, Annotation::severityName(a.severity),
            Annotation::statusName(a.status), timeText(a.created), timeText(a.modified.isValid() ? a.modified : a.created), a.needsReanchoring ? 1 : 0};
        QString columns =
            u"report_id, start, \"end\", quote, context_before, context_after, note, severity, status, created_at, modified_at, needs_reanchoring"_s;
        QString marks = u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"_s;
        if (id > 0) {
            columns.prepend(u"id, "_s);
            marks.prepend(u"?, "_s);
            values.prepend(id);
        }
        ProjectDatabasePrivate &d = m_database.data();
        auto q = d.write(d.returningId(u"INSERT INTO annotations ("_s + columns + u") VALUES ("_s + marks + u')'), values);
        if (!q)
            return Failure(q.error());
        if (id > 0) {
            if (auto r = afterExplicitId(d, u"annotations"_s); !r)
                return r;
        }
        id = q->insertId;
        if (auto r = writeTags(id, a.tags); !r)
            return r;
        return log(ChangeLog::AnnotationKind, a.reportId, QString::number(id), {}, annotationText(a));
    });
    if (!done)
        return Failure(done.error());
    return id;
}

Result<> AnalystRecords::updateAnnotation(const Annotation &a)
{
    return writeAnnotation(a, {});
}

Result<> AnalystRecords::updateAnnotation(const Annotation &a, const QString &startedFrom, std::optional<ChangeConflict> *conflict)
{
    return writeAnnotation(a, {startedFrom, conflict});
}

Result<> AnalystRecords::writeAnnotation(const Annotation &a, const Expected &expected)
{
    return m_database.transaction([&]() -> Result<> {
        ChangeLog changeLog(m_database);
        const QString record = QString::number(a.id);
        if (auto locked = changeLog.lockRecord(ChangeLog::AnnotationKind, a.reportId, record); !locked)
            return locked;
        auto old = annotation(a.id);
        if (!old && expected.startedFrom) {
            // Removed by another analyst meanwhile.
            return changeLog.checkUnchanged(ChangeLog::AnnotationKind, a.reportId, record, {}, *expected.startedFrom, expected.conflict);
        }
        if (!old)
            return Failure(old.error());
        if (expected.startedFrom) {
            if (auto same =
                    changeLog.checkUnchanged(ChangeLog::AnnotationKind, a.reportId, record, annotationText(*old), *expected.startedFrom, expected.conflict);
                !same)
                return same;
        }
        auto q =
            m_database.data().run(u"UPDATE annotations SET report_id = ?, start = ?, \"end\" = ?, quote = ?, context_before = ?, context_after = ?, note = ?, "
                                  u"severity = ?, status = ?, modified_at = ?, needs_reanchoring = ? WHERE id = ?"_s,
                {a.reportId, a.span.start, a.span.end, a.quote, a.contextBefore, a.contextAfter, a.note, Annotation::severityName(a.severity),
                    Annotation::statusName(a.status), timeText(a.modified), a.needsReanchoring ? 1 : 0, a.id});
        if (!q)
            return Failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<>::failure(tr("%1 has no annotation %2.").arg(m_database.path()).arg(a.id));
        if (auto r = writeTags(a.id, a.tags); !r)
            return r;
        return log(ChangeLog::AnnotationKind, a.reportId, QString::number(a.id), annotationText(*old), annotationText(a));
    });
}

Result<> AnalystRecords::removeAnnotation(qint64 id)
{
    return deleteAnnotation(id, {});
}

Result<> AnalystRecords::removeAnnotation(qint64 id, const QString &startedFrom, std::optional<ChangeConflict> *conflict)
{
    return deleteAnnotation(id, {startedFrom, conflict});
}

Result<> AnalystRecords::deleteAnnotation(qint64 id, const Expected &expected)
{
    return m_database.transaction([&]() -> Result<> {
        auto old = annotation(id);
        ChangeLog changeLog(m_database);
        const QString record = QString::number(id);
        const qint64 reportId = old ? old->reportId : 0;
        if (auto locked = changeLog.lockRecord(ChangeLog::AnnotationKind, reportId, record); !locked)
            return locked;
        // Read again under the lock.
        old = annotation(id);
        if (expected.startedFrom) {
            const QString stored = old ? annotationText(*old) : QString();
            if (auto same = changeLog.checkUnchanged(ChangeLog::AnnotationKind, reportId, record, stored, *expected.startedFrom, expected.conflict); !same)
                return same;
        }
        if (!old)
            return Failure(old.error());
        auto q = m_database.data().run(u"DELETE FROM annotations WHERE id = ?"_s, {id});
        if (!q)
            return Failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<>::failure(tr("%1 has no annotation %2.").arg(m_database.path()).arg(id));
        return log(ChangeLog::AnnotationKind, old->reportId, QString::number(id), annotationText(*old), {});
    });
}

Result<int> AnalystRecords::reanchorAnnotations(qint64 reportId, const QString &text)
{
    int lost = 0;
    auto done = m_database.transaction([&]() -> Result<> {
        auto list = annotations(reportId);
        if (!list)
            return Failure(list.error());
        for (const Annotation &a : std::as_const(list.value())) {
            const auto span = AnnotationAnchor::locate(text, a);
            Annotation placed = a;
            if (span) {
                placed = AnnotationAnchor::anchored(a, text, *span);
            } else {
                // Kept where it was, with its quote: the analyst decides.
                placed.needsReanchoring = true;
                ++lost;
            }
            if (placed == a)
                continue;
            // Placing is not an edit by the analyst: the modified time stays.
            auto q =
                m_database.data().run(u"UPDATE annotations SET start = ?, \"end\" = ?, quote = ?, context_before = ?, context_after = ?, needs_reanchoring = ? "
                                      u"WHERE id = ?"_s,
                    {placed.span.start, placed.span.end, placed.quote, placed.contextBefore, placed.contextAfter, placed.needsReanchoring ? 1 : 0, a.id});
            if (!q)
                return Failure(q.error());
        }
        return {};
    });
    if (!done)
        return Failure(done.error());
    return lost;
}

// --- weakness themes ---

Result<> AnalystRecords::setWeaknessCatalog(const QJsonObject &catalog)
{
    return writeWeaknessCatalog(catalog, {});
}

Result<> AnalystRecords::setWeaknessCatalog(const QJsonObject &catalog, const QJsonObject &startedFrom, std::optional<ChangeConflict> *conflict)
{
    return writeWeaknessCatalog(catalog, {objectText(startedFrom), conflict});
}

Result<> AnalystRecords::writeWeaknessCatalog(const QJsonObject &catalog, const Expected &expected)
{
    const auto stored = [this]() -> Result<QString> {
        auto old = weaknessCatalog();
        return old ? Result<QString>(objectText(old->value_or(QJsonObject()))) : Failure(old.error());
    };
    return writeProjectRecord(ChangeLog::Catalog, stored, expected, [&]() -> Result<QString> {
        auto q = catalog.isEmpty() ? m_database.data().run(u"DELETE FROM weakness_catalog WHERE id = 1"_s)
                                   : m_database.data().run(u"INSERT INTO weakness_catalog (id, catalog, modified_at) VALUES (1, ?, ?) "
                                                           u"ON CONFLICT (id) DO UPDATE SET catalog = excluded.catalog, modified_at = excluded.modified_at"_s,
                                         {jsonText(catalog), timeText(QDateTime::currentDateTimeUtc())});
        if (!q)
            return Failure(q.error());
        return objectText(catalog);
    });
}

} // namespace Dz
