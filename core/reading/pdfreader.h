#pragma once

#include "reading/documentreader.h"

namespace Dz
{

/**
 * PDF through Poppler's Qt 6 binding: the words of each page with their
 * boxes, put back into paragraphs by PageLayout. A damaged file, one locked
 * by a password, and a scan without a text layer are refused, each saying so.
 */
class PdfReader final : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::PdfReader)

public:
    QString format() const override;
    int confidence(const QByteArray &bytes, const QString &suffix) const override;
    Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName) const override;
};

} // namespace Dz
