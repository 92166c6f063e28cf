#pragma once

#include <QStringList>

namespace Dz
{

/// The five reports shipped with the application (Qt resource paths).
QStringList sampleReportPaths();

} // namespace Dz
