#pragma once

#include <QStringList>

namespace Dz
{

/**
 * The layout of a project, version by version, for both places a project
 * lives: an SQLite file and a PostgreSQL database (a server project).
 *
 * A project's PRAGMA user_version is the number of migrations applied to it.
 * A new project runs every migration in order, so a fresh file and a file
 * migrated from any earlier version have the same schema; the migration test
 * holds that against SQL fixtures of each earlier version in tests/data.
 * Migrations are append-only: once shipped, a version's statements never
 * change.
 */
class ProjectSchema
{
public:
    /// The SQL a backend speaks.
    enum class Dialect { SQLite, PostgreSQL };

    /// The version this build writes; files with a larger user_version are refused.
    static int currentVersion();
    /// PRAGMA application_id of a Duizhao project ("DZPJ"), so that another
    /// program's SQLite file is told apart from a project.
    static constexpr int ApplicationId = 0x445A504A;

    /// The statements that take a project from @p toVersion - 1 to @p toVersion
    /// (1 … currentVersion()). Each is one SQL statement: the Qt SQLite driver
    /// runs only the first statement of a string.
    ///
    /// A server project has the same tables and columns at every version, in
    /// PostgreSQL's types (BIGINT identities, BYTEA); where SQLite has its
    /// FTS5 indexes it has a pg_trgm GIN index over the texts. Its version is
    /// kept in the table project_schema (one row), as PRAGMA user_version is
    /// SQLite's alone.
    static QStringList migration(int toVersion, Dialect dialect = Dialect::SQLite);
};

} // namespace Dz
