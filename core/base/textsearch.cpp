#include "base/textsearch.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bitset>

namespace Dz
{

namespace
{

// Needles by their first character, shorter first: a walk over a text
// compares a place with them only where the low byte of its character is that
// of a needle's first character, and then only with the needles that start
// with that very character. One walk, however many needles, where a search
// per needle reads the whole text again.
class NeedleWalk
{
public:
    explicit NeedleWalk(const QStringList &needles)
    {
        for (const QString &needle : needles) {
            if (needle.isEmpty())
                continue;
            m_sorted.append(needle);
            m_starts.set(needle.front().unicode() & 0xFF);
        }
        std::sort(m_sorted.begin(), m_sorted.end(), [](QStringView a, QStringView b) {
            return a.front() < b.front() || (a.front() == b.front() && a.size() < b.size());
        });
    }
    bool isEmpty() const
    {
        return m_sorted.isEmpty();
    }
    /// Calls @p found(length) for every needle standing at @p at, shortest first.
    template<typename Found>
    void matchesAt(QStringView text, qsizetype at, Found &&found) const
    {
        const QChar c = text.at(at);
        if (!m_starts.test(c.unicode() & 0xFF))
            return;
        const QStringView rest = text.mid(at);
        const auto byFirst = [](QStringView needle, QChar first) {
            return needle.front() < first;
        };
        for (auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), c, byFirst); it != m_sorted.cend() && it->front() == c; ++it) {
            if (rest.startsWith(*it))
                found(it->size());
        }
    }

private:
    QVarLengthArray<QStringView, 32> m_sorted;
    std::bitset<256> m_starts;
};

} // namespace

QList<TextSpan> occurrencesOf(QStringView text, const QStringList &needles)
{
    const NeedleWalk walk(needles);
    QList<TextSpan> found;
    for (qsizetype at = 0; at < text.size() && !walk.isEmpty(); ++at) {
        walk.matchesAt(text, at, [&](qsizetype length) {
            found.append({at, at + length});
        });
    }
    return found;
}

TextSpan firstOccurrenceOf(QStringView text, const QStringList &needles)
{
    const NeedleWalk walk(needles);
    TextSpan first;
    for (qsizetype at = 0; at < text.size() && !walk.isEmpty() && !first.isValid(); ++at) {
        // The longest of those standing here: the last called.
        walk.matchesAt(text, at, [&](qsizetype length) {
            first = {at, at + length};
        });
    }
    return first;
}

} // namespace Dz
