#include "analysis/reportlabels.h"

#include "base/textformatting.h"
#include "identity/gazetteer.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// The deepest unit's full name (秦皇岛市, 广东省, 滨海新区) from the region chain.
QString placeName(const ReportMetadata &m)
{
    return m.regionChain.isEmpty() ? m.district.value : m.regionChain.constLast();
}

QString parentShortName(const ReportMetadata &m)
{
    if (m.regionChain.size() < 2)
        return {};
    const Gazetteer &g = Gazetteer::builtIn();
    // By code when the region is settled, else by name (a shared name left open).
    const int unit = m.regionCode.isEmpty() ? -1 : g.indexOfCode(m.regionCode);
    if (unit >= 0 && g.divisions().at(unit).parent >= 0)
        return g.divisions().at(g.divisions().at(unit).parent).shortName();
    const QString parent = m.regionChain.at(m.regionChain.size() - 2);
    const QList<int> named = g.unitsNamed(parent);
    for (const int d : named) {
        if (g.divisions().at(d).name == parent)
            return g.divisions().at(d).shortName();
    }
    return parent;
}

// A report whose body is unknown is named by its title (never its file
// name, which says nothing to an analyst), cut to a label's length; the
// file name only when it has no title either.
QString titleLabel(const Report &r)
{
    constexpr int MaxLength = 28;
    QString title = r.metadata.title.value.simplified();
    if (title.isEmpty())
        return Internal::reportLabel(QString(), 0, r.filePath);
    if (title.size() > MaxLength)
        title = title.left(MaxLength - 1) + u'…';
    return title;
}

// No place from the gazetteer, but a body named with its agency (某某区卫生健康局).
bool isUnlistedBody(const ReportMetadata &m)
{
    return !m.district.isValid() && m.issuer.isValid() && !m.agencyLabel.isEmpty();
}

// A body whose place the gazetteer does not list, as written, with the
// agency's label: 某某区卫生健康局 → 某某区卫健局.
QString unlistedBody(const ReportMetadata &m)
{
    const QString &issuer = m.issuer.value;
    return issuer.endsWith(m.agency) ? issuer.chopped(m.agency.size()) + m.agencyLabel : issuer;
}

QString withYear(const QString &name, int year)
{
    return year > 0 ? name + u" · "_s + QString::number(year) : name;
}

} // namespace

QStringList ReportLabels::bodiesOf(const QList<Report> &reports)
{
    QSet<QString> levels;
    QSet<QString> agencies;
    for (const Report &r : reports) {
        // A body whose place is not listed has no level: the set is not uniform.
        if (!r.metadata.district.isValid() && !isUnlistedBody(r.metadata))
            continue;
        levels.insert(r.metadata.level);
        agencies.insert(r.metadata.agency);
    }
    const bool uniform = levels.size() <= 1 && agencies.size() <= 1;

    QStringList bodies;
    QStringList keys; // what makes two reports the same body
    for (const Report &r : reports) {
        const ReportMetadata &m = r.metadata;
        if (!m.district.isValid()) {
            const bool named = isUnlistedBody(m);
            bodies.append(named ? unlistedBody(m) : titleLabel(r));
            keys.append(named ? m.issuer.value : r.filePath);
            continue;
        }
        bodies.append(uniform || m.agencyLabel.isEmpty() ? m.district.value : placeName(m) + m.agencyLabel);
        keys.append((m.regionCode.isEmpty() ? m.issuer.value + m.district.value : m.regionCode) + u'|' + m.agency + u'|' + m.level);
    }
    // Different bodies that still share a name: the parent tells them apart.
    QHash<QString, QSet<QString>> keysOf;
    for (int i = 0; i < bodies.size(); ++i)
        keysOf[bodies.at(i)].insert(keys.at(i));
    for (int i = 0; i < bodies.size(); ++i) {
        if (keysOf.value(bodies.at(i)).size() < 2)
            continue;
        const QString parent = parentShortName(reports.at(i).metadata);
        if (!parent.isEmpty())
            bodies[i] = parent + bodies.at(i);
    }
    // Reports of unknown bodies with the same title: their files tell them apart.
    QHash<QString, int> titles;
    for (int i = 0; i < bodies.size(); ++i) {
        if (!reports.at(i).metadata.district.isValid() && !isUnlistedBody(reports.at(i).metadata))
            ++titles[bodies.at(i)];
    }
    for (int i = 0; i < bodies.size(); ++i) {
        const Report &r = reports.at(i);
        if (!r.metadata.district.isValid() && !isUnlistedBody(r.metadata) && titles.value(bodies.at(i)) > 1 && !r.metadata.title.value.isEmpty())
            bodies[i] += u" ("_s + QFileInfo(r.filePath).fileName() + u')';
    }
    return bodies;
}

QStringList ReportLabels::forReports(const QList<Report> &reports)
{
    const QStringList bodies = bodiesOf(reports);
    QStringList labels;
    for (int i = 0; i < reports.size(); ++i) {
        const Report &r = reports.at(i);
        // A title names its year already.
        const bool named = r.metadata.district.isValid() || isUnlistedBody(r.metadata);
        labels.append(named ? withYear(bodies.at(i), r.year()) : bodies.at(i));
    }
    return labels;
}

void ReportLabels::assign(QList<Report> &reports)
{
    const QStringList labels = forReports(reports);
    for (int i = 0; i < reports.size(); ++i)
        reports[i].label = labels.at(i);
}

} // namespace Dz
