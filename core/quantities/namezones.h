#pragma once

#include <QList>
#include <QStringView>

namespace Dz
{

namespace Internal
{

/// A stretch of text whose numbers are names, never quantities.
struct NameZone {
    qsizetype start;
    qsizetype end;
};

/// Quoted names (“663”行动计划), book titles (《…(2020-2025年)》) and the
/// year brackets of document numbers (〔2020〕255号) in @p text (folded),
/// in text order.
QList<NameZone> nameZones(QStringView text);

} // namespace Internal

} // namespace Dz
