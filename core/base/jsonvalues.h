#pragma once

#include <QJsonValue>
#include <QString>

namespace Dz::Internal
{

/// A string for JSON output, or null where there is none: consumers of the
/// CLI's JSON tell "not found" from an empty value that way.
inline QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace Dz::Internal
