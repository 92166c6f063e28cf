#pragma once

#include "reading/report.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Dz
{

/// Renders reports and their outlines for `duizhao-cli outline` and golden files.
class OutlineFormat
{
    Q_DECLARE_TR_FUNCTIONS(Dz::OutlineFormat)

public:
    static QJsonObject toJson(const Report &report);
    static QJsonObject errorToJson(const QString &file, const QString &message);
    /// An indented outline a person can read in a terminal.
    static QString toText(const Report &report);

    static QString blockKindName(BlockKind kind);
};

} // namespace Dz
