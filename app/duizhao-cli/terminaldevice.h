#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace Dz
{

/**
 * Standard output or error that passes text through Internal::terminalSafe:
 * what a report or a file name holds cannot drive the terminal. Text split
 * between writes (a UTF-8 sequence, a CR before its LF) is held back until
 * it is whole.
 *
 * Every write is checked (a full disk, /dev/full, a closed pipe): a failed
 * one fails the device (QTextStream::WriteFailed) and is remembered, so
 * that the program can say so and exit with an error instead of leaving
 * truncated output behind a success.
 */
class TerminalDevice final : public QIODevice
{
public:
    /// @p escape false passes the bytes through untouched (JSON or CSV piped to a file).
    TerminalDevice(FILE *stream, bool escape);
    ~TerminalDevice() override;

    bool isSequential() const override
    {
        return true;
    }

    /// True once a write failed; failure() says why, in the system's words.
    bool failed() const
    {
        return !m_failure.isEmpty();
    }
    QString failure() const
    {
        return m_failure;
    }
    /// Flushes the stream; false (and failed()) when that fails.
    bool finish();

protected:
    qint64 readData(char *, qint64) override
    {
        return -1;
    }
    qint64 writeData(const char *data, qint64 size) override;

private:
    /// False (and failed()) when @p size bytes could not all be written and flushed.
    bool put(const char *data, qint64 size);
    bool emitText(const QString &text);

    FILE *m_stream;
    QString m_failure;
    bool m_escape;
    bool m_pendingCr = false;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
};

} // namespace Dz
