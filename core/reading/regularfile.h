#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Dz
{

/**
 * Reads the bytes of a regular file, and nothing else.
 *
 * A FIFO, socket or device named as a report would block a reader for ever
 * or feed it without end, so the file is opened without blocking and checked
 * to be a regular file before a byte is read. Every failure names the file
 * and what is really wrong: a symbolic link that loops or points nowhere, no
 * permission, a folder, or a size over the limit (in bytes, so that a file
 * just over it is not "8.00 MiB, larger than 8.00 MiB").
 */
class RegularFile
{
    Q_DECLARE_TR_FUNCTIONS(Dz::RegularFile)

public:
    static Result<QByteArray> read(const QString &path, qint64 maxSize);

    /// "8,388,618 bytes (8.00 MiB)" in the current locale.
    static QString describeSize(qint64 bytes);
};

} // namespace Dz
