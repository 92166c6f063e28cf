#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

namespace Dz
{

/**
 * Where a project lives, told from the string that names it: a file
 * (`reports.duizhao`) or a PostgreSQL database on a server, by an address
 * `postgresql://user@host:port/database` (also `postgres://`; libpq's query
 * parameters `host=` for a socket folder, `port=`, `user=`, `sslmode=`).
 *
 * ProjectDatabase opens either (QSQLITE or QPSQL) behind the one store; the
 * schema is ProjectSchema's, in each backend's dialect. An address never
 * holds a password: libpq reads it from the PostgreSQL password file.
 */
class ProjectAddress
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectAddress)

public:
    /// A server project's address taken apart: what QPSQL is given.
    struct Server {
        QString host; ///< a name, an IP address, or a folder holding the server's Unix socket (starts with /)
        int port = DefaultPort;
        QString database;
        QString user;
        QString sslMode; ///< libpq's sslmode (disable, prefer, require, verify-ca, verify-full); empty: libpq's default
    };
    static constexpr int DefaultPort = 5432;

    /// True when @p project is the address of a server project, not a file.
    static bool isServer(const QString &project)
    {
        return project.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
            || project.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
    }

    /// Takes @p address apart; fails, naming it, when it is not an address,
    /// holds a password, names no database, or gives no valid port.
    static Result<Server> parseServer(const QString &address);

    /// The address of @p server: postgresql://user@host:port/database, a
    /// socket folder as host=, and sslmode= when one is chosen. parseServer()
    /// gives @p server back.
    static QString serverAddress(const Server &server);

    /// How lists name @p project: "database on host" for a server project,
    /// the file's name otherwise.
    static QString displayName(const QString &project);
};

} // namespace Dz
