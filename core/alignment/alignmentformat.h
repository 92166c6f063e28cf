#pragma once

#include "alignment/alignment.h"
#include "alignment/sectionclassification.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Dz
{

/// Renders an Alignment (and classifications) for `duizhao-cli` and exports.
class AlignmentFormat
{
    Q_DECLARE_TR_FUNCTIONS(Dz::AlignmentFormat)

public:
    static QJsonObject toJson(const Alignment &alignment);
    /// Node blocks, one line per report, readable in a terminal (CJK counted double width).
    static QString toText(const Alignment &alignment);
    /// One row per node, one column per report (RFC 4180 quoting).
    static QString toCsv(const Alignment &alignment);

    /// `part`, `items_part`, `theme`, `themes` ([{id, score}]), `confidence`, `why` of one section.
    static QJsonObject classificationToJson(const SectionClassification &classification);
    /// Adds the classification fields to each object of @p outline's "sections"
    /// (as made by OutlineFormat::toJson) and `missing_parts` to @p outline.
    static void addClassification(QJsonObject &outline, const ReportClassification &classification);
};

} // namespace Dz
