#pragma once

#include <QStringView>

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
        const auto it = m_edges.find(key(node, c));
        return it == m_edges.end() ? -1 : it->second;
    }
    static quint64 key(int node, char16_t c)
    {
        return (quint64(quint32(node)) << 16) | c;
    }

    std::unordered_map<quint64, int> m_edges;
    std::vector<std::vector<int>> m_ids {std::vector<int>()}; ///< per node; node 0 is the root
};

} // namespace Dz::Internal
