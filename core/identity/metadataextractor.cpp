#include "identity/metadataextractor.h"

#include "base/datereader.h"
#include "base/widthfolding.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMetadata, "dz.core.metadata", QtWarningMsg)

namespace Dz
{

namespace
{

struct Agency {
    QString full;
    QStringList forms; ///< full and short forms, longest first
};

const QList<Agency> &agencies()
{
    static const QList<Agency> list = [] {
        QList<Agency> result;
        QFile file(u":/duizhao/reading/agencies.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcMetadata) << "cannot open the built-in agency list";
            return result;
        }
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"agencies").toArray();
        for (const QJsonValue &v : array) {
            Agency a;
            a.full = v.toObject().value(u"full").toString();
            a.forms.append(a.full);
            for (const QJsonValue &s : v.toObject().value(u"short").toArray())
                a.forms.append(s.toString());
            if (!a.full.isEmpty())
                result.append(a);
        }
        return result;
    }();
    return list;
}

const QRegularExpression &agencyPattern()
{
    static const QRegularExpression re = [] {
        QStringList forms;
        for (const Agency &a : agencies())
            forms += a.forms;
        std::sort(forms.begin(), forms.end(), [](const QString &x, const QString &y) {
            return x.size() > y.size();
        });
        for (QString &f : forms)
            f = QRegularExpression::escape(f);
        return QRegularExpression(u"(?:"_s + forms.join(u'|') + u")"_s);
    }();
    return re;
}

QString fullAgencyName(const QString &form)
{
    for (const Agency &a : agencies()) {
        if (a.forms.contains(form))
            return a.full;
    }
    return form;
}

// Characters that precede a place name in running text but never start one
// (中国共产党天津市… must yield 天津市, 纳入全区… no place at all).
bool cannotStartPlaceName(QChar c)
{
    return QStringView(u"党的和与及在对为由是将把向于了全本我各该辖入纳等从至其现经按据根").contains(c);
}

struct Region {
    QString city; ///< 天津市 (may be empty)
    QString district; ///< short name: 滨海
    TextSpan span; ///< the whole region, e.g. 天津市滨海新区
};

// The region a zone names, e.g. 南通市海门区 in 《南通市海门区2024年…》.
// Unless @p acceptBare, a district without a city prefix must be followed by
// an agency or a year, which rules out phrases like 全区 or 辖区.
std::optional<Region> findRegion(const QString &folded, TextSpan zone, bool acceptBare)
{
    // Explicit ranges, not \p{Han}: PCRE2 matches \p{Han} by script
    // extensions, which include punctuation such as 、 and 《.
    static const QRegularExpression re(u"([\\x{3400}-\\x{9FFF}]{2,3}市)?([\\x{3400}-\\x{9FFF}]{2,4}?)(新区|自治县|区|县)"_s);
    static const QRegularExpression follower(u"^(\\d{4}\\s*年|人民|委|局)"_s);
    qsizetype offset = zone.start;
    while (offset < zone.end) {
        const auto m = re.match(folded, offset);
        if (!m.hasMatch() || m.capturedEnd() > zone.end)
            return std::nullopt;
        const qsizetype start = m.capturedStart();
        if (cannotStartPlaceName(folded.at(start)) || cannotStartPlaceName(m.captured(2).at(0))) {
            offset = start + 1;
            continue;
        }
        const QStringView after = QStringView(folded).mid(m.capturedEnd(), qMin<qsizetype>(16, zone.end - m.capturedEnd()));
        const bool agencyFollows =
            agencyPattern().matchView(after, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption).hasMatch();
        if (m.capturedLength(1) > 0 || agencyFollows || follower.matchView(after).hasMatch() || acceptBare) {
            return Region {m.captured(1), m.captured(2), {start, m.capturedEnd()}};
        }
        offset = start + 1;
    }
    return std::nullopt;
}

struct AgencyMention {
    QString form; ///< as written, e.g. 卫健委
    TextSpan span; ///< the agency name alone
    std::optional<Region> region; ///< the region written right before it
};

QList<AgencyMention> findAgencies(const QString &folded, TextSpan zone)
{
    QList<AgencyMention> mentions;
    auto it = agencyPattern().globalMatchView(QStringView(folded).mid(zone.start, zone.length()));
    while (it.hasNext()) {
        const auto m = it.next();
        AgencyMention mention;
        mention.form = m.captured();
        mention.span = {zone.start + m.capturedStart(), zone.start + m.capturedEnd()};
        const qsizetype windowStart = qMax(zone.start, mention.span.start - 14);
        // The region must end exactly where the agency name starts.
        for (qsizetype s = windowStart; s < mention.span.start; ++s) {
            // The agency itself vouches for the place name before it.
            auto region = findRegion(folded, {s, mention.span.start}, true);
            if (region && region->span.end == mention.span.start) {
                mention.region = region;
                break;
            }
        }
        mentions.append(mention);
    }
    return mentions;
}

// 政府 inside 法治政府 or 政府职能 names no body.
bool isBodyMention(const QString &folded, const AgencyMention &m)
{
    if (m.form != u"政府"_s)
        return true;
    static const QRegularExpression phrase(u"^(职能|部门|信息|网站|采购|规章|法律顾问|购买|建设|工作)"_s);
    const bool afterRuleOfLaw = m.span.start >= 2 && QStringView(folded).mid(m.span.start - 2, 2) == u"法治";
    return !afterRuleOfLaw && !phrase.matchView(QStringView(folded).mid(m.span.end, 4)).hasMatch();
}

// The body a report speaks for when it names itself only by kind: the page
// header's 来源, else the agency named most often, of the kind its self-
// reference says (我委 → a 委, 我局 → a 局).
struct NamedAgency {
    QString name; ///< full form
    bool fromPageHeader = false;
};

NamedAgency namedAgency(const QString &folded, const QList<AgencyMention> &everywhere, const FurnitureScan &furniture)
{
    if (furniture.source.isValid()) {
        const auto m = agencyPattern().match(furniture.source.value);
        if (m.hasMatch())
            return {fullAgencyName(m.captured()), true};
    }
    QString selfKind;
    static const QRegularExpression self(u"我(委|局|办|厅|区|县)"_s);
    const auto selfMatch = self.match(folded);
    if (selfMatch.hasMatch())
        selfKind = selfMatch.captured(1);
    QHash<QString, int> counts;
    for (const AgencyMention &m : everywhere) {
        if (!isBodyMention(folded, m))
            continue;
        const bool ofKind = selfKind.isEmpty() || m.form.endsWith(selfKind) || fullAgencyName(m.form).endsWith(selfKind)
            || fullAgencyName(m.form).endsWith(selfKind + u"员会"_s);
        if (ofKind)
            ++counts[fullAgencyName(m.form)];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best) || (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    return {best, false};
}

struct Zone {
    TextSpan span;
    QString origin;
    bool isTitle = false;
};

} // namespace

ReportMetadata MetadataExtractor::extract(const QString &text, const QString &folded, const Outline &outline, const FurnitureScan &furniture)
{
    ReportMetadata meta;

    QList<Zone> zones;
    for (const BlockKind kind : {BlockKind::Title, BlockKind::Signature, BlockKind::Preamble}) {
        for (const Block &b : outline.blocks) {
            if (b.kind == kind) {
                zones.append({b.span,
                    kind == BlockKind::Title           ? u"title"_s
                        : kind == BlockKind::Signature ? u"signature"_s
                                                       : u"preamble"_s,
                    kind == BlockKind::Title});
            }
        }
    }
    static const QRegularExpression citedTitle(u"《([^《》\\n]{2,80})》"_s);
    auto cited = citedTitle.globalMatch(folded);
    while (cited.hasNext()) {
        const auto m = cited.next();
        zones.append({{m.capturedStart(1), m.capturedEnd(1)}, u"《》 title"_s, false});
    }
    const Zone wholeText {{0, text.size()}, u"body"_s, false};

    // District: the first zone, in order of trust, that names a region.
    std::optional<Region> region;
    for (const Zone &zone : zones) {
        region = findRegion(folded, zone.span, zone.isTitle);
        if (region) {
            meta.district = {region->district, region->span, zone.origin};
            break;
        }
    }

    // Issuer: region + agency as written in the most trusted zone, widened to
    // the longest form of the same body anywhere in the text (蓟州区卫生健康
    // 委员会 in the preamble, 天津市蓟州区卫生健康委员会 in a cited rule).
    const QList<AgencyMention> everywhere = findAgencies(folded, wholeText.span);
    auto widen = [&](AgencyMention chosen) {
        for (const AgencyMention &other : everywhere) {
            if (other.region && other.form == chosen.form && chosen.region->city.isEmpty() && !other.region->city.isEmpty()
                && other.region->district == chosen.region->district) {
                chosen = other;
            }
        }
        return chosen;
    };
    auto setIssuer = [&](const AgencyMention &found, const QString &origin) {
        const AgencyMention chosen = widen(found);
        const TextSpan span {chosen.region->span.start, chosen.span.end};
        meta.issuer = {text.mid(span.start, span.length()), span, chosen.span == found.span ? origin : u"《》 title"_s};
        if (!meta.district.isValid())
            meta.district = {chosen.region->district, chosen.region->span, origin};
    };
    for (const Zone &zone : zones) {
        const QList<AgencyMention> mentions = findAgencies(folded, zone.span);
        const auto found = std::find_if(mentions.cbegin(), mentions.cend(), [](const AgencyMention &m) {
            return m.region.has_value();
        });
        if (found != mentions.cend()) {
            setIssuer(*found, zone.origin);
            break;
        }
    }
    if (!meta.issuer.isValid()) {
        // In running text a bare district is trusted only when it is the
        // report's own district or carries its city (联合区公安局 is no body).
        const auto found = std::find_if(everywhere.cbegin(), everywhere.cend(), [&](const AgencyMention &m) {
            return m.region && (!m.region->city.isEmpty() || m.region->district == meta.district.value);
        });
        if (found != everywhere.cend())
            setIssuer(*found, wholeText.origin);
    }
    if (!meta.issuer.isValid() && region) {
        // Only the agency is named (我委, 区卫健委): compose the full name from
        // the region and the agency the page header or the text names.
        const NamedAgency named = namedAgency(folded, everywhere, furniture);
        const QString &agency = named.name;
        const int times = int(std::count_if(everywhere.cbegin(), everywhere.cend(), [&](const AgencyMention &m) {
            return fullAgencyName(m.form) == agency;
        }));
        if (!agency.isEmpty()) {
            const QString why = named.fromPageHeader
                ? tr("composed: region from the %1, agency from the page header (来源)").arg(meta.district.origin)
                : tr("composed: region from the %1, agency named %n time(s) in the text", nullptr, times).arg(meta.district.origin);
            meta.issuer = {text.mid(region->span.start, region->span.length()) + agency, region->span, why};
        }
    }
    if (!meta.issuer.isValid() && furniture.issuer.isValid())
        meta.issuer = furniture.issuer;

    // Year reported on: the title's year, else the preamble's first year.
    for (const Zone &zone : zones) {
        if (zone.origin != u"title"_s && zone.origin != u"preamble"_s)
            continue;
        const auto date = DateReader::find(QStringView(folded).mid(zone.span.start, zone.span.length()), DateReader::Precision::Year);
        if (date) {
            const TextSpan span {zone.span.start + date->yearSpan.start, zone.span.start + date->yearSpan.end};
            meta.year = {QString::number(date->year), span, zone.origin};
            break;
        }
    }

    for (const Block &b : outline.blocks) {
        if (b.kind != BlockKind::Date)
            continue;
        const auto date = DateReader::find(QStringView(folded).mid(b.span.start, b.span.length()));
        if (date)
            meta.published = {date->isoText(), b.span, u"signature"_s};
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
