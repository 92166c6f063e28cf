#include "project/projectstore.h"

#include "project/annotationanchor.h"
#include "project/projectlock.h"
#include "project/projectschema.h"
#include "reading/reportloader.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtConcurrentMap>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "dz.core.store", QtInfoMsg)

namespace Dz
{

namespace
{

// SQLite primary result codes the opening code tells apart (QSqlError's
// native code is the extended code; its low byte is the primary one).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

QString timeText(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// Tags are separated by U+001F in group_concat(); names never hold control characters.
constexpr QChar TagSeparator(0x1F);

QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (QString tag : tags) {
        tag.removeIf([](QChar c) {
            return c.category() == QChar::Other_Control;
        });
        tag = tag.trimmed();
        if (!tag.isEmpty() && !clean.contains(tag))
            clean.append(tag);
    }
    clean.sort();
    return clean;
}

bool isWritableFile(const QFileInfo &info)
{
    // Root may write anywhere, but a file without any write bit was made
    // read-only on purpose; respect that too.
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

void applyOverrides(ReportMetadata &metadata, const QJsonObject &overrides)
{
    const std::pair<const char16_t *, MetadataField *> fields[] = {
        {u"district", &metadata.district},
        {u"issuer", &metadata.issuer},
        {u"year", &metadata.year},
        {u"published", &metadata.published},
        {u"source", &metadata.source},
    };
    for (const auto &[name, field] : fields) {
        const QString value = overrides.value(QStringView(name)).toString();
        if (value.isEmpty())
            continue;
        field->value = value;
        field->span = {};
        field->origin = u"analyst"_s;
    }
}

} // namespace

QString ProjectStore::fileSuffix()
{
    return u"duizhao"_s;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Access access, Creation creation)
{
    using R = Result<std::unique_ptr<ProjectStore>>;
    if (path.isEmpty())
        return R::failure(tr("No project file given."));
    const QFileInfo info(path);
    const bool readOnly = access == Access::ReadOnly;
    if (info.isDir())
        return R::failure(tr("%1 is a folder, not a Duizhao project.").arg(path));
    const bool exists = info.exists();
    if (!exists && (readOnly || creation == Creation::OpenExisting))
        return R::failure(tr("%1: no such project file.").arg(path));
    if (exists) {
        // Look at the header before SQLite does: SQLite would treat a text
        // file as a damaged database, and an empty file as a new one.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("%1: cannot be opened (%2).").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (header.isEmpty()) {
            if (readOnly || creation == Creation::OpenExisting)
                return R::failure(tr("%1 is an empty file, not a Duizhao project.").arg(path));
        } else if (header != QByteArrayView("SQLite format 3\0", 16)) {
            return R::failure(tr("%1 is not a Duizhao project: it is not an SQLite database.").arg(path));
        }
    }
    if (!readOnly) {
        if (exists && !isWritableFile(info))
            return R::failure(tr("%1 is read-only, so Duizhao cannot save changes to it. Open it read-only, or save a copy somewhere writable.").arg(path));
        const QFileInfo folder(info.absolutePath());
        if (!folder.isWritable())
            return R::failure(tr("%1: its folder %2 is not writable; a project writes its journal beside it.").arg(path, folder.absoluteFilePath()));
    }

    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = path;
    store->m_readOnly = readOnly;
    if (!readOnly) {
        auto lock = ProjectLock::acquire(path);
        if (!lock)
            return R::failure(lock.error());
        store->m_lock = std::move(lock).value();
    }

    static QAtomicInteger<quint64> connections;
    store->m_connection = u"duizhao-project-%1"_s.arg(connections.fetchAndAddRelaxed(1));
    store->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->m_connection);
    if (!store->m_db.isValid())
        return R::failure(tr("%1: cannot be opened: the Qt SQLite driver (QSQLITE) is not installed.").arg(path));
    store->m_db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    store->m_db.setConnectOptions(options);
    if (!store->m_db.open())
        return R::failure(tr("%1: cannot be opened (%2).").arg(path, store->m_db.lastError().text()));

