#pragma once

#include "reading/documentreader.h"

namespace Dz
{

/**
 * Saved web pages, parsed with libxml2's HTML parser (forgiving of the
 * broken markup government sites serve).
 *
 * The encoding comes from a byte order mark, then `<meta charset>` or
 * `http-equiv` Content-Type (GBK and GB2312 are read as GB18030, their
 * superset), else it is sniffed: valid UTF-8, or else valid GB18030.
 *
 * The article is the element whose paragraphs carry the most Chinese text
 * with the fewest links (each paragraph scores for its parent and, half,
 * its grandparent, and a candidate's score shrinks with its link density),
 * so no site needs a rule of its own. Scripts, styles, navigation, menus,
 * breadcrumbs, link lists and footers stay out. The page's title (the
 * first heading, or the first part of `<title>`) leads the text, and the
 * lines outside the article that carry 来源/发布时间/发布机构 follow it, as
 * page furniture for the FurnitureDetector to read.
 *
 * Before libxml2 reads the page, HtmlTagBalancer closes the paragraphs a
 * page leaves open (`<div>` after `<div>`), so each is a block of its own
 * as a browser shows it; a page nested deeper than ReadLimits::MaxDepth
 * even then, or of more than MaxElements elements, is refused. When the
 * article holds less than half of the page's visible text outside links,
 * and over a thousand of its characters are left out, the document
 * carries a warning that says so.
 */
class HtmlReader final : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::HtmlReader)

public:
    QString format() const override;
    int confidence(const QByteArray &bytes, const QString &suffix) const override;
    Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName) const override;

    /// Reads @p bytes, decoding them as @p charset (from an HTTP
    /// Content-Type header) when the page itself declares no encoding.
    static Result<SourceDocument> readWithCharset(const QByteArray &bytes, const QString &fileName, const QString &charset);

    /// Reads HTML already decoded (the clipboard gives text, not bytes);
    /// @p warnings, if given, gets what the reader doubts (most of the
    /// page's text left out of the article).
    static Result<QString> articleText(const QString &html, const QString &fileName, QStringList *warnings = nullptr);

    /// Pages with more elements are refused (a 2 MB page has about 30,000).
    static constexpr qsizetype MaxElements = 500000;

    /// The charset the page declares in its first bytes, lower case; empty if none.
    static QString declaredCharset(const QByteArray &bytes);
};

} // namespace Dz
