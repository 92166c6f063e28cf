#include "outline/outlineparser.h"

#include "outline/enumerations.h"
#include "outline/headingcandidate.h"
#include "outline/outlineblocks.h"
#include "outline/outlinerepairs.h"
#include "outline/outlinetext.h"
#include "outline/sectionbuilder.h"

#include <QLoggingCategory>

#include <algorithm>

namespace Dz
{

// The steps, each in the file that names it: lines (outlinetext), marked
// headings and their titles (headingcandidate), the title, signature, date
// and preamble blocks (outlineblocks), repairs by context (outlinerepairs),
// 一是… enumerations (enumerations), levels and spans (sectionbuilder).
Outline OutlineParser::parse(const QString &text, const QString &matchText)
{
    using namespace Internal;
    Q_ASSERT(text.size() == matchText.size());
    const OutlineText lines(text, matchText);
    QList<HeadingCandidate> candidates = findMarkedCandidates(lines);

    Outline outline;
    int bodyStartLine = 0;
    if (const std::optional<Block> title = findTitleBlock(lines, firstCandidateLine(lines, candidates), &bodyStartLine))
        outline.blocks.append(*title);
    int contentEndLine = -1;
    outline.blocks.append(findSignatureAndDate(lines, candidates.isEmpty() ? -1 : candidates.last().line, &contentEndLine));

    repairMissingFirstTopHeading(lines, bodyStartLine, &candidates);
    repairMissingFirstSubHeadings(lines, &candidates);
    findOwnLineEnumerations(lines, bodyStartLine, contentEndLine, &candidates);

    SectionBuilder builder(lines);
    for (const HeadingCandidate &c : std::as_const(candidates))
        builder.add(c);
    outline.sections = builder.sections();
    setSectionSpans(lines, contentEndLine >= 0 ? lines.line(contentEndLine).start : text.size(), &outline.sections);

    const int contentEnd = contentEndLine >= 0 ? contentEndLine : lines.lineCount();
    if (const std::optional<Block> preamble = findPreamble(lines, bodyStartLine, builder.lines().isEmpty() ? contentEnd : builder.lines().first()))
        outline.blocks.append(*preamble);
    std::sort(outline.blocks.begin(), outline.blocks.end(), [](const Block &a, const Block &b) {
        return a.span.start < b.span.start;
    });
    return outline;
}

} // namespace Dz
