#pragma once

#include "outline/outlineparser.h"
#include "reading/furnituredetector.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Dz
{

/**
 * Reads who wrote a report and for which year: the region (from the
 * gazetteer, with its level and parent chain), the issuing body, the year
 * reported on, and the publish and sign dates, each with the span it came
 * from and why.
 *
 * Sources in order of trust: the title, a 发布机构/来源/发文单位 field, the
 * preamble, the signature, the first heading (for the year), the 《…》 titles
 * the report cites, and only then running text, where a place counts only
 * when the gazetteer lists it and an agency follows it. Names come from one
 * pass of IdentityScanner, so the time is linear in the text.
 */
class MetadataExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Dz::MetadataExtractor)

public:
    /// @p matchText is @p text folded and with furniture blanked (Report::matchText).
    static ReportMetadata extract(const QString &text, const QString &matchText, const Outline &outline, const FurnitureScan &furniture);

    /// A date written in @p text (2025年2月19日, 2025-02-19, 二〇二五年二月十九日):
    /// the date and the span of its text within @p text. The one place dates
    /// are read here, so a shared date reader can replace it.
    static std::optional<std::pair<QDate, TextSpan>> readDate(QStringView text);
};

} // namespace Dz
