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

/// A theme given to a statement, how strongly, and why: the topic and
/// deficiency terms the classifier read.
struct WeaknessThemeMatch {
    QString theme; ///< W03 …
    double score = 0;
    QStringList topics; ///< topic terms of the theme found (执法人员, 监管对象 …)
    QStringList deficiencies; ///< deficiency terms beside them (失衡, 不足 …)

    friend bool operator==(const WeaknessThemeMatch &a, const WeaknessThemeMatch &b)
    {
        return a.theme == b.theme && a.score == b.score && a.topics == b.topics && a.deficiencies == b.deficiencies;
    }
};

/// One weakness a report admits, with where it stands and what it is about.
struct WeaknessItem {
    QString text; ///< the item as written: its headline, list element or sentence
    WeaknessKind kind = WeaknessKind::Shortcoming;
    TextSpan span; ///< the item with its explanation, where it has one
    TextSpan headlineSpan; ///< the part @c text was taken from
    int section = -1; ///< index into Report::sections
    QString theme; ///< W01 …: the first of @c themes; empty when no theme is clear
    double confidence = 0;
    QStringList cues; ///< the terms that decided the theme: its topics, then its deficiencies
    QList<WeaknessThemeMatch> themes; ///< up to two, the strongest first

    /// The second theme, or empty.
    QString secondTheme() const
    {
        return themes.size() > 1 ? themes.at(1).theme : QString();
    }
    /// True when @p theme is one of the item's themes.
    bool hasTheme(const QString &theme) const
    {
        for (const WeaknessThemeMatch &m : themes) {
            if (m.theme == theme)
                return true;
        }
        return false;
    }
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
