#include "reading/libreofficeconverter.h"

#include "reading/docxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

bool isOle(const QByteArray &bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

// An encrypted OOXML file is an OLE container with an "EncryptedPackage" stream.
bool isEncryptedOoxml(const QByteArray &bytes)
{
    static const QByteArray name = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    return isOle(bytes) && bytes.contains(name);
}

// Stops soffice and everything it started (its process group).
void stopAll(QProcess &process)
{
#ifdef Q_OS_UNIX
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(5000);
}

} // namespace

LibreOfficeConverter::LibreOfficeConverter(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

bool LibreOfficeConverter::hasWriter(const QString &soffice)
{
    const QDir program = QFileInfo(QFileInfo(soffice).canonicalFilePath()).dir();
    const QStringList writer = program.entryList({u"libswlo.*"_s, u"swlo.dll"_s}, QDir::Files);
    return !writer.isEmpty();
}

QString LibreOfficeConverter::format() const
{
    return u"converted"_s;
}

QString LibreOfficeConverter::kindOf(const QByteArray &bytes, const QString &suffix)
{
    if (isOle(bytes))
        return suffix == u"wps"_s || suffix == u"et"_s ? u"wps"_s : u"doc"_s;
    if (bytes.startsWith("{\\rtf"))
        return u"rtf"_s;
    if (bytes.startsWith("PK\x03\x04") && bytes.left(256).contains("application/vnd.oasis.opendocument.text"))
        return u"odt"_s;
    return QString();
}

int LibreOfficeConverter::confidence(const QByteArray &bytes, const QString &suffix) const
{
    return kindOf(bytes, suffix).isEmpty() ? 0 : 90;
}

QString LibreOfficeConverter::program()
{
    for (const QString &name : {u"soffice"_s, u"libreoffice"_s}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

Result<SourceDocument> LibreOfficeConverter::read(const QByteArray &bytes, const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (isEncryptedOoxml(bytes))
        return Result<SourceDocument>::failure(
            tr("%1: the document is encrypted (protected by a password); save it without a password and import it again.").arg(fileName));
    const QString kind = kindOf(bytes, suffix);
    const QString soffice = program();
    if (soffice.isEmpty()) {
        return Result<SourceDocument>::failure(tr("%1: a %2 document; reading it needs LibreOffice, which is not installed "
                                                  "(on Debian or Ubuntu: apt install libreoffice-writer-nogui). Or save it as .docx and import that.")
                .arg(fileName, kind.toUpper()));
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result<SourceDocument>::failure(tr("%1: no temporary folder for the conversion (%2).").arg(fileName, dir.errorString()));
    const QString input = dir.filePath(u"document."_s + kind);
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Result<SourceDocument>::failure(tr("%1: cannot write the copy to convert (%2).").arg(fileName, file.errorString()));
    file.close();

    QProcess process;
#ifdef Q_OS_UNIX
    // A process group of its own, so that stopping it stops what it started.
    process.setChildProcessModifier([] {
        ::setpgid(0, 0);
    });
#endif
    // A profile of its own: a LibreOffice the analyst has open would otherwise take the job and exit at once.
    const QString profile = QUrl::fromLocalFile(dir.filePath(u"profile"_s)).toString();
    process.start(
        soffice, {u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--norestore"_s, u"--convert-to"_s, u"docx"_s, u"--outdir"_s, dir.path(), input});
    if (!process.waitForStarted(10000))
        return Result<SourceDocument>::failure(tr("%1: LibreOffice (%2) could not be started: %3.").arg(fileName, soffice, process.errorString()));
    if (!process.waitForFinished(m_timeoutMs)) {
        stopAll(process);
        return Result<SourceDocument>::failure(
            tr("%1: LibreOffice did not finish converting it within %n second(s).", nullptr, qMax(1, m_timeoutMs / 1000)).arg(fileName));
    }
    QFile converted(dir.filePath(u"document.docx"_s));
    if (process.exitCode() != 0 || !converted.open(QIODevice::ReadOnly)) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput()).trimmed();
        if (!hasWriter(soffice)) {
            return Result<SourceDocument>::failure(tr("%1: a %2 document; LibreOffice (%3) is installed without Writer, its word processor, "
                                                      "which reading it needs (on Debian or Ubuntu: apt install libreoffice-writer-nogui).")
                    .arg(fileName, kind.toUpper(), soffice));
        }
        return Result<SourceDocument>::failure(tr("%1: LibreOffice could not convert it (the file may be damaged or encrypted): %2").arg(fileName, said));
    }
    auto doc = DocxReader().read(converted.readAll(), fileName);
    if (!doc)
        return doc;
    doc->format = kind;
    doc->original = bytes;
    doc->mimeType = kind == u"rtf"_s ? u"application/rtf"_s
        : kind == u"odt"_s           ? u"application/vnd.oasis.opendocument.text"_s
        : kind == u"wps"_s           ? u"application/vnd.ms-works"_s
                                     : u"application/msword"_s;
    return doc;
}

} // namespace Dz
