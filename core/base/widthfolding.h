#pragma once

#include <QString>

namespace Dz
{

/**
 * Folds full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to
 * their half-width equivalents, one character for one, so that `（一）` and
 * `(一)`, `，` and `,` match the same patterns.
 *
 * The result has exactly the length of the input: a position found in the
 * folded text is the same position in the text as published.
 */
QString foldWidth(QStringView text);

/// True for spaces a report may use between a marker and its title,
/// including the ideographic space and no-break space.
bool isLayoutSpace(QChar c);

} // namespace Dz
