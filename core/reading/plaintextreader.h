#pragma once

#include "reading/documentreader.h"

namespace Dz
{

/// Plain text (UTF-8, UTF-16 with BOM, GB18030/GBK) through ReportReader;
/// the fallback when no other reader claims a file.
class PlainTextReader final : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::PlainTextReader)

public:
    QString format() const override;
    int confidence(const QByteArray &bytes, const QString &suffix) const override;
    Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName) const override;
};

} // namespace Dz
