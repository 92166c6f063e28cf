#pragma once

#include "weaknesses/weaknesscatalog.h"
#include "weaknesses/weaknessitem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dz
{

/// Renders weakness items for `duizhao-cli weaknesses` and exports: every
/// theme with the topic and deficiency terms it was read from.
class WeaknessFormat
{
    Q_DECLARE_TR_FUNCTIONS(Dz::WeaknessFormat)

public:
    /// {"reports":[{"file","district","year","missing","items":[{"text","kind","theme","confidence","cues",
    /// "themes":[{"theme","label","score","topics","deficiencies"}],"start","end", …}]}]};
    /// labels when @p catalog is given.
    static QJsonObject toJson(const QList<ReportWeaknesses> &reports, const WeaknessCatalog *catalog = nullptr);
    static QJsonObject reportToJson(const ReportWeaknesses &report, const WeaknessCatalog *catalog = nullptr);
    /// An item a later year of a body admits again, as the CSV's recurrence columns name it.
    struct EarlierWording {
        int report = -1; ///< the later report, an index into the reports given
        int item = -1; ///< its item
        QString earlierReport; ///< the year before's report, by its label
        QString earlierFile;
        QString earlierText; ///< the year before's words for it
        double score = 0;
        QStringList signs; ///< 依然, 尚未根本解决 …
    };

    /// One row per item; a report without items gets one row saying so.
    static QString toCsv(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog);
    /// The same rows, each with six last columns (recurring, earlier_report,
    /// earlier_file, earlier_text, recurrence_score, recurrence_signs): what
    /// the year before of the same body said of an item admitted again,
    /// empty for the others. For comparisons that hold consecutive years of
    /// a body; without them the columns say nothing, so toCsv() leaves them out.
    static QString toCsv(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog, const QList<EarlierWording> &recurring);
    /// A block per report, items numbered, each theme with its name and why.
    /// @p labels, parallel to @p reports, name them as ReportLabels does (else district · year).
    static QString toText(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog, const QStringList &labels = {});
    /// Why a theme was given, in words: "主题词：执法人员、监管对象；不足词：失衡".
    static QString reason(const WeaknessThemeMatch &match);
    /// An item's themes, each with its name and why, one per line (tooltips, lists).
    static QString themesText(const WeaknessItem &item, const WeaknessCatalog &catalog, bool chinese);

private:
    static QString csv(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog, const QList<EarlierWording> *recurring);
};

} // namespace Dz
