#pragma once

#include "analysis/reportanalysis.h"
#include "base/result.h"
#include "reading/report.h"
#include "reading/sourcedocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Dz
{

struct AnalysisEngines;

/// How a file goes through the pipeline.
struct PipelineOptions {
    /// The report's name (a project names reports by their file name); the
    /// path when empty.
    QString name;
    /// Read a PDF without a text layer (a scan) by OCR instead of refusing it.
    bool ocr = false;
    /// The analyst's identity values ({"district": "滨海", "year": "2024"})
    /// put over what the identity stage found.
    QJsonObject identity;
    /// Asked during long steps (OCR); true stops the file with a failure.
    std::function<bool()> canceled;
};

/// A file that went through the whole pipeline: the document as read (its
/// bytes and MIME type, which a project keeps) and its analysis.
struct FileAnalysis {
    SourceDocument document;
    ReportAnalysis analysis;
};

/**
 * The one way from a file, a document or a text to a ReportAnalysis.
 *
 * The stages, in order, each in the folder that names it:
 *
 *   reading     a file's bytes → text (DocumentReader picks the format by
 *               content; OCR for scans on request), page furniture set aside
 *   outline     headings, blocks (title, preamble, signature)
 *   identity    who wrote it, for which year, dates
 *   alignment   each section's part and theme (the scheme)
 *   indicators  figures such as 处罚案件 with their evidence
 *   weaknesses  the shortcomings admitted, with themes
 *
 * The first three make a Report (read*()); the last three an analysis of it
 * (analyse()). The analyst's identity values go on last, so they win over
 * what was found and name the report in its indicators and weaknesses.
 *
 * The CLI, the project's importer and the project's reading back all come
 * through here; a stored report that is current is decoded instead
 * (ProjectAnalysis), and one that is not comes back through analyseText().
 * Pure and reentrant: runs on any thread.
 */
class ReportPipeline
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ReportPipeline)

public:
    /// With the built-in engines (scheme, indicator catalog, weakness themes).
    ReportPipeline();
    explicit ReportPipeline(const AnalysisEngines &engines);

    /// Reads @p path (any format read by content; a scan by OCR when
    /// @p options say so) and analyses it. Memory running out while it is
    /// read or analysed refuses this file only (ReadLimits::outOfMemory).
    Result<FileAnalysis> analyseFile(const QString &path, const PipelineOptions &options = {}) const;
    /// Analyses a document already read (a paste, a web page); @p name is the report's name.
    ReportAnalysis analyseDocument(const SourceDocument &document, const QString &name, const QJsonObject &identity = {}) const;
    /// Analyses text already decoded (a stored report's text).
    ReportAnalysis analyseText(const QString &text, const QString &name, const QString &encoding, const QJsonObject &identity = {}) const;
    /// The analysis stages alone, over a report already read.
    ReportAnalysis analyse(Report report, const QJsonObject &identity = {}) const;

    const AnalysisEngines &engines() const
    {
        return *m_engines;
    }

    /// The reading stages alone (reading, outline, identity), for what needs
    /// no classification: a file …
    static Result<Report> readFile(const QString &path);
    /// … a document already read …
    static Report readDocument(const SourceDocument &document, const QString &name);
    /// … or a decoded text; @p name is kept as the report's name.
    static Report readText(const QString &text, const QString &name, const QString &encoding = QStringLiteral("UTF-8"));

    /// The file's document: DocumentReader's, or OCR's for a scan when
    /// @p options ask for it.
    static Result<SourceDocument> readSource(const QString &path, const PipelineOptions &options = {});
    /// True when @p path was refused as a scan that OCR could read.
    static bool isScan(const QString &path);

private:
    const AnalysisEngines *m_engines;
};

} // namespace Dz
