#pragma once

#include "base/result.h"
#include "reading/sourcedocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace Dz
{

/**
 * Reads one document format into a SourceDocument.
 *
 * The reader for a file is chosen by what its bytes are (magic numbers, the
 * parts inside a zip, markup at the start), the file name's suffix only
 * breaking ties, so that a GBK page saved as .txt or a Word file renamed
 * .doc is read by the right reader. Readers keep no state: one instance
 * serves every thread.
 */
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::DocumentReader)

public:
    virtual ~DocumentReader();

    /// The format name stored with a report ("html", "docx"…).
    virtual QString format() const = 0;
    /// How sure the reader is that @p bytes are its format: 0 not at all,
    /// 100 certain (a signature). @p suffix is the lower-case file suffix.
    virtual int confidence(const QByteArray &bytes, const QString &suffix) const = 0;
    /// Reads @p bytes; @p fileName is for messages. A failure names the
    /// file and the problem.
    virtual Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName) const = 0;

    /// Larger files are refused (PDFs with images run to a few MiB; nothing
    /// a report comes in needs more).
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    /// The reader the content asks for; never null (plain text is the fallback).
    static const DocumentReader &forContent(const QByteArray &bytes, const QString &fileName);
    /// Reads the file at @p path with the reader its content asks for.
    static Result<SourceDocument> readFile(const QString &path);
    /// Reads bytes already in memory (a download, the clipboard).
    static Result<SourceDocument> readBytes(const QByteArray &bytes, const QString &fileName);
    /// File dialog patterns and folder-import patterns of every format read.
    static QStringList nameFilters();
};

} // namespace Dz
