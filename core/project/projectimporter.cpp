#include "project/projectimporter.h"

#include "analysis/reportpipeline.h"
#include "outline/outlineformat.h"
#include "project/projectanalysis.h"
#include "project/projectstore.h"
#include "project/projectvalues.h"
#include "project/reportfolder.h"
#include "project/reportrecords.h"
#include "project/searchindex.h"
#include "project/store_debug.h"
#include "reading/documentreader.h"
#include "reading/reportreader.h"
#include "reading/zipreports.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrentMap>

#include <optional>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// A file after the parallel step; default-constructible for QFuture.
struct Prepared {
    QString path;
    std::optional<NewReport> report;
    QString error;
    bool scan = false; ///< refused as a scan that OCR could read
};

Prepared prepareOne(const QString &path, bool ocr, const std::function<bool()> &canceled)
{
    Prepared p;
    p.path = path;
    auto report = ProjectImporter::prepare(path, ocr, canceled);
    if (report) {
        p.report = std::move(report).value();
    } else {
        p.error = report.error();
        p.scan = !ocr && ReportPipeline::isScan(path);
    }
    return p;
}

} // namespace

QStringList ProjectImporter::collectFiles(const QStringList &paths, QStringList *errors, QStringList *skipped)
{
    QStringList files;
    for (const QString &path : paths) {
        // A report inside a zip, as an import named it (read again with OCR).
        if (ZipReports::splitEntryPath(path)) {
            files.append(path);
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            if (errors)
                errors->append(tr("%1: no such file or folder.").arg(path));
            continue;
        }
        if (!info.isDir()) {
            // A zip of reports is the reports in it, each named by its path inside.
            if (ZipReports::isArchiveName(path))
                files += ZipReports::reportPaths(info.absoluteFilePath(), errors);
            else
                files.append(info.absoluteFilePath());
            continue;
        }
        // Every format read, but one file per report: a folder that holds
        // 报告.txt, 报告.docx and 报告.pdf holds one report, read from the
        // first of them in the order of DocumentReader::nameFilters() (text
        // first). ReportFolder walks the folder itself, so names that are
        // not UTF-8 are refused one by one rather than end the walk.
        const qsizetype errorsBefore = errors ? errors->size() : 0;
        const QStringList filters = DocumentReader::nameFilters();
        QHash<QString, QString> byStem; // folder/complete base name → chosen file
        for (const QString &name : ReportFolder::files(info.absoluteFilePath(), errors, skipped)) {
            const QFileInfo file(name);
            const qsizetype rank = filters.indexOf(u"*."_s + file.suffix().toLower());
            const QString stem = file.absolutePath() + u'/' + file.completeBaseName();
            const QString chosen = byStem.value(stem);
            if (chosen.isEmpty() || rank < filters.indexOf(u"*."_s + QFileInfo(chosen).suffix().toLower()))
                byStem.insert(stem, file.absoluteFilePath());
        }
        QStringList found = byStem.values();
        found.sort();
        if (found.isEmpty() && errors && errors->size() == errorsBefore)
            errors->append(tr("%1: no report files in this folder.").arg(path));
        files += found;
    }
    files.removeDuplicates();
    return files;
}

QString ProjectImporter::contentHash(const QString &text)
{
    return ReportRecords::contentHash(text);
}

NewReport ProjectImporter::pack(const ReportAnalysis &analysis, const QString &sourcePath)
{
    const Report &report = analysis.report;
    NewReport r;
    r.fileName = report.filePath;
    r.sourcePath = sourcePath;
    r.encoding = report.encoding;
    r.format = report.format;
    r.address = report.address;
    r.text = report.text;
    r.contentHash = contentHash(report.text);
    r.metadata = OutlineFormat::metadataToJson(report.metadata);
    r.analyses = ProjectAnalysis::records(analysis);
    // The writer's own work, done here on the pool so that it only writes.
    r.searchTokens = SearchIndex::bigramTokens(r.text);
    r.metadataJson = Internal::jsonText(r.metadata);
    for (const AnalysisRecord &record : std::as_const(r.analyses))
        r.analysesJson.append(Internal::jsonText(record.data));
    return r;
}

NewReport ProjectImporter::prepare(const Report &report, const QString &sourcePath)
{
    // Stored analyses name the report as the project does (its file name),
    // the same whether made at import or by a later refresh.
    Report named = report;
    named.filePath = QFileInfo(sourcePath).fileName();
    return pack(ReportPipeline().analyse(std::move(named)), sourcePath);
}

Result<NewReport> ProjectImporter::prepare(const QString &path, bool ocr, const std::function<bool()> &canceled)
{
    // Memory that runs out while the file is read or analysed costs this
    // file, not the import (ReportPipeline::analyseFile).
    PipelineOptions options;
    options.ocr = ocr;
    options.canceled = canceled;
    const auto inZip = ZipReports::splitEntryPath(path);
    options.name = inZip ? inZip->second : QFileInfo(path).fileName();
    auto file = ReportPipeline().analyseFile(path, options);
    if (!file)
        return Failure(file.error());
    NewReport r = pack(file->analysis, QFileInfo(path).absoluteFilePath());
    r.original = file->document.original;
    r.mimeType = file->document.mimeType;
    r.warnings = file->document.warnings;
    return r;
}

