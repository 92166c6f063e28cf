#pragma once

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
 * schema is ProjectSchema's, in each backend's dialect.
 */
class ProjectAddress
{
public:
    /// True when @p project is the address of a server project, not a file.
    static bool isServer(const QString &project)
    {
        return project.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
            || project.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
    }
};

} // namespace Dz
