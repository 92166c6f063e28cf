#include "project/projectdatabase.h"

#include "project/projectaddress.h"
#include "project/projectcopy.h"
#include "project/projectdatabase_p.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
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

namespace
{

// SQLite primary result codes the opening code tells apart (QSqlError's
// native code is the extended code; its low byte is the primary one).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool isWritableFile(const QFileInfo &info)
{
    // Root may write anywhere, but a file without any write bit was made
    // read-only on purpose; respect that too.
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// The user of the computer, who writes a file project's changes.
QString systemUser()
{
    if (const passwd *user = ::getpwuid(::geteuid()); user && user->pw_name)
        return QString::fromLocal8Bit(user->pw_name);
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        if (const QString value = qEnvironmentVariable(name); !value.isEmpty())
            return value;
    }
    return QString::number(::geteuid());
}

// Opening, step by step; everything before initialise() only reads, so a
// refused file stays as it was.
class Opener
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    static Result<std::unique_ptr<ProjectDatabase>> openServer(
        std::unique_ptr<ProjectDatabase> database, const QString &address, bool mayCreate, const ProjectDatabase::MigrationStep &step);
    static Result<> initialise(
        ProjectDatabase &database, int version, int applicationId, int objectCount, bool mayCreate, const ProjectDatabase::MigrationStep &step);
    static Result<> migrate(ProjectDatabase &database, int fromVersion, const ProjectDatabase::MigrationStep &step);

    // The steps of opening a file.
    /// The file can be what was asked for: not a folder, there (unless it may be made), writable when written.
    static Result<> checkFile(const QFileInfo &info, const QString &path, bool readOnly, bool mayCreate);
    /// Takes the project's lock (when writing) and holds the file open.
    static Result<> holdFile(ProjectDatabasePrivate &d);
    /// The file is an SQLite database, or empty where it may become a project.
    static Result<> checkHeader(const ProjectDatabasePrivate &d, bool mustBeProject);
    /// Opens SQLite's connection to the file.
    static Result<> connectFile(ProjectDatabasePrivate &d, const QFileInfo &info, bool exists);
    /// The file's user_version, application_id and number of objects.
    static Result<std::array<int, 3>> probeFile(const ProjectDatabasePrivate &d);
};

} // namespace

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

Result<> Opener::checkFile(const QFileInfo &info, const QString &path, bool readOnly, bool mayCreate)
{
    if (info.isDir())
        return Result<>::failure(tr("%1 is a folder, not a Duizhao project.").arg(path));
    const bool exists = info.exists();
    if (!exists && (readOnly || !mayCreate))
        return Result<>::failure(tr("%1: no such project file.").arg(path));
    if (readOnly)
        return {};
    if (exists && !isWritableFile(info))
        return Result<>::failure(tr("%1 is read-only, so Duizhao cannot save changes to it. Open it read-only, or save a copy somewhere writable.").arg(path));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return Result<>::failure(tr("%1: its folder %2 is not writable; a project writes its journal beside it.").arg(path, folder.absoluteFilePath()));
    // Before anything is made: SQLite's files beside it need room in the name.
    if (const QString tooLong = ProjectLock::nameTooLong(path); !exists && !tooLong.isEmpty())
        return Result<>::failure(tooLong);
    return {};
}

Result<> Opener::holdFile(ProjectDatabasePrivate &d)
{
    if (!d.readOnly) {
        // The lock follows the file (a hard link or a bind mount is the same
        // project); it makes the file when it is missing.
        auto lock = ProjectLock::acquire(d.path);
        if (!lock)
            return Failure(lock.error());
        d.lock = std::move(lock).value();
    }
    auto file = ProjectFile::open(d.path, d.readOnly ? ProjectFile::Mode::Read : ProjectFile::Mode::Write);
    if (!file)
        return Failure(file.error());
    d.file = std::move(file).value();
    return {};
}

