#pragma once

#include "export/ooxml/deckparts.h"

#include <QString>

#include <utility>

// Where things go on a deck's slides, and the sizes their text is set in to
// fit. No XML here: SlideWriter writes the shapes, PptxDeck decides which
// slides there are.
namespace Dz::Internal
{

struct Rect {
    qint64 x, y, cx, cy;
};

// Slide geometry in EMU (914400 per inch): title band, content area, then
// the note and the source line at the foot. The foot grows upwards as its
// text needs (Footer) and the content area ends above it.
inline constexpr qint64 Margin = 457200;
inline constexpr qint64 ContentWidth = SlideWidth - 2 * Margin;
inline constexpr Rect TitleRect {Margin, 228600, ContentWidth, 777240};
inline constexpr Rect ContentRect {Margin, 1097280, ContentWidth, 4480560};
// The foot of the slide ends a quarter inch above its edge.
inline constexpr qint64 FootBottom = SlideHeight - 228600;
// Room kept between the content (a table's last row, a chart) and the note.
inline constexpr qint64 ContentNoteGap = 182880;
inline constexpr qint64 FootGap = 45720;
// Placeholders keep DrawingML's default insets: 0.1 in at the sides, 0.05 in above and below.
inline constexpr qint64 InsetX = 91440;
inline constexpr qint64 InsetY = 45720;

/// The foot of a slide: the note above the source line, each with its box,
/// size and (elided) text; @c top is where the foot begins.
struct Footer {
    Rect note {};
    Rect source {};
    int noteSize = 1200;
    int sourceSize = 1000;
    QString noteText;
    QString sourceText;
    qint64 top = FootBottom;
};

/// The note (two lines at 12 pt, else smaller down to 9 pt, at most four
/// lines) above the source line (10 pt, at most two lines), from the foot up.
Footer footerFor(const QString &note, const QString &source);
/// What the content may fill between the title and the foot.
Rect contentAbove(const Footer &footer);
/// The title's size: 28 pt on one line, else smaller, at most two lines at 20 pt (cut with "…").
std::pair<QString, int> fittedTitle(const QString &title);
/// A box of @p width × @p height scaled to fit @p box, centred in it.
Rect fitted(const Rect &box, quint32 width, quint32 height);

} // namespace Dz::Internal
