#pragma once

#include "project/projectrecords.h"

#include <QList>
#include <QString>

namespace Dz
{

/// What searchProject() found for one query: the hits, or why there are none.
struct ProjectSearch {
    QString query;
    QList<SearchHit> hits;
    QString error; ///< empty unless the project could not be opened or searched
};

/**
 * Searches the project file @p path for @p query (ProjectStore::search())
 * through a read-only connection of its own, so that a worker thread may
 * run it while the GUI thread keeps the project open: the file is in WAL
 * mode, so the search never waits for the writer nor blocks it.
 */
ProjectSearch searchProject(const QString &path, const QString &query, int limit = 50);

} // namespace Dz
