#pragma once

#include <QStringView>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace Dz::Internal
{

/**
 * A character trie over names (places, agencies), each name carrying ids.
 *
 * The identity reader walks it once from each offset of a text; a walk stops
 * at the first character no name continues with, so a scan costs at most the
 * longest name's length per offset: linear in the text, whatever the number
 * of names.
 */
class NameTrie
{
public:
    void insert(QStringView name, int id);
    /// Lays the nodes' children out for lookup; call after the last insert().
    void freeze();

    /// Calls @p f(length, ids) for every name that starts at @p pos, shortest first.
    template<typename F>
    void matchesAt(QStringView text, qsizetype pos, F &&f) const
    {
        int node = 0;
        for (qsizetype i = pos; i < text.size(); ++i) {
            node = child(node, text.at(i).unicode());
            if (node < 0)
                return;
            const std::vector<int> &ids = m_ids.at(size_t(node));
            if (!ids.empty())
                f(int(i - pos + 1), ids);
        }
    }

    bool isEmpty() const
    {
        return m_ids.size() <= 1;
    }

private:
    int child(int node, char16_t c) const
    {
        if (node == 0)
            return m_root[c];
        // Children sit together, sorted by character (freeze()).
        const auto begin = m_chars.begin() + m_first[size_t(node)];
        const auto end = m_chars.begin() + m_first[size_t(node) + 1];
        const auto it = std::lower_bound(begin, end, c);
        return it != end && *it == c ? m_children[size_t(it - m_chars.begin())] : -1;
    }
    static quint64 key(int node, char16_t c)
    {
        return (quint64(quint32(node)) << 16) | c;
    }

    /// The root's children by character: most offsets of a text start no
    /// name, and this answers them with one load.
    std::vector<int> m_root = std::vector<int>(0x10000, -1);
    std::unordered_map<quint64, int> m_edges; ///< the other nodes' children while inserting
    std::vector<quint32> m_first {0, 0}; ///< per node: its first child in m_chars/m_children
    std::vector<char16_t> m_chars;
    std::vector<int> m_children;
    std::vector<std::vector<int>> m_ids {std::vector<int>()}; ///< per node; node 0 is the root
};

} // namespace Dz::Internal
