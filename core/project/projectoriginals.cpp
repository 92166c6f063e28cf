// ProjectStore's original files (schema version 4), apart from the rest of
// the store so that the reports table's code does not grow with them.

#include "project/projectstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dz
{

Result<bool> ProjectStore::storeOriginal(qint64 reportId, const NewReport &report)
{
    if (report.original.isEmpty()) {
        // A re-import without the file keeps no stale bytes for the new text.
        auto q = run(u"DELETE FROM report_originals WHERE report_id = ?"_s, {reportId});
        return q ? Result<bool>(true) : Result<bool>::failure(q.error());
    }
    auto q = run(u"INSERT OR REPLACE INTO report_originals (report_id, format, mime_type, address, bytes) VALUES (?, ?, ?, ?, ?)"_s,
        {reportId, report.format, report.mimeType, report.address, report.original});
    return q ? Result<bool>(true) : Result<bool>::failure(q.error());
}

Result<ReportOriginal> ProjectStore::original(qint64 id) const
{
    auto q = run(u"SELECT format, mime_type, address, bytes FROM report_originals WHERE report_id = ?"_s, {id});
    if (!q)
        return Result<ReportOriginal>::failure(q.error());
    ReportOriginal original;
    if (q->next()) {
        original.format = q->value(0).toString();
        original.mimeType = q->value(1).toString();
        original.address = q->value(2).toString();
        original.bytes = q->value(3).toByteArray();
    } else {
        original.format = u"text"_s;
    }
    return original;
}

} // namespace Dz
