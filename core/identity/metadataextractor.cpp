#include "identity/metadataextractor.h"

#include "base/datereader.h"
#include "identity/identityscanner.h"
#include "identity/metadata_debug.h"
#include "identity/metadataextraction.h"

namespace Dz
{

std::optional<std::pair<QDate, TextSpan>> MetadataExtractor::readDate(QStringView text)
{
    const auto date = DateReader::find(text, DateReader::Precision::Day);
    if (!date)
        return std::nullopt;
    return std::pair {date->date(), date->span};
}

ReportMetadata MetadataExtractor::extract(const QString &text, const QString &folded, const Outline &outline, const FurnitureScan &furniture)
{
    if (IdentityScanner::builtIn().gazetteer().divisions().isEmpty())
        qCWarning(lcMetadata) << "no gazetteer: regions cannot be read";
    // The steps, in order, are listed in MetadataExtraction::run().
    Internal::MetadataExtraction extraction(text, folded, outline, furniture);
    return extraction.run();
}

} // namespace Dz
