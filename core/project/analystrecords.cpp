#include "project/analystrecords.h"

#include "project/projectdatabase.h"
#include "project/projectdatabase_p.h"
#include "project/projectvalues.h"
#include "project/store_debug.h"

// The analyst's records as stored: plain reads, no lock, no change log. The
// writes, each logged and checked, are in analystrecordwrites.cpp.

using namespace Qt::StringLiterals;

namespace Dz
{

using namespace Internal;

namespace
{

// Tags are separated by U+001F in group_concat(); names never hold control characters.
constexpr QChar TagSeparator(0x1F);

IndicatorOverride overrideFrom(const QSqlQuery &q)
{
    IndicatorOverride o {
        q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), timeFrom(q.value(5))};
    o.kind = q.value(6).toString();
    o.parts = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
    return o;
}

const QString OverrideColumns = u"SELECT id, report_id, indicator_id, value, note, created_at, kind, parts FROM indicator_overrides "_s;

} // namespace

// --- corrections and overrides ---

Result<QList<StoredCorrection>> AnalystRecords::corrections() const
{
    auto q = m_database.data().run(u"SELECT id, correction, created_at FROM alignment_corrections ORDER BY id"_s);
    if (!q)
        return Failure(q.error());
    QList<StoredCorrection> list;
    while (q->next()) {
        auto correction = AlignmentCorrection::fromJson(jsonFrom(q->value(1)));
        if (!correction) {
            // Kept in the file, never dropped: a later version may read it.
            qCWarning(lcStore).noquote() << m_database.path() << "correction" << q->value(0).toLongLong() << "not understood:" << correction.error();
            continue;
        }
        list.append({q->value(0).toLongLong(), std::move(correction).value(), timeFrom(q->value(2))});
    }
    return list;
}

Result<std::optional<IndicatorOverride>> AnalystRecords::indicatorOverride(qint64 reportId, const QString &indicatorId) const
{
    using R = Result<std::optional<IndicatorOverride>>;
    auto q = m_database.data().run(OverrideColumns + u"WHERE report_id = ? AND indicator_id = ?"_s, {reportId, indicatorId});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R(std::nullopt);
    return R(overrideFrom(*q));
}

Result<QList<IndicatorOverride>> AnalystRecords::indicatorOverrides(qint64 reportId) const
{
    auto q = reportId > 0 ? m_database.data().run(OverrideColumns + u"WHERE report_id = ? ORDER BY indicator_id"_s, {reportId})
                          : m_database.data().run(OverrideColumns + u"ORDER BY report_id, indicator_id"_s);
    if (!q)
        return Failure(q.error());
    QList<IndicatorOverride> list;
    while (q->next())
        list.append(overrideFrom(*q));
    return list;
}

// --- the comparison set and the deck ---

Result<QList<qint64>> AnalystRecords::comparisonSet() const
{
    auto q = m_database.data().run(u"SELECT report_id FROM comparison_set ORDER BY position"_s);
    if (!q)
        return Failure(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QJsonObject> AnalystRecords::deck() const
{
    auto q = m_database.data().run(u"SELECT data FROM deck WHERE id = 1"_s);
    if (!q)
        return Failure(q.error());
    return q->next() ? jsonFrom(q->value(0)) : QJsonObject();
}

// --- annotations ---

Result<QList<Annotation>> AnalystRecords::readAnnotations(const QString &where, const QVariantList &values) const
{
    auto q = m_database.data().run(u"SELECT a.id, a.report_id, a.start, a.\"end\", a.quote, a.context_before, a.context_after, a.note, a.severity, a.status, "
                                   u"a.created_at, a.modified_at, ("_s
            + m_database.data().sql(u"SELECT group_concat(t.name, char(31))"_s, u"SELECT string_agg(t.name, chr(31))"_s)
            + u" FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id), a.needs_reanchoring FROM annotations a "_s + where
            + u" ORDER BY a.report_id, a.start, a.id"_s,
        values);
    if (!q)
        return Failure(q.error());
    QList<Annotation> list;
    while (q->next()) {
        Annotation a;
        a.id = q->value(0).toLongLong();
        a.reportId = q->value(1).toLongLong();
        a.span = {q->value(2).toLongLong(), q->value(3).toLongLong()};
        a.quote = q->value(4).toString();
        a.contextBefore = q->value(5).toString();
        a.contextAfter = q->value(6).toString();
        a.note = q->value(7).toString();
        // The CHECK constraints keep other names out of the file.
        a.severity = Annotation::severityFromName(q->value(8).toString()).value_or(Annotation::Severity::Medium);
        a.status = Annotation::statusFromName(q->value(9).toString()).value_or(Annotation::Status::Open);
        a.created = timeFrom(q->value(10));
        a.modified = timeFrom(q->value(11));
        const QString tags = q->value(12).toString();
        if (!tags.isEmpty()) {
            a.tags = tags.split(TagSeparator);
            a.tags.sort();
        }
        a.needsReanchoring = q->value(13).toBool();
        list.append(std::move(a));
    }
    return list;
}

Result<Annotation> AnalystRecords::annotation(qint64 id) const
{
    auto list = readAnnotations(u"WHERE a.id = ?"_s, {id});
    if (!list)
        return Failure(list.error());
    if (list->isEmpty())
        return Result<Annotation>::failure(tr("%1 has no annotation %2.").arg(m_database.path()).arg(id));
    return list->constFirst();
}

Result<QList<Annotation>> AnalystRecords::annotations(qint64 reportId) const
{
    return reportId > 0 ? readAnnotations(u"WHERE a.report_id = ?"_s, {reportId}) : readAnnotations({}, {});
}

Result<QStringList> AnalystRecords::tags() const
{
    // In code point order on a server too, whatever its collation.
    auto q = m_database.data().run(m_database.data().sql(u"SELECT name FROM tags ORDER BY name"_s, u"SELECT name FROM tags ORDER BY name COLLATE \"C\""_s));
    if (!q)
        return Failure(q.error());
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

// --- weakness themes ---

Result<std::optional<QJsonObject>> AnalystRecords::weaknessCatalog() const
{
    auto q = m_database.data().run(u"SELECT catalog FROM weakness_catalog WHERE id = 1"_s);
    if (!q)
        return Failure(q.error());
    if (!q->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(jsonFrom(q->value(0)));
}

} // namespace Dz
