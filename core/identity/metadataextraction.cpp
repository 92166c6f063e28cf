#include "identity/metadataextraction.h"

#include "base/widthfolding.h"
#include "identity/metadataextractor.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

namespace
{

bool inside(const IdentityMention &m, TextSpan zone)
{
    return m.span.start >= zone.start && m.span.end <= zone.end;
}

} // namespace

MetadataExtraction::MetadataExtraction(const QString &text, const QString &folded, const Outline &outline, const FurnitureScan &furniture)
    : m_text(text)
    , m_folded(folded)
    , m_outline(outline)
    , m_furniture(furniture)
    , m_scanner(IdentityScanner::builtIn())
    , m_g(m_scanner.gazetteer())
{
}

ReportMetadata MetadataExtraction::run()
{
    scanMentions();
    collectZones();

    // Region: what names it, the level a report calls itself by, a place
    // inferred from that level, a body under another, a shared name.
    findRegionMention();
    findRelativeBody();
    readSelfLevel();
    collectPlacesEverywhere();
    inferRegionFromLevel();
    findInnerBody();
    placesOfIssuer();
    resolveRegion();

    // Issuer: each step only while none before it found one.
    issuerOfUnknownPlace();
    issuerFromZones();
    readSelfKind();
    issuerFromTitlePlace();
    issuerFromRunningText();
    composeIssuer();
    issuerFromFurniture();
    issuerChain();

    readTitle();
    readYear();
    readDates();
    return m_meta;
}

void MetadataExtraction::scanMentions()
{
    m_mentions = m_scanner.scan(m_folded);
    // The page furniture is blanked in the match text; its 发布机构 field is
    // read on its own, at its own place.
    m_fieldMentions = scanField(m_furniture.issuer);
    // A site's banner names the website: a hint for shared names, and the
    // issuer only when nothing else names one.
    m_bannerMentions = scanField(m_furniture.banner);
}

QList<IdentityMention> MetadataExtraction::scanField(const MetadataField &field) const
{
    QList<IdentityMention> list;
    if (!field.isValid() || !field.span.isValid())
        return list;
    for (IdentityMention m : m_scanner.scan(field.value)) {
        const qsizetype shift = field.span.start;
        for (TextSpan *s : {&m.span, &m.placeSpan, &m.agencySpan, &m.unitSpan, &m.unitNameSpan}) {
            if (s->isValid())
                *s = {s->start + shift, s->end + shift};
        }
        list.append(m);
    }
    return list;
}

void MetadataExtraction::collectZones()
{
    for (const Block &b : m_outline.blocks) {
        if (b.kind == BlockKind::Title) {
            m_zones.append({b.span, u"title"_s, ZoneKind::Title});
            m_titleSpan = b.span;
        }
    }
    if (m_furniture.issuer.isValid())
        m_zones.append({m_furniture.issuer.span, m_furniture.issuer.origin, ZoneKind::Field});
    for (const BlockKind kind : {BlockKind::Preamble, BlockKind::Signature}) {
        for (const Block &b : m_outline.blocks) {
            if (b.kind != kind)
                continue;
            m_zones.append(
                {b.span, kind == BlockKind::Preamble ? u"preamble"_s : u"signature"_s, kind == BlockKind::Preamble ? ZoneKind::Preamble : ZoneKind::Signature});
            if (kind == BlockKind::Preamble)
                m_preambles.append(b.span);
        }
    }
    m_zones.append({{0, m_text.size()}, u"《》 title"_s, ZoneKind::Cited});
    m_zones.append({{0, m_text.size()}, u"body"_s, ZoneKind::Body});
    // The line of the title that names the document (…报告): a body named
    // there is the issuer, whatever a line above it names.
    m_titleLineStart = m_titleSpan.isValid() ? m_folded.lastIndexOf(u'\n', m_titleSpan.end - 1) + 1 : -1;
}

QList<const IdentityMention *> MetadataExtraction::mentionsIn(const Zone &zone) const
{
    QList<const IdentityMention *> result;
    const QList<IdentityMention> &from = zone.kind == ZoneKind::Field ? m_fieldMentions : m_mentions;
    for (const IdentityMention &m : from) {
        if (inside(m, zone.span))
            result.append(&m);
    }
    return result;
}

