#include "base/textsearch.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bitset>

namespace Dz
{

QList<TextSpan> occurrencesOf(QStringView text, const QStringList &needles)
{
    // One walk over the text, however many needles, where a search per needle
    // reads the whole text again: a place is looked at closer only where the
    // low byte of its character is that of a needle's first character, and
    // compared only with the needles that start with that very character.
    QVarLengthArray<QStringView, 32> sorted;
    std::bitset<256> starts;
    for (const QString &needle : needles) {
        if (needle.isEmpty())
            continue;
        sorted.append(needle);
        starts.set(needle.front().unicode() & 0xFF);
    }
    QList<TextSpan> found;
    if (sorted.isEmpty())
        return found;
    std::sort(sorted.begin(), sorted.end(), [](QStringView a, QStringView b) {
        return a.front() < b.front() || (a.front() == b.front() && a.size() < b.size());
    });
    const auto byFirst = [](QStringView needle, QChar c) {
        return needle.front() < c;
    };
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (!starts.test(c.unicode() & 0xFF))
            continue;
        // Shortest first, as they are sorted.
        const QStringView rest = text.mid(at);
        for (auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), c, byFirst); it != sorted.cend() && it->front() == c; ++it) {
            if (rest.startsWith(*it))
                found.append({at, at + it->size()});
        }
    }
    return found;
}

} // namespace Dz
