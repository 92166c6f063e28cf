#pragma once

#include "reading/report.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dz
{

/**
 * Names a section so that the name still fits after the report is read
 * again: by file name, heading title and level, and which occurrence of that
 * title it is. Section indexes change whenever the outline parser improves;
 * these do not.
 */
struct SectionRef {
    QString report; ///< file name without directory, so a moved project still matches
    QString title; ///< the heading title, white space removed
    int level = 0;
    int occurrence = 0; ///< 0 for the first section with this title and level, 1 for the next …

    static SectionRef of(const Report &report, int section);
    /// The section's index in @p report, or -1. Falls back to the title alone
    /// when the level changed (a repaired marker).
    int resolve(const Report &report) const;
    bool matchesReport(const Report &report) const;

    QJsonObject toJson() const;
    static std::optional<SectionRef> fromJson(const QJsonObject &object);

    friend bool operator==(const SectionRef &a, const SectionRef &b)
    {
        return a.report == b.report && a.title == b.title && a.level == b.level && a.occurrence == b.occurrence;
    }
};

} // namespace Dz
