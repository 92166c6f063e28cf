#include "identity/nametrie.h"

#include <algorithm>

namespace Dz::Internal
{

void NameTrie::insert(QStringView name, int id)
{
    if (name.isEmpty())
        return;
    int node = 0;
    for (const QChar c : name) {
        if (node == 0) {
            int &root = m_root[c.unicode()];
            if (root < 0) {
                m_ids.emplace_back();
                root = int(m_ids.size() - 1);
            }
            node = root;
            continue;
        }
        const quint64 k = key(node, c.unicode());
        auto it = m_edges.find(k);
        if (it == m_edges.end()) {
            m_ids.emplace_back();
            it = m_edges.emplace(k, int(m_ids.size() - 1)).first;
        }
        node = it->second;
    }
    std::vector<int> &ids = m_ids[size_t(node)];
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
        ids.push_back(id);
}

void NameTrie::freeze()
{
    std::vector<std::pair<quint64, int>> edges(m_edges.begin(), m_edges.end());
    std::sort(edges.begin(), edges.end());
    m_first.assign(m_ids.size() + 1, 0);
    m_chars.clear();
    m_children.clear();
    for (const auto &[k, child] : edges) {
        ++m_first[size_t(k >> 16) + 1];
        m_chars.push_back(char16_t(k & 0xFFFF));
        m_children.push_back(child);
    }
    for (size_t i = 1; i < m_first.size(); ++i)
        m_first[i] += m_first[i - 1];
}

} // namespace Dz::Internal
