#pragma once

// The steps of opening a project database (ProjectDatabase::open): checking
// a file, holding it, reading its header, connecting, probing, opening a
// server, initialising and migrating. Internal to core/project.

#include "base/result.h"
#include "project/projectdatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

#include <array>
#include <memory>

namespace Dz
{

class ProjectDatabasePrivate;

namespace Internal
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

/// SQLite's primary result code of @p error.
int primaryCode(const QSqlError &error);
/// True when @p info may be written, and was not made read-only on purpose.
bool isWritableFile(const QFileInfo &info);
/// The user of the computer, who writes a file project's changes.
QString systemUser();

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

    // The steps of opening a server project (openServer()).
    /// Connects to the server @p address names, as its role, with the password from ~/.pgpass.
    static Result<> connectServer(ProjectDatabasePrivate &d, const QString &address);
    /// Opens the project read-only when the role may only read.
    static Result<> checkRole(ProjectDatabasePrivate &d, const QString &address);
    /// The project's schema version, application id and number of tables, as probeFile() gives a file's.
    static Result<std::array<int, 3>> probeServer(const ProjectDatabasePrivate &d, const QString &address);
    /// Who writes the changes (the server's session user) and how the connection is protected.
    static Result<> readSession(ProjectDatabasePrivate &d, const QString &address);

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

} // namespace Internal

} // namespace Dz
