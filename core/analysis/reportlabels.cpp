#include "analysis/reportlabels.h"

#include "base/textformatting.h"
#include "identity/gazetteer.h"

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
    const QString parent = m.regionChain.at(m.regionChain.size() - 2);
    const Gazetteer &g = Gazetteer::builtIn();
    for (const Division &d : g.divisions()) {
        if (d.name == parent)
            return d.shortName();
    }
    return parent;
}

QString withYear(const QString &name, int year)
{
    return year > 0 ? name + u" · "_s + QString::number(year) : name;
}

} // namespace

QStringList ReportLabels::forReports(const QList<Report> &reports)
{
    QSet<QString> levels;
    QSet<QString> agencies;
    for (const Report &r : reports) {
        if (!r.metadata.district.isValid())
            continue;
        levels.insert(r.metadata.level);
        agencies.insert(r.metadata.agency);
    }
    const bool uniform = levels.size() <= 1 && agencies.size() <= 1;

    QStringList labels;
    for (const Report &r : reports) {
        const ReportMetadata &m = r.metadata;
        if (!m.district.isValid()) {
            labels.append(Internal::reportLabel(QString(), r.year(), r.filePath));
            continue;
        }
        if (uniform || m.agencyLabel.isEmpty())
            labels.append(withYear(m.district.value, r.year()));
        else
            labels.append(withYear(placeName(m) + m.agencyLabel, r.year()));
    }
    // Reports that still share a label: the parent tells them apart.
    QHash<QString, int> counts;
    for (const QString &l : std::as_const(labels))
        ++counts[l];
    for (int i = 0; i < labels.size(); ++i) {
        if (counts.value(labels.at(i)) < 2)
            continue;
        const QString parent = parentShortName(reports.at(i).metadata);
        if (!parent.isEmpty())
            labels[i] = parent + labels.at(i);
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
