#pragma once

#include "base/textspan.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dz
{

enum class WeaknessKind {
    Shortcoming, ///< what the report admits: 执法人员与监管对象配比仍然失衡
    Cause, ///< why, in its own words: 缺乏法律方面的专业人才 (after 原因在于)
};

/// One weakness a report admits, with where it stands and what it is about.
struct WeaknessItem {
    QString text; ///< the item as written: its headline, list element or sentence
    WeaknessKind kind = WeaknessKind::Shortcoming;
    TextSpan span; ///< the item with its explanation, where it has one
    TextSpan headlineSpan; ///< the part @c text was taken from
    int section = -1; ///< index into Report::sections
    QString theme; ///< W01 …; empty when no theme is clear
    double confidence = 0;
    QStringList cues; ///< the terms that decided the theme
};

/// The weaknesses of one report.
struct ReportWeaknesses {
    QString filePath;
    QString district;
    int year = 0;
    /// The report has no shortcomings part at all: a finding in itself.
    bool missing = false;
    QList<WeaknessItem> items; ///< in text order
};

QString weaknessKindName(WeaknessKind kind);

} // namespace Dz

Q_DECLARE_METATYPE(Dz::ReportWeaknesses)
