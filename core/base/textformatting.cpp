#include "base/textformatting.h"

#include <QFileInfo>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

double rounded(double value)
{
    return std::round(value * 1000) / 1000;
}

int displayWidth(QStringView text)
{
    int width = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, int width)
{
    const int w = displayWidth(text);
    return w >= width ? text : text + QString(width - w, u' ');
}

QString reportLabel(const QString &district, int year, const QString &filePath)
{
    if (district.isEmpty())
        return QFileInfo(filePath).fileName();
    return year > 0 ? district + u" · "_s + QString::number(year) : district;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace Dz::Internal
