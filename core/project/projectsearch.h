#pragma once

#include "project/projectrecords.h"
#include "project/reportsearch.h"

#include <QList>
#include <QMetaType>
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
 * Searches the project file @p path for @p query (SearchIndex::search())
 * through a read-only connection of its own, so that a worker thread may
 * run it while the GUI thread keeps the project open: the file is in WAL
 * mode, so the search never waits for the writer nor blocks it.
 */
ProjectSearch searchProject(const QString &path, const QString &query, int limit = 50);

/// One search of the workbench: the hits in the reports compared, each at
/// its place, then the project's other reports that hold the query.
struct WorkbenchSearch {
    QString query; ///< trimmed
    QList<TextSearchHit> compared; ///< TextSearchHit::report indexes the reports compared
    QList<SearchHit> others; ///< reports of the project not compared
    QString error; ///< why the project could not be searched; the compared hits stand
};

/**
 * Searches the reports @p compared (their project ids in @p comparedIds)
 * and, unless @p projectPath is empty, the project's other reports through
 * its full-text index (searchProject()). Pure; runs on any thread.
 */
WorkbenchSearch searchWorkbench(
    const QString &query, const QList<Report> &compared, const QList<qint64> &comparedIds, const QString &projectPath, int projectLimit = 50);

} // namespace Dz

Q_DECLARE_METATYPE(Dz::WorkbenchSearch)