bool MetadataExtraction::onTitleLine(const IdentityMention &m) const
{
    return m_titleSpan.isValid() && m.span.start >= m_titleLineStart && m_folded.mid(m_titleLineStart, m_titleSpan.end - m_titleLineStart).contains(u"报告");
}

void MetadataExtraction::findRegionMention()
{
    // The first zone, in order of trust, that names one.
    for (const Zone &zone : std::as_const(m_zones)) {
        const QList<const IdentityMention *> here = mentionsIn(zone);
        if (zone.kind != ZoneKind::Cited && zone.kind != ZoneKind::Body) {
            if (auto body = unknownPlaceBodyIn(zone, here)) {
                m_unknownBody = body;
                m_unknownOrigin = zone.origin;
                break;
            }
        }
        if (const IdentityMention *best = regionMentionIn(zone, here)) {
            m_regionMention = best;
            m_regionZone = zone.kind;
            m_regionOrigin = zone.kind == ZoneKind::Cited ? citedOrigin(*best) : zone.origin;
            break;
        }
    }
}

std::optional<UnknownPlaceBody> MetadataExtraction::unknownPlaceBodyIn(const Zone &zone, const QList<const IdentityMention *> &here) const
{
    const bool field = zone.kind == ZoneKind::Field;
    const QStringView source = field ? QStringView(m_furniture.issuer.value) : QStringView(m_folded);
    const qsizetype offset = field ? m_furniture.issuer.span.start : 0;
    const auto body = unknownPlaceBody(source, offset, zone.span, zone.kind == ZoneKind::Preamble, here);
    if (!body)
        return std::nullopt;
    // Unless a body the gazetteer knows comes first in the zone.
    const bool knownFirst = std::any_of(here.cbegin(), here.cend(), [&](const IdentityMention *m) {
        return !m->places.isEmpty() && m->agency >= 0 && !m->cited && m->span.start < body->span.start;
    });
    return knownFirst ? std::nullopt : body;
}

const IdentityMention *MetadataExtraction::regionMentionIn(const Zone &zone, const QList<const IdentityMention *> &here) const
{
    auto deepest = [&](const IdentityMention &m) {
        return m.zone.isEmpty() ? depthOf(m_g.divisions().at(m.places.constFirst()).level) : 3;
    };
    const IdentityMention *best = nullptr;
    QHash<int, int> bodyCounts;
    for (const IdentityMention *m : here) {
        if (m->places.isEmpty())
            continue;
        switch (zone.kind) {
        case ZoneKind::Title:
            // The document's own line first (a line above it may name a site or a parent).
            if (!best || (m->agency >= 0 && onTitleLine(*m) && !(best->agency >= 0 && onTitleLine(*best))))
                best = m;
            break;
        case ZoneKind::Field:
            if (!best)
                best = m;
            break;
        case ZoneKind::Preamble:
        case ZoneKind::Signature:
            if (!best && !m->cited && (m->agency >= 0 || m->yearFollows))
                best = m;
            break;
        case ZoneKind::Cited:
            // The most local place a cited plan or rule names: 《南通市海门区2024年…》.
            if (m->cited && (m->agency >= 0 || m->yearFollows) && (!best || deepest(*m) > deepest(*best)))
                best = m;
            break;
        case ZoneKind::Body:
            if (!m->cited && m->agency >= 0 && isBodyMention(m_folded, *m, m_g)) {
                const int n = ++bodyCounts[m->places.constFirst()];
                if (!best || n > bodyCounts.value(best->places.constFirst()))
                    best = m;
            }
            break;
        }
    }
    return best;
}

QString MetadataExtraction::citedOrigin(const IdentityMention &m) const
{
    for (const TextSpan &p : std::as_const(m_preambles)) {
        if (inside(m, p))
            return u"preamble"_s;
    }
    return u"《》 title"_s;
}

void MetadataExtraction::findRelativeBody()
{
    // A body named by its level alone where the issuer is named (区司法局 in
    // the signature, 本街道 in the preamble): its level, for inferring the place.
    for (const Zone &zone : std::as_const(m_zones)) {
        if (zone.kind == ZoneKind::Cited || zone.kind == ZoneKind::Body || m_relativeBody)
            continue;
        for (const IdentityMention *m : mentionsIn(zone)) {
            if (!m->relative.isNull() && m->agency >= 0 && !m->cited && (zone.kind == ZoneKind::Field || atIssuerPlace(*m))) {
                m_relativeBody = m;
                break;
            }
        }
    }
}

