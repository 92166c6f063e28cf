#pragma once

#include <QString>

namespace Dz::Internal
{

/**
 * @p text made safe to print on a terminal: C0 controls other than tab and
 * line feed (ESC, BEL, a CR not before LF…) become their Unicode control
 * pictures (␛, ␇, ␍), DEL becomes ␡, and C1 controls and the bidirectional
 * overrides, which some terminals act on or which turn text round, become
 * "[U+009B]". A report or a file name can then no longer move the cursor,
 * set the window title or clear the screen.
 */
QString terminalSafe(QStringView text);

} // namespace Dz::Internal
