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
    m_chars.clear();
    m_children.clear();
    m_chars.reserve(edges.size());
    m_children.reserve(edges.size());
    for (const auto &[k, child] : edges) {
        ++m_first[size_t(k >> 16) + 1];
        m_chars.push_back(char16_t(k & 0xFFFF));
        m_children.push_back(child);
    }
    for (size_t i = 1; i < m_first.size(); ++i)
        m_first[i] += m_first[i - 1];
    m_edges = {};
}

PrefixTrie::Node PrefixTrie::next(Node node, QChar c) const
{
    if (node < 0)
        return None;
    // Children sit together, sorted by character (freeze()).
    const auto begin = m_chars.cbegin() + m_first[size_t(node)];
    const auto end = m_chars.cbegin() + m_first[size_t(node) + 1];
    const auto it = std::lower_bound(begin, end, c.unicode());
    return it != end && *it == c.unicode() ? m_children[size_t(it - m_chars.cbegin())] : None;
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
