#include "project/reportrecords.h"

#include "project/changelog.h"
#include "project/projectdatabase.h"
#include "project/projectdatabase_p.h"
#include "project/projectvalues.h"
#include "project/store_debug.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Dz
{

using namespace Internal;

namespace
{

const QString SummaryColumns = u"id, file_name, source_path, content_hash, imported_at, encoding, metadata, overrides"_s;
constexpr int TextColumn = 8;

QString metadataJson(const NewReport &report)
{
    return report.metadataJson.isEmpty() ? jsonText(report.metadata) : report.metadataJson;
}

ReportSummary summaryFrom(const QSqlQuery &q)
{
    ReportSummary s;
    s.id = q.value(0).toLongLong();
    s.fileName = q.value(1).toString();
    s.sourcePath = q.value(2).toString();
    s.contentHash = q.value(3).toString();
    s.importedAt = timeFrom(q.value(4));
    s.encoding = q.value(5).toString();
    s.metadata = jsonFrom(q.value(6));
    s.overrides = jsonFrom(q.value(7));
    return s;
}

} // namespace

Result<int> ReportRecords::reportCount() const
{
    auto q = m_database.data().run(u"SELECT count(*) FROM reports"_s);
    if (!q)
        return Failure(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<qint64>> ReportRecords::reportIds() const
{
    auto q = m_database.data().run(u"SELECT id FROM reports ORDER BY id"_s);
    if (!q)
        return Failure(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QList<ReportSummary>> ReportRecords::reportSummaries() const
{
    auto q = m_database.data().run(u"SELECT "_s + SummaryColumns + u" FROM reports ORDER BY id"_s);
    if (!q)
        return Failure(q.error());
    QList<ReportSummary> summaries;
    while (q->next())
        summaries.append(summaryFrom(*q));
    return summaries;
}

QString ReportRecords::contentHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<DamagedReport> ReportRecords::damage(const StoredReport &stored) const
{
    if (contentHash(stored.text) == stored.summary.contentHash)
        return std::nullopt;
    DamagedReport damaged;
    damaged.id = stored.summary.id;
    damaged.fileName = stored.summary.fileName;
    damaged.message = tr("%1: the report %2 (number %3) is damaged: its stored text no longer matches the content hash it was saved with. "
                         "It is left out; run Check Project (duizhao-cli check) and import the file again.")
                          .arg(m_database.path(), stored.summary.fileName)
                          .arg(stored.summary.id);
    qCWarning(lcStore).noquote() << damaged.message;
    return damaged;
}

Result<StoredReport> ReportRecords::report(qint64 id, bool *damaged) const
{
    if (damaged)
        *damaged = false;
    auto q = m_database.data().run(u"SELECT "_s + SummaryColumns + u", text FROM reports WHERE id = ?"_s, {id});
    if (!q)
        return Failure(q.error());
    if (!q->next())
        return Result<StoredReport>::failure(tr("%1 has no report %2.").arg(m_database.path()).arg(id));
    StoredReport stored {summaryFrom(*q), q->value(TextColumn).toString()};
    if (const auto bad = damage(stored)) {
        if (damaged)
            *damaged = true;
        return Result<StoredReport>::failure(bad->message);
    }
    return stored;
}

Result<QList<StoredReport>> ReportRecords::storedReports(QList<DamagedReport> *damaged) const
{
    auto q = m_database.data().run(u"SELECT "_s + SummaryColumns + u", text FROM reports ORDER BY id"_s);
    if (!q)
        return Failure(q.error());
    QList<StoredReport> list;
    while (q->next()) {
        StoredReport stored {summaryFrom(*q), q->value(TextColumn).toString()};
        if (auto bad = damage(stored)) {
            if (damaged)
                damaged->append(std::move(*bad));
            continue;
        }
        list.append(std::move(stored));
    }
    return list;
}

Result<qint64> ReportRecords::addReport(const NewReport &report)
{
    qint64 id = 0;
    auto done = m_database.transaction([&]() -> Result<> {
        auto q = m_database.data().write(
            m_database.data().returningId(
                u"INSERT INTO reports (file_name, source_path, content_hash, imported_at, encoding, text, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)"_s),
            {report.fileName, report.sourcePath, report.contentHash, timeText({}), report.encoding, report.text, metadataJson(report)});
        if (!q)
            return Failure(q.error());
        id = q->insertId;
        if (auto r = storeOriginal(id, report); !r)
            return r;
        if (auto r = ChangeLog(m_database).announceReports(); !r)
            return r;
        return storeAnalyses(id, report.analyses, report.analysesJson);
    });
    if (!done)
        return Failure(done.error());
    return id;
}

Result<> ReportRecords::replaceText(qint64 id, const NewReport &report)
{
    return m_database.transaction([&]() -> Result<> {
        auto q = m_database.data().run(
            u"UPDATE reports SET file_name = ?, source_path = ?, content_hash = ?, imported_at = ?, encoding = ?, text = ?, metadata = ? WHERE id = ?"_s,
            {report.fileName, report.sourcePath, report.contentHash, timeText({}), report.encoding, report.text, metadataJson(report), id});
        if (!q)
            return Failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<>::failure(tr("%1 has no report %2.").arg(m_database.path()).arg(id));
        if (auto r = storeOriginal(id, report); !r)
            return r;
        // Analyses of the old text are wrong now; the new ones come with the report.
        if (auto r = m_database.data().run(u"DELETE FROM analyses WHERE report_id = ?"_s, {id}); !r)
            return Failure(r.error());
        if (auto r = ChangeLog(m_database).announceReports(); !r)
            return r;
        return storeAnalyses(id, report.analyses, report.analysesJson);
    });
}

// The file a report was read from (schema version 5) sits in a table of its
// own: report lists never read the bytes.
Result<> ReportRecords::storeOriginal(qint64 reportId, const NewReport &report)
{
    if (report.original.isEmpty()) {
        // A re-import without the file keeps no stale bytes for the new text.
        auto q = m_database.data().run(u"DELETE FROM report_originals WHERE report_id = ?"_s, {reportId});
        return q ? Result<>() : Result<>::failure(q.error());
    }
    // A text file that is its stored text in UTF-8, byte for byte (most
    // .txt imports), keeps no second copy: no bytes, and original() gives
    // the text's back. Any other file is kept as it came.
    const bool sameAsText = report.format == u"text"_s && report.original.size() >= report.text.size() && report.original == report.text.toUtf8();
    const QByteArray bytes = sameAsText ? QByteArray("", 0) : report.original;
    static const QString fileSql = u"INSERT OR REPLACE INTO report_originals (report_id, format, mime_type, address, bytes) VALUES (?, ?, ?, ?, ?)"_s;
    static const QString serverSql = u"INSERT INTO report_originals (report_id, format, mime_type, address, bytes) VALUES (?, ?, ?, ?, ?) "
                                     u"ON CONFLICT (report_id) DO UPDATE SET format = EXCLUDED.format, mime_type = EXCLUDED.mime_type, "
                                     u"address = EXCLUDED.address, bytes = EXCLUDED.bytes"_s;
    auto q = m_database.data().run(m_database.data().sql(fileSql, serverSql), {reportId, report.format, report.mimeType, report.address, bytes});
    return q ? Result<>() : Result<>::failure(q.error());
}

Result<ReportOriginal> ReportRecords::original(qint64 id) const
{
    auto q = m_database.data().run(u"SELECT o.format, o.mime_type, o.address, o.bytes, length(o.bytes) = 0, CASE WHEN length(o.bytes) = 0 THEN r.text END, "
                                   u"r.content_hash, r.file_name "
                                   u"FROM report_originals o "
                                   u"JOIN reports r ON r.id = o.report_id WHERE o.report_id = ?"_s,
        {id});
    if (!q)
        return Failure(q.error());
    ReportOriginal original;
    if (q->next()) {
        original.format = q->value(0).toString();
        original.mimeType = q->value(1).toString();
        original.address = q->value(2).toString();
        // No bytes: the file was the text itself (storeOriginal()), which must be intact.
        if (q->value(4).toBool()) {
            StoredReport stored;
            stored.summary.id = id;
            stored.summary.contentHash = q->value(6).toString();
            stored.summary.fileName = q->value(7).toString();
            stored.text = q->value(5).toString();
            if (const auto damaged = damage(stored))
                return Result<ReportOriginal>::failure(damaged->message);
            original.bytes = stored.text.toUtf8();
        } else {
            original.bytes = q->value(3).toByteArray();
        }
    } else {
        original.format = u"text"_s;
    }
    return original;
}

Result<> ReportRecords::setMetadataOverrides(qint64 id, const QJsonObject &overrides)
{
    return writeMetadataOverrides(id, overrides, nullptr, nullptr);
}

Result<> ReportRecords::setMetadataOverrides(qint64 id, const QJsonObject &overrides, const QJsonObject &startedFrom, std::optional<ChangeConflict> *conflict)
{
    return writeMetadataOverrides(id, overrides, &startedFrom, conflict);
}

Result<QHash<qint64, QJsonObject>> ReportRecords::metadataOverrides(qint64 id) const
{
    auto q = id > 0 ? m_database.data().run(u"SELECT id, overrides FROM reports WHERE id = ?"_s, {id})
                    : m_database.data().run(u"SELECT id, overrides FROM reports"_s);
    if (!q)
        return Failure(q.error());
    QHash<qint64, QJsonObject> overrides;
    while (q->next()) {
        const QJsonObject object = jsonFrom(q->value(1));
        if (!object.isEmpty())
            overrides.insert(q->value(0).toLongLong(), object);
    }
    return overrides;
}

Result<> ReportRecords::writeMetadataOverrides(qint64 id, const QJsonObject &overrides, const QJsonObject *startedFrom, std::optional<ChangeConflict> *conflict)
{
    const auto text = [](const QJsonObject &o) {
        return o.isEmpty() ? QString() : jsonText(o);
    };
    return m_database.transaction([&]() -> Result<> {
        ChangeLog changeLog(m_database);
        if (auto locked = changeLog.lockRecord(ChangeLog::Identity, id, {}); !locked)
            return locked;
        auto old = m_database.data().run(u"SELECT overrides FROM reports WHERE id = ?"_s, {id});
        if (!old)
            return Failure(old.error());
        const QJsonObject before = old->next() ? jsonFrom(old->value(0)) : QJsonObject();
        if (startedFrom) {
            if (auto same = changeLog.checkUnchanged(ChangeLog::Identity, id, {}, text(before), text(*startedFrom), conflict); !same)
                return same;
        }
        auto q = m_database.data().run(u"UPDATE reports SET overrides = ? WHERE id = ?"_s, {jsonText(overrides), id});
        if (!q)
            return Failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<>::failure(tr("%1 has no report %2.").arg(m_database.path()).arg(id));
        // The identity the analyst gave the report (issuer, year, division …).
        ProjectChange change;
        change.kind = ChangeLog::Identity;
        change.action = before.isEmpty() ? u"add"_s : overrides.isEmpty() ? u"remove"_s : u"change"_s;
        change.reportId = id;
        change.oldValue = text(before);
        change.newValue = text(overrides);
        auto written = changeLog.write(change);
        return written ? Result<>() : Result<>::failure(written.error());
    });
}

Result<> ReportRecords::setFoundMetadata(qint64 id, const QJsonObject &metadata)
{
    return m_database.transaction([&]() -> Result<> {
        auto q = m_database.data().run(u"UPDATE reports SET metadata = ? WHERE id = ?"_s, {jsonText(metadata), id});
        if (!q)
            return Failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<>::failure(tr("%1 has no report %2.").arg(m_database.path()).arg(id));
        return {};
    });
}

Result<> ReportRecords::removeReport(qint64 id)
{
    // The search indexes, analyses and analyst data go with it (triggers, ON DELETE CASCADE).
    return m_database.transaction([&]() -> Result<> {
        auto q = m_database.data().run(u"DELETE FROM reports WHERE id = ?"_s, {id});
        if (!q)
            return Failure(q.error());
        return ChangeLog(m_database).announceReports();
    });
}

Result<> ReportRecords::storeAnalyses(qint64 reportId, const QList<AnalysisRecord> &records, const QStringList &json)
{
    // Called inside a transaction: one statement per record, no savepoints.
    for (qsizetype i = 0; i < records.size(); ++i) {
        const AnalysisRecord &record = records.at(i);
        static const QString fileSql = u"INSERT OR REPLACE INTO analyses (report_id, kind, engine_version, data, computed_at) VALUES (?, ?, ?, ?, ?)"_s;
        static const QString serverSql = u"INSERT INTO analyses (report_id, kind, engine_version, data, computed_at) VALUES (?, ?, ?, ?, ?) "
                                         u"ON CONFLICT (report_id, kind) DO UPDATE SET engine_version = EXCLUDED.engine_version, data = EXCLUDED.data, "
                                         u"computed_at = EXCLUDED.computed_at"_s;
        auto q = m_database.data().write(m_database.data().sql(fileSql, serverSql),
            {reportId, record.kind, record.engineVersion, i < json.size() ? json.at(i) : jsonText(record.data), timeText(record.computedAt)});
        if (!q)
            return Failure(q.error());
    }
    return {};
}

Result<> ReportRecords::storeAnalysis(qint64 reportId, const AnalysisRecord &record)
{
    return m_database.transaction([&]() -> Result<> {
        return storeAnalyses(reportId, {record}, {});
    });
}

Result<std::optional<AnalysisRecord>> ReportRecords::analysis(qint64 reportId, const QString &kind) const
{
    using R = Result<std::optional<AnalysisRecord>>;
    auto q = m_database.data().run(u"SELECT engine_version, data, computed_at FROM analyses WHERE report_id = ? AND kind = ?"_s, {reportId, kind});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R(std::nullopt);
    return R(AnalysisRecord {kind, q->value(0).toString(), jsonFrom(q->value(1)), timeFrom(q->value(2))});
}

Result<QList<StoredAnalysisSource>> ReportRecords::analysisSources(const QList<qint64> &ids, const QString &onlyKind) const
{
    using R = Result<QList<StoredAnalysisSource>>;
    // One bound JSON array: three statements a batch, not six a report.
    QStringList idList;
    idList.reserve(ids.size());
    for (const qint64 id : ids)
        idList.append(QString::number(id));
    const QString idArray = u'[' + idList.join(u',') + u']';
    QHash<qint64, qsizetype> position;
    position.reserve(ids.size());
    QList<StoredAnalysisSource> sources(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);

    // One kind alone (a table of indicators) needs no text.
    const QString text = onlyKind.isEmpty() ? u"text"_s : u"''"_s;
    const QString inIds =
        m_database.data().sql(u"IN (SELECT value FROM json_each(?))"_s, u"IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json)))"_s);
    auto reports = m_database.data().run(u"SELECT "_s + SummaryColumns + u", "_s + text + u" FROM reports WHERE id "_s + inIds, {idArray});
    if (!reports)
        return R::failure(reports.error());
    while (reports->next()) {
        StoredReport stored {summaryFrom(*reports), reports->value(TextColumn).toString()};
        StoredAnalysisSource &source = sources[position.value(stored.summary.id)];
        source.report = std::move(stored);
        source.format = u"text"_s;
    }
    // The records' JSON comes as bytes: no round trip through QString.
    const QString dataBytes = m_database.data().sql(u"CAST(data AS BLOB)"_s, u"convert_to(data, 'UTF8')"_s);
    auto records = m_database.data().run(
        u"SELECT report_id, kind, engine_version, "_s + dataBytes + u", computed_at FROM analyses WHERE report_id "_s + inIds + u" AND (? = '' OR kind = ?)"_s,
        {idArray, onlyKind, onlyKind});
    if (!records)
        return R::failure(records.error());
    while (records->next()) {
        sources[position.value(records->value(0).toLongLong())].records.append({records->value(1).toString(), records->value(2).toString(),
            QJsonDocument::fromJson(records->value(3).toByteArray()).object(), timeFrom(records->value(4))});
    }
    auto originals = m_database.data().run(u"SELECT report_id, format, address FROM report_originals WHERE report_id "_s + inIds, {idArray});
    if (!originals)
        return R::failure(originals.error());
    while (originals->next()) {
        StoredAnalysisSource &source = sources[position.value(originals->value(0).toLongLong())];
        source.format = originals->value(1).toString();
        source.address = originals->value(2).toString();
    }
    // An id asked for twice was filled at its last place.
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (sources.at(i).report.summary.id == ids.at(i))
            continue;
        const StoredAnalysisSource &filled = sources.at(position.value(ids.at(i)));
        if (filled.report.summary.id != ids.at(i))
            return R::failure(tr("%1 has no report %2.").arg(m_database.path()).arg(ids.at(i)));
        sources[i] = filled;
    }
    return sources;
}

Result<QList<qint64>> ReportRecords::reportsNeedingAnalysis(const QString &kind, const QString &engineVersion) const
{
    auto q = m_database.data().run(u"SELECT r.id FROM reports r LEFT JOIN analyses a ON a.report_id = r.id AND a.kind = ? "
                                   u"WHERE a.engine_version IS NULL OR a.engine_version <> ? ORDER BY r.id"_s,
        {kind, engineVersion});
    if (!q)
        return Failure(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

} // namespace Dz
