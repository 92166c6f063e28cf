#include "export/ooxml/slidegeometry.h"

#include "export/ooxml/textmeasure.h"

#include <algorithm>

namespace Dz::Internal
{

namespace
{

// The box a text of @p size needs at the content width, at most @p maxLines.
qint64 textHeight(const QString &text, int size, int maxLines)
{
    return std::min(TextMeasure::lines(text, ContentWidth, size), maxLines) * TextMeasure::lineHeight(size);
}

} // namespace

Footer footerFor(const QString &note, const QString &source)
{
    Footer f;
    qint64 bottom = FootBottom;
    if (!source.isEmpty()) {
        f.sourceSize = TextMeasure::lines(source, ContentWidth, 1000) <= 1 ? 1000 : 900;
        f.sourceText = TextMeasure::elided(source, ContentWidth, f.sourceSize, 2);
        const qint64 height = textHeight(f.sourceText, f.sourceSize, 2);
        f.source = {Margin, bottom - height, ContentWidth, height};
        bottom = f.source.y - FootGap;
    }
    if (!note.isEmpty()) {
        f.noteSize = 900;
        for (const int size : {1200, 1100, 1000}) {
            if (TextMeasure::lines(note, ContentWidth, size) <= 2) {
                f.noteSize = size;
                break;
            }
        }
        f.noteText = TextMeasure::elided(note, ContentWidth, f.noteSize, 4);
        const qint64 height = textHeight(f.noteText, f.noteSize, 4);
        f.note = {Margin, bottom - height, ContentWidth, height};
        bottom = f.note.y;
    }
    f.top = bottom;
    return f;
}

Rect contentAbove(const Footer &footer)
{
    return {ContentRect.x, ContentRect.y, ContentRect.cx, std::min(ContentRect.cy, footer.top - ContentNoteGap - ContentRect.y)};
}

std::pair<QString, int> fittedTitle(const QString &title)
{
    const qint64 width = TitleRect.cx - 2 * InsetX;
    const qint64 height = TitleRect.cy - 2 * InsetY;
    for (const int size : {2800, 2400, 2000}) {
        if (TextMeasure::lines(title, width, size, true) * TextMeasure::lineHeight(size) <= height)
            return {title, size};
    }
    const int lines = int(height / TextMeasure::lineHeight(2000));
    return {TextMeasure::elided(title, width, 2000, std::max(1, lines), true), 2000};
}

Rect fitted(const Rect &box, quint32 width, quint32 height)
{
    const double scale = std::min(double(box.cx) / width, double(box.cy) / height);
    const auto cx = qint64(width * scale);
    const auto cy = qint64(height * scale);
    return {box.x + (box.cx - cx) / 2, box.y + (box.cy - cy) / 2, cx, cy};
}

} // namespace Dz::Internal