bool MetadataExtraction::atIssuerPlace(const IdentityMention &m) const
{
    // It must stand where an issuer's name does, at the start of its line or
    // of the preamble (after 2024年，or 关于): 在区委、区政府的领导下 names the
    // leadership, not the issuer.
    qsizetype start = m.span.start;
    while (start > 0 && m_folded.at(start - 1) != u'\n' && m.span.start - start <= MaxIssuerLead)
        --start;
    QStringView lead = QStringView(m_folded).mid(start, m.span.start - start).trimmed();
    qsizetype digits = 0;
    while (digits < lead.size() && digits < 4 && lead.at(digits).isDigit())
        ++digits;
    if (digits == 4 && lead.mid(4).startsWith(u'年')) {
        lead = lead.mid(5);
        if (lead.startsWith(u'度'))
            lead = lead.mid(1);
        if (!lead.isEmpty() && QStringView(u"，,").contains(lead.front()))
            lead = lead.mid(1);
    }
    if (lead.startsWith(u"关于"))
        lead = lead.mid(2);
    return lead.trimmed().isEmpty();
}

void MetadataExtraction::readSelfLevel()
{
    // The report calling itself by its level: 本街道, 我镇, 本乡.
    m_selfLevel = m_relativeBody ? m_relativeBody->relative : QChar();
    if (m_selfLevel.isNull()) {
        static const QRegularExpression self(u"[我本](街道|镇|乡)(?![政人])"_s);
        const auto match = self.match(m_folded);
        if (match.hasMatch())
            m_selfLevel = match.captured(1).at(0);
    }
}

void MetadataExtraction::collectPlacesEverywhere()
{
    // Every place named anywhere (running text, 《》 titles, the furniture and
    // the banner): for shared names and for places a body implies.
    m_everywhere = m_scanner.places(m_folded);
    for (const Block &b : m_furniture.blocks) {
        for (IdentityMention m : m_scanner.places(foldWidth(QStringView(m_text).mid(b.span.start, b.span.length())))) {
            m.span = m.placeSpan = {b.span.start + m.span.start, b.span.start + m.span.end};
            m_everywhere.append(m);
        }
    }
    if (!m_furniture.blocks.isEmpty() || m_furniture.issuer.isValid()) {
        for (const QList<IdentityMention> *list : {&m_fieldMentions, &m_bannerMentions}) {
            for (const IdentityMention &m : *list) {
                if (!m.places.isEmpty())
                    m_everywhere.append(m);
            }
        }
    }
}

void MetadataExtraction::inferRegionFromLevel()
{
    // Implied: the level's place the report names most (市市场监管局 → the
    // city named most), when nothing states a region of that level. Never
    // above a stated region, except one read only from running text at
    // another level than the one the issuer names.
    const bool statedAtLevel =
        m_regionMention && !m_selfLevel.isNull() && std::any_of(m_regionMention->places.cbegin(), m_regionMention->places.cend(), [&](int p) {
            return levelFits(m_g, p, m_selfLevel);
        });
    const bool weaklyStated = m_regionMention && (m_regionZone == ZoneKind::Body || m_regionZone == ZoneKind::Cited);
    if (m_selfLevel.isNull() || m_unknownBody || (m_regionMention && !(weaklyStated && !statedAtLevel)))
        return;
    QHash<int, int> counts;
    QHash<int, const IdentityMention *> firstOf;
    for (const IdentityMention &m : std::as_const(m_everywhere)) {
        QList<int> fitting;
        for (const int p : outermostOfKin(m.places, m_g)) {
            if (levelFits(m_g, p, m_selfLevel))
                fitting.append(p);
        }
        if (fitting.size() != 1)
            continue; // a shared name says nothing here
        ++counts[fitting.constFirst()];
        if (!firstOf.contains(fitting.constFirst()))
            firstOf.insert(fitting.constFirst(), &m);
    }
    int best = -1;
    bool tie = false;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best < 0 || it.value() > counts.value(best)) {
            best = it.key();
            tie = false;
        } else if (it.value() == counts.value(best)) {
            tie = true;
        }
    }
    const QString written = m_relativeBody ? m_text.mid(m_relativeBody->span.start, m_relativeBody->span.length()) : QString(u"本"_s + m_selfLevel);
    if (best >= 0 && !tie) {
        IdentityMention m = *firstOf.value(best);
        m.places = {best};
        m_implied = m;
        m_regionMention = &*m_implied;
        m_regionOrigin = u"inferred"_s;
        m_meta.inferredNote = MetadataExtractor::tr("%1 names only its level: %2, named %n time(s) in the report, is inferred", nullptr, counts.value(best))
                                  .arg(written, m_g.divisions().at(best).name);
    } else if (best >= 0 && !m_regionMention) {
        QStringList names;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() == counts.value(best))
                names.append(m_g.divisions().at(it.key()).name);
        }
        names.sort();
        m_meta.regionNote =
            MetadataExtractor::tr("%1 names only its level, and the report names %2 equally often: the region is left open").arg(written, names.join(u", "_s));
    }
}

