#pragma once

#include "outline/headingcandidate.h"

namespace Dz
{

namespace Internal
{

// Repairs by context: headings a report wrote without their marker, found
// from the markers around them. Each inserted candidate says why in
// HeadingCandidate::repaired.

/// When the first top-level marker is 二、, the heading-like line from
/// @p bodyStartLine before the first marked heading of any level is the
/// missing 一、 (a report that opens with its first heading unmarked).
void repairMissingFirstTopHeading(const OutlineText &text, int bodyStartLine, QList<HeadingCandidate> *candidates);

/// Within each top-level scope, a first sub-heading （二） means the first
/// line after the top heading is the unmarked （一） when it is heading-like
/// or its first sentence is a title.
void repairMissingFirstSubHeadings(const OutlineText &text, QList<HeadingCandidate> *candidates);

/// Whether @p c opens a top-level scope: 一、 or an unmarked top heading.
bool isTopLevel(const HeadingCandidate &c);

} // namespace Internal

} // namespace Dz