NewReport ProjectImporter::prepare(const SourceDocument &document, const QString &name)
{
    // The name is a file name in the project, never a path.
    QString fileName = name.trimmed();
    fileName.replace(u'/', u'／').replace(u'\\', u'＼');
    NewReport r = pack(ReportPipeline().analyseDocument(document, fileName), fileName);
    r.sourcePath = document.address;
    r.original = document.original;
    r.mimeType = document.mimeType;
    r.warnings = document.warnings;
    return r;
}

Result<qint64> ProjectImporter::addDocument(ProjectStore &store, const SourceDocument &document, const QString &name)
{
    const NewReport report = prepare(document, name);
    auto summaries = store.reportRecords().reportSummaries();
    if (!summaries)
        return Failure(summaries.error());
    for (const ReportSummary &summary : std::as_const(summaries.value())) {
        if (summary.contentHash == report.contentHash)
            return Result<qint64>::failure(tr("%1: the project already holds this text.").arg(name));
    }
    return store.addReport(report);
}

namespace
{

// What the project holds, so that duplicates and re-imports are found
// without a query per file; kept up to date as reports are written.
class ProjectContents
{
public:
    /// Every report of the project open in @p store, or why not.
    static Result<ProjectContents> of(ProjectStore &store)
    {
        auto summaries = store.reportRecords().reportSummaries();
        if (!summaries)
            return Failure(summaries.error());
        ProjectContents contents;
        for (const ReportSummary &s : std::as_const(summaries.value())) {
            contents.m_known.insert(s.contentHash, s.fileName);
            contents.m_sources.insert(s.sourcePath, s.id);
            contents.m_hashOf.insert(s.id, s.contentHash);
        }
        return contents;
    }

    /// Writes the files of @p batch that are new (or changed) into @p store,
    /// counting in @p step what became of each; a report that cannot be
    /// written fails the batch.
    Result<> write(ProjectStore &store, const QList<Prepared> &batch, ImportOutcome &step)
    {
        m_written.clear();
        for (const Prepared &p : batch) {
            if (!p.report) {
                step.errors.append(p.error);
                if (p.scan)
                    step.scans.append(p.path);
                continue;
            }
            const NewReport &report = *p.report;
            if (const auto it = m_known.constFind(report.contentHash); it != m_known.cend()) {
                step.duplicates.append(ProjectImporter::tr("%1: the same text as %2, already in the project; skipped.").arg(p.path, it.value()));
                continue;
            }
            if (auto written = writeOne(store, report, step); !written)
                return written;
            step.warnings += report.warnings;
        }
        return {};
    }

    /// Forgets the hashes of the batch last written, rolled back.
    void forgetWritten()
    {
        for (const QString &hash : std::as_const(m_written))
            m_known.remove(hash);
    }

private:
    // A file imported before from the same place, changed since: a new text
    // for the same report, so the analyst's work on it stays. A report that
    // cannot be written means the project cannot be (a full disk, an I/O
    // error): SQLite may already have rolled the whole transaction back, so
    // the batch stops here rather than go on outside it, one report at a time.
    Result<> writeOne(ProjectStore &store, const NewReport &report, ImportOutcome &step)
    {
        if (const qint64 existing = m_sources.value(report.sourcePath); existing > 0) {
            if (auto r = store.replaceReport(existing, report); !r)
                return Failure(r.error());
            // Its old text is no longer in the project.
            m_known.remove(m_hashOf.value(existing));
            m_hashOf.insert(existing, report.contentHash);
            ++step.updated;
        } else {
            auto id = store.addReport(report);
            if (!id)
                return Failure(id.error());
            m_sources.insert(report.sourcePath, id.value());
            ++step.added;
        }
        m_known.insert(report.contentHash, report.fileName);
        m_written.append(report.contentHash);
        return {};
    }

    QHash<QString, QString> m_known; ///< content hash → file name
    QHash<QString, qint64> m_sources; ///< source path → report
    QHash<qint64, QString> m_hashOf; ///< report → content hash
    QStringList m_written; ///< hashes of the batch being written
};

// Reading and analysing in parallel, a few batches ahead of the thread that
// writes: SQLite takes one writer anyway, and with batches queued ahead
// neither side waits for the other.
class PreparedBatches
{
public:
    PreparedBatches(const QStringList &files, bool ocr, QPromise<ImportOutcome> *promise)
        : m_files(files)
        , m_ocr(ocr)
        , m_promise(promise)
    {
        m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
        queue();
    }
    ~PreparedBatches()
    {
        drop();
    }

