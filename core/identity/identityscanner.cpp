#include "identity/identityscanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

// Levels a body is named by alone: 区卫健委, 市应急管理局, 镇人民政府.
bool isLevelWord(QChar c)
{
    return QStringView(u"省市区县州旗镇乡").contains(c);
}

// Characters a unit's name is not made of (各派出所, 全市各大队): the
// function words of running text and punctuation.
bool isUnitNameChar(QChar c)
{
    return isHan(c) && !QStringView(u"的在和与及对于是为由将把被向从全本各我该其等以").contains(c);
}

// The longest a unit's name runs before its suffix (交通警察支队: 4).
constexpr qsizetype MaxUnitName = 8;

} // namespace

IdentityScanner::IdentityScanner(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
    const QList<Division> &divisions = gazetteer.divisions();
    for (int i = 0; i < divisions.size(); ++i) {
        m_places.insert(divisions.at(i).name, i * 2);
        for (const QString &s : divisions.at(i).shortForms)
            m_places.insert(s, i * 2 + 1);
    }
    const QList<Agency> &agencies = gazetteer.agencies();
    for (int i = 0; i < agencies.size(); ++i) {
        for (const QString &form : agencies.at(i).forms)
            m_agencies.insert(form, i * 2 + (agencies.at(i).endForms.contains(form) ? 1 : 0));
    }
    for (int i = 0; i < gazetteer.units().size(); ++i)
        m_units.insert(gazetteer.units().at(i).suffix, i);
    for (int i = 0; i < gazetteer.zonePatterns().size(); ++i)
        m_zones.insert(gazetteer.zonePatterns().at(i), i);
    m_places.freeze();
    m_agencies.freeze();
    m_units.freeze();
    m_zones.freeze();
}

const IdentityScanner &IdentityScanner::builtIn()
{
    static const IdentityScanner scanner(Gazetteer::builtIn());
    return scanner;
}

std::pair<int, int> IdentityScanner::agencyAt(QStringView folded, qsizetype pos) const
{
    std::pair<int, int> best {-1, 0};
    m_agencies.matchesAt(folded, pos, [&](int length, const std::vector<int> &ids) {
        const int id = ids.front();
        if (id % 2) {
            // An end form: only where the word ends (平江街道办, 平江街道办关于…).
            const qsizetype after = pos + length;
            if (after < folded.size() && isHan(folded.at(after)) && !folded.mid(after).startsWith(u"关于"))
                return;
        }
        best = {id / 2, length};
    });
    return best;
}

void IdentityScanner::readUnit(QStringView text, qsizetype pos, IdentityMention &m) const
{
    const qsizetype n = text.size();
    // The suffix of a unit at @p at, its kind and length: 分局, 支队.
    auto suffixAt = [&](qsizetype at) {
        std::pair<int, int> found {-1, 0};
        m_units.matchesAt(text, at, [&](int len, const std::vector<int> &ids) {
            found = {ids.front(), len};
        });
        return found;
    };
    auto take = [&](qsizetype nameEnd, std::pair<int, int> suffix) {
        m.unitKind = suffix.first;
        m.unitNameSpan = {pos, nameEnd};
        m.unitSpan = {pos, nameEnd + suffix.second};
    };
    // A place's name (仁和区分局, 武侯区分局), within the body's places when it names some.
    int placeLength = 0;
    const std::vector<int> *ids = nullptr;
    m_places.matchesAt(text, pos, [&](int len, const std::vector<int> &found) {
        placeLength = len;
        ids = &found;
    });
    if (placeLength >= 2 && ids) {
        const auto suffix = suffixAt(pos + placeLength);
        if (suffix.first >= 0) {
            for (const int id : *ids) {
                const int unit = id / 2;
                const bool within = m.places.isEmpty() || std::any_of(m.places.cbegin(), m.places.cend(), [&](int p) {
                    return m_gazetteer.contains(p, unit);
                });
                if (within && !m.unitPlaces.contains(unit))
                    m.unitPlaces.append(unit);
            }
            take(pos + placeLength, suffix);
            return;
        }
    }
    // Any other name (交通警察支队, 靖安司法所): the first suffix after two or more characters.
    qsizetype end = pos;
    while (end < n && end - pos < MaxUnitName + 3 && isUnitNameChar(text.at(end)))
        ++end;
    for (qsizetype at = pos + 2; at < end && at - pos <= MaxUnitName; ++at) {
        const auto suffix = suffixAt(at);
        if (suffix.first < 0)
            continue;
        const QStringView name = text.mid(pos, at - pos);
        const QStringList &stops = m_gazetteer.notInUnitNames();
        if (std::any_of(stops.cbegin(), stops.cend(), [&](const QString &w) {
                return name.contains(w);
            }))
            return;
        take(at, suffix);
        return;
    }
}

QList<IdentityMention> IdentityScanner::places(QStringView text) const
{
    QList<IdentityMention> found;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        int best = 0;
        const std::vector<int> *ids = nullptr;
        m_places.matchesAt(text, i, [&](int length, const std::vector<int> &f) {
            best = length;
            ids = &f;
        });
        if (best == 2 && i > 0 && isHan(text.at(i - 1)))
            best = 0;
        if (best == 0) {
            ++i;
            continue;
        }
        IdentityMention m;
        for (const int id : *ids) {
            m.places.append(id / 2);
            m.shortForm = m.shortForm || (id % 2);
        }
        m.placeCount = 1;
        m.placeSpan = m.span = {i, i + best};
        found.append(m);
        i += best;
    }
    return found;
}

