#include "project/reportsearch.h"

#include "base/widthfolding.h"

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Characters of context either side of a hit in its snippet.
constexpr qsizetype SnippetContext = 18;

} // namespace

QList<TextSearchHit> searchReports(const QList<Report> &reports, const QString &query, int limit)
{
    QList<TextSearchHit> hits;
    const QString needle = foldWidth(query.trimmed());
    if (needle.isEmpty())
        return hits;
    for (int r = 0; r < reports.size(); ++r) {
        const Report &report = reports.at(r);
        for (qsizetype pos = report.matchText.indexOf(needle, 0, Qt::CaseInsensitive); pos >= 0;
            pos = report.matchText.indexOf(needle, pos + needle.size(), Qt::CaseInsensitive)) {
            if (hits.size() >= limit)
                return hits;
            const qsizetype from = qMax<qsizetype>(0, pos - SnippetContext);
            const qsizetype to = qMin(report.text.size(), pos + needle.size() + SnippetContext);
            QString snippet = report.text.mid(from, to - from).simplified();
            if (from > 0)
                snippet.prepend(u'…');
            if (to < report.text.size())
                snippet.append(u'…');
            hits.append({r, {pos, pos + needle.size()}, snippet});
        }
    }
    return hits;
}

} // namespace Dz
