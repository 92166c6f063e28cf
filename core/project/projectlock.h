#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Dz
{

class ProjectFile;

/**
 * Keeps other processes from writing to a project while this one does.
 *
 * SQLite locks per transaction, which protects the file but not the analyst:
 * two windows editing the same project would each show stale data and undo
 * each other's work, and two imports would each count what they added. So a
 * writable project is locked, and the lock follows the file, not its name:
 * it is an open-file-description lock (Linux OFD, else flock) on a byte of
 * the database file itself that SQLite never uses, so a hard link, a backup
 * made with links or a bind mount cannot let a second writer in under
 * another name; the system drops it when the process ends, so a killed
 * import does not lock the project for ever.
 *
 * Beside the file, `name.duizhao.lock` (QLockFile: process id, host and
 * application) says who holds it, for the message, and keeps out versions
 * of Duizhao that only know that file. Holders in one process share one
 * lock, whatever name they give (the GUI's connection and its import
 * worker both write).
 */
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectLock)

public:
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    /// The lock on the file at @p projectPath (made, empty, when missing),
    /// shared with this process's other holders; fails with a message
    /// naming the file and the other process.
    static Result<std::shared_ptr<ProjectLock>> acquire(const QString &projectPath);

    static QString lockFilePath(const QString &projectPath);

    /// True when acquire() made the file: a caller that fails later removes it.
    bool createdFile() const;

    /// The longest file name (in bytes, UTF-8) a project may have in
    /// @p folder: SQLite writes NAME-journal beside it, and this NAME.lock.
    static qsizetype maxNameLength(const QString &folder);
    /// A message when the name of @p projectPath is too long for its
    /// folder (nothing may be made then), else empty.
    static QString nameTooLong(const QString &projectPath);

private:
    ProjectLock(std::shared_ptr<ProjectFile> file, const QString &lockPath);

    std::shared_ptr<ProjectFile> m_file;
    QLockFile m_info;
    bool m_locked = false;
};

} // namespace Dz
