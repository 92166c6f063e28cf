#pragma once

#include <QHash>
#include <QList>
#include <QStringView>

#include <algorithm>
#include <utility>
#include <vector>

namespace Dz
{

/**
 * Character-bigram TF-IDF vectors of section texts and their cosine
 * similarity.
 *
 * Chinese has no spaces, and two-character words dominate its vocabulary, so
 * character bigrams are a cheap, language-agnostic stand-in for words; they
 * let sections align even where no scheme cue applies. Bigrams never span
 * punctuation or white space.
 *
 * Add every document, call finish(), then query. Terms found in more than
 * maxDocumentShare of a large collection, or in more than maxPostings
 * documents, are ignored by topMatches() for speed: their IDF is low, and a
 * query then costs the same however many sections there are, so pairing
 * them stays linear in their number.
 */
class SectionSimilarity
{
public:
    struct Match {
        int document = -1;
        double score = 0;
    };

    /// What the documents are compared by, once finished.
    enum class Lookup {
        Cosine, ///< cosine() of given pairs alone
        TopMatches, ///< topMatches() too: every term's documents indexed
    };

    /// Returns the new document's index.
    int add(QStringView text);
    /// Weighs the documents added, and indexes them for @p lookup.
    void finish(Lookup lookup = Lookup::TopMatches);

    int size() const
    {
        return int(m_vectors.size());
    }
    /// Cosine of the TF-IDF vectors of documents @p a and @p b, 0…1.
    double cosine(int a, int b) const;
    /// Documents most similar to @p document, best first, among those @p accept(index) allows (after finish(Lookup::TopMatches)).
    template<typename Accept>
    QList<Match> topMatches(int document, double minimum, int limit, Accept accept) const;

    static constexpr double maxDocumentShare = 0.2;
    static constexpr std::size_t maxPostings = 500;

private:
    using Vector = std::vector<std::pair<quint32, float>>; // sorted by term

    std::vector<std::vector<std::pair<quint32, int>>> m_counts; // sorted term counts, until finish()
    std::vector<Vector> m_vectors;
    QHash<quint32, std::vector<std::pair<int, float>>> m_postings;
    bool m_finished = false;
    Lookup m_lookup = Lookup::TopMatches;
};

template<typename Accept>
QList<SectionSimilarity::Match> SectionSimilarity::topMatches(int document, double minimum, int limit, Accept accept) const
{
    QList<Match> result;
    Q_ASSERT(!m_finished || m_lookup == Lookup::TopMatches);
    if (!m_finished || document < 0 || document >= size())
        return result;
    const std::size_t cap = std::min(maxPostings, std::max<std::size_t>(50, std::size_t(maxDocumentShare * double(m_vectors.size()))));
    QHash<int, double> dot;
    for (const auto &[term, weight] : m_vectors[document]) {
        const auto it = m_postings.constFind(term);
        if (it == m_postings.cend() || it->size() > cap)
            continue;
        for (const auto &[other, otherWeight] : *it) {
            if (other != document)
                dot[other] += double(weight) * double(otherWeight);
        }
    }
    for (auto it = dot.cbegin(); it != dot.cend(); ++it) {
        if (it.value() >= minimum && accept(it.key()))
            result.append(Match {it.key(), it.value()});
    }
    std::sort(result.begin(), result.end(), [](const Match &a, const Match &b) {
        return a.score != b.score ? a.score > b.score : a.document < b.document;
    });
    if (limit >= 0 && result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace Dz
