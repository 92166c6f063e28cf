#include "project/projectrecords.h"

#include "outline/outlineformat.h"

namespace Dz
{

Report ReportSummary::listedReport() const
{
    Report report;
    report.filePath = fileName;
    report.encoding = encoding;
    report.metadata = OutlineFormat::metadataFromJson(metadata);
    report.metadata.applyOverrides(overrides);
    return report;
}

} // namespace Dz
