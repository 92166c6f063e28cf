#include "identity/gazetteer.h"

#include "base/jsonvalidator.h"
#include "identity/gazetteer_debug.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

RegionLevel levelOfCode(QStringView code)
{
    if (code.startsWith(u'z'))
        return RegionLevel::Zone;
    switch (code.size()) {
    case 2:
        return RegionLevel::Province;
    case 4:
        return RegionLevel::Prefecture;
    case 6:
        return RegionLevel::County;
    case 9:
        return RegionLevel::Township;
    default:
        return RegionLevel::Unknown;
    }
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGazetteer) << "cannot open" << path;
        return {};
    }
    return file.readAll();
}

} // namespace

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer gazetteer = [] {
        const QString divisions = u":/duizhao/identity/divisions.json"_s;
        auto loaded = fromJson(readResource(divisions), readResource(u":/duizhao/reading/agencies.json"_s), divisions);
        if (!loaded) {
            qCWarning(lcGazetteer) << loaded.error();
            return Gazetteer();
        }
        return std::move(loaded).value();
    }();
    return gazetteer;
}

Result<Gazetteer> Gazetteer::fromJson(const QByteArray &divisions, const QByteArray &agencies, const QString &where)
{
    using R = Result<Gazetteer>;
    Gazetteer g;
    Internal::JsonValidator v;
    const QJsonObject root = v.readRoot(divisions, u"duizhao-divisions");
    if (!v.ok())
        return R::failure(tr("%1: %2").arg(where, v.problem));
    g.m_datasetVersion = root.value(u"dataset").toObject().value(u"version").toString();
    g.m_datasetRelease = root.value(u"dataset").toObject().value(u"data").toString();

    // Each unit's parent code, by index, linked once every unit is read.
    QStringList parents;
    QString problem = g.readDivisions(root.value(u"units").toArray(), u"units"_s, where, parents);
    if (problem.isEmpty())
        problem = g.readDivisions(root.value(u"zones").toArray(), u"zones"_s, where, parents);
    if (!problem.isEmpty())
        return R::failure(problem);
    if (g.m_divisions.isEmpty())
        return R::failure(tr("%1: no \"units\"").arg(where));
    problem = g.readTownships(root.value(u"townships").toArray(), where, parents);
    if (problem.isEmpty())
        problem = g.linkParents(parents, where);
    if (!problem.isEmpty())
        return R::failure(problem);
    g.indexNames();
    g.m_zonePatterns = v.strings(root, u"zonePatterns"_s, where);

    Internal::JsonValidator av;
    const QJsonObject agencyRoot = av.readRoot(agencies, u"duizhao-agencies");
    if (!av.ok())
        return R::failure(tr("agencies.json: %1").arg(av.problem));
    QHash<QString, int> agencyByFull;
    problem = g.readAgencies(agencyRoot, agencyByFull);
    if (!problem.isEmpty())
        return R::failure(problem);
    g.m_notInUnitNames = av.strings(agencyRoot, u"notInUnitNames"_s, u"agencies.json"_s);
    if (!av.ok())
        return R::failure(av.problem);
    problem = g.readUnitKinds(agencyRoot, agencyByFull);
    if (!problem.isEmpty())
        return R::failure(problem);
    return g;
}

QString Gazetteer::readDivisions(const QJsonArray &units, const QString &key, const QString &where, QStringList &parents)
{
    for (const QJsonValue &value : units) {
        const QJsonArray row = value.toArray();
        Division d;
        d.code = row.at(0).toString();
        d.name = row.at(1).toString();
        for (const QJsonValue &s : row.at(2).toArray())
            d.shortForms.append(s.toString());
        d.level = levelOfCode(d.code);
        if (row.size() != 4 || d.code.isEmpty() || d.name.isEmpty() || d.level == RegionLevel::Unknown)
            return tr("%1: entry %2 of \"%3\" is not [code, name, short forms, parent]").arg(where).arg(m_divisions.size() + 1).arg(key);
        if (m_byCode.contains(d.code))
            return tr("%1: the code %2 occurs twice").arg(where, d.code);
        m_byCode.insert(d.code, int(m_divisions.size()));
        parents.append(row.at(3).toString());
        m_divisions.append(d);
    }
    return {};
}

