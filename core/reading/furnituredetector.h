#pragma once

#include "reading/report.h"

namespace Dz
{

/// What FurnitureDetector found: the spans to set aside and the metadata
/// the page furniture carries.
struct FurnitureScan {
    QList<Block> blocks; ///< all of kind BlockKind::Furniture, in text order
    MetadataField published; ///< from 发布时间/发布日期/成文日期
    MetadataField source; ///< from 来源/信息来源
    MetadataField issuer; ///< from 发布机构
    /// A site's banner or page header above the title (重庆市人民政府网,
    /// 重庆市人民政府 above a breadcrumb): it names the website, which is the
    /// issuer only when nothing else names one.
    MetadataField banner;
};

/**
 * Recognises conversion and web-page residue in a report: Word bookmarks
 * (`[bookmark: _GoBack]`), page headers (`来源: … 发布时间: … 字体:[ ]`),
 * breadcrumbs (`首页 > …`), 索引号/发布机构 metadata blocks (labels in
 * brackets too: `[ 发布日期 ]`), 分享/打印 links, a site's banner above the
 * title, and the publication lines after a signature (`（此件公开发布）`,
 * 抄送, `…印发`). The text itself is never changed; callers skip the spans.
 */
class FurnitureDetector
{
public:
    /// @p foldedText is the report text through foldWidth().
    static FurnitureScan scan(const QString &foldedText);

    /// A copy of @p foldedText with every furniture span blanked out by
    /// spaces, same length, for parsers that should not see furniture.
    static QString masked(const QString &foldedText, const QList<Block> &furniture);
};

} // namespace Dz
