#pragma once

#include <QString>
#include <QStringView>

namespace Dz::Internal
{

/**
 * How much room DrawingML text takes on a slide, estimated without fonts
 * (core links no GUI library) and on the safe side: a Chinese character is
 * one em wide, Latin letters and digits three fifths of one, and a line is
 * 1.5 em high (Noto Sans CJK, which LibreOffice puts in for 微软雅黑, has a
 * line of 1.45 em; 微软雅黑 itself 1.32). Text laid out with these figures
 * fits the box it is given in PowerPoint, WPS and LibreOffice;
 * tst_deckgeometry holds the estimate against Qt's text layout of the real
 * font.
 *
 * Sizes are in hundredths of a point (DrawingML's sz), lengths in EMU.
 */
class TextMeasure
{
public:
    static constexpr qint64 EmuPerPoint = 12700;

    /// One em at @p size.
    static qint64 em(int size)
    {
        return qint64(size) * EmuPerPoint / 100;
    }
    /// The height of one line at @p size.
    static qint64 lineHeight(int size)
    {
        return em(size) * 3 / 2;
    }
    /// The width of @p text on one line.
    static qint64 width(QStringView text, int size, bool bold = false);
    /// The widest piece of @p text that cannot be broken (a Latin word, a
    /// figure such as ≥3,211.5, one Chinese character with the punctuation
    /// that may not start a line after it).
    static qint64 widestToken(QStringView text, int size, bool bold = false);
    /// The lines @p text takes when wrapped into @p width (its own line
    /// breaks kept), breaking between Chinese characters and at spaces, never
    /// inside a word unless the word alone is wider than @p width.
    static int lines(QStringView text, qint64 width, int size, bool bold = false);
    /// @p text cut with "…" so that it takes at most @p maxLines lines of @p width.
    static QString elided(const QString &text, qint64 width, int size, int maxLines, bool bold = false);
};

} // namespace Dz::Internal
