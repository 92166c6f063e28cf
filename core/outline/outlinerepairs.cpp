#include "outline/outlinerepairs.h"

#include "outline/outlineparser.h"

#include <algorithm>

namespace Dz
{

namespace Internal
{

namespace
{

// The first candidate after @p top that is a sub-heading （…） before the
// next top-level heading, or -1.
int firstSubHeading(const QList<HeadingCandidate> &candidates, int top)
{
    for (int next = top + 1; next < candidates.size() && !isTopLevel(candidates.at(next)); ++next) {
        if (candidates.at(next).style == MarkerStyle::ChineseParen)
            return next;
    }
    return -1;
}

} // namespace

bool isTopLevel(const HeadingCandidate &c)
{
    return c.style == MarkerStyle::ChineseComma || (c.style == MarkerStyle::None && c.level == 1);
}

void repairMissingFirstTopHeading(const OutlineText &text, int bodyStartLine, QList<HeadingCandidate> *candidates)
{
    const auto firstTop = std::find_if(candidates->cbegin(), candidates->cend(), [](const HeadingCandidate &c) {
        return c.style == MarkerStyle::ChineseComma;
    });
    if (firstTop == candidates->cend() || firstTop->number != 2)
        return;
    for (int i = bodyStartLine; i < firstCandidateLine(text, *candidates); ++i) {
        if (text.isHeadingLike(text.line(i))) {
            insertCandidate(
                candidates, unmarkedCandidate(text, i, 1, OutlineParser::tr("No marker: read as 一、 because the next top-level heading is 二、.")));
            return;
        }
    }
}

void repairMissingFirstSubHeadings(const OutlineText &text, QList<HeadingCandidate> *candidates)
{
    // The list grows as repairs are inserted; an inserted sub-heading opens no scope.
    for (int t = 0; t < candidates->size(); ++t) {
        const HeadingCandidate top = candidates->at(t);
        if (!isTopLevel(top))
            continue;
        const int next = firstSubHeading(*candidates, t);
        if (next < 0 || candidates->at(next).number != 2)
            continue;
        for (int i = top.line + 1; i < candidates->at(next).line; ++i) {
            const OutlineLine &line = text.line(i);
            if (line.isEmpty())
                continue;
            if (text.isHeadingLike(line) || text.firstSentenceIsTitle(line))
                insertCandidate(
                    candidates, unmarkedCandidate(text, i, 2, OutlineParser::tr("No marker: read as （一） because the next sub-heading is （二）.")));
            break;
        }
    }
}

} // namespace Internal

} // namespace Dz
