#pragma once

#include "cliinputs.h"

#include <QString>
#include <QTextStream>

namespace Dz::Cli
{

/// What `duizhao-cli brief` was asked for.
struct BriefRequest {
    QString out; ///< the .docx to write
    QString title; ///< empty: the default title
    QString subtitle; ///< empty: the reports compared and the date
    QString grouping; ///< "theme" or "report": how the analyst's annotations are grouped
    /// An analyst's weakness themes (--catalog), read instead of the project's or the built-in ones.
    const WeaknessCatalog *themes = nullptr;
};

/// `duizhao-cli brief`: the written brief (.docx) of the reports of
/// @p inputs, as File → Export Brief… writes it in the workbench: the same
/// comparison (the analyst's corrections, values and annotations of a
/// project; the weakness themes of --catalog), the Audit of it, and charts drawn by ChartExporter. Says what
/// was written, or why not, on @p err; returns 0, or 1 when some files
/// could not be read or nothing could be written.
int runBrief(const CliInputs &inputs, const BriefRequest &request, QTextStream &err);

} // namespace Dz::Cli
