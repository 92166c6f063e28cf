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

protected:
    qint64 readData(char *, qint64) override
    {
        return -1;
    }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void emitText(const QString &text);

    FILE *m_stream;
    bool m_escape;
    bool m_pendingCr = false;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
};

} // namespace Dz