Result<> Opener::checkHeader(const ProjectDatabasePrivate &d, bool mustBeProject)
{
    // Look at the header before SQLite does: SQLite would treat a text
    // file as a damaged database, and an empty file as a new one.
    const QByteArray header = d.file->head(16);
    if (header.isEmpty()) {
        if (mustBeProject)
            return Result<>::failure(tr("%1 is an empty file, not a Duizhao project.").arg(d.path));
    } else if (header != QByteArrayView("SQLite format 3\0", 16)) {
        return Result<>::failure(tr("%1 is not a Duizhao project: it is not an SQLite database.").arg(d.path));
    }
    return {};
}

Result<> Opener::connectFile(ProjectDatabasePrivate &d, const QFileInfo &info, bool exists)
{
    static QAtomicInteger<quint64> connections;
    d.connection = u"duizhao-project-%1"_s.arg(connections.fetchAndAddRelaxed(1));
    d.db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d.connection);
    if (!d.db.isValid())
        return Result<>::failure(tr("%1: cannot be opened: the Qt SQLite driver (QSQLITE) is not installed.").arg(d.path));
    // A project where nothing may be written (a read-only file, folder or
    // mount) is opened immutable: SQLite then makes no -wal or -shm file,
    // which it could not make there, or would leave read-only behind it.
    const bool immutable = d.readOnly && exists && (!isWritableFile(info) || !isWritableFile(QFileInfo(info.absolutePath())));
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(ProjectDatabase::BusyTimeoutMs);
    if (d.readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setQuery(u"immutable=1"_s);
        d.db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += u";QSQLITE_OPEN_URI"_s;
    } else {
        d.db.setDatabaseName(d.path);
    }
    d.db.setConnectOptions(options);
    if (!d.db.open())
        return Result<>::failure(tr("%1: cannot be opened (%2).").arg(d.path, d.db.lastError().text()));
    return {};
}

Result<std::array<int, 3>> Opener::probeFile(const ProjectDatabasePrivate &d)
{
    const QString &path = d.path;
    const bool readOnly = d.readOnly;
    auto describe = [&path, readOnly](const QSqlError &error) {
        switch (primaryCode(error)) {
        case SqliteNotADatabase:
            return tr("%1 is not a Duizhao project: it is not an SQLite database, or it is damaged.").arg(path);
        case SqliteBusy:
        case SqliteLocked:
            return tr("%1 is locked by another program that is writing to it. Try again when it is done.").arg(path);
        case SqliteCorrupt:
            return tr("%1 is damaged (%2).").arg(path, error.databaseText());
        case SqliteReadOnly:
        case SqliteCantOpen:
            if (readOnly)
                return tr("%1: cannot be read (%2).").arg(path, error.databaseText());
            return tr("%1 cannot be written (%2). Open it read-only.").arg(path, error.databaseText());
        default:
            return tr("%1: cannot be read (%2).").arg(path, error.text());
        }
    };
    std::array<int, 3> values {0, 0, 0};
    const QString probes[3] = {u"PRAGMA user_version"_s, u"PRAGMA application_id"_s, u"SELECT count(*) FROM sqlite_master"_s};
    for (int i = 0; i < 3; ++i) {
        QSqlQuery query(d.db);
        if (!query.exec(probes[i]) || !query.next())
            return Result<std::array<int, 3>>::failure(describe(query.lastError()));
        values[i] = query.value(0).toInt();
    }
    return values;
}

