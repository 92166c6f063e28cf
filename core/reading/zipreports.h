#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Dz
{

/**
 * The reports in a .zip, as districts send them: each a document read from
 * memory, named by its path inside the archive.
 *
 * The archive's central directory is read from the file itself: KZip
 * decodes every entry name as UTF-8 and merges names that decode alike, so
 * the GBK names Windows writes without the UTF-8 flag (滨海区.docx beside
 * 蓟州区.docx) would come out as the same run of replacement characters.
 * Here each name is decoded by what the entry says: the UTF-8 flag, the
 * Info-ZIP Unicode path field, else UTF-8 or GB18030, whichever reads as
 * Chinese. Only the entry asked for is read from the file and inflated
 * (KArchive's raw deflate), never more than its declared size; the sizes
 * declared are held to ZipPackage's limits before anything is inflated.
 *
 * An entry is named as a path, archive and entry joined
 * (`/home/a/区县报告.zip/东城区/报告.docx`), so the importer can pass it
 * along with files; ReportPipeline reads such a path through here.
 */
class ZipReports
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ZipReports)

public:
    struct Entry {
        QString name; ///< its path inside the archive, '/'-separated, decoded
        qint64 offset = 0; ///< of its local header
        qint64 packedSize = 0;
        qint64 size = 0;
        int method = 0; ///< 0 stored, 8 deflated
        bool encrypted = false;
    };

    /// True for the name of a .zip file (by its suffix, any case).
    static bool isArchiveName(const QString &path);

    /// Reads @p path's directory; fails, naming the file, when it is no zip,
    /// is damaged, is larger than a set of reports is, or declares entries
    /// past ZipPackage's limits (a zip bomb).
    static Result<ZipReports> open(const QString &path);

    QString path() const
    {
        return m_path;
    }
    /// Every file in the archive (folders, hidden files and __MACOSX left out).
    const QList<Entry> &files() const
    {
        return m_files;
    }
    /// The files that are reports: a name DocumentReader takes (Word's
    /// ~$ lock files left out), one per report name as in a folder
    /// (报告.txt beside 报告.pdf: the .txt), sorted by name.
    QList<Entry> reports() const;
    /// True when the archive is itself a document package (a .docx or an OFD renamed .zip).
    bool isDocumentPackage() const;

    /// The inflated bytes of @p entry; fails, naming the archive and the
    /// entry, for one that is encrypted, compressed by a method other than
    /// deflate, or damaged.
    Result<QByteArray> read(const Entry &entry) const;

    /// The path an importer gives an entry: @p archive / @p name.
    static QString entryPath(const QString &archive, const QString &name);
    /// The archive and the entry name of such a path: its first part that
    /// is a .zip file on disk, and the rest; nullopt for any other path.
    static std::optional<std::pair<QString, QString>> splitEntryPath(const QString &path);
    /// The bytes of the entry @p path names.
    static Result<QByteArray> readEntryPath(const QString &path);

    /**
     * The reports in the archive @p path as entry paths, for an import. A
     * zip that cannot be read or holds no report adds a message naming it
     * and saying why to @p errors; a document package named .zip is given
     * back as itself.
     */
    static QStringList reportPaths(const QString &path, QStringList *errors);

    /// How an entry's name bytes read: UTF-8 when flagged, else UTF-8 or
    /// GB18030 (GBK), whichever is valid and reads as Chinese; bytes
    /// neither decodes are shown in hex.
    static QString decodeName(const QByteArray &name, bool utf8Flag);

private:
    ZipReports() = default;

    QString m_path;
    QList<Entry> m_files;
};

} // namespace Dz
