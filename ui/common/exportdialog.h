#pragma once

#include "base/result.h"

#include <QString>

#include <functional>

class QWidget;

namespace Dz
{

/// What an export writes: the file at @p path, or a message naming it.
using ExportWriter = std::function<Result<qint64>(const QString &path)>;

/// Asks where to export (@p title, @p defaultName, @p filter as for
/// QFileDialog), writes there with @p write, and shows its error if any.
void exportWithDialog(QWidget *parent, const QString &title, const QString &defaultName, const QString &filter, const ExportWriter &write);

} // namespace Dz