QString Gazetteer::readTownships(const QJsonArray &townships, const QString &where, QStringList &parents)
{
    // Townships, compactly: [county code, "NNN名称", …]; the code is the county's and NNN.
    for (const QJsonValue &value : townships) {
        const QJsonArray row = value.toArray();
        const QString county = row.at(0).toString();
        if (county.size() != 6 || !m_byCode.contains(county))
            return tr("%1: townships listed under %2, which is not a county").arg(where, county.isEmpty() ? u"?"_s : county);
        for (qsizetype i = 1; i < row.size(); ++i) {
            const QString entry = row.at(i).toString();
            if (entry.size() < 5 || !entry.at(0).isDigit() || !entry.at(1).isDigit() || !entry.at(2).isDigit())
                return tr("%1: township entry %2 of %3 is not \"NNN名称\"").arg(where).arg(i).arg(county);
            Division d;
            d.code = county + entry.left(3);
            d.name = entry.mid(3);
            d.level = RegionLevel::Township;
            if (m_byCode.contains(d.code))
                return tr("%1: the code %2 occurs twice").arg(where, d.code);
            m_byCode.insert(d.code, int(m_divisions.size()));
            parents.append(county);
            m_divisions.append(d);
        }
    }
    return {};
}

QString Gazetteer::linkParents(const QStringList &parents, const QString &where)
{
    for (int i = 0; i < m_divisions.size(); ++i) {
        const QString &parent = parents.at(i);
        if (parent.isEmpty())
            continue;
        const int p = m_byCode.value(parent, -1);
        if (p < 0)
            return tr("%1: %2 names the parent %3, which is not listed").arg(where, m_divisions.at(i).name, parent);
        m_divisions[i].parent = p;
    }
    return {};
}

void Gazetteer::indexNames()
{
    for (int i = 0; i < m_divisions.size(); ++i) {
        const Division &d = m_divisions.at(i);
        m_byName[d.name].append(i);
        for (const QString &s : d.shortForms)
            m_byName[s].append(i);
    }
}

QString Gazetteer::readAgencies(const QJsonObject &root, QHash<QString, int> &agencyByFull)
{
    QStringList parentNames;
    for (const QJsonValue &value : root.value(u"agencies").toArray()) {
        const QJsonObject o = value.toObject();
        Agency a;
        a.full = o.value(u"full").toString();
        if (a.full.isEmpty())
            return tr("agencies.json: an agency without \"full\"");
        if (agencyByFull.contains(a.full))
            return tr("agencies.json: %1 is listed twice").arg(a.full);
        a.forms.append(a.full);
        for (const QJsonValue &s : o.value(u"short").toArray())
            a.forms.append(s.toString());
        for (const QJsonValue &s : o.value(u"endForms").toArray()) {
            if (!a.forms.contains(s.toString()))
                return tr("agencies.json: %1's end form %2 is not one of its forms").arg(a.full, s.toString());
            a.endForms.append(s.toString());
        }
        a.label = o.value(u"label").toString(a.full);
        agencyByFull.insert(a.full, int(m_agencies.size()));
        parentNames.append(o.value(u"parent").toString());
        m_agencies.append(a);
    }
    for (int i = 0; i < m_agencies.size(); ++i) {
        if (parentNames.at(i).isEmpty())
            continue;
        m_agencies[i].parent = agencyByFull.value(parentNames.at(i), -1);
        if (m_agencies.at(i).parent < 0)
            return tr("agencies.json: %1 names the parent %2, which is not listed").arg(m_agencies.at(i).full, parentNames.at(i));
    }
    return {};
}

