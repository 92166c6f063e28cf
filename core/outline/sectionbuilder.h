#pragma once

#include "outline/headingcandidate.h"
#include "reading/report.h"

#include <QHash>

namespace Dz
{

namespace Internal
{

/**
 * The level pass: turns heading candidates, in text order, into sections
 * with their level, parent and ordinal.
 *
 * A candidate's level is its marker's, except where the context says
 * otherwise, and then the section says why (Section::repaired): an Arabic
 * `4、` where the fourth top heading belongs, a `（5）` with no `1.` above it
 * where the next second-level heading belongs, a number that is not the
 * heading's ordinal at its level. An 一是 heading is one level below the
 * heading it stands under.
 */
class SectionBuilder
{
public:
    /// A numbered line longer than this without a full stop is a paragraph.
    static constexpr qsizetype MaxNumberedHeadingLength = 50;

    explicit SectionBuilder(const OutlineText &text);

    /// Adds @p c as the next section; an 一是 heading under no heading is left out.
    void add(const HeadingCandidate &c);

    const QList<Section> &sections() const
    {
        return m_sections;
    }
    /// Per section: the line its heading is on.
    const QList<int> &lines() const
    {
        return m_lines;
    }

    /// The level @p c takes by context, with why when it is not its marker's.
    int levelOf(const HeadingCandidate &c, QString *repaired) const;

private:
    /// An Arabic 1. that stands where the next top heading belongs.
    bool isMisnumberedTopHeading(const HeadingCandidate &c) const;
    /// A （1） with no 1. item above it, under a second-level heading.
    bool isMisnumberedSubHeading(const HeadingCandidate &c) const;
    Section sectionOf(const HeadingCandidate &c, int level, const QString &repaired) const;
    static qint64 childKey(int parent, int level);
    int countChildren(int parent, int level) const;
    /// The innermost open section of @p level, or -1.
    int innermost(int level) const;
    /// The number written on the last level-3 item, wherever it stands:
    /// reports may number their items 1.…41. across sub-headings.
    int lastItemNumber() const;
    QString markerText(const HeadingCandidate &c) const;

    const OutlineText &m_text;
    QList<Section> m_sections;
    QList<int> m_open; ///< indexes into m_sections, innermost last
    QList<int> m_lines;
    QList<bool> m_enumerated; ///< per section: an 一是… line of its own
    QHash<qint64, int> m_childCounts; ///< sections by parent and level (childKey())
    int m_lastItemNumber = 0; ///< the number of the last level-3 item, enumerations aside
};

/// Sets each section's span (to the next heading of its level or above, or
/// @p contentEnd), body span (to its first sub-heading) and in-paragraph
/// enumeration.
void setSectionSpans(const OutlineText &text, qsizetype contentEnd, QList<Section> *sections);

} // namespace Internal

} // namespace Dz
