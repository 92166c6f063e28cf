#include "outline/sectionbuilder.h"

#include "base/chinesenumerals.h"
#include "outline/enumerations.h"
#include "outline/outline_debug.h"
#include "outline/outlineparser.h"

#include <algorithm>

namespace Dz
{

namespace Internal
{

SectionBuilder::SectionBuilder(const OutlineText &text)
    : m_text(text)
{
}

void SectionBuilder::add(const HeadingCandidate &c)
{
    QString repaired = c.repaired;
    const int level = levelOf(c, &repaired);
    if (level <= 0)
        return;
    while (!m_open.isEmpty() && m_sections.at(m_open.last()).level >= level)
        m_open.removeLast();
    Section s = sectionOf(c, level, repaired);
    if (!s.repaired.isEmpty())
        qCDebug(lcOutline) << "repaired" << s.marker << s.title << s.repaired;
    m_sections.append(s);
    m_lines.append(c.line);
    m_enumerated.append(c.enumerated);
    ++m_childCounts[childKey(s.parent, s.level)];
    if (s.level == 3 && !c.enumerated)
        m_lastItemNumber = c.number;
    m_open.append(int(m_sections.size()) - 1);
}

int SectionBuilder::levelOf(const HeadingCandidate &c, QString *repaired) const
{
    if (c.enumerated) {
        // One level below the heading it stands under, not below an 一是 before it.
        const auto enclosing = std::find_if(m_open.crbegin(), m_open.crend(), [this](int s) {
            return !m_enumerated.at(s);
        });
        return enclosing == m_open.crend() ? 0 : m_sections.at(*enclosing).level + 1;
    }
    if (isMisnumberedTopHeading(c)) {
        const int topCount = countChildren(-1, 1);
        *repaired = OutlineParser::tr("Marker “%1” is written with an Arabic numeral, but by position it is the top-level heading %2、 (after %3、).")
                        .arg(markerText(c), chineseNumeral(c.number), chineseNumeral(topCount));
        return 1;
    }
    if (isMisnumberedSubHeading(c)) {
        const int previous = innermost(2);
        const int ordinal = countChildren(m_sections.at(previous).parent, 2) + 1;
        *repaired =
            OutlineParser::tr("Marker “%1” is a fourth-level marker with no 1. item above it; by position it is the second-level heading （%2） (after %3).")
                .arg(markerText(c), chineseNumeral(ordinal), m_sections.at(previous).marker);
        return 2;
    }
    return c.style == MarkerStyle::None ? c.level : styleLevel(c.style);
}

bool SectionBuilder::isMisnumberedTopHeading(const HeadingCandidate &c) const
{
    if (c.style != MarkerStyle::ArabicDot || c.inlineBody || c.titleEnd - c.titleStart > OutlineText::MaxUnmarkedHeadingLength)
        return false;
    const int topCount = countChildren(-1, 1);
    if (topCount <= 0 || c.number != topCount + 1)
        return false;
    const int parent = innermost(2) >= 0 ? innermost(2) : innermost(1);
    const int expectedItem = countChildren(parent, 3) + 1;
    const bool continuesItems = lastItemNumber() + 1 == c.number;
    return c.number != expectedItem && !continuesItems;
}

bool SectionBuilder::isMisnumberedSubHeading(const HeadingCandidate &c) const
{
    return c.style == MarkerStyle::ArabicParen && c.number != 1 && innermost(3) < 0 && innermost(2) >= 0;
}

Section SectionBuilder::sectionOf(const HeadingCandidate &c, int level, const QString &repaired) const
{
    Section s;
    s.level = level;
    s.parent = m_open.isEmpty() ? -1 : m_open.last();
    s.ordinal = countChildren(s.parent, level) + 1;
    s.marker = markerText(c);
    const bool longItem = c.inlineBody || c.titleEnd - c.titleStart > MaxNumberedHeadingLength;
    s.kind = level == 3 && longItem ? SectionKind::NumberedParagraph : SectionKind::Heading;
    s.titleSpan = {c.titleStart, c.titleEnd};
    s.title = m_text.text().mid(c.titleStart, c.titleEnd - c.titleStart);
    s.headingSpan = {c.markerStart, c.titleEnd};
    s.repaired = repaired;
    if (s.repaired.isEmpty() && c.style != MarkerStyle::None && level <= 2 && c.number != s.ordinal)
        s.repaired = OutlineParser::tr("Numbered %1 but it is heading %2 at its level.").arg(s.marker).arg(s.ordinal);
    return s;
}

qint64 SectionBuilder::childKey(int parent, int level)
{
    return (qint64(parent) + 1) * 8 + level;
}

// Counted as sections are made: counting them again for each section would
// make a report of many sections quadratic.
int SectionBuilder::countChildren(int parent, int level) const
{
    return m_childCounts.value(childKey(parent, level));
}

int SectionBuilder::innermost(int level) const
{
    for (auto it = m_open.crbegin(); it != m_open.crend(); ++it) {
        if (m_sections.at(*it).level == level)
            return *it;
    }
    return -1;
}

int SectionBuilder::lastItemNumber() const
{
    return m_lastItemNumber;
}

QString SectionBuilder::markerText(const HeadingCandidate &c) const
{
    return QStringView(m_text.text()).mid(c.markerStart, c.markerEnd - c.markerStart).trimmed().toString();
}

void setSectionSpans(const OutlineText &text, qsizetype contentEnd, QList<Section> *sections)
{
    QList<Section> &s = *sections;
    for (int i = 0; i < s.size(); ++i) {
        qsizetype end = contentEnd;
        for (int j = i + 1; j < s.size(); ++j) {
            if (s.at(j).level <= s.at(i).level) {
                end = s.at(j).headingSpan.start;
                break;
            }
        }
        s[i].span = {s.at(i).headingSpan.start, text.trimBack(s.at(i).headingSpan.start, end)};
    }
    for (int i = 0; i < s.size(); ++i) {
        qsizetype bodyEnd = s.at(i).span.end;
        if (i + 1 < s.size() && s.at(i + 1).parent == i)
            bodyEnd = s.at(i + 1).headingSpan.start;
        const qsizetype bodyStart = s.at(i).titleSpan.end;
        s[i].bodySpan = {bodyStart, qMax(bodyStart, text.trimBack(bodyStart, bodyEnd))};
        s[i].enumeration = findEnumeration(text, bodyStart, bodyEnd);
    }
}

} // namespace Internal

} // namespace Dz
