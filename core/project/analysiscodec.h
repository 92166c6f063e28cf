#pragma once

#include "analysis/reportanalysis.h"

#include <QJsonObject>

namespace Dz
{

/**
 * How a project stores each part of a ReportAnalysis: lossless JSON (exact
 * decimals, every span and index), read back into the same value. The
 * CLI's formats (OutlineFormat, IndicatorFormat …) are for people and
 * other programs and drop what a reader does not need; these keep it all.
 *
 * Objects are positional ({"v": version, "d": [...]}) to stay small; a
 * reader refuses an object of another version or shape (returns false), and
 * the caller analyses the report again.
 */
namespace AnalysisCodec
{

/// Bump when the shape of any encoded part changes.
constexpr int Version = 4; // 2: the identity of a report (region, level, agency, signing date); 3: parent body, issuer chain, inferred; 4: a section's why is
                           // written when shown, not stored

/// The outline of @p report: metadata, blocks and sections (not the text).
QJsonObject encodeOutline(const Report &report);
/// Reads what encodeOutline() wrote into @p report, whose text is set.
bool decodeOutline(const QJsonObject &json, Report &report);

QJsonObject encodeClassification(const ReportClassification &classification);
bool decodeClassification(const QJsonObject &json, ReportClassification &classification);

QJsonObject encodeIndicators(const ReportIndicators &indicators);
bool decodeIndicators(const QJsonObject &json, ReportIndicators &indicators);

QJsonObject encodeWeaknesses(const ReportWeaknesses &weaknesses);
bool decodeWeaknesses(const QJsonObject &json, ReportWeaknesses &weaknesses);

} // namespace AnalysisCodec

} // namespace Dz
