#include "terminaldevice.h"

#include "base/terminaltext.h"

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
    if (m_pendingCr)
        emitText(Internal::terminalSafe(u"\r"));
    std::fflush(m_stream);
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    if (!m_escape) {
        const size_t written = std::fwrite(data, 1, size_t(size), m_stream);
        std::fflush(m_stream);
        return qint64(written);
    }
    QString text = m_decoder.decode(QByteArrayView(data, size));
    if (m_pendingCr)
        text.prepend(u'\r');
    m_pendingCr = text.endsWith(u'\r');
    if (m_pendingCr)
        text.chop(1);
    emitText(Internal::terminalSafe(text));
    return size;
}

void TerminalDevice::emitText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

} // namespace Dz
