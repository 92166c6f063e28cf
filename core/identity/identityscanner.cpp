#include "identity/identityscanner.h"

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

// Levels a body is named by alone: 区卫健委, 市应急管理局.
bool isLevelWord(QChar c)
{
    return QStringView(u"省市区县州旗").contains(c);
}

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
            m_agencies.insert(form, i);
    }
    for (int i = 0; i < gazetteer.zonePatterns().size(); ++i)
        m_zones.insert(gazetteer.zonePatterns().at(i), i);
    m_places.freeze();
    m_agencies.freeze();
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
        best = {ids.front(), length};
    });
    return best;
}

QList<IdentityMention> IdentityScanner::scan(QStringView text) const
{
    QList<IdentityMention> mentions;
    const qsizetype n = text.size();
    int citeDepth = 0;

    // The longest place name at @p pos: its length and ids.
    // The ids stay in the trie: no copy per match (most offsets of running
    // text that start a name start a short form).
    auto longestPlace = [&](qsizetype pos, const std::vector<int> *&ids) {
        int best = 0;
        m_places.matchesAt(text, pos, [&](int length, const std::vector<int> &found) {
            best = length;
            ids = &found;
        });
        return best;
    };

    qsizetype i = 0;
    const std::vector<int> *ids = nullptr;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'《')
            ++citeDepth;
        else if (c == u'》')
            citeDepth = qMax(0, citeDepth - 1);

        IdentityMention m;
        m.cited = citeDepth > 0;
        int length = longestPlace(i, ids);
        if (length == 2 && i > 0 && isHan(text.at(i - 1)))
            length = 0; // 和县 in 市和县卫健委, 城区 in 主城区
        if (length > 0) {
            QList<int> candidates;
            bool isShort = false;
            for (const int id : *ids) {
                candidates.append(id / 2);
                isShort = isShort || (id % 2);
            }
            qsizetype pos = i + length;
            int count = 1;
            // Deeper units that continue the chain: 天津市 → 滨海新区.
            for (;;) {
                const int next = longestPlace(pos, ids);
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
            m.placeSpan = {i, pos};
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
            } else {
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
            m.span = {i, pos};
            mentions.append(m);
            i = pos;
            continue;
        }
        if (isLevelWord(c) && i + 1 < n) {
            const auto [agency, agencyLength] = agencyAt(text, i + 1);
            if (agency >= 0) {
                m.relative = c;
                m.agency = agency;
                m.agencySpan = {i + 1, i + 1 + agencyLength};
                m.span = {i, m.agencySpan.end};
                mentions.append(m);
                i = m.span.end;
                continue;
            }
        }
        const auto [agency, agencyLength] = agencyAt(text, i);
        if (agency >= 0) {
            m.agency = agency;
            m.agencySpan = {i, i + agencyLength};
            m.span = m.agencySpan;
            mentions.append(m);
            i = m.span.end;
            continue;
        }
        ++i;
    }
    return mentions;
}

} // namespace Dz
