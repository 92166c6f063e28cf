#include "weaknesses/themeweights.h"

#include <algorithm>
#include <cmath>

namespace Dz
{

void ThemeWeights::add(const QString &theme, double weight)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), theme, [](const Entry &e, const QString &t) {
        return e.first < t;
    });
    if (it != m_entries.end() && it->first == theme)
        it->second += weight;
    else
        m_entries.insert(it, {theme, weight});
}

double ThemeWeights::cosine(const ThemeWeights &a, const ThemeWeights &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (const Entry &e : a.m_entries)
        na += e.second * e.second;
    for (const Entry &e : b.m_entries)
        nb += e.second * e.second;
    // Both in theme order: one walk finds the themes they share.
    auto i = a.m_entries.cbegin();
    auto j = b.m_entries.cbegin();
    while (i != a.m_entries.cend() && j != b.m_entries.cend()) {
        const int order = i->first.compare(j->first);
        if (order == 0)
            dot += (i++)->second * (j++)->second;
        else if (order < 0)
            ++i;
        else
            ++j;
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

} // namespace Dz
