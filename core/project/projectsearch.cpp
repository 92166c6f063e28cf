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
    auto found = store.value()->searchIndex().search(query.trimmed(), limit);
    if (!found)
        result.error = found.error();
    else
        result.hits = std::move(found).value();
    return result;
}

WorkbenchSearch searchWorkbench(
    const QString &query, const QList<Report> &compared, const QList<qint64> &comparedIds, const QString &projectPath, int projectLimit)
{
    WorkbenchSearch search;
    search.query = query.trimmed();
    if (search.query.isEmpty())
        return search;
    search.compared = searchReports(compared, search.query);
    if (projectPath.isEmpty())
        return search;
    const ProjectSearch project = searchProject(projectPath, search.query, projectLimit);
    search.error = project.error;
    for (const SearchHit &hit : project.hits) {
        if (!comparedIds.contains(hit.reportId))
            search.others.append(hit);
    }
    return search;
}

} // namespace Dz
