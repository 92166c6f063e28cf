#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace Dz
{

class ProjectDatabasePrivate;

/**
 * The SQLite file under a project: the connection, the checks before a file
 * is touched, the schema and its migrations, transactions.
 *
 * One ProjectDatabase is one connection and belongs to the thread that opened
 * it. Qt Sql stays behind ProjectDatabasePrivate (projectdatabase_p.h), which
 * only the project's own parts (ReportRecords, AnalystRecords, SearchIndex)
 * include; nothing in this header drags Qt Sql into its users.
 */
class ProjectDatabase
{
    // The messages are the project's, whichever part of it says them.
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Creation { OpenExisting, CreateIfMissing };

    /// How long a statement waits for another connection's write before giving up.
    static constexpr int BusyTimeoutMs = 3000;

    /// Work a migration to @p version needs beyond its SQL (filling an index
    /// computed in C++); runs inside the migration's transaction.
    using MigrationStep = std::function<Result<>(ProjectDatabase &database, int version)>;

    /// Opens @p path; an older file is migrated (read-write only), with
    /// @p step called after each version's statements.
    static Result<std::unique_ptr<ProjectDatabase>> open(const QString &path, Access access, Creation creation, const MigrationStep &step = {});

    ~ProjectDatabase();
    ProjectDatabase(const ProjectDatabase &) = delete;
    ProjectDatabase &operator=(const ProjectDatabase &) = delete;

    /// How the project is reached: a file, or a server over a connection
    /// that is encrypted (TLS, with its protocol) or not.
    struct ConnectionSecurity {
        bool server = false;
        bool encrypted = false;
        QString protocol; ///< e.g. TLSv1.3, when encrypted
    };

    QString path() const;
    bool isReadOnly() const;
    ConnectionSecurity connectionSecurity() const;
    Result<int> schemaVersion() const;

    /// Runs @p work in one transaction (or a savepoint inside the one already
    /// open), rolling back when it fails.
    Result<> transaction(const std::function<Result<>()> &work);
    /// A failure naming the file when it is open read-only.
    Result<> checkWritable() const;
    /// True when the last failure on a server project was the connection's
    /// (the server stopped or restarted, the network went away): nothing
    /// more can be read or written until reconnect(). Always false for a file.
    bool isConnectionLost() const;
    /// Connects to the server again after the connection was lost, as the
    /// same role with the same access; a failure says why not (the server
    /// is still away). Nothing for a file.
    Result<> reconnect();

    /// Writes a consistent copy of the project to @p target (VACUUM INTO);
    /// this project stays open.
    Result<> saveCopy(const QString &target) const;
    /// SQLite's integrity_check: "ok", or what is wrong. @p canceled is
    /// asked now and then while SQLite checks; true stops the check (a
    /// failure saying so).
    Result<QString> integrityCheck(const std::function<bool()> &canceled = {}) const;

    /// For the project's parts (see projectdatabase_p.h).
    ProjectDatabasePrivate &data() const
    {
        return *d;
    }

private:
    ProjectDatabase();

    std::unique_ptr<ProjectDatabasePrivate> d;
};

} // namespace Dz
