#include "identity/gazetteer.h"

#include "base/jsonvalidator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGazetteer, "dz.core.identity", QtWarningMsg)

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

    QHash<QString, int> byCode;
    QList<QString> parents;
    auto readUnits = [&](const QJsonArray &units, const QString &key) -> QString {
        for (const QJsonValue &value : units) {
            const QJsonArray row = value.toArray();
            Division d;
            d.code = row.at(0).toString();
            d.name = row.at(1).toString();
            for (const QJsonValue &s : row.at(2).toArray())
                d.shortForms.append(s.toString());
            d.level = levelOfCode(d.code);
            if (row.size() != 4 || d.code.isEmpty() || d.name.isEmpty() || d.level == RegionLevel::Unknown)
                return tr("%1: entry %2 of \"%3\" is not [code, name, short forms, parent]").arg(where).arg(g.m_divisions.size() + 1).arg(key);
            if (byCode.contains(d.code))
                return tr("%1: the code %2 occurs twice").arg(where, d.code);
            byCode.insert(d.code, int(g.m_divisions.size()));
            parents.append(row.at(3).toString());
            g.m_divisions.append(d);
        }
        return {};
    };
    QString problem = readUnits(root.value(u"units").toArray(), u"units"_s);
    if (problem.isEmpty())
        problem = readUnits(root.value(u"zones").toArray(), u"zones"_s);
    if (!problem.isEmpty())
        return R::failure(problem);
    if (g.m_divisions.isEmpty())
        return R::failure(tr("%1: no \"units\"").arg(where));
    for (int i = 0; i < g.m_divisions.size(); ++i) {
        const QString &parent = parents.at(i);
        if (parent.isEmpty())
            continue;
        const int p = byCode.value(parent, -1);
        if (p < 0)
            return R::failure(tr("%1: %2 names the parent %3, which is not listed").arg(where, g.m_divisions.at(i).name, parent));
        g.m_divisions[i].parent = p;
    }
    g.m_zonePatterns = v.strings(root, u"zonePatterns"_s, where);

    Internal::JsonValidator av;
    const QJsonObject agencyRoot = av.readRoot(agencies, u"duizhao-agencies");
    if (!av.ok())
        return R::failure(tr("agencies.json: %1").arg(av.problem));
    for (const QJsonValue &value : agencyRoot.value(u"agencies").toArray()) {
        const QJsonObject o = value.toObject();
        Agency a;
        a.full = o.value(u"full").toString();
        if (a.full.isEmpty())
            return R::failure(tr("agencies.json: an agency without \"full\""));
        a.forms.append(a.full);
        for (const QJsonValue &s : o.value(u"short").toArray())
            a.forms.append(s.toString());
        a.label = o.value(u"label").toString(a.full);
        g.m_agencies.append(a);
    }
    return g;
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

int Gazetteer::indexOfCode(QStringView code) const
{
    for (int i = 0; i < m_divisions.size(); ++i) {
        if (m_divisions.at(i).code == code)
            return i;
    }
    return -1;
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