QList<IdentityMention> IdentityScanner::scan(QStringView text) const
{
    QList<IdentityMention> mentions;
    const qsizetype n = text.size();
    int citeDepth = 0;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'《')
            ++citeDepth;
        else if (c == u'》')
            citeDepth = qMax(0, citeDepth - 1);

        // A place (and the body after it), else a body named by its level,
        // else an agency alone.
        IdentityMention m;
        m.cited = citeDepth > 0;
        if (readPlaceBody(text, i, m) || readLevelBody(text, i, m) || readAgencyBody(text, i, m)) {
            mentions.append(m);
            i = m.span.end;
            continue;
        }
        ++i;
    }
    return mentions;
}

int IdentityScanner::longestPlace(QStringView text, qsizetype pos, const std::vector<int> *&ids) const
{
    // The ids stay in the trie: no copy per match (most offsets of running
    // text that start a name start a short form).
    int best = 0;
    m_places.matchesAt(text, pos, [&](int length, const std::vector<int> &found) {
        best = length;
        ids = &found;
    });
    return best;
}

bool IdentityScanner::readPlaceBody(QStringView text, qsizetype at, IdentityMention &m) const
{
    const qsizetype n = text.size();
    const std::vector<int> *ids = nullptr;
    int length = longestPlace(text, at, ids);
    if (length == 2 && at > 0 && isHan(text.at(at - 1)))
        length = 0; // 和县 in 市和县卫健委, 城区 in 主城区
    if (length == 0)
        return false;
    qsizetype pos = readPlaceChain(text, at, length, *ids, m);
    int zoneLength = 0;
    m_zones.matchesAt(text, pos, [&](int len, const std::vector<int> &) {
        zoneLength = len;
    });
    if (zoneLength > 0) {
        m.zone = text.mid(pos, zoneLength).toString();
        pos += zoneLength;
    }
    const auto [agency, agencyLength] = agencyAt(text, pos);
    if (agency >= 0) {
        m.agency = agency;
        m.agencySpan = {pos, pos + agencyLength};
        pos += agencyLength;
        readUnit(text, pos, m);
        if (m.unitSpan.isValid())
            pos = m.unitSpan.end;
    } else {
        // A place followed by a year (南通市2024年…), as a title or a cited plan names its place.
        qsizetype y = pos;
        while (y < n && text.at(y) == u' ')
            ++y;
        int digits = 0;
        while (y < n && digits < 4 && text.at(y).isDigit()) {
            ++y;
            ++digits;
        }
        while (y < n && text.at(y) == u' ')
            ++y;
        m.yearFollows = digits == 4 && y < n && text.at(y) == u'年';
    }
    m.span = {at, pos};
    return true;
}

qsizetype IdentityScanner::readPlaceChain(QStringView text, qsizetype at, int length, const std::vector<int> &firstIds, IdentityMention &m) const
{
    QList<int> candidates;
    bool isShort = false;
    for (const int id : firstIds) {
        candidates.append(id / 2);
        isShort = isShort || (id % 2);
    }
    qsizetype pos = at + length;
    int count = 1;
    // Deeper units that continue the chain: 天津市 → 滨海新区.
    const std::vector<int> *ids = nullptr;
    for (;;) {
        const int next = longestPlace(text, pos, ids);
        if (next == 0)
            break;
        QList<int> deeper;
        bool deeperShort = false;
        for (const int id : *ids) {
            for (const int parent : std::as_const(candidates)) {
                if (id / 2 != parent && m_gazetteer.contains(parent, id / 2) && !deeper.contains(id / 2)) {
                    deeper.append(id / 2);
                    deeperShort = deeperShort || (id % 2);
                }
            }
        }
        if (deeper.isEmpty())
            break;
        candidates = deeper;
        isShort = deeperShort;
        pos += next;
        ++count;
    }
    m.places = candidates;
    m.placeCount = count;
    m.shortForm = isShort;
    m.placeSpan = {at, pos};
    return pos;
}

bool IdentityScanner::readLevelBody(QStringView text, qsizetype at, IdentityMention &m) const
{
    // 街道办事处, 街道办: a 街道 named by its level.
    const qsizetype n = text.size();
    const QChar c = text.at(at);
    const bool street = c == u'街' && at + 2 < n && text.at(at + 1) == u'道';
    if (!(isLevelWord(c) || street) || at + 1 >= n)
        return false;
    const qsizetype from = at + (street ? 2 : 1);
    const auto [agency, agencyLength] = agencyAt(text, from);
    if (agency < 0)
        return false;
    m.relative = c;
    m.agency = agency;
    m.agencySpan = {from, from + agencyLength};
    readUnit(text, m.agencySpan.end, m);
    m.span = {at, m.unitSpan.isValid() ? m.unitSpan.end : m.agencySpan.end};
    return true;
}

bool IdentityScanner::readAgencyBody(QStringView text, qsizetype at, IdentityMention &m) const
{
    const auto [agency, agencyLength] = agencyAt(text, at);
    if (agency < 0)
        return false;
    m.agency = agency;
    m.agencySpan = {at, at + agencyLength};
    readUnit(text, m.agencySpan.end, m);
    m.span = {at, m.unitSpan.isValid() ? m.unitSpan.end : m.agencySpan.end};
    return true;
}

} // namespace Dz
