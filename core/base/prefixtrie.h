#pragma once

#include <QStringView>

#include <unordered_map>
#include <vector>

namespace Dz
{

/**
 * A character trie over words (place and agency names, a dictionary's
 * words, a catalog's terms), each word carrying ids.
 *
 * Readers walk it from each offset of a text, one character at a time, and
 * a walk stops at the first character no word continues with: a scan costs
 * at most the longest word's length per offset, linear in the text whatever
 * the number of words, and each step is a search among one node's children
 * where a hash of whole pieces would hash and compare the piece again for
 * every length.
 *
 * insert() the words, then freeze() once; after that it is read-only and
 * safe to read from several threads.
 */
class PrefixTrie
{
public:
    using Node = int;
    static constexpr Node None = -1;

    /// Adds @p id to @p word's ids (once).
    void insert(QStringView word, int id);
    /// Lays the edges out for lookup; call after the last insert().
    void freeze();

    /// The node of the one-character beginning @p c, or None.
    Node start(QChar c) const
    {
        return m_root[c.unicode()];
    }
    /// The node one character @p c further down from @p node, or None (also when @p node is None).
    Node next(Node node, QChar c) const;
    /// The node of @p word, or None.
    Node find(QStringView word) const;
    /// The ids of the word that ends at @p node, in the order they were inserted; empty for a mere beginning (or None).
    const std::vector<int> &idsAt(Node node) const
    {
        return node < 0 ? m_ids.front() : m_ids[size_t(node)];
    }

    /// Calls @p f(length, ids) for every word that starts at @p pos, shortest first.
    template<typename F>
    void matchesAt(QStringView text, qsizetype pos, F &&f) const
    {
        if (pos >= text.size())
            return;
        Node node = start(text.at(pos));
        for (qsizetype i = pos; node != None;) {
            const std::vector<int> &ids = m_ids[size_t(node)];
            if (!ids.empty())
                f(int(i - pos + 1), ids);
            if (++i >= text.size())
                return;
            node = next(node, text.at(i));
        }
    }

    bool isEmpty() const
    {
        return m_words == 0;
    }
    /// How many nodes it has: a node is a number below this.
    qsizetype nodeCount() const
    {
        return qsizetype(m_ids.size());
    }
    /// How many different words it holds.
    qsizetype wordCount() const
    {
        return m_words;
    }

private:
    static quint64 key(Node node, char16_t c)
    {
        return (quint64(quint32(node)) << 16) | c;
    }

    /// The root's children by character: most offsets of a text start no
    /// word, and this answers them with one load.
    std::vector<Node> m_root = std::vector<Node>(0x10000, None);
    std::unordered_map<quint64, Node> m_edges; ///< the other nodes' children while inserting
    /// A child: its character and its node. A node's children sit side by
    /// side, in order of character, so that a step down reads one place.
    struct Edge {
        char16_t c;
        Node child;
    };
    std::vector<quint32> m_first {0, 0}; ///< per node: its first child in m_edgeList (after freeze())
    std::vector<Edge> m_edgeList;
    /// The children of nodes with many (a dictionary's first characters have
    /// hundreds) by key(), open addressing: one probe where a binary search
    /// would touch a cache line at each step.
    struct Slot {
        quint64 key = ~quint64(0);
        Node child = None;
    };
    std::vector<Slot> m_wide;
    int m_wideShift = 63;
    static constexpr std::ptrdiff_t FewChildren = 8;
    size_t wideSlot(quint64 k) const
    {
        return size_t((k * 0x9E3779B97F4A7C15ull) >> m_wideShift);
    }
    std::vector<std::vector<int>> m_ids {std::vector<int>()}; ///< per node; node 0 is the root
    qsizetype m_words = 0;
};

} // namespace Dz
