#include "identity/identityoverrides.h"

#include "identity/gazetteer.h"
#include "identity/identityrules.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using Internal::levelName;

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
        setAnalyst(metadata.district, d.shortName());
        metadata.regionNote.clear();
        metadata.inferredNote.clear();
        changed = true;
    }
    // The values as written (a district the analyst names otherwise than the
    // gazetteer stays as written), and the parent body.
    return metadata.applyOverrides(overrides) || changed;
}

QString IdentityOverrides::regionCodeFor(const QString &district, const QString &foundCode)
{
    const Gazetteer &g = Gazetteer::builtIn();
    const int unit = g.resolve(district, g.indexOfCode(foundCode));
    return unit >= 0 ? g.divisions().at(unit).code : QString();
}

} // namespace Dz