Result<std::unique_ptr<ProjectDatabase>> Opener::openServer(
    std::unique_ptr<ProjectDatabase> database, const QString &address, bool mayCreate, const ProjectDatabase::MigrationStep &step)
{
    using R = Result<std::unique_ptr<ProjectDatabase>>;
    const auto server = ProjectAddress::parseServer(address);
    if (!server)
        return R::failure(server.error());
    ProjectDatabasePrivate &d = database->data();
    static QAtomicInteger<quint64> connections;
    d.connection = u"duizhao-server-project-%1"_s.arg(connections.fetchAndAddRelaxed(1));
    d.db = QSqlDatabase::addDatabase(u"QPSQL"_s, d.connection);
    if (!d.db.isValid())
        return R::failure(tr("%1: cannot be opened: the Qt PostgreSQL driver (QPSQL) is not installed.").arg(address));
    d.db.setHostName(server->host);
    d.db.setPort(server->port);
    d.db.setDatabaseName(server->database);
    d.db.setUserName(server->user);
    // No password here: libpq reads it from ~/.pgpass (or PGPASSFILE), so
    // it is never in the program's memory longer than the connection needs.
    QString options = u"connect_timeout=10;application_name=duizhao"_s;
    if (!server->sslMode.isEmpty())
        options += u";sslmode="_s + server->sslMode;
    d.db.setConnectOptions(options);
    if (!d.db.open()) {
        const QString host = server->host.isEmpty() ? u"localhost"_s : server->host;
        return R::failure(
            tr("Cannot reach the project server %1 (port %2) for %3: %4").arg(host).arg(server->port).arg(address, d.db.lastError().text().trimmed()));
    }
    // A role that may only read (GRANT SELECT, no INSERT) opens the project
    // read-only, so the window says so, instead of failing at the first write.
    if (!d.readOnly) {
        auto role = d.run(u"SELECT to_regclass('annotations') IS NOT NULL AND NOT has_table_privilege('annotations', 'INSERT')"_s);
        if (!role || !role->next())
            return R::failure(role ? tr("%1: cannot be read.").arg(address) : role.error());
        if (role->value(0).toBool()) {
            qCInfo(lcStore) << "the role may only read" << address << ": opened read-only";
            d.readOnly = true;
        }
    }
    // Two programs opening a new or older project at once: one makes or
    // migrates it, the other waits and then finds it current.
    constexpr qint64 SchemaLockKey = 0x445A504A0001; // "DZPJ", 1
    if (!d.readOnly) {
        if (auto r = d.run(u"SELECT pg_advisory_lock(?)"_s, {SchemaLockKey}); !r)
            return R::failure(r.error());
    }
    auto unlock = qScopeGuard([&d] {
        if (!d.readOnly)
            d.run(u"SELECT pg_advisory_unlock(?)"_s, {SchemaLockKey});
    });
    auto probe = d.run(u"SELECT to_regclass('project_schema') IS NOT NULL, "
                       u"(SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema())"_s);
    if (!probe || !probe->next())
        return R::failure(probe ? tr("%1: cannot be read.").arg(address) : probe.error());
    const bool hasSchema = probe->value(0).toBool();
    const int objectCount = probe->value(1).toInt();
    int version = 0;
    int applicationId = 0;
    if (hasSchema) {
        auto q = d.run(u"SELECT version, application_id FROM project_schema WHERE id = 1"_s);
        if (!q)
            return R::failure(q.error());
        if (q->next()) {
            version = q->value(0).toInt();
            applicationId = q->value(1).toInt();
        }
    }
    if (auto ready = initialise(*database, version, applicationId, objectCount, mayCreate, step); !ready)
        return R::failure(ready.error());
    // The role the server knows the analyst by writes the changes.
    auto user = d.run(u"SELECT session_user"_s);
    if (!user || !user->next())
        return R::failure(user ? tr("%1: cannot be read.").arg(address) : user.error());
    d.author = user->value(0).toString();
    // Whether TLS protects the connection, to be shown in the window; a
    // server that will not say leaves it "not encrypted", the safe reading.
    d.security.server = true;
    if (auto ssl = d.run(u"SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s); ssl && ssl->next()) {
        d.security.encrypted = ssl->value(0).toBool();
        d.security.protocol = ssl->value(1).toString();
    }
    qCDebug(lcStore) << "opened the server project" << address << (d.readOnly ? "read-only" : "read-write");
    return R(std::move(database));
}

Result<> Opener::initialise(
    ProjectDatabase &database, int version, int applicationId, int objectCount, bool mayCreate, const ProjectDatabase::MigrationStep &step)
{
    using R = Result<>;
    const ProjectDatabasePrivate &d = database.data();
    const int current = ProjectSchema::currentVersion();
    if (version > current) {
        return R::failure(tr("%1 was saved by a newer version of Duizhao (project format %2; this version reads up to %3). It was not changed.")
                .arg(d.path)
                .arg(version)
                .arg(current));
    }
    const bool empty = version == 0 && objectCount == 0;
    if (!empty && applicationId != ProjectSchema::ApplicationId) {
        if (d.server)
            return R::failure(tr("%1 holds the tables of another program, not a Duizhao project. It was not changed.").arg(d.path));
        return R::failure(tr("%1 is an SQLite database of another program, not a Duizhao project. It was not changed.").arg(d.path));
    }
    // An empty database becomes a project only when asked to make one.
    if (empty && (d.readOnly || !mayCreate))
        return R::failure(tr("%1 is an empty database, not a Duizhao project.").arg(d.path));
    if (d.readOnly) {
        if (version < current) {
            return R::failure(
                tr("%1 is in an older project format (%2) and must be upgraded to %3: open it once for writing.").arg(d.path).arg(version).arg(current));
        }
        // On a server, the session itself refuses writes.
        const QString readOnlySql = d.sql(u"PRAGMA foreign_keys = ON"_s, u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
        return d.run(readOnlySql) ? R() : R::failure(tr("%1: cannot be read.").arg(d.path));
    }
    if (d.server)
        return version < current ? migrate(database, version, step) : R();

    // WAL: readers (a search, the CLI) never wait for the writer, and a
    // killed writer leaves nothing half-done. NORMAL sync is crash-safe in WAL.
    QString journalMode;
    if (auto mode = d.run(u"PRAGMA journal_mode = WAL"_s); !mode)
        return R::failure(mode.error());
    else if (mode->next())
        journalMode = mode->value(0).toString();
    if (journalMode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return R::failure(tr("%1 is locked by another program (the journal mode could not be set to WAL, it is %2).").arg(d.path, journalMode));
    for (const QString &pragma : {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto r = d.run(pragma); !r)
            return R::failure(r.error());
    }
    if (version < current)
        return migrate(database, version, step);
    return {};
}

Result<> Opener::migrate(ProjectDatabase &database, int fromVersion, const ProjectDatabase::MigrationStep &step)
{
    const ProjectDatabasePrivate &d = database.data();
    const int current = ProjectSchema::currentVersion();
    qCInfo(lcStore) << "migrating" << d.path << "from schema" << fromVersion << "to" << current;
    // All steps in one transaction: a failed or interrupted migration leaves
    // the file at its old version with its data untouched.
    return database.transaction([&]() -> Result<> {
        for (int v = fromVersion + 1; v <= current; ++v) {
            const QStringList statements = ProjectSchema::migration(v, d.server ? ProjectSchema::Dialect::PostgreSQL : ProjectSchema::Dialect::SQLite);
            for (const QString &statement : statements) {
                if (auto r = d.run(statement); !r)
                    return Result<>::failure(tr("%1: cannot upgrade the project to format %2: %3").arg(d.path).arg(v).arg(r.error()));
            }
            if (step) {
                if (auto r = step(database, v); !r)
                    return Result<>::failure(tr("%1: cannot upgrade the project to format %2: %3").arg(d.path).arg(v).arg(r.error()));
            }
            const QString setVersion = d.sql(u"PRAGMA user_version = %1"_s, u"UPDATE project_schema SET version = %1"_s).arg(v);
            if (auto r = d.run(setVersion); !r)
                return Failure(r.error());
        }
        if (fromVersion == 0) {
            const QString setId = d.sql(u"PRAGMA application_id = %1"_s, u"UPDATE project_schema SET application_id = %1"_s).arg(ProjectSchema::ApplicationId);
            if (auto r = d.run(setId); !r)
                return Failure(r.error());
        }
        return {};
    });
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
