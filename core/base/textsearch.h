#pragma once

#include "base/textspan.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace Dz
{

/**
 * Where each of @p needles stands in @p text, every occurrence (overlapping
 * ones too), sorted by start, then end. Looked for in the whole text at once:
 * a caller then cuts out only the few lines or sentences that hold one,
 * instead of testing every piece against every needle. One walk over the
 * text finds them all, however many needles. Empty needles stand nowhere.
 */
QList<TextSpan> occurrencesOf(QStringView text, const QStringList &needles);

/// Where the first of @p needles in @p text stands, the longest where several
/// start there; an invalid span when none does (or all are empty).
TextSpan firstOccurrenceOf(QStringView text, const QStringList &needles);

} // namespace Dz
