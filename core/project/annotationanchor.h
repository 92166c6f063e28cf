#pragma once

#include "base/textspan.h"
#include "project/annotation.h"

#include <QString>

#include <optional>

namespace Dz
{

/**
 * Finds an annotation again in a report whose text changed (a re-import of
 * an edited file, or a new version of the reader that normalises text
 * differently).
 *
 * Positions alone cannot survive an edit, so an annotation also keeps what it
 * quotes and a little text on each side. The quote is looked for where it
 * was, then anywhere (the candidate whose surroundings best match the kept
 * context wins, then the one nearest the old place), then ignoring white
 * space (a re-wrapped paragraph). A quote that is no longer in the text is
 * not guessed at: the annotation is kept and marked for the analyst.
 */
class AnnotationAnchor
{
public:
    /// Where @p annotation's quote is in @p text, or nothing.
    static std::optional<TextSpan> locate(const QString &text, const Annotation &annotation);

    /// @p annotation placed at @p span of @p text: quote and context taken
    /// from the text, marked as anchored.
    static Annotation anchored(const Annotation &annotation, const QString &text, TextSpan span);
};

} // namespace Dz
