#pragma once

#include "alignment/sectionclassification.h"
#include "indicators/indicatorvalue.h"
#include "reading/report.h"
#include "weaknesses/weaknessitem.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>

namespace Dz
{

/**
 * Everything Duizhao derives from one report: the report as read (outline,
 * blocks, metadata), the classification of its sections, its indicators and
 * its weakness items, with the version of each engine that made them.
 *
 * This is the value every view, the CLI and every export read. It is made by
 * ReportPipeline once per report and engine version, stored in the project
 * (ProjectAnalysis) and read back from there; nothing else parses or
 * classifies a report.
 */
struct ReportAnalysis {
    Report report;
    ReportClassification classification;
    ReportIndicators indicators;
    ReportWeaknesses weaknesses;
    /// Kind ("outline", "classification" …) → the engine version that made it.
    QMap<QString, QString> engineVersions;

    bool isValid() const
    {
        return !report.text.isEmpty();
    }

    /// Puts the analyst's identity values (metadata overrides: {"district":
    /// "滨海", "year": "2024"}) over what was found, here and in the
    /// indicators and weaknesses that name the report.
    void applyIdentity(const QJsonObject &overrides);
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::ReportAnalysis)
