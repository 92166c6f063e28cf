#pragma once

#include "reading/report.h"

#include <QList>
#include <QString>

namespace Dz::Cli
{

/// `duizhao-cli audit`: runs every Audit check on @p reports and prints them
/// as @p format (json, text or csv); returns @p exitCode (set by the caller
/// when some files could not be read).
int runAudit(const QList<Report> &reports, const QString &format, int exitCode);

} // namespace Dz::Cli
