#include "reading/reportloader.h"

#include "base/widthfolding.h"
#include "identity/metadataextractor.h"
#include "outline/outlineparser.h"
#include "reading/documentreader.h"
#include "reading/furnituredetector.h"
#include "reading/reportreader.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Dz
{

Report ReportLoader::fromText(const QString &text, const QString &filePath, const QString &encoding)
{
    Report report;
    report.filePath = filePath;
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

Report ReportLoader::fromDocument(const SourceDocument &document, const QString &filePath)
{
    Report report = fromText(document.text, filePath, document.encoding);
    report.format = document.format;
    report.address = document.address;
    return report;
}

Result<Report> ReportLoader::load(const QString &path)
{
    auto document = DocumentReader::readFile(path);
    if (!document)
        return Result<Report>::failure(document.error());
    return fromDocument(document.value(), path);
}

QStringList sampleReportPaths()
{
    const QDir dir(u":/duizhao/samples"_s);
    QStringList paths;
    const QStringList names = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace Dz
