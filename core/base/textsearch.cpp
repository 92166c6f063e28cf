#include "base/textsearch.h"

#include <algorithm>

namespace Dz
{

QList<TextSpan> occurrencesOf(QStringView text, const QStringList &needles)
{
    QList<TextSpan> found;
    for (const QString &needle : needles) {
        for (qsizetype at = needle.isEmpty() ? -1 : text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
            found.append({at, at + needle.size()});
    }
    std::sort(found.begin(), found.end(), [](const TextSpan &a, const TextSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return found;
}

} // namespace Dz
