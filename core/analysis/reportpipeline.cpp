#include "analysis/reportpipeline.h"

#include "analysis/analysisengines.h"
#include "base/widthfolding.h"
#include "identity/metadataextractor.h"
#include "outline/outlineparser.h"
#include "reading/documentreader.h"
#include "reading/furnituredetector.h"
#include "reading/pdfocr.h"
#include "reading/readlimits.h"
#include "reading/reportreader.h"
#include "reading/zipreports.h"

#include <algorithm>
#include <new>

using namespace Qt::StringLiterals;

namespace Dz
{

ReportPipeline::ReportPipeline()
    : ReportPipeline(AnalysisEngines::required())
{
}

ReportPipeline::ReportPipeline(const AnalysisEngines &engines)
    : m_engines(&engines)
{
}

Result<SourceDocument> ReportPipeline::readSource(const QString &path, const PipelineOptions &options)
{
    const auto keepGoing = [&options](int, int) {
        return !options.canceled || !options.canceled();
    };
    // A report inside a zip (ZipReports::entryPath()) is read from memory.
    if (ZipReports::splitEntryPath(path)) {
        const auto bytes = ZipReports::readEntryPath(path);
        if (!bytes)
            return Failure(bytes.error());
        auto document = DocumentReader::readBytes(bytes.value(), path);
        if (!document && options.ocr && PdfOcr::isScan(bytes.value()))
            document = PdfOcr::read(bytes.value(), path, keepGoing);
        return document;
    }
    auto document = DocumentReader::readFile(path);
    if (!document && options.ocr && PdfOcr::isScanFile(path))
        document = PdfOcr::readFile(path, keepGoing);
    return document;
}

bool ReportPipeline::isScan(const QString &path)
{
    if (ZipReports::splitEntryPath(path)) {
        const auto bytes = ZipReports::readEntryPath(path);
        return bytes && PdfOcr::isScan(bytes.value());
    }
    return PdfOcr::isScanFile(path);
}

Report ReportPipeline::readText(const QString &text, const QString &name, const QString &encoding)
{
    Report report;
    report.filePath = name;
    report.text = ReportReader::normalizeLineEnds(text);
    report.encoding = encoding;
    // Fold once; every matcher reads the same folded, furniture-free copy.
    const QString folded = foldWidth(report.text);
    const FurnitureScan furniture = FurnitureDetector::scan(folded);
    report.matchText = FurnitureDetector::masked(folded, furniture.blocks);
    Outline outline = OutlineParser::parse(report.text, report.matchText);
    report.metadata = MetadataExtractor::extract(report.text, report.matchText, outline, furniture);
    report.blocks = std::move(outline.blocks);
    report.blocks += furniture.blocks;
    std::sort(report.blocks.begin(), report.blocks.end(), [](const Block &a, const Block &b) {
        return a.span.start < b.span.start;
    });
    report.sections = std::move(outline.sections);
    return report;
}

Report ReportPipeline::readDocument(const SourceDocument &document, const QString &name)
{
    Report report = readText(document.text, name, document.encoding);
    report.format = document.format;
    report.address = document.address;
    return report;
}

Result<Report> ReportPipeline::readFile(const QString &path)
{
    auto document = DocumentReader::readFile(path);
    if (!document)
        return Failure(document.error());
    return readDocument(document.value(), path);
}

ReportAnalysis ReportPipeline::analyse(Report report, const QJsonObject &identity) const
{
    ReportAnalysis analysis;
    analysis.report = std::move(report);
    analysis.classification = m_engines->classifier.classify(analysis.report);
    analysis.indicators = m_engines->indicators.extract(analysis.report, analysis.classification);
    analysis.weaknesses = m_engines->weaknesses.extract(analysis.report, analysis.classification);
    analysis.applyIdentity(identity);
    return analysis;
}

ReportAnalysis ReportPipeline::analyseText(const QString &text, const QString &name, const QString &encoding, const QJsonObject &identity) const
{
    return analyse(readText(text, name, encoding), identity);
}

ReportAnalysis ReportPipeline::analyseDocument(const SourceDocument &document, const QString &name, const QJsonObject &identity) const
{
    return analyse(readDocument(document, name), identity);
}

Result<FileAnalysis> ReportPipeline::analyseFile(const QString &path, const PipelineOptions &options) const
{
    // The readers bound what a file may become; memory that runs out all
    // the same (in the analysis, say) costs this file, not the process.
    try {
        auto document = readSource(path, options);
        if (!document)
            return Failure(document.error());
        FileAnalysis file;
        file.analysis = analyseDocument(document.value(), options.name.isEmpty() ? path : options.name, options.identity);
        file.document = std::move(document).value();
        return file;
    } catch (const std::bad_alloc &) {
        return Result<FileAnalysis>::failure(ReadLimits::outOfMemory(path));
    }
}

} // namespace Dz
