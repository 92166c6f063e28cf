#include "project/projectopener_p.h"

#include "project/projectaddress.h"
#include "project/projectcopy.h"
#include "project/projectdatabase_p.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "project/projectschema.h"
#include "project/store_debug.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QUrl>

#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

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

Result<> Opener::connectServer(ProjectDatabasePrivate &d, const QString &address)
{
    const auto server = ProjectAddress::parseServer(address);
    if (!server)
        return Failure(server.error());
    static QAtomicInteger<quint64> connections;
    d.connection = u"duizhao-server-project-%1"_s.arg(connections.fetchAndAddRelaxed(1));
    d.db = QSqlDatabase::addDatabase(u"QPSQL"_s, d.connection);
    if (!d.db.isValid())
        return Result<>::failure(tr("%1: cannot be opened: the Qt PostgreSQL driver (QPSQL) is not installed.").arg(address));
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
        return Result<>::failure(
            tr("Cannot reach the project server %1 (port %2) for %3: %4").arg(host).arg(server->port).arg(address, d.db.lastError().text().trimmed()));
    }
    return {};
}

Result<> Opener::checkRole(ProjectDatabasePrivate &d, const QString &address)
{
    // A role that may only read (GRANT SELECT, no INSERT) opens the project
    // read-only, so the window says so, instead of failing at the first write.
    if (d.readOnly)
        return {};
    auto role = d.run(u"SELECT to_regclass('annotations') IS NOT NULL AND NOT has_table_privilege('annotations', 'INSERT')"_s);
    if (!role || !role->next())
        return Result<>::failure(role ? tr("%1: cannot be read.").arg(address) : role.error());
    if (role->value(0).toBool()) {
        qCInfo(lcStore) << "the role may only read" << address << ": opened read-only";
        d.readOnly = true;
    }
    return {};
}

Result<std::array<int, 3>> Opener::probeServer(const ProjectDatabasePrivate &d, const QString &address)
{
    using R = Result<std::array<int, 3>>;
    auto probe = d.run(u"SELECT to_regclass('project_schema') IS NOT NULL, "
                       u"(SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema())"_s);
    if (!probe || !probe->next())
        return R::failure(probe ? tr("%1: cannot be read.").arg(address) : probe.error());
    const bool hasSchema = probe->value(0).toBool();
    std::array<int, 3> values {0, 0, probe->value(1).toInt()};
    if (hasSchema) {
        auto q = d.run(u"SELECT version, application_id FROM project_schema WHERE id = 1"_s);
        if (!q)
            return R::failure(q.error());
        if (q->next()) {
            values[0] = q->value(0).toInt();
            values[1] = q->value(1).toInt();
        }
    }
    return values;
}

Result<> Opener::readSession(ProjectDatabasePrivate &d, const QString &address)
{
    // The role the server knows the analyst by writes the changes.
    auto user = d.run(u"SELECT session_user"_s);
    if (!user || !user->next())
        return Result<>::failure(user ? tr("%1: cannot be read.").arg(address) : user.error());
    d.author = user->value(0).toString();
    // Whether TLS protects the connection, to be shown in the window; a
    // server that will not say leaves it "not encrypted", the safe reading.
    d.security.server = true;
    if (auto ssl = d.run(u"SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s); ssl && ssl->next()) {
        d.security.encrypted = ssl->value(0).toBool();
        d.security.protocol = ssl->value(1).toString();
    }
    return {};
}

Result<std::unique_ptr<ProjectDatabase>> Opener::openServer(
    std::unique_ptr<ProjectDatabase> database, const QString &address, bool mayCreate, const ProjectDatabase::MigrationStep &step)
{
    using R = Result<std::unique_ptr<ProjectDatabase>>;
    ProjectDatabasePrivate &d = database->data();
    if (auto connected = connectServer(d, address); !connected)
        return R::failure(connected.error());
    if (auto role = checkRole(d, address); !role)
        return R::failure(role.error());
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
    const auto probed = probeServer(d, address);
    if (!probed)
        return R::failure(probed.error());
    if (auto ready = initialise(*database, probed->at(0), probed->at(1), probed->at(2), mayCreate, step); !ready)
        return R::failure(ready.error());
    if (auto session = readSession(d, address); !session)
        return R::failure(session.error());
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

} // namespace Dz::Internal
