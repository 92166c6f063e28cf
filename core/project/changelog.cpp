#include "project/changelog.h"

#include "project/projectdatabase.h"
#include "project/projectdatabase_p.h"
#include "project/projectvalues.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Dz
{

using namespace Internal;

namespace
{

const QString Columns = u"SELECT id, changed_at, author, kind, action, report_id, record, old_value, new_value FROM change_log "_s;

// What a notification says: which row, of what, never the text.
constexpr int PayloadRecordLength = 200;

// On a server the log's ids must become visible in their order: a feed
// reads "after the last id it saw", so a row with a smaller id committed
// after a larger one would be skipped for good. The writers of the log take
// this advisory lock in turn ("DZLG"; one 64-bit key, apart from the
// records' two-part keys) before the id is drawn, and hold it to the end of
// the transaction, so they commit in the order of their ids. A write that
// checks a record takes it before the record's lock (lockRecord), so the
// two are always taken in one order and cannot deadlock. A file has one
// writer at a time anyway.
constexpr qint64 LogLockKey = 0x445A4C47;

Result<> lockLog(ProjectDatabasePrivate &d)
{
    if (!d.server)
        return {};
    auto q = d.run(u"SELECT pg_advisory_xact_lock(?)"_s, {LogLockKey});
    return q ? Result<>() : Result<>::failure(q.error());
}

} // namespace

QString ChangeLog::channel()
{
    return u"duizhao_changes"_s;
}

QString ChangeLog::reportsChannel()
{
    return u"duizhao_reports"_s;
}

Result<> ChangeLog::announceReports()
{
    ProjectDatabasePrivate &d = m_database.data();
    if (!d.server)
        return {};
    // The same payload within one transaction is delivered once.
    auto q = d.run(u"SELECT pg_notify(?, '')"_s, {reportsChannel()});
    return q ? Result<>() : Result<>::failure(q.error());
}

QString ChangeLog::author() const
{
    return m_database.data().author;
}

Result<qint64> ChangeLog::write(const ProjectChange &change)
{
    if (change.oldValue == change.newValue)
        return qint64(0);
    ProjectDatabasePrivate &d = m_database.data();
    if (auto locked = lockLog(d); !locked)
        return Failure(locked.error());
    const QString time = timeText(change.time);
    auto q = d.write(d.returningId(u"INSERT INTO change_log (changed_at, author, kind, action, report_id, record, old_value, new_value) "
                                   u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s),
        {time, d.author, change.kind, change.action, change.reportId, change.record, change.oldValue, change.newValue});
    if (!q)
        return Failure(q.error());
    const qint64 id = q->insertId;
    if (d.server) {
        // Delivered when the transaction commits, and not at all when it rolls back.
        const QJsonObject payload {
            {u"id"_s, id}, {u"kind"_s, change.kind}, {u"report"_s, change.reportId}, {u"record"_s, change.record.left(PayloadRecordLength)}};
        if (auto n = d.run(u"SELECT pg_notify(?, ?)"_s, {channel(), jsonText(payload)}); !n)
            return Failure(n.error());
    }
    return id;
}

Result<QList<ProjectChange>> ChangeLog::read(const QString &where, const QVariantList &values, const QString &order, int limit) const
{
    auto q = m_database.data().run(Columns + where + u" ORDER BY id "_s + order + u" LIMIT "_s + QString::number(limit), values);
    if (!q)
        return Failure(q.error());
    QList<ProjectChange> list;
    while (q->next()) {
        ProjectChange c;
        c.id = q->value(0).toLongLong();
        c.time = timeFrom(q->value(1));
        c.author = q->value(2).toString();
        c.kind = q->value(3).toString();
        c.action = q->value(4).toString();
        c.reportId = q->value(5).toLongLong();
        c.record = q->value(6).toString();
        c.oldValue = q->value(7).toString();
        c.newValue = q->value(8).toString();
        list.append(std::move(c));
    }
    return list;
}

Result<QList<ProjectChange>> ChangeLog::changes(qint64 afterId, int limit) const
{
    return read(u"WHERE id > ?"_s, {afterId}, u"ASC"_s, limit);
}

Result<QList<ProjectChange>> ChangeLog::filtered(const QString &author, qint64 reportId, int limit) const
{
    QStringList conditions;
    QVariantList values;
    if (!author.isEmpty()) {
        conditions.append(u"author = ?"_s);
        values.append(author);
    }
    if (reportId > 0) {
        conditions.append(u"report_id = ?"_s);
        values.append(reportId);
    }
    return read(conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s), values, u"DESC"_s, limit);
}

Result<std::optional<ProjectChange>> ChangeLog::lastChange(const QString &kind, qint64 reportId, const QString &record) const
{
    using R = Result<std::optional<ProjectChange>>;
    auto list = read(u"WHERE kind = ? AND report_id = ? AND record = ?"_s, {kind, reportId, record}, u"DESC"_s, 1);
    if (!list)
        return R::failure(list.error());
    return list->isEmpty() ? R(std::nullopt) : R(list->constFirst());
}

Result<> ChangeLog::lockRecord(const QString &kind, qint64 reportId, const QString &record)
{
    ProjectDatabasePrivate &d = m_database.data();
    // SQLite: BEGIN IMMEDIATE already made this the only writer.
    if (!d.server)
        return {};
    // Held until the transaction ends; hashtext() folds the record's name into the lock's key.
    if (auto locked = lockLog(d); !locked)
        return locked;
    auto q = d.run(u"SELECT pg_advisory_xact_lock(?, hashtext(?))"_s, {int(0x445A), QString(kind + u'/' + QString::number(reportId) + u'/' + record)});
    return q ? Result<>() : Result<>::failure(q.error());
}

Result<> ChangeLog::checkUnchanged(const QString &kind, qint64 reportId, const QString &record, const QString &stored, const QString &startedFrom,
    std::optional<ChangeConflict> *conflict) const
{
    if (stored == startedFrom)
        return {};
    ChangeConflict found;
    found.theirValue = stored;
    auto last = lastChange(kind, reportId, record);
    if (!last)
        return Failure(last.error());
    if (last->has_value()) {
        found.author = (*last)->author;
        found.time = (*last)->time;
    }
    if (conflict)
        *conflict = found;
    const QString who = found.author.isEmpty() ? tr("Someone") : found.author;
    const QString when = found.time.isValid() ? found.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : tr("at a time not recorded");
    return Result<>::failure(stored.isEmpty() ? tr("%1 removed this record (%2) after you read it; nothing was changed.").arg(who, when)
                                              : tr("%1 changed this record (%2) after you read it; nothing was changed.").arg(who, when));
}

Result<qint64> ChangeLog::lastId() const
{
    auto q = m_database.data().run(u"SELECT max(id) FROM change_log"_s);
    if (!q)
        return Failure(q.error());
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QStringList> ChangeLog::authors() const
{
    // In code point order on a server too, whatever its collation (GROUP BY:
    // DISTINCT would not allow ordering by another collation).
    auto q = m_database.data().run(m_database.data().sql(
        u"SELECT author FROM change_log GROUP BY author ORDER BY author"_s, u"SELECT author FROM change_log GROUP BY author ORDER BY author COLLATE \"C\""_s));
    if (!q)
        return Failure(q.error());
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

} // namespace Dz
