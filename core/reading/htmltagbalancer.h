#pragma once

#include <QString>

namespace Dz
{

/**
 * Closes the elements a web page leaves open where a browser's page ends
 * them, before libxml2 builds its tree, and measures the page's visible text.
 *
 * Some sites write every paragraph as an unclosed `<div>` (or `<font>`,
 * `<span>`…): each nests inside the one before, so a long article becomes
 * a tree thousands of levels deep. A browser still shows one paragraph
 * after the other; libxml2 stops building at 256 levels and drops the
 * rest without a word, and the article finder sees one paragraph inside
 * another. Here, an element that is never closed and already holds text
 * (its own, or that of unclosed elements inside it) is closed when an
 * element of the same name opens inside it, with whatever unclosed
 * elements stand between, so the paragraphs become siblings, as they look
 * on screen. Elements the page closes itself are left as they are, and
 * stop the search. Two passes over the markup, linear in its length; only
 * a bit per element is kept.
 */
class HtmlTagBalancer
{
public:
    struct Balanced {
        QString html; ///< the page with the missing end tags written in
        /// The deepest nesting of elements in @c html, as the page writes
        /// them (elements a parser closes by itself, like `<p>`, counted as
        /// open: an upper bound).
        qsizetype depth = 0;
        /// Elements the page opens; past the limit given, the count where
        /// the balancing stopped (then @c html is empty).
        qsizetype elements = 0;
        /// Chinese characters a browser would show (outside scripts, styles
        /// and the head), and those of them inside links.
        qsizetype visibleCjk = 0;
        qsizetype linkCjk = 0;
        /// End tags written in.
        int closed = 0;
    };

    /// Balances @p html; a page of more than @p maxElements elements is
    /// not read further (see Balanced::elements).
    static Balanced balance(const QString &html, qsizetype maxElements);

    /// True for the ideographs a report's text is made of.
    static bool isCjk(char16_t c)
    {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }
};

} // namespace Dz
