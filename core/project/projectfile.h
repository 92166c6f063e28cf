#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace Dz
{

/**
 * A project file as this process holds it open: one entry per file, found
 * by the file's identity (device and inode), not by its name, so that a
 * hard link, a bind mount or a second spelling of the path is the same
 * file.
 *
 * It keeps the descriptors it opened until no connection and no lock of
 * this process uses the file any more. That is on purpose: closing any
 * descriptor of a file drops every POSIX lock the process holds on it,
 * SQLite's own included, so a descriptor opened beside SQLite's must not
 * be closed while a connection is open. ProjectDatabase holds one for as
 * long as its connection; ProjectLock takes its write lock on it.
 */
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    enum class Mode {
        Read, ///< an existing file, read only
        Write, ///< an existing file, for writing
        Create, ///< for writing, made (empty) when missing
    };

    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    /// The file at @p path as this process holds it (shared with every
    /// other holder of the same file); a failure names the file and why.
    static Result<std::shared_ptr<ProjectFile>> open(const QString &path, Mode mode);

    /// The first @p size bytes, read without moving any file position.
    QByteArray head(qsizetype size) const;
    /// True when open() made the file (it did not exist before).
    bool created() const
    {
        return m_created;
    }
    /// A descriptor open for writing, or -1 when the file was only opened to read.
    int writableDescriptor() const
    {
        return m_writable;
    }

private:
    ProjectFile() = default;

    /// Device and inode.
    using Identity = std::pair<quint64, quint64>;

    Identity m_identity;
    QList<int> m_descriptors; ///< every descriptor this process opened on the file
    int m_readable = -1;
    int m_writable = -1;
    bool m_created = false;
};

} // namespace Dz
