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

    // The children of wide nodes again, hashed, in a table at most half full.
    size_t wide = 0;
    for (size_t node = 0; node + 1 < m_first.size(); ++node) {
        if (m_first[node + 1] - m_first[node] > FewChildren)
            wide += m_first[node + 1] - m_first[node];
    }
    m_wide.clear();
    if (wide == 0)
        return;
    int bits = 1;
    while ((size_t(1) << bits) < 2 * wide)
        ++bits;
    m_wideShift = 64 - bits;
    m_wide.assign(size_t(1) << bits, Slot());
    for (size_t node = 0; node + 1 < m_first.size(); ++node) {
        if (m_first[node + 1] - m_first[node] <= FewChildren)
            continue;
        for (quint32 e = m_first[node]; e < m_first[node + 1]; ++e) {
            const quint64 k = key(Node(node), m_edgeList[e].c);
            size_t slot = wideSlot(k);
            while (m_wide[slot].child != None)
                slot = (slot + 1) & (m_wide.size() - 1);
            m_wide[slot] = {k, m_edgeList[e].child};
        }
    }
}

PrefixTrie::Node PrefixTrie::next(Node node, QChar c) const
{
    if (node < 0)
        return None;
    // Children sit together, sorted by character (freeze()): most nodes have
    // a few, read in turn; those with many are found by their hash.
    const Edge *begin = m_edgeList.data() + m_first[size_t(node)];
    const Edge *end = m_edgeList.data() + m_first[size_t(node) + 1];
    const char16_t u = c.unicode();
    if (end - begin > FewChildren) {
        const quint64 k = key(node, u);
        for (size_t slot = wideSlot(k);; slot = (slot + 1) & (m_wide.size() - 1)) {
            if (m_wide[slot].key == k)
                return m_wide[slot].child;
            if (m_wide[slot].child == None)
                return None;
        }
    }
    while (begin != end && begin->c < u)
        ++begin;
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
