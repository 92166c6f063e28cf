#include "project/projectsearch.h"

#include "project/projectstore.h"

namespace Dz
{

ProjectSearch searchProject(const QString &path, const QString &query, int limit)
{
    ProjectSearch result;
    result.query = query;
    if (query.trimmed().isEmpty())
        return result;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    if (!store) {
        result.error = store.error();
        return result;
    }
    auto found = store.value()->search(query.trimmed(), limit);
    if (!found)
        result.error = found.error();
    else
        result.hits = std::move(found).value();
    return result;
}

} // namespace Dz
