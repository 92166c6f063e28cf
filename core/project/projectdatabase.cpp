#include "project/projectdatabase.h"

#include "project/projectaddress.h"
#include "project/projectcopy.h"
#include "project/projectdatabase_p.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "project/projectopener_p.h"
#include "project/projectschema.h"
#include "project/store_debug.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <array>

#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Dz
{

using Internal::isWritableFile;
using Internal::Opener;
using Internal::primaryCode;
using Internal::SqliteBusy;
using Internal::SqliteFull;
using Internal::SqliteLocked;
using Internal::SqliteReadOnly;
using Internal::systemUser;

ProjectDatabase::ProjectDatabase()
    : d(std::make_unique<ProjectDatabasePrivate>())
{
}

ProjectDatabase::~ProjectDatabase()
{
    d->statements.clear();
    if (d->db.isValid())
        d->db.close();
    d->db = QSqlDatabase();
    if (!d->connection.isEmpty())
        QSqlDatabase::removeDatabase(d->connection);
}

QString ProjectDatabase::path() const
{
    return d->path;
}

bool ProjectDatabase::isReadOnly() const
{
    return d->readOnly;
}

ProjectDatabase::ConnectionSecurity ProjectDatabase::connectionSecurity() const
{
    return d->security;
}

Result<std::unique_ptr<ProjectDatabase>> ProjectDatabase::open(const QString &path, Access access, Creation creation, const MigrationStep &step)
{
    using R = Result<std::unique_ptr<ProjectDatabase>>;
    if (path.isEmpty())
        return R::failure(tr("No project file given."));
    if (ProjectAddress::isServer(path)) {
        std::unique_ptr<ProjectDatabase> database(new ProjectDatabase);
        database->d->path = path;
        database->d->readOnly = access == Access::ReadOnly;
        database->d->server = true;
        return Opener::openServer(std::move(database), path, creation == Creation::CreateIfMissing, step);
    }
    const QFileInfo info(path);
    const bool readOnly = access == Access::ReadOnly;
    const bool mayCreate = creation == Creation::CreateIfMissing;
    const bool exists = info.exists();
    if (auto usable = Opener::checkFile(info, path, readOnly, mayCreate); !usable)
        return R::failure(usable.error());

    std::unique_ptr<ProjectDatabase> database(new ProjectDatabase);
    ProjectDatabasePrivate &d = *database->d;
    d.path = path;
    d.readOnly = readOnly;
    if (auto held = Opener::holdFile(d); !held)
        return R::failure(held.error());
    // A file made here and not made a project is removed again, with
    // whatever SQLite left beside it: a failed New leaves nothing behind.
    const bool made = d.lock && d.lock->createdFile();
    auto removeMade = qScopeGuard([&database, made, path] {
        if (!made)
            return;
        database.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
    });
    if (exists) {
        if (auto header = Opener::checkHeader(d, readOnly || !mayCreate); !header)
            return R::failure(header.error());
    }
    if (auto connected = Opener::connectFile(d, info, exists); !connected)
        return R::failure(connected.error());
    const auto probed = Opener::probeFile(d);
    if (!probed)
        return R::failure(probed.error());
    const auto ready = Opener::initialise(*database, probed->at(0), probed->at(1), probed->at(2), mayCreate, step);
    if (!ready)
        return R::failure(ready.error());
    d.author = systemUser();
    qCDebug(lcStore) << "opened" << path << (readOnly ? "read-only" : "read-write");
    removeMade.dismiss();
    return R(std::move(database));
}

Result<QSqlQuery> ProjectDatabasePrivate::prepare(const QString &sql) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStore).noquote() << "prepare failed:" << sql.left(80) << query.lastError().text();
        return Result<QSqlQuery>::failure(sqlError(query.lastError()));
    }
    return query;
}

Result<> ProjectDatabasePrivate::exec(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // The driver binds a null QString as SQL NULL, which the NOT NULL
        // text columns refuse; an absent text is an empty one here.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString(u""_s));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec()) {
        qCDebug(lcStore).noquote() << "statement failed:" << query.lastQuery().left(80) << query.lastError().text();
        return Result<>::failure(sqlError(query.lastError()));
    }
    return {};
}

