#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace Dz
{

/// A run of text placed on a page (a PDF word, an OFD TextCode), in page units, y down.
struct PlacedText {
    QString text;
    QRectF box;
    bool spaceAfter = false; ///< the source put a space after it
};

/// A page's text runs and its size.
struct PlacedPage {
    QList<PlacedText> runs;
    QSizeF size;
};

/**
 * Turns placed text (PDF, OFD) back into paragraphs, one per line.
 *
 * Runs on the same baseline make a line, left to right, with no space
 * between Chinese and anything (`2024 年` is `2024年`). Page numbers
 * (`- 3 -`, `第3页`, `3/12`) and running headers and footers (the same
 * text at the same place on most pages) are left out. A line that reaches
 * the right margin continues in the next unless the next starts a
 * paragraph: by its first-line indent where the document indents
 * paragraphs, else when the line ends a sentence or the next starts with a
 * heading or list marker; a wider gap than the line spacing parts
 * paragraphs too.
 */
class PageLayout
{
public:
    static QString paragraphs(const QList<PlacedPage> &pages);

    struct Line {
        QString text;
        QRectF box;
    };
    /// The lines of one page, top to bottom.
    static QList<Line> lines(const QList<PlacedText> &runs);
    /// True for a line that is only a page number.
    static bool isPageNumber(const QString &line);

    // The steps of paragraphs(), in order.

    /// Each page's lines (@p pageLines, parallel to @p pages) without page
    /// numbers and, where there are several pages, without the running
    /// headers and footers: the same text (numbers aside) at the same
    /// height among the first or last two lines of most pages. Prose (a
    /// line with a comma or a full stop) is never a running header.
    static QList<QList<Line>> withoutFurniture(QList<QList<Line>> pageLines, const QList<PlacedPage> &pages);

    /// How a document sets its paragraphs, measured on all its lines.
    struct Measure {
        double left = 0; ///< the text's left margin
        double right = 0; ///< where full lines end
        double em = 1; ///< the usual line height
        /// The document marks paragraphs by a first-line indent (at least
        /// two lines and a tenth of them indented).
        bool indentStyled = false;

        bool indented(const Line &line) const
        {
            return line.box.left() >= left + 0.9 * em;
        }
    };
    static Measure measure(const QList<Line> &lines);

    /// Whether @p next continues the paragraph of @p prev: @p prev reaches
    /// the right margin (line breaking may stop a few characters short, more
    /// where indents mark paragraphs), no wider gap than the line spacing
    /// parts them (except across a page break, @p nextStartsPage), and
    /// @p next is not indented (indent style) or, otherwise, @p prev does
    /// not end a sentence and @p next starts with no marker.
    static bool continues(const Line &prev, const Line &next, bool nextStartsPage, const Measure &measure);
};

} // namespace Dz