    // Everything up to initialise() only reads, so a refused file stays as it was.
    auto describe = [&path](const QSqlError &error) {
        switch (primaryCode(error)) {
        case SqliteNotADatabase:
            return tr("%1 is not a Duizhao project: it is not an SQLite database, or it is damaged.").arg(path);
        case SqliteBusy:
        case SqliteLocked:
            return tr("%1 is locked by another program that is writing to it. Try again when it is done.").arg(path);
        case SqliteCorrupt:
            return tr("%1 is damaged (%2).").arg(path, error.databaseText());
        case SqliteReadOnly:
        case SqliteCantOpen:
            return tr("%1 cannot be written (%2). Open it read-only.").arg(path, error.databaseText());
        default:
            return tr("%1: cannot be read (%2).").arg(path, error.text());
        }
    };
    int values[3] = {0, 0, 0};
    const QString probes[3] = {u"PRAGMA user_version"_s, u"PRAGMA application_id"_s, u"SELECT count(*) FROM sqlite_master"_s};
    for (int i = 0; i < 3; ++i) {
        QSqlQuery query(store->m_db);
        if (!query.exec(probes[i]) || !query.next())
            return R::failure(describe(query.lastError()));
        values[i] = query.value(0).toInt();
    }
    const auto ready = store->initialise(values[0], values[1], values[2], creation == Creation::CreateIfMissing);
    if (!ready)
        return R::failure(ready.error());
    qCDebug(lcStore) << "opened" << path << (readOnly ? "read-only" : "read-write");
    return R(std::move(store));
}

Result<bool> ProjectStore::initialise(int version, int applicationId, int objectCount, bool mayCreate)
{
    using R = Result<bool>;
    const int current = ProjectSchema::currentVersion();
    if (version > current) {
        return R::failure(tr("%1 was saved by a newer version of Duizhao (project format %2; this version reads up to %3). It was not changed.")
                .arg(m_path)
                .arg(version)
                .arg(current));
    }
    const bool empty = version == 0 && objectCount == 0;
    if (!empty && applicationId != ProjectSchema::ApplicationId)
        return R::failure(tr("%1 is an SQLite database of another program, not a Duizhao project. It was not changed.").arg(m_path));
    // An empty database becomes a project only when asked to make one.
    if (empty && (m_readOnly || !mayCreate))
        return R::failure(tr("%1 is an empty database, not a Duizhao project.").arg(m_path));
    if (m_readOnly) {
        if (version < current) {
            return R::failure(
                tr("%1 is in an older project format (%2) and must be upgraded to %3: open it once for writing.").arg(m_path).arg(version).arg(current));
        }
        return run(u"PRAGMA foreign_keys = ON"_s) ? R(true) : R::failure(tr("%1: cannot be read.").arg(m_path));
    }

    // WAL: readers (a search, the CLI) never wait for the writer, and a
    // killed writer leaves nothing half-done. NORMAL sync is crash-safe in WAL.
    QString journalMode;
    if (auto mode = run(u"PRAGMA journal_mode = WAL"_s); !mode)
        return R::failure(mode.error());
    else if (mode->next())
        journalMode = mode->value(0).toString();
    if (journalMode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return R::failure(tr("%1 is locked by another program (the journal mode could not be set to WAL, it is %2).").arg(m_path, journalMode));
    for (const QString &pragma : {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto r = run(pragma); !r)
            return R::failure(r.error());
    }
    if (version < current)
        return migrate(version);
    return true;
}

Result<bool> ProjectStore::migrate(int fromVersion)
{
    const int current = ProjectSchema::currentVersion();
    qCInfo(lcStore) << "migrating" << m_path << "from schema" << fromVersion << "to" << current;
    // All steps in one transaction: a failed or interrupted migration leaves
    // the file at its old version with its data untouched.
    return transaction([this, fromVersion, current]() -> Result<bool> {
        for (int v = fromVersion + 1; v <= current; ++v) {
            const QStringList statements = ProjectSchema::migration(v);
            for (const QString &statement : statements) {
                if (auto r = run(statement); !r)
                    return Result<bool>::failure(tr("%1: cannot upgrade the project to format %2: %3").arg(m_path).arg(v).arg(r.error()));
            }
            if (auto r = run(u"PRAGMA user_version = %1"_s.arg(v)); !r)
                return Result<bool>::failure(r.error());
        }
        if (fromVersion == 0) {
            if (auto r = run(u"PRAGMA application_id = %1"_s.arg(ProjectSchema::ApplicationId)); !r)
                return Result<bool>::failure(r.error());
        }
        return true;
    });
}

ProjectStore::~ProjectStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

Result<QSqlQuery> ProjectStore::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStore).noquote() << "prepare failed:" << sql.left(80) << query.lastError().text();
        return Result<QSqlQuery>::failure(sqlError(query.lastError()));
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // The driver binds a null QString as SQL NULL, which the NOT NULL
        // text columns refuse; an absent text is an empty one here.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString(u""_s));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec()) {
        qCDebug(lcStore).noquote() << "statement failed:" << sql.left(80) << query.lastError().text();
        return Result<QSqlQuery>::failure(sqlError(query.lastError()));
    }
    return query;
}

QString ProjectStore::sqlError(const QSqlError &error) const
{
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return tr("%1 is busy: another program kept it locked for more than %2 seconds.").arg(m_path).arg(BusyTimeoutMs / 1000);
    case SqliteReadOnly:
        return tr("%1 cannot be changed: it is open read-only.").arg(m_path);
    default:
        return tr("%1: the project could not be read or written (%2).").arg(m_path, error.text());
    }
}

