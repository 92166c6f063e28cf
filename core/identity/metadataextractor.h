#pragma once

#include "outline/outlineparser.h"
#include "reading/furnituredetector.h"

#include <QCoreApplication>

namespace Dz
{

/**
 * Reads a report's district, issuer, reporting year and date from its
 * title, preamble, signature, page furniture and the 《…》 titles it cites,
 * in that order of trust. Each value keeps the span it came from.
 *
 * Agency names (卫生健康委员会 and its short forms, 应急管理局, …) come
 * from resources/reading/agencies.json.
 */
class MetadataExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Dz::MetadataExtractor)

public:
    /// @p matchText is @p text folded and with furniture blanked (Report::matchText).
    static ReportMetadata extract(const QString &text, const QString &matchText, const Outline &outline, const FurnitureScan &furniture);
};

} // namespace Dz
