#include "base/terminaltext.h"

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

namespace
{

bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x061C || u == 0x200E || u == 0x200F;
}

} // namespace

QString terminalSafe(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\t' || u == u'\n' || (u == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n'))
            safe.append(QChar(u));
        else if (u < 0x20)
            safe.append(QChar(char16_t(0x2400 + u)));
        else if (u == 0x7F)
            safe.append(QChar(char16_t(0x2421)));
        else if ((u >= 0x80 && u < 0xA0) || isBidiControl(u))
            safe.append(u"[U+"_s + QString::number(u, 16).toUpper().rightJustified(4, u'0') + u']');
        else
            safe.append(QChar(u));
    }
    return safe;
}

} // namespace Dz::Internal
