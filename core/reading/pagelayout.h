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
};

} // namespace Dz
