#pragma once

#include "reading/documentreader.h"

namespace Dz
{

/**
 * Word 97–2003 (.doc), WPS, RTF and OpenDocument text: converted to .docx by
 * LibreOffice (`soffice --headless --convert-to docx`, in a private profile,
 * with a timeout) and read by the DocxReader. Without LibreOffice, or
 * without its Writer, the file is refused with a message naming the package
 * to install; LibreOffice is no dependency of the build. soffice runs in a
 * process group of its own, so that a timeout stops the whole of it
 * (soffice is a script that starts oosplash, which starts soffice.bin), not
 * only the script.
 */
class LibreOfficeConverter final : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::LibreOfficeConverter)

public:
    /// How long a conversion may take before it is stopped.
    static constexpr int TimeoutMs = 60000;

    /// A converter that stops a conversion after @p timeoutMs.
    explicit LibreOfficeConverter(int timeoutMs = TimeoutMs);

    QString format() const override;
    int confidence(const QByteArray &bytes, const QString &suffix) const override;
    Result<SourceDocument> read(const QByteArray &bytes, const QString &fileName) const override;

    /// soffice's path, or empty when LibreOffice is not installed.
    static QString program();
    /// "doc", "wps", "rtf" or "odt" for bytes of those formats, else empty.
    static QString kindOf(const QByteArray &bytes, const QString &suffix);
    /// True when the LibreOffice of @p soffice has Writer, which reads
    /// word-processing files (its library beside soffice.bin).
    static bool hasWriter(const QString &soffice);

private:
    int m_timeoutMs;
};

} // namespace Dz
