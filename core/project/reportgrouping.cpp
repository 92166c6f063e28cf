#include "project/reportgrouping.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

QString ReportGrouping::levelLabel(const QString &level)
{
    if (level == u"province")
        return tr("province");
    if (level == u"prefecture")
        return tr("city");
    if (level == u"county")
        return tr("county or district");
    if (level == u"zone")
        return tr("zone");
    return tr("unknown");
}

QString ReportGrouping::groupOf(const Report &report, ReportGroupKey key)
{
    const ReportMetadata &m = report.metadata;
    const QStringList &chain = m.regionChain;
    QString group;
    switch (key) {
    case ReportGroupKey::None:
        return {};
    case ReportGroupKey::Province:
        group = chain.value(0);
        break;
    case ReportGroupKey::City:
        if (m.level == u"prefecture" || (chain.size() >= 3))
            group = chain.value(1);
        else if (m.level == u"county" || m.level == u"zone")
            group = chain.value(0); // a municipality's district: 天津市滨海新区
        break;
    case ReportGroupKey::County:
        if (m.level == u"county" || m.level == u"zone")
            group = chain.value(chain.size() - 1);
        break;
    case ReportGroupKey::Body:
        group = m.agencyLabel.isEmpty() ? m.agency : m.agencyLabel;
        break;
    case ReportGroupKey::Level:
        return levelLabel(m.level);
    case ReportGroupKey::Year:
        group = report.year() > 0 ? QString::number(report.year()) : QString();
        break;
    }
    return group.isEmpty() ? tr("unknown") : group;
}

QList<ReportGroup> ReportGrouping::groups(const QList<Report> &reports, ReportGroupKey key)
{
    QMap<QString, QList<int>> byName;
    for (int i = 0; i < reports.size(); ++i)
        byName[groupOf(reports.at(i), key)].append(i);
    QList<ReportGroup> result;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        result.append({it.key(), it.value()});
    const QString unknown = tr("unknown");
    std::stable_sort(result.begin(), result.end(), [&](const ReportGroup &a, const ReportGroup &b) {
        if ((a.name == unknown) != (b.name == unknown))
            return b.name == unknown;
        return key == ReportGroupKey::Year ? a.name > b.name : false;
    });
    return result;
}

bool ReportGrouping::matches(const Report &report, QStringView search)
{
    const ReportMetadata &m = report.metadata;
    const QString haystack = QStringList {report.displayName(), m.district.value, m.issuer.value, m.region.value, m.regionChain.join(u' '), m.agency,
        m.agencyLabel, QString::number(report.year()), QFileInfo(report.filePath).fileName()}
                                 .join(u'\n');
    const auto words = search.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](QStringView w) {
        return haystack.contains(w, Qt::CaseInsensitive);
    });
}

} // namespace Dz
