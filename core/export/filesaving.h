#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Dz
{

/// Writes exports (decks, workbooks, charts, CSV, Markdown) so that a
/// failure never leaves half a file behind.
class FileSaving
{
    Q_DECLARE_TR_FUNCTIONS(Dz::FileSaving)

public:
    /**
     * Writes @p bytes to @p path through a temporary file in the same folder
     * that replaces the destination only when complete. Returns the number
     * of bytes written, or a message naming the file. A path that is (or
     * links to) a character device or a named pipe is written to directly,
     * each write checked, and never replaced by a file; a socket or a disk
     * device is refused.
     */
    static Result<qint64> save(const QByteArray &bytes, const QString &path);
    /// The bytes a writer made, or its reason for making none.
    static Result<qint64> save(const Result<QByteArray> &bytes, const QString &path);
};

} // namespace Dz
