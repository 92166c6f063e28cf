#pragma once

#include "reading/report.h"

#include <QList>
#include <QString>

namespace Dz
{

struct TextSearchHit {
    int report = -1; ///< index into the reports searched
    TextSpan span; ///< the match in the report's text
    QString snippet; ///< the match with some text either side, on one line
};

/**
 * Finds @p query in @p reports, full and half width alike (the reports'
 * matchText is searched, so furniture never matches), in report order, at
 * most @p limit hits. For the reports on screen; a project's full-text index
 * answers searches over a whole project.
 */
QList<TextSearchHit> searchReports(const QList<Report> &reports, const QString &query, int limit = 500);

} // namespace Dz