void MetadataExtraction::findInnerBody()
{
    // A body under another (姑苏区人民政府 + 平江街道办事处): the second,
    // written right after the first and inside its place, is the issuer.
    if (!m_regionMention || m_implied || m_regionMention->agency < 0 || m_regionMention->unitSpan.isValid())
        return;
    for (const IdentityMention &m : std::as_const(m_mentions)) {
        if (m.span.start < m_regionMention->span.end)
            continue;
        const QStringView gap = QStringView(m_folded).mid(m_regionMention->span.end, m.span.start - m_regionMention->span.end);
        if (!gap.trimmed().isEmpty())
            break;
        const bool within = !m.places.isEmpty() && m.agency >= 0 && std::any_of(m.places.cbegin(), m.places.cend(), [&](int inner) {
            return std::any_of(m_regionMention->places.cbegin(), m_regionMention->places.cend(), [&](int outer) {
                return outer != inner && m_g.contains(outer, inner);
            });
        });
        if (within)
            m_innerBody = &m;
        break;
    }
}

void MetadataExtraction::placesOfIssuer()
{
    // The places the issuer is of: the unit's (武侯区分局), the inner body's, or the mention's.
    if (!m_regionMention)
        return;
    m_regionPlaces = m_regionMention->places;
    m_regionSpan = m_regionMention->placeSpan;
    if (m_innerBody) {
        QList<int> inner;
        for (const int p : m_innerBody->places) {
            if (std::any_of(m_regionPlaces.cbegin(), m_regionPlaces.cend(), [&](int outer) {
                    return m_g.contains(outer, p);
                }))
                inner.append(p);
        }
        m_regionPlaces = inner;
        m_regionSpan = m_innerBody->placeSpan;
    } else if (m_regionMention->unitSpan.isValid() && !m_regionMention->unitPlaces.isEmpty() && m_regionZone != ZoneKind::Body) {
        m_regionPlaces = m_regionMention->unitPlaces;
        m_regionSpan = m_regionMention->unitNameSpan;
    }
}

void MetadataExtraction::resolveRegion()
{
    if (!m_regionMention || m_regionPlaces.isEmpty())
        return;
    QList<int> candidates = outermostOfKin(m_regionPlaces, m_g);
    if (candidates.size() > 1)
        candidates = resolveSharedName(candidates);
    const Division &unit = m_g.divisions().at(candidates.constFirst());
    if (candidates.size() == 1)
        m_meta.regionCode = unit.code;
    QStringList chain;
    for (const int d : m_g.chain(candidates.constFirst()))
        chain.append(m_g.divisions().at(d).name);
    if (candidates.size() > 1)
        chain = {unit.name};
    const QString zoneName = m_innerBody ? QString() : m_regionMention->zone;
    if (!zoneName.isEmpty())
        chain.append(unit.shortName() + zoneName);
    m_meta.regionChain = chain;
    m_meta.level = zoneName.isEmpty() ? levelName(unit.level) : levelName(RegionLevel::Zone);
    m_meta.region = {chain.join(QString()), m_regionSpan, m_regionOrigin};
    m_meta.district = {zoneName.isEmpty() ? unit.shortName() : unit.shortName() + zoneName, m_regionSpan, m_regionOrigin};
    m_regionPlaces = candidates;
}

