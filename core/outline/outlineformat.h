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
    /// Each identity field with where it came from: the "metadata" of toJson(),
    /// and what a project stores and lists a report by.
    static QJsonObject metadataToJson(const ReportMetadata &metadata);
    /// The inverse of metadataToJson().
    static ReportMetadata metadataFromJson(const QJsonObject &json);
    static QJsonObject errorToJson(const QString &file, const QString &message);
    /// An indented outline a person can read in a terminal.
    static QString toText(const Report &report);

    static QString blockKindName(BlockKind kind);
};

} // namespace Dz
