#pragma once

#include "weaknesses/weaknessclassifier.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Dz::Cli
{

/**
 * `duizhao-cli themes`: the weakness themes of single statements, each with
 * the topic and deficiency terms it was read from. Each file holds one
 * statement per line (# starts a comment); a line with tabs is a table row
 * whose first field names the statement and whose last field is its text.
 * Returns the exit code: 0, or 1 when a file cannot be read (named on @p err).
 */
int runThemes(const QStringList &files, const WeaknessClassifier &classifier, const QString &format, QTextStream &out, QTextStream &err);

} // namespace Dz::Cli
