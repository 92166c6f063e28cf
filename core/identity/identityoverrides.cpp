#include "identity/identityoverrides.h"

#include "identity/gazetteer.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QString levelName(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Province:
        return u"province"_s;
    case RegionLevel::Prefecture:
        return u"prefecture"_s;
    case RegionLevel::County:
        return u"county"_s;
    case RegionLevel::Zone:
        return u"zone"_s;
    case RegionLevel::Township:
        return u"township"_s;
    case RegionLevel::Unknown:
        break;
    }
    return {};
}

void setAnalyst(MetadataField &field, const QString &value)
{
    field.value = value;
    field.span = {};
    field.origin = u"analyst"_s;
}

} // namespace

bool IdentityOverrides::apply(ReportMetadata &metadata, const QJsonObject &overrides)
{
    bool changed = false;
    const std::array<std::pair<const char16_t *, MetadataField *>, 5> fields {{
        {u"district", &metadata.district},
        {u"issuer", &metadata.issuer},
        {u"year", &metadata.year},
        {u"published", &metadata.published},
        {u"source", &metadata.source},
    }};
    for (const auto &[name, field] : fields) {
        const QString value = overrides.value(QStringView(name)).toString();
        if (value.isEmpty())
            continue;
        setAnalyst(*field, value);
        changed = true;
    }
    const Gazetteer &g = Gazetteer::builtIn();
    const int unit = g.indexOfCode(overrides.value(u"regionCode").toString());
    if (unit >= 0) {
        // The region the analyst named, whole: chain, level, code.
        const Division &d = g.divisions().at(unit);
        metadata.regionCode = d.code;
        metadata.regionChain.clear();
        for (const int c : g.chain(unit))
            metadata.regionChain.append(g.divisions().at(c).name);
        metadata.level = levelName(d.level);
        setAnalyst(metadata.region, metadata.regionChain.join(QString()));
        metadata.regionNote.clear();
        metadata.inferredNote.clear();
        if (!overrides.contains(u"district"))
            setAnalyst(metadata.district, d.shortName());
        changed = true;
    }
    const QString parentBody = overrides.value(u"parentBody").toString();
    if (!parentBody.isEmpty())
        metadata.parentBody = parentBody;
    if (!parentBody.isEmpty() || overrides.contains(u"issuer") || unit >= 0) {
        // The chain follows: the parent body, then the issuer (without the
        // parent's name it starts with: 成都市公安局 › 武侯区分局).
        const QString issuer = metadata.issuer.value;
        if (!metadata.parentBody.isEmpty() && !issuer.isEmpty()) {
            // What the two names share (the places, or the parent itself) is said once.
            qsizetype common = 0;
            while (common < issuer.size() && common < metadata.parentBody.size() && issuer.at(common) == metadata.parentBody.at(common))
                ++common;
            const QString own = common >= 2 && common < issuer.size() ? issuer.mid(common) : issuer;
            metadata.issuerChain = {metadata.parentBody, own};
        } else if (!issuer.isEmpty() && (overrides.contains(u"issuer") || metadata.issuerChain.isEmpty())) {
            metadata.issuerChain = {issuer};
        }
        changed = true;
    }
    return changed;
}

QString IdentityOverrides::regionCodeFor(const QString &district, const QString &foundCode)
{
    const Gazetteer &g = Gazetteer::builtIn();
    const int unit = g.resolve(district, g.indexOfCode(foundCode));
    return unit >= 0 ? g.divisions().at(unit).code : QString();
}

} // namespace Dz
