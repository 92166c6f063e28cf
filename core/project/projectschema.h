#pragma once

#include <QStringList>

namespace Dz
{

/**
 * The layout of a project file, version by version.
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
    /// The version this build writes; files with a larger user_version are refused.
    static int currentVersion();
    /// PRAGMA application_id of a Duizhao project ("DZPJ"), so that another
    /// program's SQLite file is told apart from a project.
    static constexpr int ApplicationId = 0x445A504A;

    /// The statements that take a project from @p toVersion - 1 to @p toVersion
    /// (1 … currentVersion()). Each is one SQL statement: the Qt SQLite driver
    /// runs only the first statement of a string.
    static QStringList migration(int toVersion);
};

} // namespace Dz
