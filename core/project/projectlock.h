#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Dz
{

/**
 * Keeps other processes from writing to a project while this one does.
 *
 * SQLite locks per transaction, which protects the file but not the analyst:
 * two windows editing the same project would each show stale data and undo
 * each other's work. So a writable project holds a lock file beside it
 * (`name.duizhao.lock`, QLockFile: process id, host and application inside,
 * recognised as stale once that process is gone, so a killed import does not
 * lock the project for ever). Connections of one process share the lock: the
 * GUI's connection and its import worker's both write.
 */
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectLock)

public:
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    /// The lock on @p projectPath, shared with this process's other holders;
    /// fails with a message naming the file and the other process.
    static Result<std::shared_ptr<ProjectLock>> acquire(const QString &projectPath);

    static QString lockFilePath(const QString &projectPath);

private:
    explicit ProjectLock(const QString &key, const QString &lockPath);

    QString m_key;
    QLockFile m_file;
};

} // namespace Dz
