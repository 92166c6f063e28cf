#pragma once

#include "reading/documentreader.h"

namespace Dz
{

/**
 * OFD (GB/T 33190, the format of Chinese official documents): a zip whose
 * OFD.xml names the document root (Document.xml), which lists the pages;
 * each page's Content.xml places TextObjects (Boundary) holding TextCodes
 * (X, Y, DeltaX). The text codes, in page coordinates, go through
 * PageLayout as a PDF's words do. Page templates (running headers, seals'
 * captions) are left out.
 */
class OfdReader final : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::OfdReader)

public:
    QString format() const override;
    int confidence(const QByteArray &bytes, const QString &suffix) const override;
    Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName) const override;
};

} // namespace Dz
