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
    auto summaries = store.reportSummaries();
    if (!summaries)
        return Failure(summaries.error());
    for (const ReportSummary &summary : std::as_const(summaries.value())) {
        if (summary.contentHash == report.contentHash)
            return Result<qint64>::failure(tr("%1: the project already holds this text.").arg(name));
    }
    return store.addReport(report);
}

ImportOutcome ProjectImporter::importInto(ProjectStore &store, const QStringList &paths, QPromise<ImportOutcome> *promise, bool ocr)
{
    ImportOutcome outcome;
    const QStringList files = collectFiles(paths, &outcome.errors, &outcome.skipped);
    outcome.files = int(files.size());
    if (promise)
        promise->setProgressRange(0, outcome.files);

    // Every hash already in the project, so that duplicates are found without a query per file.
    QHash<QString, QString> known; // content hash → file name
    QHash<QString, qint64> sources; // source path → report
    QHash<qint64, QString> hashOf; // report → content hash
    auto summaries = store.reportSummaries();
    if (!summaries) {
        outcome.errors.append(summaries.error());
        outcome.notSaved = outcome.files;
        return outcome;
    }
    for (const ReportSummary &s : std::as_const(summaries.value())) {
        known.insert(s.contentHash, s.fileName);
        sources.insert(s.sourcePath, s.id);
        hashOf.insert(s.id, s.contentHash);
    }

    // Reading and analysing runs in parallel, a few batches ahead of this
    // thread, which writes: SQLite takes one writer anyway, and with batches
    // queued ahead neither side waits for the other.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    auto batchAt = [&files](qsizetype start) {
        return files.mid(start, BatchSize);
    };
    QList<QFuture<Prepared>> ahead;
    qsizetype queued = 0; // files handed to the pool so far
    auto queueBatches = [&] {
        while (ahead.size() < BatchesAhead && queued < files.size()) {
            ahead.append(QtConcurrent::mapped(&pool, batchAt(queued), [ocr, promise](const QString &path) {
                return prepareOne(path, ocr, [promise] {
                    return promise && promise->isCanceled();
                });
            }));
            queued += BatchSize;
        }
    };
    auto dropQueued = [&ahead] {
        for (QFuture<Prepared> &future : ahead)
            future.cancel();
        for (QFuture<Prepared> &future : ahead)
            future.waitForFinished();
        ahead.clear();
    };
    queueBatches();

    int done = 0;
    while (!ahead.isEmpty()) {
        if (promise && promise->isCanceled()) {
            dropQueued();
            outcome.canceled = true;
            break;
        }
        const QList<Prepared> batch = ahead.takeFirst().results();
        queueBatches();

        ImportOutcome step;
        QStringList addedHashes;
        auto written = store.transaction([&]() -> Result<> {
            for (const Prepared &p : batch) {
                if (!p.report) {
                    step.errors.append(p.error);
                    if (p.scan)
                        step.scans.append(p.path);
                    continue;
                }
                const NewReport &report = *p.report;
                if (const auto it = known.constFind(report.contentHash); it != known.cend()) {
                    step.duplicates.append(tr("%1: the same text as %2, already in the project; skipped.").arg(p.path, it.value()));
                    continue;
                }
                // A file imported before from the same place, changed since:
                // a new text for the same report, so the analyst's work on it stays.
                // A report that cannot be written means the project cannot be
                // (a full disk, an I/O error): SQLite may already have rolled
                // the whole transaction back, so the batch stops here rather
                // than go on outside it, one report at a time.
                if (const qint64 existing = sources.value(report.sourcePath); existing > 0) {
                    if (auto r = store.replaceReport(existing, report); !r)
                        return Failure(r.error());
                    // Its old text is no longer in the project.
                    known.remove(hashOf.value(existing));
                    hashOf.insert(existing, report.contentHash);
                    ++step.updated;
                } else {
                    auto id = store.addReport(report);
                    if (!id)
                        return Failure(id.error());
                    sources.insert(report.sourcePath, id.value());
                    ++step.added;
                }
                known.insert(report.contentHash, report.fileName);
                addedHashes.append(report.contentHash);
                step.warnings += report.warnings;
            }
            return {};
        });
        if (!written) {
            // The batch was rolled back as a whole: forget its hashes and stop,
            // since the next batch would meet the same trouble (disk full, locked).
            // (What was learnt from the batch may be off now; the import stops anyway.)
            for (const QString &hash : std::as_const(addedHashes))
                known.remove(hash);
            // The files of the batch that could not be read were never going to be saved; they keep their own messages.
            outcome.errors += step.errors;
            const int unsaved = int(batch.size() - step.errors.size());
            const int neverTried = int(files.size()) - done - int(batch.size());
            outcome.notSaved = unsaved + neverTried;
            QString stopped = tr("%1 The import stopped there; %n file(s) read were not saved.", nullptr, unsaved).arg(written.error());
            if (neverTried > 0)
                stopped += u' ' + tr("%n file(s) after them were never tried.", nullptr, neverTried);
            outcome.errors.append(stopped);
            dropQueued();
            break;
        }
        outcome.added += step.added;
        outcome.updated += step.updated;
        outcome.duplicates += step.duplicates;
        outcome.errors += step.errors;
        outcome.warnings += step.warnings;
        outcome.scans += step.scans;
        done += int(batch.size());
        if (promise)
            promise->setProgressValueAndText(done, batch.constLast().path);
    }
    qCInfo(lcStore).noquote() << store.path() << ": imported" << outcome.added << "of" << outcome.files << "files, updated" << outcome.updated << ","
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