    bool atEnd() const
    {
        return m_ahead.isEmpty();
    }
    /// The next batch, read and analysed (waits for it), with the next queued behind.
    QList<Prepared> next()
    {
        const QList<Prepared> batch = m_ahead.takeFirst().results();
        queue();
        return batch;
    }
    /// Cancels and waits for the batches queued.
    void drop()
    {
        for (QFuture<Prepared> &future : m_ahead)
            future.cancel();
        for (QFuture<Prepared> &future : m_ahead)
            future.waitForFinished();
        m_ahead.clear();
    }

private:
    void queue()
    {
        while (m_ahead.size() < ProjectImporter::BatchesAhead && m_queued < m_files.size()) {
            m_ahead.append(QtConcurrent::mapped(&m_pool, m_files.mid(m_queued, ProjectImporter::BatchSize), [this](const QString &path) {
                return prepareOne(path, m_ocr, [this] {
                    return m_promise && m_promise->isCanceled();
                });
            }));
            m_queued += ProjectImporter::BatchSize;
        }
    }

    const QStringList &m_files;
    const bool m_ocr;
    QPromise<ImportOutcome> *const m_promise;
    QThreadPool m_pool;
    QList<QFuture<Prepared>> m_ahead;
    qsizetype m_queued = 0; ///< files handed to the pool so far
};

// What a batch written whole adds to @p outcome.
void addStep(ImportOutcome &outcome, const ImportOutcome &step)
{
    outcome.added += step.added;
    outcome.updated += step.updated;
    outcome.duplicates += step.duplicates;
    outcome.errors += step.errors;
    outcome.warnings += step.warnings;
    outcome.scans += step.scans;
}

// The batch was rolled back as a whole: the import stops, since the next
// batch would meet the same trouble (disk full, locked). The files of the
// batch that could not be read were never going to be saved; they keep
// their own messages.
void stopAfter(ImportOutcome &outcome, const ImportOutcome &step, const QString &error, int batchSize, int neverTried)
{
    outcome.errors += step.errors;
    const int unsaved = batchSize - int(step.errors.size());
    outcome.notSaved = unsaved + neverTried;
    QString stopped = ProjectImporter::tr("%1 The import stopped there; %n file(s) read were not saved.", nullptr, unsaved).arg(error);
    if (neverTried > 0)
        stopped += u' ' + ProjectImporter::tr("%n file(s) after them were never tried.", nullptr, neverTried);
    outcome.errors.append(stopped);
}

} // namespace

ImportOutcome ProjectImporter::importInto(ProjectStore &store, const QStringList &paths, QPromise<ImportOutcome> *promise, bool ocr)
{
    ImportOutcome outcome;
    const QStringList files = collectFiles(paths, &outcome.errors, &outcome.skipped);
    outcome.files = int(files.size());
    if (promise)
        promise->setProgressRange(0, outcome.files);
    auto contents = ProjectContents::of(store);
    if (!contents) {
        outcome.errors.append(contents.error());
        outcome.notSaved = outcome.files;
        return outcome;
    }

    PreparedBatches batches(files, ocr, promise);
    int done = 0;
    while (!batches.atEnd()) {
        if (promise && promise->isCanceled()) {
            batches.drop();
            outcome.canceled = true;
            break;
        }
        const QList<Prepared> batch = batches.next();
        ImportOutcome step;
        auto written = store.database().transaction([&]() -> Result<> {
            return contents->write(store, batch, step);
        });
        if (!written) {
            // (What was learnt from the batch may be off now; the import stops anyway.)
            contents->forgetWritten();
            stopAfter(outcome, step, written.error(), int(batch.size()), int(files.size()) - done - int(batch.size()));
            batches.drop();
            break;
        }
        addStep(outcome, step);
        done += int(batch.size());
        if (promise)
            promise->setProgressValueAndText(done, batch.constLast().path);
    }
    qCInfo(lcStore).noquote() << store.database().path() << ": imported" << outcome.added << "of" << outcome.files << "files, updated" << outcome.updated << ","
                              << outcome.duplicates.size() << "duplicates," << outcome.errors.size() << "errors," << outcome.warnings.size() << "warnings,"
                              << outcome.skipped.size() << "skips" << (outcome.canceled ? "(canceled)" : "");
    return outcome;
}

void ProjectImporter::run(QPromise<ImportOutcome> &promise, const QString &projectPath, const QStringList &paths)
{
    runImport(promise, projectPath, paths, false);
}

void ProjectImporter::runWithOcr(QPromise<ImportOutcome> &promise, const QString &projectPath, const QStringList &paths)
{
    runImport(promise, projectPath, paths, true);
}

void ProjectImporter::runImport(QPromise<ImportOutcome> &promise, const QString &projectPath, const QStringList &paths, bool ocr)
{
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    if (!store) {
        ImportOutcome outcome;
        outcome.errors.append(store.error());
        promise.addResult(outcome);
        return;
    }
    ImportOutcome outcome = importInto(*store.value(), paths, &promise, ocr);
    // A stopped import has said what is wrong with the project; a refresh would only say it again.
    if (!outcome.canceled && outcome.notSaved == 0) {
        // Reports analysed by an older engine are brought up to date while we are at it.
        auto refreshed = ProjectAnalysis::refresh(*store.value(), [&promise] {
            return promise.isCanceled();
        });
        if (!refreshed)
            outcome.errors.append(refreshed.error());
    }
    promise.addResult(std::move(outcome));
}

} // namespace Dz
