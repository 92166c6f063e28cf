#pragma once

#include "outline/headingcandidate.h"
#include "reading/report.h"

namespace Dz
{

namespace Internal
{

/// The number of an 一是…/二是… line short enough to be a title only
/// (一是强化组织领导。), or 0; @p markerEnd is set to the end of its 一是. A
/// line that goes on past its first sentence is a paragraph, read as an
/// in-paragraph enumeration.
int ownLineEnumeration(const OutlineText &text, const OutlineLine &line, qsizetype *markerEnd = nullptr);

/// 一是…/二是… standing on lines of their own between @p bodyStartLine and
/// @p contentEndLine (-1: the end), each followed by its body, are headings
/// one level below the heading they stand under. All such lines under one
/// heading qualify together or not at all: numbered 一, 二, … in order, at
/// least two, each with body text after it, else they are a list and stay
/// body. Inserts those that qualify among @p candidates.
void findOwnLineEnumerations(const OutlineText &text, int bodyStartLine, int contentEndLine, QList<HeadingCandidate> *candidates);

/// The items of an enumeration in the text from @p from to @p to (一是…,
/// 第二，…, ③…), each starting a line or following a clause's end and
/// numbered in order (a line may skip one), with its first clause as title.
QList<EnumerationItem> findEnumeration(const OutlineText &text, qsizetype from, qsizetype to);

} // namespace Internal

} // namespace Dz
