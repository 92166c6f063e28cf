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

} // namespace Dz::Internal
