#include "identity/identityrules.h"

#include "base/chinesenumerals.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz::Internal
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

namespace
{

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

} // namespace

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

QString yearValue(QStringView written)
{
    return written.at(0).isDigit() ? written.toString() : QString::number(chineseDigitsValue(written));
}

bool levelFits(const Gazetteer &g, int unit, QChar level)
{
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
}

} // namespace Dz::Internal
