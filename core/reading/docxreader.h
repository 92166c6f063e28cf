#pragma once

#include "reading/documentreader.h"

namespace Dz
{

/**
 * Word documents (.docx, ECMA-376), read with KArchive and QXmlStreamReader.
 *
 * The main part is found through the package relationships. Paragraphs come
 * in document order with their automatic numbering rendered (DocxNumbering),
 * from a paragraph's own w:numPr or its style's; tables row by row, cells
 * separated by tabs; content controls and text boxes in place. Footnotes,
 * endnotes, comments, headers and footers are other parts and stay out, as
 * do deleted revisions, field codes and hidden text. A paragraph in a
 * heading style (Heading 1–4, 标题 1–4) without a number of its own is a
 * line of its own, as every paragraph is; the outline parser reads its
 * level from its marker or, without one, by its context.
 */
class DocxReader final : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::DocxReader)

public:
    QString format() const override;
    int confidence(const QByteArray &bytes, const QString &suffix) const override;
    Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName) const override;
};

} // namespace Dz
