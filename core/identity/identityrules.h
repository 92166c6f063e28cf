#pragma once

#include "base/textspan.h"
#include "identity/gazetteer.h"
#include "identity/identityscanner.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Dz
{

namespace Internal
{

// The rules the steps of MetadataExtraction apply to single mentions,
// spans and gazetteer units: each a pure function, testable on its own.

/// "province", "prefecture", "county", "zone", "township"; empty for Unknown.
QString levelName(RegionLevel level);

/// 1 for a province down to 4 for a township (a zone counts as a county).
int depthOf(RegionLevel level);

/// Whether @p m names a body: 政府 inside 法治政府 or 政府职能 names none.
bool isBodyMention(QStringView folded, const IdentityMention &m, const Gazetteer &g);

/// How far before its agency an issuer's name may start: a year (2024年，),
/// 关于, the listed places (河北省秦皇岛市) and the unlisted name.
constexpr qsizetype MaxIssuerLead = 40;

/// A body named by a place the gazetteer does not list (a made-up or a new
/// district: 某某区卫生健康局).
struct UnknownPlaceBody {
    TextSpan span; ///< the body as written, from its first place to the agency's end
    TextSpan nameSpan; ///< the name that is not in the gazetteer, level word included
    const IdentityMention *agency = nullptr;
};

/// The first body of an unlisted place among @p here (the mentions of one
/// zone, in order): the name, ending in the level word the scanner read as
/// a body named by level alone (区卫生健康局), written where a title, a
/// 发布机构 field, a signature or a preamble's opening (2024年，…) names the
/// issuer, after nothing but the places the gazetteer does list. @p source
/// is the text the zone's spans point into less @p offset; @p preamble
/// says the name must follow a year (2024年，).
std::optional<UnknownPlaceBody> unknownPlaceBody(
    QStringView source, qsizetype offset, TextSpan zone, bool preamble, const QList<const IdentityMention *> &here);

/// The first reporting year in @p span: 2024年 or 2024年度, never the year of
/// a full date (2021年5月8日) or of a range's end (2021-2025年).
std::optional<TextSpan> firstYear(QStringView folded, TextSpan span);

/// A name shared by a unit and its own child (嘉峪关市 the prefecture and
/// the county of the same name, 中山市, 东莞市): the outer unit, the one the
/// name means. Candidates that are not all kin stay as they are.
QList<int> outermostOfKin(const QList<int> &candidates, const Gazetteer &g);

/// 2024 or 二〇二四 → "2024".
QString yearValue(QStringView written);

/// Whether the gazetteer's @p unit is of the level a body's level word
/// names (市 a prefecture or county-level city, 街 a 街道, …).
bool levelFits(const Gazetteer &g, int unit, QChar level);

} // namespace Internal

} // namespace Dz
