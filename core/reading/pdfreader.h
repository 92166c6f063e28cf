#pragma once

#include "reading/documentreader.h"

namespace Poppler
{
class Document;
}

namespace Dz
{

/**
 * PDF through Poppler's Qt 6 binding: the words of each page with their
 * boxes, put back into paragraphs by PageLayout. A damaged file, one locked
 * by a password, and a scan without a text layer are refused, each saying so;
 * pages without text that draw nothing either are blank, or damaged when
 * Poppler could not read their content, never "a scan". More than
 * ReadLimits::MaxPages pages or ReadLimits::MaxTextLength characters are
 * refused before the rest is read.
 */
class PdfReader final : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::PdfReader)

public:
    QString format() const override;
    int confidence(const QByteArray &bytes, const QString &suffix) const override;
    Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName) const override;

    /// True when one of the first pages of @p document draws anything (a
    /// scan's picture, lines), rendered small; false for blank pages and for
    /// content Poppler cannot read.
    static bool drawsSomething(Poppler::Document &document);
};

} // namespace Dz
