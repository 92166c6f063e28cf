#pragma once

#include "analysis/comparison.h"

#include <QString>
#include <QTextStream>

namespace Dz::Cli
{

/// `duizhao-cli audit`: runs every Audit check on the reports of
/// @p comparison (CliInputs::comparison(): a project's stored analyses with
/// the analyst's alignment corrections, files analysed now) and prints them
/// as @p format (json, text or csv) on @p out (the CLI's standard output,
/// terminal-safe for text); returns @p exitCode (set by the caller when some
/// files could not be read).
int runAudit(const Comparison &comparison, const QString &format, int exitCode, QTextStream &out);

} // namespace Dz::Cli