Result<bool> ProjectStore::checkWritable() const
{
    if (m_readOnly)
        return Result<bool>::failure(tr("%1 is open read-only; nothing was changed.").arg(m_path));
    return true;
}

Result<bool> ProjectStore::transaction(const std::function<Result<bool>()> &work)
{
    using R = Result<bool>;
    if (auto w = checkWritable(); !w)
        return w;
    // Nested calls get a savepoint, so one failed step (one bad report in an
    // import batch) is undone without losing the rest of the batch.
    const bool outer = m_transactionDepth == 0;
    const QString savepoint = u"dz_%1"_s.arg(m_transactionDepth);
    if (auto begin = run(outer ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + savepoint); !begin)
        return R::failure(begin.error());
    ++m_transactionDepth;
    R result = work();
    --m_transactionDepth;
    if (!result) {
        if (outer)
            run(u"ROLLBACK"_s);
        else
            run(u"ROLLBACK TO "_s + savepoint) && run(u"RELEASE "_s + savepoint);
        return result;
    }
    auto end = run(outer ? u"COMMIT"_s : u"RELEASE "_s + savepoint);
    if (!end) {
        if (outer)
            run(u"ROLLBACK"_s);
        return R::failure(end.error());
    }
    return true;
}

Result<int> ProjectStore::schemaVersion() const
{
    auto q = run(u"PRAGMA user_version"_s);
    if (!q)
        return Result<int>::failure(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

// --- reports ---

Result<int> ProjectStore::reportCount() const
{
    auto q = run(u"SELECT count(*) FROM reports"_s);
    if (!q)
        return Result<int>::failure(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

namespace
{

const QString SummaryColumns = u"id, file_name, source_path, content_hash, imported_at, encoding, metadata, overrides, revision"_s;

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
    s.revision = q.value(8).toInt();
    return s;
}

} // namespace

Result<QList<ReportSummary>> ProjectStore::reportSummaries() const
{
    auto q = run(u"SELECT "_s + SummaryColumns + u" FROM reports ORDER BY id"_s);
    if (!q)
        return Result<QList<ReportSummary>>::failure(q.error());
    QList<ReportSummary> summaries;
    while (q->next())
        summaries.append(summaryFrom(*q));
    return summaries;
}

Result<StoredReport> ProjectStore::report(qint64 id) const
{
    auto q = run(u"SELECT "_s + SummaryColumns + u", text FROM reports WHERE id = ?"_s, {id});
    if (!q)
        return Result<StoredReport>::failure(q.error());
    if (!q->next())
        return Result<StoredReport>::failure(tr("%1 has no report %2.").arg(m_path).arg(id));
    return StoredReport {summaryFrom(*q), q->value(9).toString()};
}

Result<qint64> ProjectStore::reportWithHash(const QString &contentHash) const
{
    auto q = run(u"SELECT id FROM reports WHERE content_hash = ?"_s, {contentHash});
    if (!q)
        return Result<qint64>::failure(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> ProjectStore::reportFromSource(const QString &sourcePath) const
{
    auto q = run(u"SELECT id FROM reports WHERE source_path = ? ORDER BY id DESC LIMIT 1"_s, {sourcePath});
    if (!q)
        return Result<qint64>::failure(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> ProjectStore::addReport(const NewReport &report)
{
    qint64 id = 0;
    auto done = transaction([&]() -> Result<bool> {
        auto q = run(u"INSERT INTO reports (file_name, source_path, content_hash, imported_at, encoding, text, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {report.fileName, report.sourcePath, report.contentHash, timeText({}), report.encoding, report.text, jsonText(report.metadata)});
        if (!q)
            return Result<bool>::failure(q.error());
        id = q->lastInsertId().toLongLong();
        if (auto r = storeOriginal(id, report); !r)
            return r;
        for (const AnalysisRecord &record : report.analyses) {
            if (auto r = storeAnalysis(id, record); !r)
                return r;
        }
        return true;
    });
    if (!done)
        return Result<qint64>::failure(done.error());
    return id;
}

Result<bool> ProjectStore::replaceReport(qint64 id, const NewReport &report)
{
    return transaction([&]() -> Result<bool> {
        auto q = run(u"UPDATE reports SET file_name = ?, source_path = ?, content_hash = ?, imported_at = ?, encoding = ?, text = ?, metadata = ?, "
                     u"revision = revision + 1 WHERE id = ?"_s,
            {report.fileName, report.sourcePath, report.contentHash, timeText({}), report.encoding, report.text, jsonText(report.metadata), id});
        if (!q)
            return Result<bool>::failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<bool>::failure(tr("%1 has no report %2.").arg(m_path).arg(id));
        if (auto r = storeOriginal(id, report); !r)
            return r;
        // Analyses of the old text are wrong now; the new ones come with the report.
        if (auto r = run(u"DELETE FROM analyses WHERE report_id = ?"_s, {id}); !r)
            return Result<bool>::failure(r.error());
        for (const AnalysisRecord &record : report.analyses) {
            if (auto r = storeAnalysis(id, record); !r)
                return r;
        }
        auto lost = reanchorAnnotations(id);
        return lost ? Result<bool>(true) : Result<bool>::failure(lost.error());
    });
}

Result<int> ProjectStore::reanchorAnnotations(qint64 reportId)
{
    int lost = 0;
    auto done = transaction([&]() -> Result<bool> {
        auto stored = report(reportId);
        if (!stored)
            return Result<bool>::failure(stored.error());
        auto list = annotations(reportId);
        if (!list)
            return Result<bool>::failure(list.error());
        for (const Annotation &a : std::as_const(list.value())) {
            const auto span = AnnotationAnchor::locate(stored->text, a);
            Annotation placed = a;
            if (span) {
                placed = AnnotationAnchor::anchored(a, stored->text, *span);
            } else {
                // Kept where it was, with its quote: the analyst decides.
                placed.needsReanchoring = true;
                ++lost;
            }
            if (placed == a)
                continue;
            // Placing is not an edit by the analyst: the modified time stays.
            auto q = run(u"UPDATE annotations SET start = ?, \"end\" = ?, quote = ?, context_before = ?, context_after = ?, needs_reanchoring = ? "
                         u"WHERE id = ?"_s,
                {placed.span.start, placed.span.end, placed.quote, placed.contextBefore, placed.contextAfter, placed.needsReanchoring ? 1 : 0, a.id});
            if (!q)
                return Result<bool>::failure(q.error());
        }
        return true;
    });
    if (!done)
        return Result<int>::failure(done.error());
    return lost;
}

Result<bool> ProjectStore::setMetadataOverrides(qint64 id, const QJsonObject &overrides)
{
    return transaction([&]() -> Result<bool> {
        auto q = run(u"UPDATE reports SET overrides = ? WHERE id = ?"_s, {jsonText(overrides), id});
        if (!q)
            return Result<bool>::failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<bool>::failure(tr("%1 has no report %2.").arg(m_path).arg(id));
        return true;
    });
}

Result<bool> ProjectStore::removeReport(qint64 id)
{
    return transaction([&]() -> Result<bool> {
        auto q = run(u"DELETE FROM reports WHERE id = ?"_s, {id});
        if (!q)
            return Result<bool>::failure(q.error());
        return true;
    });
}

Result<QList<Report>> ProjectStore::reports(QList<qint64> *ids) const
{
    struct Row {
        qint64 id;
        QString fileName;
        QString encoding;
        QString text;
        QJsonObject overrides;
        QString format;
        QString address;
    };
    auto q = run(u"SELECT r.id, r.file_name, r.encoding, r.text, r.overrides, coalesce(o.format, 'text'), coalesce(o.address, '') "
                 u"FROM reports r LEFT JOIN report_originals o ON o.report_id = r.id ORDER BY r.id"_s);
    if (!q)
        return Result<QList<Report>>::failure(q.error());
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), jsonFrom(q->value(4)),
            q->value(5).toString(), q->value(6).toString()});
    if (ids) {
        ids->clear();
        for (const Row &row : std::as_const(rows))
            ids->append(row.id);
    }
    // The stored text is the truth; the analysis is redone from it so that a
    // newer parser always applies. Reports are independent: analyse them in parallel.
    return QtConcurrent::blockingMapped<QList<Report>>(rows, [](const Row &row) {
        Report report = ReportLoader::fromText(row.text, row.fileName, row.encoding);
        report.format = row.format;
        report.address = row.address;
        applyOverrides(report.metadata, row.overrides);
        return report;
    });
}

Result<Report> ProjectStore::analysedReport(qint64 id) const
{
    auto stored = report(id);
    if (!stored)
        return Result<Report>::failure(stored.error());
    Report report = ReportLoader::fromText(stored->text, stored->summary.fileName, stored->summary.encoding);
    applyOverrides(report.metadata, stored->summary.overrides);
    return report;
}

Report ProjectStore::listed(const ReportSummary &summary)
{
    Report report;
    report.filePath = summary.fileName;
    report.encoding = summary.encoding;
    const std::pair<const char16_t *, MetadataField *> fields[] = {
        {u"district", &report.metadata.district},
        {u"issuer", &report.metadata.issuer},
        {u"year", &report.metadata.year},
        {u"published", &report.metadata.published},
        {u"source", &report.metadata.source},
    };
    for (const auto &[name, field] : fields) {
        field->value = summary.value(QString::fromUtf16(name));
        field->origin =
            summary.overrides.contains(QStringView(name)) ? u"analyst"_s : summary.metadata.value(QStringView(name)).toObject().value(u"from").toString();
    }
    return report;
}

Result<QList<Report>> ProjectStore::loadReports(const QString &path)
{
    auto store = open(path, Access::ReadOnly);
    if (!store)
        return Result<QList<Report>>::failure(store.error());
    return store.value()->reports();
}

// --- analyses ---

Result<bool> ProjectStore::storeAnalysis(qint64 reportId, const AnalysisRecord &record)
{
    return transaction([&]() -> Result<bool> {
        auto q = run(u"INSERT OR REPLACE INTO analyses (report_id, kind, engine_version, data, computed_at) VALUES (?, ?, ?, ?, ?)"_s,
            {reportId, record.kind, record.engineVersion, jsonText(record.data), timeText(record.computedAt)});
        return q ? Result<bool>(true) : Result<bool>::failure(q.error());
    });
}

Result<std::optional<AnalysisRecord>> ProjectStore::analysis(qint64 reportId, const QString &kind) const
{
    using R = Result<std::optional<AnalysisRecord>>;
    auto q = run(u"SELECT engine_version, data, computed_at FROM analyses WHERE report_id = ? AND kind = ?"_s, {reportId, kind});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R(std::nullopt);
    return R(AnalysisRecord {kind, q->value(0).toString(), jsonFrom(q->value(1)), timeFrom(q->value(2))});
}

Result<QList<qint64>> ProjectStore::reportsNeedingAnalysis(const QString &kind, const QString &engineVersion) const
{
    auto q = run(u"SELECT r.id FROM reports r LEFT JOIN analyses a ON a.report_id = r.id AND a.kind = ? "
                 u"WHERE a.engine_version IS NULL OR a.engine_version <> ? ORDER BY r.id"_s,
        {kind, engineVersion});
    if (!q)
        return Result<QList<qint64>>::failure(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

// --- corrections and overrides ---

Result<qint64> ProjectStore::addCorrection(const StoredCorrection &correction)
{
    qint64 id = correction.id;
    auto done = transaction([&]() -> Result<bool> {
        const QString json = jsonText(correction.correction.toJson());
        auto q = id > 0 ? run(u"INSERT INTO alignment_corrections (id, correction, created_at) VALUES (?, ?, ?)"_s, {id, json, timeText(correction.created)})
                        : run(u"INSERT INTO alignment_corrections (correction, created_at) VALUES (?, ?)"_s, {json, timeText(correction.created)});
        if (!q)
            return Result<bool>::failure(q.error());
        id = q->lastInsertId().toLongLong();
        return true;
    });
    if (!done)
        return Result<qint64>::failure(done.error());
    return id;
}

Result<bool> ProjectStore::removeCorrection(qint64 id)
{
    return transaction([&]() -> Result<bool> {
        auto q = run(u"DELETE FROM alignment_corrections WHERE id = ?"_s, {id});
        if (!q)
            return Result<bool>::failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<bool>::failure(tr("%1 has no correction %2.").arg(m_path).arg(id));
        return true;
    });
}

Result<QList<StoredCorrection>> ProjectStore::corrections() const
{
    auto q = run(u"SELECT id, correction, created_at FROM alignment_corrections ORDER BY id"_s);
    if (!q)
        return Result<QList<StoredCorrection>>::failure(q.error());
    QList<StoredCorrection> list;
    while (q->next()) {
        auto correction = AlignmentCorrection::fromJson(jsonFrom(q->value(1)));
        if (!correction) {
            // Kept in the file, never dropped: a later version may read it.
            qCWarning(lcStore).noquote() << m_path << "correction" << q->value(0).toLongLong() << "not understood:" << correction.error();
            continue;
        }
        list.append({q->value(0).toLongLong(), std::move(correction).value(), timeFrom(q->value(2))});
    }
    return list;
}

Result<qint64> ProjectStore::setIndicatorOverride(const IndicatorOverride &value)
{
    qint64 id = 0;
    auto done = transaction([&]() -> Result<bool> {
        auto q = run(u"INSERT INTO indicator_overrides (report_id, indicator_id, value, note, created_at) VALUES (?, ?, ?, ?, ?) "
                     u"ON CONFLICT (report_id, indicator_id) DO UPDATE SET value = excluded.value, note = excluded.note, created_at = excluded.created_at"_s,
            {value.reportId, value.indicatorId, value.value, value.note, timeText(value.time)});
        if (!q)
            return Result<bool>::failure(q.error());
        auto idQuery = run(u"SELECT id FROM indicator_overrides WHERE report_id = ? AND indicator_id = ?"_s, {value.reportId, value.indicatorId});
        if (!idQuery)
            return Result<bool>::failure(idQuery.error());
        id = idQuery->next() ? idQuery->value(0).toLongLong() : 0;
        return true;
    });
    if (!done)
        return Result<qint64>::failure(done.error());
    return id;
}

Result<bool> ProjectStore::removeIndicatorOverride(qint64 reportId, const QString &indicatorId)
{
    return transaction([&]() -> Result<bool> {
        auto q = run(u"DELETE FROM indicator_overrides WHERE report_id = ? AND indicator_id = ?"_s, {reportId, indicatorId});
        return q ? Result<bool>(true) : Result<bool>::failure(q.error());
    });
}

namespace
{

IndicatorOverride overrideFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), timeFrom(q.value(5))};
}

const QString OverrideColumns = u"SELECT id, report_id, indicator_id, value, note, created_at FROM indicator_overrides "_s;

} // namespace

Result<std::optional<IndicatorOverride>> ProjectStore::indicatorOverride(qint64 reportId, const QString &indicatorId) const
{
    using R = Result<std::optional<IndicatorOverride>>;
    auto q = run(OverrideColumns + u"WHERE report_id = ? AND indicator_id = ?"_s, {reportId, indicatorId});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R(std::nullopt);
    return R(overrideFrom(*q));
}

Result<QList<IndicatorOverride>> ProjectStore::indicatorOverrides(qint64 reportId) const
{
    auto q = reportId > 0 ? run(OverrideColumns + u"WHERE report_id = ? ORDER BY indicator_id"_s, {reportId})
                          : run(OverrideColumns + u"ORDER BY report_id, indicator_id"_s);
    if (!q)
        return Result<QList<IndicatorOverride>>::failure(q.error());
    QList<IndicatorOverride> list;
    while (q->next())
        list.append(overrideFrom(*q));
    return list;
}

// --- annotations ---

Result<bool> ProjectStore::writeTags(qint64 annotationId, const QStringList &tags)
{
    if (auto q = run(u"DELETE FROM annotation_tags WHERE annotation_id = ?"_s, {annotationId}); !q)
        return Result<bool>::failure(q.error());
    for (const QString &tag : cleanTags(tags)) {
        if (auto q = run(u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s, {tag}); !q)
            return Result<bool>::failure(q.error());
        if (auto q = run(u"INSERT INTO annotation_tags (annotation_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"_s, {annotationId, tag}); !q)
            return Result<bool>::failure(q.error());
    }
    return true;
}

Result<qint64> ProjectStore::addAnnotation(const Annotation &a)
{
    qint64 id = a.id;
    auto done = transaction([&]() -> Result<bool> {
        QVariantList values {a.reportId, a.span.start, a.span.end, a.quote, a.contextBefore, a.contextAfter, a.note, Annotation::severityName(a.severity),
            Annotation::statusName(a.status), timeText(a.created), timeText(a.modified.isValid() ? a.modified : a.created), a.needsReanchoring ? 1 : 0};
        QString columns =
            u"report_id, start, \"end\", quote, context_before, context_after, note, severity, status, created_at, modified_at, needs_reanchoring"_s;
        QString marks = u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"_s;
        if (id > 0) {
            columns.prepend(u"id, "_s);
            marks.prepend(u"?, "_s);
            values.prepend(id);
        }
        auto q = run(u"INSERT INTO annotations ("_s + columns + u") VALUES ("_s + marks + u')', values);
        if (!q)
            return Result<bool>::failure(q.error());
        id = q->lastInsertId().toLongLong();
        return writeTags(id, a.tags);
    });
    if (!done)
        return Result<qint64>::failure(done.error());
    return id;
}

Result<bool> ProjectStore::updateAnnotation(const Annotation &a)
{
    return transaction([&]() -> Result<bool> {
        auto q = run(u"UPDATE annotations SET report_id = ?, start = ?, \"end\" = ?, quote = ?, context_before = ?, context_after = ?, note = ?, "
                     u"severity = ?, status = ?, modified_at = ?, needs_reanchoring = ? WHERE id = ?"_s,
            {a.reportId, a.span.start, a.span.end, a.quote, a.contextBefore, a.contextAfter, a.note, Annotation::severityName(a.severity),
                Annotation::statusName(a.status), timeText(a.modified), a.needsReanchoring ? 1 : 0, a.id});
        if (!q)
            return Result<bool>::failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<bool>::failure(tr("%1 has no annotation %2.").arg(m_path).arg(a.id));
        return writeTags(a.id, a.tags);
    });
}

Result<bool> ProjectStore::removeAnnotation(qint64 id)
{
    return transaction([&]() -> Result<bool> {
        auto q = run(u"DELETE FROM annotations WHERE id = ?"_s, {id});
        if (!q)
            return Result<bool>::failure(q.error());
        if (q->numRowsAffected() != 1)
            return Result<bool>::failure(tr("%1 has no annotation %2.").arg(m_path).arg(id));
        return true;
    });
}

Result<QList<Annotation>> ProjectStore::readAnnotations(const QString &where, const QVariantList &values) const
{
    auto q = run(u"SELECT a.id, a.report_id, a.start, a.\"end\", a.quote, a.context_before, a.context_after, a.note, a.severity, a.status, "
                 u"a.created_at, a.modified_at, (SELECT group_concat(t.name, char(31)) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
                 u"WHERE x.annotation_id = a.id), a.needs_reanchoring FROM annotations a "_s
            + where + u" ORDER BY a.report_id, a.start, a.id"_s,
        values);
    if (!q)
        return Result<QList<Annotation>>::failure(q.error());
    QList<Annotation> list;
    while (q->next()) {
        Annotation a;
        a.id = q->value(0).toLongLong();
        a.reportId = q->value(1).toLongLong();
        a.span = {q->value(2).toLongLong(), q->value(3).toLongLong()};
        a.quote = q->value(4).toString();
        a.contextBefore = q->value(5).toString();
        a.contextAfter = q->value(6).toString();
        a.note = q->value(7).toString();
        // The CHECK constraints keep other names out of the file.
        a.severity = Annotation::severityFromName(q->value(8).toString()).value_or(Annotation::Severity::Medium);
        a.status = Annotation::statusFromName(q->value(9).toString()).value_or(Annotation::Status::Open);
        a.created = timeFrom(q->value(10));
        a.modified = timeFrom(q->value(11));
        const QString tags = q->value(12).toString();
        if (!tags.isEmpty()) {
            a.tags = tags.split(TagSeparator);
            a.tags.sort();
        }
        a.needsReanchoring = q->value(13).toBool();
        list.append(std::move(a));
    }
    return list;
}

Result<Annotation> ProjectStore::annotation(qint64 id) const
{
    auto list = readAnnotations(u"WHERE a.id = ?"_s, {id});
    if (!list)
        return Result<Annotation>::failure(list.error());
    if (list->isEmpty())
        return Result<Annotation>::failure(tr("%1 has no annotation %2.").arg(m_path).arg(id));
    return list->constFirst();
}

Result<QList<Annotation>> ProjectStore::annotations(qint64 reportId) const
{
    return reportId > 0 ? readAnnotations(u"WHERE a.report_id = ?"_s, {reportId}) : readAnnotations({}, {});
}

Result<QStringList> ProjectStore::tags() const
{
    auto q = run(u"SELECT name FROM tags ORDER BY name"_s);
    if (!q)
        return Result<QStringList>::failure(q.error());
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

// --- search ---

namespace
{

// snippet() marks matches with these; they never occur in report text
// (ReportReader refuses control characters beyond a handful).
constexpr QChar MatchStart(0x02);
constexpr QChar MatchEnd(0x03);
// Characters of context the LIKE path shows before a match, and in all.
constexpr qsizetype ScanContextBefore = 12;
constexpr qsizetype ScanSnippetLength = 36;
// Tokens (≈ characters with trigrams) in an index snippet.
constexpr int IndexSnippetTokens = 24;

void setMarkedSnippet(SearchHit &hit, const QString &marked)
{
    hit.snippet.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == MatchStart) {
            start = hit.snippet.size();
        } else if (c == MatchEnd) {
            if (start >= 0)
                hit.highlights.append({start, hit.snippet.size()});
            start = -1;
        } else {
            hit.snippet.append(c == u'\n' ? u' ' : c);
        }
    }
}

QString likePattern(QString term)
{
    term.replace(u'\\', u"\\\\"_s);
    term.replace(u'%', u"\\%"_s);
    term.replace(u'_', u"\\_"_s);
    return u'%' + term + u'%';
}

} // namespace

Result<QList<SearchHit>> ProjectStore::search(const QString &query, int limit) const
{
    // simplified() also folds the ideographic space (U+3000) Chinese input uses.
    const QStringList terms = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return QList<SearchHit> {};
    const bool indexed = std::all_of(terms.cbegin(), terms.cend(), [](const QString &term) {
        return term.size() >= MinimumIndexedTermLength;
    });
    return indexed ? searchIndex(terms, limit) : searchByScan(terms, limit);
}

Result<QList<SearchHit>> ProjectStore::searchIndex(const QStringList &terms, int limit) const
{
    // Every term a quoted phrase, so that nothing the analyst types is read
    // as FTS5 query syntax (AND, NEAR, *, column filters).
    QStringList phrases;
    for (QString term : terms)
        phrases.append(u'"' + term.replace(u'"', u"\"\""_s) + u'"');
    auto q = run(u"SELECT r.id, r.file_name, snippet(report_search, 0, char(2), char(3), '…', %1), bm25(report_search) "
                 u"FROM report_search JOIN reports r ON r.id = report_search.rowid "
                 u"WHERE report_search MATCH ? ORDER BY bm25(report_search), r.id LIMIT ?"_s.arg(IndexSnippetTokens),
        {phrases.join(u' '), limit});
    if (!q)
        return Result<QList<SearchHit>>::failure(q.error());
    QList<SearchHit> hits;
    while (q->next()) {
        SearchHit hit;
        hit.reportId = q->value(0).toLongLong();
        hit.fileName = q->value(1).toString();
        setMarkedSnippet(hit, q->value(2).toString());
        hit.score = -q->value(3).toDouble(); // bm25 is lower for better matches
        hits.append(std::move(hit));
    }
    return hits;
}

Result<QList<SearchHit>> ProjectStore::searchByScan(const QStringList &terms, int limit) const
{
    QStringList conditions;
    QVariantList patterns;
    for (const QString &term : terms) {
        conditions.append(u"text LIKE ? ESCAPE '\\'"_s);
        patterns.append(likePattern(term));
    }
    auto q = run(u"SELECT id, file_name, text FROM reports WHERE "_s + conditions.join(u" AND "_s) + u" ORDER BY id"_s, patterns);
    if (!q)
        return Result<QList<SearchHit>>::failure(q.error());
    QList<SearchHit> hits;
    while (q->next()) {
        const QString text = q->value(2).toString();
        SearchHit hit;
        hit.reportId = q->value(0).toLongLong();
        hit.fileName = q->value(1).toString();
        qsizetype first = -1;
        for (const QString &term : terms) {
            for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0; at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
                hit.score += 1;
                if (first < 0)
                    first = at;
            }
        }
        const qsizetype from = qMax<qsizetype>(0, first - ScanContextBefore);
        const qsizetype to = qMin<qsizetype>(text.size(), from + ScanSnippetLength);
        const QString window = text.mid(from, to - from);
        // Mark every term in the window, longest first so that a term inside
        // another is not marked twice.
        QList<TextSpan> spans;
        QStringList byLength = terms;
        std::sort(byLength.begin(), byLength.end(), [](const QString &a, const QString &b) {
            return a.size() > b.size();
        });
        for (const QString &term : std::as_const(byLength)) {
            for (qsizetype at = window.indexOf(term, 0, Qt::CaseInsensitive); at >= 0; at = window.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
                const TextSpan span {at, at + term.size()};
                const bool overlaps = std::any_of(spans.cbegin(), spans.cend(), [&span](const TextSpan &s) {
                    return span.start < s.end && s.start < span.end;
                });
                if (!overlaps)
                    spans.append(span);
            }
        }
        std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) {
            return a.start < b.start;
        });
        const QString prefix = from > 0 ? u"…"_s : QString();
        hit.snippet = prefix + QString(window).replace(u'\n', u' ') + (to < text.size() ? u"…"_s : QString());
        for (const TextSpan &span : std::as_const(spans))
            hit.highlights.append({span.start + prefix.size(), span.end + prefix.size()});
        hits.append(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.score > b.score;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

// --- the file ---

Result<bool> ProjectStore::saveCopy(const QString &target) const
{
    using R = Result<bool>;
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return R::failure(tr("%1: a copy cannot replace the project itself.").arg(target));
    // Never replace a project another program is working in.
    const auto lock = ProjectLock::acquire(target);
    if (!lock)
        return R::failure(lock.error());
    // VACUUM INTO refuses an existing file: write beside the target, then
    // replace it, so that a failed copy leaves the old file in place.
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    if (auto q = run(u"VACUUM INTO ?"_s, {partial}); !q) {
        QFile::remove(partial);
        return R::failure(tr("%1: the copy could not be written (%2).").arg(target, q.error()));
    }
    if (targetInfo.exists() && !QFile::remove(target)) {
        QFile::remove(partial);
        return R::failure(tr("%1: cannot be replaced.").arg(target));
    }
    if (!QFile::rename(partial, target))
        return R::failure(tr("%1: the copy could not be moved into place.").arg(target));
    return true;
}

Result<QString> ProjectStore::integrityCheck() const
{
    auto q = run(u"PRAGMA integrity_check"_s);
    if (!q)
        return Result<QString>::failure(q.error());
    QStringList lines;
    while (q->next())
        lines.append(q->value(0).toString());
    return lines.join(u'\n');
}

} // namespace Dz