QString Gazetteer::readUnitKinds(const QJsonObject &root, const QHash<QString, int> &agencyByFull)
{
    for (const QJsonValue &value : root.value(u"units").toArray()) {
        const QJsonObject o = value.toObject();
        UnitKind u;
        u.suffix = o.value(u"suffix").toString();
        if (u.suffix.isEmpty())
            return tr("agencies.json: a unit without \"suffix\"");
        const QJsonObject branches = o.value(u"branches").toObject();
        for (auto it = branches.begin(); it != branches.end(); ++it) {
            const int branch = agencyByFull.value(it.value().toString(), -1);
            if (branch < 0 || !agencyByFull.contains(it.key()))
                return tr("agencies.json: the unit %1 names %2 → %3, which are not both listed").arg(u.suffix, it.key(), it.value().toString());
            u.branchOf.insert(it.key(), branch);
        }
        if (o.contains(u"agency")) {
            u.agency = agencyByFull.value(o.value(u"agency").toString(), -1);
            if (u.agency < 0)
                return tr("agencies.json: the unit %1 names the agency %2, which is not listed").arg(u.suffix, o.value(u"agency").toString());
        }
        m_units.append(u);
    }
    return {};
}

QList<int> Gazetteer::chain(int division) const
{
    QList<int> result;
    for (int d = division; d >= 0 && result.size() < 8; d = m_divisions.at(d).parent)
        result.prepend(d);
    return result;
}

bool Gazetteer::contains(int ancestor, int division) const
{
    for (int d = division, guard = 0; d >= 0 && guard < 8; d = m_divisions.at(d).parent, ++guard) {
        if (d == ancestor)
            return true;
    }
    return false;
}

int Gazetteer::indexOfCode(const QString &code) const
{
    return m_byCode.value(code, -1);
}

QList<int> Gazetteer::unitsNamed(const QString &name) const
{
    return m_byName.value(name);
}

int Gazetteer::resolve(const QString &written, int near) const
{
    const QString name = written.trimmed();
    if (name.isEmpty())
        return -1;
    // Read from the end: the last name that is a unit, then the ones before
    // it, which must be its ancestors (苏州市姑苏区平江街道, 姑苏平江街道).
    QList<int> best;
    for (qsizetype start = 0; start < name.size() && best.isEmpty(); ++start) {
        const QList<int> found = unitsNamed(name.mid(start));
        if (found.isEmpty())
            continue;
        const QString before = name.left(start);
        for (const int f : found) {
            bool fits = true;
            // Each earlier name must be an ancestor; read them longest first from the start.
            qsizetype at = 0;
            while (fits && at < before.size()) {
                qsizetype length = before.size() - at;
                for (; length > 0; --length) {
                    const QList<int> ancestors = unitsNamed(before.mid(at, length));
                    if (std::any_of(ancestors.cbegin(), ancestors.cend(), [&](int a) {
                            return a != f && contains(a, f);
                        }))
                        break;
                }
                if (length == 0)
                    fits = false;
                at += length;
            }
            if (fits)
                best.append(f);
        }
    }
    if (best.size() > 1 && near >= 0) {
        // The report's own place (or one of its kin) decides: 城关镇 of the county found.
        QList<int> kin;
        for (const int b : std::as_const(best)) {
            if (b == near || contains(near, b) || contains(b, near))
                kin.append(b);
        }
        if (kin.isEmpty()) {
            for (const int b : std::as_const(best)) {
                const int parent = m_divisions.at(near).parent;
                if (parent >= 0 && contains(parent, b))
                    kin.append(b);
            }
        }
        best = kin;
    }
    return best.size() == 1 ? best.constFirst() : -1;
}

int Gazetteer::agencyOfForm(QStringView form) const
{
    for (int i = 0; i < m_agencies.size(); ++i) {
        if (m_agencies.at(i).forms.contains(form))
            return i;
    }
    return -1;
}

} // namespace Dz
