#include "alignment/sectionsimilarity.h"

#include <QChar>

#include <algorithm>
#include <cmath>

namespace Dz
{

namespace
{

bool isWordUnit(QChar c)
{
    return c.isLetterOrNumber() || c.isHighSurrogate() || c.isLowSurrogate();
}

} // namespace

int SectionSimilarity::add(QStringView text)
{
    // Sorting the bigrams and counting runs is much cheaper than a hash per document.
    std::vector<quint32> bigrams;
    bigrams.reserve(text.size());
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar a = text.at(i);
        const QChar b = text.at(i + 1);
        if (isWordUnit(a) && isWordUnit(b))
            bigrams.push_back((quint32(a.unicode()) << 16) | b.unicode());
    }
    std::sort(bigrams.begin(), bigrams.end());
    std::vector<std::pair<quint32, int>> counts;
    for (quint32 term : bigrams) {
        if (!counts.empty() && counts.back().first == term)
            ++counts.back().second;
        else
            counts.emplace_back(term, 1);
    }
    m_counts.push_back(std::move(counts));
    m_vectors.emplace_back();
    m_finished = false;
    return int(m_counts.size() - 1);
}

void SectionSimilarity::finish(Lookup lookup)
{
    m_lookup = lookup;
    QHash<quint32, int> df;
    for (const auto &counts : m_counts) {
        for (const auto &[term, count] : counts)
            ++df[term];
    }
    const double n = double(m_counts.size());
    m_postings.clear();
    for (std::size_t d = 0; d < m_counts.size(); ++d) {
        Vector &v = m_vectors[d];
        v.clear();
        v.reserve(m_counts[d].size());
        double norm = 0;
        for (const auto &[term, count] : m_counts[d]) {
            // Sublinear TF: a long section repeating 执法 is not thereby more about it.
            const double w = (1 + std::log(double(count))) * std::log((n + 1) / (df.value(term) + 0.5));
            if (w <= 0)
                continue;
            v.emplace_back(term, float(w));
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (auto &entry : v)
            entry.second = norm > 0 ? float(entry.second / norm) : 0.0f;
        if (lookup == Lookup::TopMatches) {
            for (const auto &[term, weight] : v)
                m_postings[term].emplace_back(int(d), weight);
        }
        m_counts[d].clear();
        m_counts[d].shrink_to_fit();
    }
    m_finished = true;
}

double SectionSimilarity::cosine(int a, int b) const
{
    if (!m_finished || a < 0 || b < 0 || a >= size() || b >= size())
        return 0;
    const Vector &x = m_vectors[a];
    const Vector &y = m_vectors[b];
    double dot = 0;
    auto i = x.cbegin();
    auto j = y.cbegin();
    while (i != x.cend() && j != y.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            dot += double(i->second) * double(j->second);
            ++i;
            ++j;
        }
    }
    return std::clamp(dot, 0.0, 1.0);
}

} // namespace Dz
