#include "audit/bodyidentity.h"

#include "base/widthfolding.h"
#include "identity/gazetteer.h"

#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QString compact(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return foldWidth(text).remove(space);
}

bool fromAnalyst(const MetadataField &field)
{
    return field.isValid() && field.origin == u"analyst"_s;
}

bool names(const Division &division, const QString &name)
{
    return division.name == name || division.shortForms.contains(name);
}

// The place: its code where the gazetteer knows it, else its name.
QString placeOf(const ReportMetadata &m)
{
    const Gazetteer &g = Gazetteer::builtIn();
    if (fromAnalyst(m.district)) {
        const QString name = compact(m.district.value);
        // The place read from the text, confirmed by the analyst's name for it.
        const int own = m.regionCode.isEmpty() ? -1 : g.indexOfCode(m.regionCode);
        if (own >= 0 && names(g.divisions().at(own), name))
            return u"code:"_s + m.regionCode;
        int found = -1;
        int count = 0;
        for (int i = 0; i < g.divisions().size() && count < 2; ++i) {
            if (names(g.divisions().at(i), name)) {
                found = i;
                ++count;
            }
        }
        return count == 1 ? u"code:"_s + g.divisions().at(found).code : u"place:"_s + name;
    }
    if (!m.regionCode.isEmpty())
        return u"code:"_s + m.regionCode;
    if (m.district.isValid())
        return u"place:"_s + compact(m.district.value);
    return {};
}

// The agency's full name at the end of an issuer's name, and how many
// characters name it there (南通市海门区卫健委 → 卫生健康委员会, 3).
std::pair<QString, qsizetype> agencyAtEnd(const QString &issuer)
{
    const Gazetteer &g = Gazetteer::builtIn();
    for (qsizetype n = std::min<qsizetype>(issuer.size(), 16); n >= 2; --n) {
        const int agency = g.agencyOfForm(QStringView(issuer).right(n));
        if (agency >= 0)
            return {g.agencies().at(agency).full, n};
    }
    return {};
}

// An issuer without the place names it starts with (天津市滨海新区统计局 → 统计局).
QString withoutPlace(QString issuer, const ReportMetadata &m)
{
    QStringList places = m.regionChain;
    if (m.district.isValid())
        places.append(compact(m.district.value));
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &place : std::as_const(places)) {
            if (!place.isEmpty() && issuer.size() > place.size() && issuer.startsWith(place)) {
                issuer.remove(0, place.size());
                stripped = true;
            }
        }
    }
    return issuer;
}

} // namespace

QString BodyIdentity::keyOf(const Report &report)
{
    const ReportMetadata &m = report.metadata;
    const QString place = placeOf(m);
    const QString issuer = compact(m.issuer.value);
    const auto [named, length] = agencyAtEnd(issuer);
    const QString agency = fromAnalyst(m.issuer) || m.agency.isEmpty() ? named : m.agency;
    if (place.isEmpty()) {
        // A place the gazetteer does not list: the issuer as written, its agency in full (某某区卫健局 = 某某区卫生健康局).
        if (issuer.isEmpty())
            return {};
        return u"issuer:"_s + (named.isEmpty() ? issuer : QString(issuer.chopped(length) + named));
    }
    if (!agency.isEmpty()) {
        // A unit of the agency (成都市公安局交通管理支队, 簇桥派出所 where the
        // gazetteer has no 簇桥) is a body of its own: the identity names it
        // in the label, beside the agency's own.
        if (!fromAnalyst(m.issuer)) {
            const Gazetteer &g = Gazetteer::builtIn();
            const int known = g.agencyOfForm(agency);
            if (known >= 0 && !m.agencyLabel.isEmpty() && m.agencyLabel != g.agencies().at(known).label)
                return place + u"|agency:"_s + agency + u"|unit:"_s + m.agencyLabel;
        }
        return place + u"|agency:"_s + agency;
    }
    // A place and a body the agency list does not know (统计局), or the place alone.
    if (issuer.isEmpty())
        return place + u"|"_s;
    return place + u"|issuer:"_s + withoutPlace(issuer, m);
}

} // namespace Dz
