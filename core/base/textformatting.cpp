#include "base/textformatting.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <iterator>

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
    // OWASP's advice against CSV injection: a cell that a spreadsheet would
    // run as a formula (=HYPERLINK(…), +1, -1+2, @SUM, or one that starts with
    // a tab or CR to hide the sign) gets a leading apostrophe, and quotes.
    static constexpr char16_t formulaStarts[] = {u'=', u'+', u'-', u'@', u'\t', u'\r'};
    const bool formula = !text.isEmpty() && std::find(std::begin(formulaStarts), std::end(formulaStarts), text.front().unicode()) != std::end(formulaStarts);
    if (!formula && !text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = formula ? u'\'' + text : text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace Dz::Internal
