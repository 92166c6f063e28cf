#include "terminaldevice.h"

#include "base/terminaltext.h"

#include <cerrno>
#include <cstring>

namespace Dz
{

TerminalDevice::TerminalDevice(FILE *stream, bool escape)
    : m_stream(stream)
    , m_escape(escape)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalDevice::~TerminalDevice()
{
    finish();
}

bool TerminalDevice::finish()
{
    if (m_pendingCr) {
        m_pendingCr = false;
        emitText(Internal::terminalSafe(u"\r"));
    }
    if (!failed() && std::fflush(m_stream) != 0)
        m_failure = QString::fromLocal8Bit(std::strerror(errno));
    return !failed();
}

bool TerminalDevice::put(const char *data, qint64 size)
{
    if (failed())
        return false;
    // fwrite buffers; the flush is where a full disk or a closed pipe shows.
    errno = 0;
    const size_t written = std::fwrite(data, 1, size_t(size), m_stream);
    if (written != size_t(size) || std::fflush(m_stream) != 0) {
        m_failure = QString::fromLocal8Bit(std::strerror(errno != 0 ? errno : EIO));
        setErrorString(m_failure);
        return false;
    }
    return true;
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    if (!m_escape)
        return put(data, size) ? size : -1;
    QString text = m_decoder.decode(QByteArrayView(data, size));
    if (m_pendingCr)
        text.prepend(u'\r');
    m_pendingCr = text.endsWith(u'\r');
    if (m_pendingCr)
        text.chop(1);
    return emitText(Internal::terminalSafe(text)) ? size : -1;
}

bool TerminalDevice::emitText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return put(bytes.constData(), bytes.size());
}

} // namespace Dz
