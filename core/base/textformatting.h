#pragma once

#include <QString>

namespace Dz::Internal
{

/// Confidences and scores in output: three decimals are enough to read and diff.
double rounded(double value);

/// Terminal columns a string takes: East Asian wide characters take two.
int displayWidth(QStringView text);

/// @p text padded with spaces to @p width terminal columns.
QString padded(const QString &text, int width);

/// How a report is named to the analyst: "滨海 · 2024", the district alone,
/// or the file name when the district is not known.
QString reportLabel(const QString &district, int year, const QString &filePath);

/// One CSV field, quoted as RFC 4180 asks when it holds a comma, quote or
/// line break; one that a spreadsheet would take for a formula (starting
/// with = + - @, tab or CR) is prefixed with an apostrophe (OWASP). Every CSV
/// writer, CLI and workbench, goes through here.
QString csvField(const QString &text);

} // namespace Dz::Internal
