#pragma once

#include "base/result.h"
#include "project/projectrecords.h"
#include "reading/report.h"
#include "reading/sourcedocument.h"

#include <QCoreApplication>
#include <QPromise>
#include <QStringList>

#include <functional>

namespace Dz
{

class ProjectStore;
struct ReportAnalysis;

/// What an import did, file by file in summary.
struct ImportOutcome {
    int files = 0; ///< report files found in what was given
    int added = 0;
    int updated = 0; ///< re-imported files whose text changed
    /// One message per file skipped because the project already holds its text.
    QStringList duplicates;
    /// One message per file that could not be imported, each naming it.
    QStringList errors;
    /// What the folders given held but were left out on purpose, one
    /// message per reason (hidden entries, folders nested too deep, links
    /// to folders searched already or back to their own).
    QStringList skipped;
    /// Files imported, but with a doubt about their text, each naming the
    /// file (a page whose article holds little of the page's text).
    QStringList warnings;
    /// Scanned PDFs refused because the import was made without OCR (each
    /// also has its message in @c errors): what "Read with OCR" would read.
    QStringList scans;
    bool canceled = false;
    /// Files read but not saved because the import stopped (a full disk):
    /// the batch being written and every file after it. The reason is the
    /// last of @c errors.
    int notSaved = 0;
};

/**
 * Brings report files into a project.
 *
 * A producer/consumer pipeline: a thread pool (one thread per core) reads
 * and analyses files a few batches ahead and also makes everything the
 * writer would otherwise compute (JSON, search tokens); the one writer
 * thread, the one that called importInto(), only writes, one transaction per
 * batch, so an import that is canceled, fails or is killed leaves whole
 * reports only. A file whose text is already in the project
 * (same content hash) is skipped as a duplicate; a file that cannot be read
 * is reported and the batch goes on.
 */
class ProjectImporter
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectImporter)

public:
    /// Reports per transaction: large enough that commits do not dominate,
    /// small enough that Cancel answers within a fraction of a second.
    static constexpr int BatchSize = 64;
    /// Batches read and analysed ahead of the one being written.
    static constexpr int BatchesAhead = 3;

    /// The report files in @p paths: files as given, folders searched
    /// recursively for every format DocumentReader reads (one file per
    /// report name), zips as the reports in them (ZipReports::entryPath()),
    /// in a stable order. Paths that do not exist, and zips that cannot be
    /// read or hold no report, go to @p errors; what folders held and was
    /// left out on purpose, to @p skipped.
    static QStringList collectFiles(const QStringList &paths, QStringList *errors, QStringList *skipped = nullptr);

    /// SHA-256 (hex) of the text as UTF-8: what duplicates are found by.
    static QString contentHash(const QString &text);

    /// Reads, analyses and packs one file for storing, ready to be written
    /// as it is (any thread).
    /// With @p ocr, a scanned PDF is read by PdfOcr (stopped when @p canceled
    /// returns true) instead of refused.
    /// Memory running out while a file is read or analysed refuses that file only.
    static Result<NewReport> prepare(const QString &path, bool ocr = false, const std::function<bool()> &canceled = {});
    /// Analyses and packs a report already read; @p sourcePath is where it came from.
    static NewReport prepare(const Report &report, const QString &sourcePath);
    /// Packs a document read from memory (the clipboard, a web address)
    /// under the name @p name; its address, if any, is its source.
    static NewReport prepare(const SourceDocument &document, const QString &name);
    /// Adds a document read from memory to the project open in @p store:
    /// the new report's id, or why not (a duplicate of a report it holds).
    static Result<qint64> addDocument(ProjectStore &store, const SourceDocument &document, const QString &name);

    /// Imports @p paths into the project open in @p store, reporting progress
    /// per file to @p promise (if any) and stopping between batches when it is canceled.
    /// With @p ocr, scanned PDFs are read by OCR (a cancel stops it mid-page).
    static ImportOutcome importInto(ProjectStore &store, const QStringList &paths, QPromise<ImportOutcome> *promise = nullptr, bool ocr = false);

    /// Opens (or creates) the project at @p projectPath on the calling worker
    /// thread and imports @p paths into it; for QtConcurrent::run.
    static void run(QPromise<ImportOutcome> &promise, const QString &projectPath, const QStringList &paths);
    /// run(), reading scanned PDFs by OCR.
    static void runWithOcr(QPromise<ImportOutcome> &promise, const QString &projectPath, const QStringList &paths);

private:
    /// Packs an analysis named by its file name; @p sourcePath is where it came from.
    static NewReport pack(const ReportAnalysis &analysis, const QString &sourcePath);
    static void runImport(QPromise<ImportOutcome> &promise, const QString &projectPath, const QStringList &paths, bool ocr);
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::ImportOutcome)
