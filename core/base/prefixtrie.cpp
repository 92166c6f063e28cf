#include "base/prefixtrie.h"

#include <algorithm>

namespace Dz
{

void PrefixTrie::insert(QStringView word, int id)
{
    if (word.isEmpty())
        return;
    Node node = 0;
    for (const QChar c : word) {
        if (node == 0) {
            Node &root = m_root[c.unicode()];
            if (root < 0) {
                m_ids.emplace_back();
                root = Node(m_ids.size() - 1);
            }
            node = root;
            continue;
        }
        const quint64 k = key(node, c.unicode());
        auto it = m_edges.find(k);
        if (it == m_edges.end()) {
            m_ids.emplace_back();
            it = m_edges.emplace(k, Node(m_ids.size() - 1)).first;
        }
        node = it->second;
    }
    std::vector<int> &ids = m_ids[size_t(node)];
    if (ids.empty())
        ++m_words;
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
        ids.push_back(id);
}

void PrefixTrie::freeze()
{
    std::vector<std::pair<quint64, Node>> edges(m_edges.begin(), m_edges.end());
    std::sort(edges.begin(), edges.end());
    m_first.assign(m_ids.size() + 1, 0);
    m_edgeList.clear();
    m_edgeList.reserve(edges.size());
    for (const auto &[k, child] : edges) {
        ++m_first[size_t(k >> 16) + 1];
        m_edgeList.push_back({char16_t(k & 0xFFFF), child});
    }
    for (size_t i = 1; i < m_first.size(); ++i)
        m_first[i] += m_first[i - 1];
    m_edges = {};
}

PrefixTrie::Node PrefixTrie::next(Node node, QChar c) const
{
    if (node < 0)
        return None;
    // Children sit together, sorted by character (freeze()): most nodes have
    // a few, read in turn; a word's first characters may have hundreds.
    const Edge *begin = m_edgeList.data() + m_first[size_t(node)];
    const Edge *end = m_edgeList.data() + m_first[size_t(node) + 1];
    const char16_t u = c.unicode();
    if (end - begin > 8) {
        begin = std::lower_bound(begin, end, u, [](const Edge &e, char16_t x) {
            return e.c < x;
        });
    } else {
        while (begin != end && begin->c < u)
            ++begin;
    }
    return begin != end && begin->c == u ? begin->child : None;
}

PrefixTrie::Node PrefixTrie::find(QStringView word) const
{
    if (word.isEmpty())
        return None;
    Node node = start(word.front());
    for (qsizetype i = 1; i < word.size() && node != None; ++i)
        node = next(node, word.at(i));
    return node;
}

} // namespace Dz
