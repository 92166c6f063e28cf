#include "base/widthfolding.h"

namespace Dz
{

QString foldWidth(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            *out++ = QChar(char16_t(u - 0xFEE0));
        } else if (u == 0x3000 || u == 0x00A0) {
            *out++ = QLatin1Char(' ');
        } else {
            *out++ = c;
        }
    }
    return folded;
}

bool isLayoutSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.unicode() == 0x3000 || c.unicode() == 0x00A0 || c.unicode() == 0xFEFF;
}

} // namespace Dz
