#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <functional>

namespace Dz::Cli
{

/// What a command prints, in each format it prints; only the one asked for is made.
struct FormattedOutput {
    std::function<QJsonObject()> json;
    std::function<QString()> csv; ///< empty where the command prints no CSV (checked before it runs)
    std::function<QString()> text;
};

/// The one way a command's result reaches standard output: @p output as
/// @p format ("json": indented JSON, "csv", else text) on @p out, flushed.
void writeFormatted(QTextStream &out, const QString &format, const FormattedOutput &output);

} // namespace Dz::Cli
