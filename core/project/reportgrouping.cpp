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
    if (level == u"township")
        return tr("街道 or 乡镇");
    return tr("unknown");
}

QString ReportGrouping::groupOf(const Report &report, ReportGroupKey key)
{
    const ReportMetadata &m = report.metadata;
    const QStringList &chain = m.regionChain;
    // Where each level sits in the chain: a township's county is the name
    // above it; a municipality (天津市) is its districts' city.
    const bool township = m.level == u"township";
    const bool county = m.level == u"county" || m.level == u"zone";
    const qsizetype countyAt = township ? chain.size() - 2 : county ? chain.size() - 1 : -1;
    const qsizetype above = countyAt >= 0 ? countyAt : m.level == u"prefecture" ? chain.size() - 1 : 0;
    QString group;
    switch (key) {
    case ReportGroupKey::None:
        return {};
    case ReportGroupKey::Province:
        group = chain.value(0);
        break;
    case ReportGroupKey::City:
        if (m.level == u"prefecture")
            group = chain.value(chain.size() - 1);
        else if (countyAt >= 1)
            group = chain.value(above >= 2 ? 1 : 0); // 天津市滨海新区: the municipality
        break;
    case ReportGroupKey::County:
        if (countyAt >= 0)
            group = chain.value(countyAt);
        break;
    case ReportGroupKey::Township:
        if (township)
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
        m.agencyLabel, m.parentBody, m.issuerChain.join(u' '), QString::number(report.year()), QFileInfo(report.filePath).fileName()}
                                 .join(u'\n');
    const auto words = search.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](QStringView w) {
        return haystack.contains(w, Qt::CaseInsensitive);
    });
}

} // namespace Dz
