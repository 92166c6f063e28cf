#pragma once

#include "outline/outlinetext.h"
#include "reading/report.h"

#include <optional>

namespace Dz
{

namespace Internal
{

/// The title: the leading run of short lines (at most four checked, before
/// line @p limit) up to the one naming the document (…报告, …总结); a
/// report that opens with its preamble has none. @p bodyStartLine is set
/// to the line after it.
std::optional<Block> findTitleBlock(const OutlineText &text, int limit, int *bodyStartLine);

/// The date and the signature above it at the end, after line
/// @p lastHeadingLine: a date line, a signature line, or both, in that
/// order. @p contentEndLine is set to the first line they take.
QList<Block> findSignatureAndDate(const OutlineText &text, int lastHeadingLine, int *contentEndLine);

/// The preamble: the non-empty lines from @p from up to @p to, if any.
std::optional<Block> findPreamble(const OutlineText &text, int from, int to);

} // namespace Internal

} // namespace Dz