QList<int> MetadataExtraction::resolveSharedName(const QList<int> &candidates)
{
    // A shared name (永定区, 城关镇): a parent named anywhere (furniture
    // and banner included) decides.
    QSet<int> named; // a set: a long text names its places many times
    for (const IdentityMention &m : std::as_const(m_everywhere)) {
        if (m.places.size() == 1)
            named.insert(m.places.constFirst());
    }
    QList<int> resolved;
    for (const int c : std::as_const(candidates)) {
        const bool parentNamed = std::any_of(named.cbegin(), named.cend(), [&](int n) {
            return n != c && m_g.contains(n, c);
        });
        if (parentNamed)
            resolved.append(c);
    }
    if (resolved.size() > 1) {
        // The deepest parent named decides between several (城关镇 of one county, not of its province).
        int deepestNamed = 0;
        QHash<int, int> depthOf;
        for (const int c : std::as_const(resolved)) {
            int depth = 0;
            for (const int n : std::as_const(named)) {
                if (n != c && m_g.contains(n, c))
                    depth = qMax(depth, int(m_g.chain(n).size()));
            }
            depthOf.insert(c, depth);
            deepestNamed = qMax(deepestNamed, depth);
        }
        resolved.erase(std::remove_if(resolved.begin(), resolved.end(),
                           [&](int c) {
                               return depthOf.value(c) < deepestNamed;
                           }),
            resolved.end());
    }
    if (resolved.size() == 1)
        return resolved;
    QStringList places;
    const QList<int> listed = resolved.isEmpty() ? candidates : resolved;
    for (qsizetype k = 0; k < listed.size() && k < 6; ++k) {
        QStringList names;
        for (const int d : m_g.chain(listed.at(k)))
            names.append(m_g.divisions().at(d).name);
        places.append(names.join(QString()));
    }
    if (listed.size() > 6)
        places.append(u"…"_s);
    m_meta.regionNote =
        MetadataExtractor::tr("%1 names %n place(s): %2; nothing in the report, its furniture or its address says which", nullptr, int(listed.size()))
            .arg(m_g.divisions().at(candidates.constFirst()).name, places.join(u" / "_s));
    return listed;
}

void MetadataExtraction::readTitle()
{
    if (m_titleSpan.isValid()) {
        QString title = m_text.mid(m_titleSpan.start, m_titleSpan.length()).simplified();
        m_meta.title = {title, m_titleSpan, u"title"_s};
    }
}

void MetadataExtraction::readYear()
{
    // Year reported on: the title's, else the preamble's, else the first heading's.
    for (const Zone &zone : std::as_const(m_zones)) {
        if (zone.kind != ZoneKind::Title && zone.kind != ZoneKind::Preamble)
            continue;
        if (const auto year = firstYear(m_folded, zone.span)) {
            m_meta.year = {yearValue(QStringView(m_folded).mid(year->start, 4)), *year, zone.origin};
            break;
        }
    }
    if (!m_meta.year.isValid() && !m_outline.sections.isEmpty()) {
        const Section &first = m_outline.sections.constFirst();
        if (const auto year = firstYear(m_folded, first.titleSpan))
            m_meta.year = {yearValue(QStringView(m_folded).mid(year->start, 4)), *year, MetadataExtractor::tr("first heading")};
    }
}

void MetadataExtraction::readDates()
{
    for (const Block &b : m_outline.blocks) {
        if (b.kind != BlockKind::Date)
            continue;
        if (const auto date = MetadataExtractor::readDate(QStringView(m_folded).mid(b.span.start, b.span.length()))) {
            m_meta.signedOn = {date->first.toString(Qt::ISODate), {b.span.start + date->second.start, b.span.start + date->second.end}, u"signature"_s};
            m_meta.published = {date->first.toString(Qt::ISODate), b.span, u"signature"_s};
        }
    }
    // The page's publish date (发布日期, 发布时间) is when it was published;
    // the signing date stands in only without one.
    if (m_furniture.published.isValid())
        m_meta.published = m_furniture.published;
    m_meta.source = m_furniture.source;

    // Without a year stated, the year before publication.
    if (!m_meta.year.isValid() && m_meta.published.isValid()) {
        const int year = QDate::fromString(m_meta.published.value, Qt::ISODate).year() - 1;
        m_meta.year = {QString::number(year), {}, MetadataExtractor::tr("the year before publication")};
    }
}

} // namespace Dz::Internal
