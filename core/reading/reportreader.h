#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace Dz
{

/// Text as decoded from a file: line ends normalised to '\n', nothing else changed.
struct DecodedText {
    QString text;
    /// The encoding the bytes were read as: "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030".
    QString encoding;
    bool hadByteOrderMark = false;
};

/**
 * Reads a report file and decodes it.
 *
 * Accepts UTF-8 (with or without BOM), UTF-16 with a BOM, and GB18030 (a
 * superset of GBK and GB2312, common on Chinese government sites). Every
 * failure names the file and the problem.
 */
class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ReportReader)

public:
    /// Larger files are refused: the longest real report is a few hundred KiB,
    /// so anything past this is not a report and would only stall the UI.
    static constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

    static Result<DecodedText> readFile(const QString &path);

    /// Decodes bytes already in memory; @p fileName is used in messages only.
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName);

    /// Turns "\r\n" and lone "\r" into "\n".
    static QString normalizeLineEnds(QString text);
    /// @p bytes in @p decoder's encoding, or nothing when any sequence is
    /// invalid or cut off (the decoder must be Stateless) or the decoder
    /// knows no such encoding.
    static std::optional<QString> decodeStrictly(QStringDecoder &decoder, QByteArrayView bytes);
};

} // namespace Dz