Result<QSqlQuery> ProjectDatabasePrivate::run(const QString &sql, const QVariantList &values) const
{
    // PostgreSQL prepares only queries and data changes (not BEGIN, SAVEPOINT
    // or CREATE): what binds nothing runs as it is.
    if (server && values.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            qCDebug(lcStore).noquote() << "statement failed:" << sql.left(80) << query.lastError().text();
            return Result<QSqlQuery>::failure(sqlError(query.lastError()));
        }
        return query;
    }
    auto query = prepare(sql);
    if (!query)
        return query;
    if (auto done = exec(query.value(), values); !done)
        return Failure(done.error());
    return query;
}

Result<ProjectDatabasePrivate::Written> ProjectDatabasePrivate::write(const QString &sql, const QVariantList &values)
{
    if (server && values.isEmpty()) {
        auto q = run(sql);
        return q ? Result<Written>(Written {0, q->numRowsAffected()}) : Result<Written>::failure(q.error());
    }
    auto it = statements.find(sql);
    if (it == statements.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return Failure(prepared.error());
        it = statements.emplace(sql, std::make_unique<QSqlQuery>(std::move(prepared).value())).first;
    }
    QSqlQuery &query = *it->second;
    auto done = exec(query, values);
    Written written;
    if (done) {
        // A server says the id through RETURNING (returningId()).
        if (server)
            written.insertId = query.next() ? query.value(0).toLongLong() : 0;
        else
            written.insertId = query.lastInsertId().toLongLong();
        written.rowsAffected = query.numRowsAffected();
    }
    // Finished, so that the statement holds nothing between uses.
    query.finish();
    if (!done)
        return Failure(done.error());
    return written;
}

QString ProjectDatabasePrivate::sqlError(const QSqlError &error) const
{
    if (server) {
        // SQLSTATE 25006: a read-only transaction (a read-only session).
        if (error.nativeErrorCode() == u"25006"_s)
            return tr("%1 cannot be changed: it is open read-only.").arg(path);
        // No SQLSTATE (libpq lost the socket), class 08 (connection
        // exception) or 57P (the server shutting down or restarting).
        const QString state = error.nativeErrorCode();
        if (!db.isOpen() || error.type() == QSqlError::ConnectionError || state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P"_s)) {
            connectionLost = true;
            const QString why = error.text().trimmed();
            return why.isEmpty() ? tr("%1: the connection to the server was lost.").arg(path)
                                 : tr("%1: the connection to the server was lost (%2).").arg(path, why);
        }
        return tr("%1: the project could not be read or written (%2).").arg(path, error.text());
    }
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return tr("%1 is busy: another program kept it locked for more than %2 seconds.").arg(path).arg(ProjectDatabase::BusyTimeoutMs / 1000);
    case SqliteReadOnly:
        return tr("%1 cannot be changed: it is open read-only.").arg(path);
    case SqliteFull:
        return tr("%1 cannot be written: no space left on device.").arg(path);
    default:
        return tr("%1: the project could not be read or written (%2).").arg(path, error.text());
    }
}

Result<> ProjectDatabase::checkWritable() const
{
    if (d->readOnly)
        return Result<>::failure(tr("%1 is open read-only; nothing was changed.").arg(d->path));
    return {};
}

bool ProjectDatabase::isConnectionLost() const
{
    return d->server && d->connectionLost;
}

Result<> ProjectDatabase::reconnect()
{
    if (!d->server)
        return {};
    // The prepared statements and any transaction died with the old connection.
    d->statements.clear();
    d->transactionDepth = 0;
    d->db.close();
    if (!d->db.open())
        return Result<>::failure(tr("Cannot reach the project server for %1: %2").arg(d->path, d->db.lastError().text().trimmed()));
    if (d->readOnly) {
        if (auto r = d->run(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s); !r)
            return Failure(r.error());
    }
    d->connectionLost = false;
    qCInfo(lcStore) << "connected again to" << d->path;
    return {};
}

