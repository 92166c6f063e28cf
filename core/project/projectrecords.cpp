#include "project/projectrecords.h"

#include "identity/identityoverrides.h"
#include "outline/outlineformat.h"

namespace Dz
{

Report ReportSummary::listedReport() const
{
    Report report;
    report.filePath = fileName;
    report.encoding = encoding;
    report.metadata = OutlineFormat::metadataFromJson(metadata);
    // As a full read applies them: the analyst's region whole (a 街道 by its code), the parent body.
    IdentityOverrides::apply(report.metadata, overrides);
    return report;
}

} // namespace Dz