Result<> ProjectDatabase::transaction(const std::function<Result<>()> &work)
{
    using R = Result<>;
    if (auto w = checkWritable(); !w)
        return w;
    // Nested calls get a savepoint, so one failed step (one bad report in an
    // import batch) is undone without losing the rest of the batch.
    const bool outer = d->transactionDepth == 0;
    const QString savepoint = u"dz_%1"_s.arg(d->transactionDepth);
    // Through write(): an import opens a savepoint per report.
    const QString begin = d->sql(u"BEGIN IMMEDIATE"_s, u"BEGIN"_s);
    if (auto started = d->write(outer ? begin : u"SAVEPOINT "_s + savepoint, {}); !started)
        return R::failure(started.error());
    ++d->transactionDepth;
    R result = work();
    --d->transactionDepth;
    if (!result) {
        if (outer)
            d->write(u"ROLLBACK"_s, {});
        else
            d->write(u"ROLLBACK TO "_s + savepoint, {}) && d->write(u"RELEASE "_s + savepoint, {});
        return result;
    }
    auto end = d->write(outer ? u"COMMIT"_s : u"RELEASE "_s + savepoint, {});
    if (!end) {
        if (outer)
            d->write(u"ROLLBACK"_s, {});
        return R::failure(end.error());
    }
    return {};
}

Result<int> ProjectDatabase::schemaVersion() const
{
    auto q = d->run(d->sql(u"PRAGMA user_version"_s, u"SELECT version FROM project_schema WHERE id = 1"_s));
    if (!q)
        return Failure(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<> ProjectDatabase::saveCopy(const QString &target) const
{
    using R = Result<>;
    // A server project is copied row by row into the new file.
    if (d->server)
        return ProjectCopy::copy(d->path, target);
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(d->path).absoluteFilePath())
        return R::failure(tr("%1: a copy cannot replace the project itself.").arg(target));
    // Nor under another name (a hard link, another mount).
    if (targetInfo.exists()) {
        if (const auto other = ProjectFile::open(target, ProjectFile::Mode::Read); other && other.value() == d->file)
            return R::failure(tr("%1: a copy cannot replace the project itself (it is the same file under another name).").arg(target));
    }
    // Never replace a project another program is working in, under any name.
    const auto lock = ProjectLock::acquire(target);
    if (!lock)
        return R::failure(lock.error());
    // A target the lock made (empty) goes again if the copy fails.
    auto removeMade = qScopeGuard([&target, made = lock.value()->createdFile()] {
        if (made)
            QFile::remove(target);
    });
    // VACUUM INTO refuses an existing file: write beside the target, then
    // replace it, so that a failed copy leaves the old file in place.
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    if (auto q = d->run(u"VACUUM INTO ?"_s, {partial}); !q) {
        QFile::remove(partial);
        return R::failure(tr("%1: the copy could not be written (%2).").arg(target, q.error()));
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return R::failure(tr("%1: cannot be replaced.").arg(target));
    }
    if (!QFile::rename(partial, target))
        return R::failure(tr("%1: the copy could not be moved into place.").arg(target));
    removeMade.dismiss();
    return {};
}

Result<QString> ProjectDatabase::integrityCheck(const std::function<bool()> &canceled) const
{
    if (d->server) {
        // The server keeps its own pages whole; what can be asked is whether
        // it answers and every report's analyses still have their report.
        auto q = d->run(u"SELECT count(*) FROM analyses a LEFT JOIN reports r ON r.id = a.report_id WHERE r.id IS NULL"_s);
        if (!q)
            return Failure(q.error());
        const qint64 orphans = q->next() ? q->value(0).toLongLong() : 0;
        return orphans == 0 ? u"ok"_s : tr("%1 analyses without their report").arg(orphans);
    }
    // SQLite asks the progress handler every few thousand steps of the
    // check; a true answer interrupts it.
    sqlite3 *handle = nullptr;
    if (canceled) {
        const QVariant native = d->db.driver()->handle();
        if (qstrcmp(native.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(native.constData());
    }
    if (handle) {
        sqlite3_progress_handler(
            handle, 10000,
            [](void *context) -> int {
                return (*static_cast<const std::function<bool()> *>(context))() ? 1 : 0;
            },
            const_cast<std::function<bool()> *>(&canceled));
    }
    auto q = d->run(u"PRAGMA integrity_check"_s);
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (canceled && canceled())
        return Result<QString>::failure(tr("%1: the check was canceled.").arg(d->path));
    if (!q)
        return Failure(q.error());
    QStringList lines;
    while (q->next())
        lines.append(q->value(0).toString());
    return lines.join(u'\n');
}

} // namespace Dz
