#include "project/reportfolder.h"

#include "reading/documentreader.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// A name ending in a suffix some reader takes (DocumentReader::nameFilters()).
bool isReportName(const QByteArray &name)
{
    static const QList<QByteArray> suffixes = [] {
        QList<QByteArray> list;
        for (const QString &filter : DocumentReader::nameFilters())
            list.append(filter.mid(1).toLatin1()); // "*.docx" → ".docx"
        return list;
    }();
    const QByteArray lower = name.toLower();
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&lower](const QByteArray &suffix) {
        return lower.size() > suffix.size() && lower.endsWith(suffix);
    });
}

std::optional<QString> strictly(QStringConverter::Encoding encoding, const QByteArray &bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

#ifdef Q_OS_UNIX
// What one walk has seen and left out.
class Walk
{
public:
    Walk(QStringList &found, QStringList *errors)
        : m_found(found)
        , m_errors(errors)
    {
    }

    void search(const QByteArray &path, int depth)
    {
        struct stat own;
        if (::stat(path.constData(), &own) == 0) {
            m_visited.insert(identity(own));
            m_ancestors.append(identity(own));
        }
        read(path, depth);
        if (!m_ancestors.isEmpty())
            m_ancestors.removeLast();
    }

    // One message per reason, for the summary.
    QStringList skipped(const QString &top) const
    {
        QStringList out = m_links;
        if (m_hiddenFiles + m_hiddenFolders > 0) {
            out.append(ReportFolder::tr("%1: left out as hidden (names starting with a dot): report files: %2, folders: %3.")
                    .arg(top)
                    .arg(m_hiddenFiles)
                    .arg(m_hiddenFolders));
        }
        if (m_tooDeep > 0) {
            out.append(ReportFolder::tr("%1: %n folder(s) nested more than %2 levels deep were not searched (the first: %3).", nullptr, m_tooDeep)
                    .arg(top)
                    .arg(ReportFolder::MaxDepth)
                    .arg(m_firstTooDeep));
        }
        return out;
    }

private:
    using Identity = std::pair<dev_t, ino_t>;

    static Identity identity(const struct stat &st)
    {
        return {st.st_dev, st.st_ino};
    }

    void read(const QByteArray &folder, int depth)
    {
        const QString shown = QFile::decodeName(folder);
        DIR *dir = ::opendir(folder.constData());
        if (!dir) {
            if (m_errors)
                m_errors->append(ReportFolder::tr("%1: the folder cannot be read (%2).").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        QList<QByteArray> names;
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name != "." && name != "..")
                names.append(name);
        }
        ::closedir(dir);
        std::sort(names.begin(), names.end());
        for (const QByteArray &name : std::as_const(names))
            entry(folder, name, depth);
    }

    void entry(const QByteArray &folder, const QByteArray &name, int depth)
    {
        const QByteArray path = folder + '/' + name;
        struct stat link;
        if (::lstat(path.constData(), &link) != 0)
            return; // gone meanwhile
        struct stat target;
        const bool reached = ::stat(path.constData(), &target) == 0;
        const int why = reached ? 0 : errno;
        const bool isLink = S_ISLNK(link.st_mode);
        const bool folderEntry = reached && S_ISDIR(target.st_mode);
        if (name.startsWith('.')) {
            // Never read: editors' and systems' own files (.~lock, ._x.docx, .git).
            if (folderEntry)
                ++m_hiddenFolders;
            else if (isReportName(name))
                ++m_hiddenFiles;
            return;
        }
        if (!reached) {
            // A link to nothing, or round in a loop: a report file's reader
            // says which; any other is named here.
            if (isReportName(name))
                m_found.append(QFile::decodeName(path));
            else if (isLink)
                note(ReportFolder::tr("%1: a link that leads nowhere (%2); skipped.").arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(why))));
            return;
        }
        if (!folderEntry && !isReportName(name))
            return;
        if (!strictly(QStringConverter::Utf8, name)) {
            if (m_errors) {
                m_errors->append(
                    (folderEntry ? ReportFolder::tr("%1: the folder name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import its files.")
                                 : ReportFolder::tr("%1: the file name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import it."))
                        .arg(QFile::decodeName(folder), ReportFolder::readableName(name)));
            }
            return;
        }
        if (!folderEntry) {
            // One file reached by two names (a link beside its target) is one report.
            if (m_files.contains(identity(target))) {
                note(ReportFolder::tr("%1: the same file as %2, found before; skipped.").arg(QFile::decodeName(path), m_files.value(identity(target))));
                return;
            }
            m_files.insert(identity(target), QFile::decodeName(path));
            m_found.append(QFile::decodeName(path));
            return;
        }
        if (m_ancestors.contains(identity(target))) {
            note(ReportFolder::tr("%1: a link back to a folder that holds it (a loop); not followed.").arg(QFile::decodeName(path)));
            return;
        }
        if (m_visited.contains(identity(target))) {
            note(ReportFolder::tr("%1: a link to a folder searched already; not searched again.").arg(QFile::decodeName(path)));
            return;
        }
        if (depth >= ReportFolder::MaxDepth) {
            if (m_tooDeep++ == 0)
                m_firstTooDeep = QFile::decodeName(path);
            return;
        }
        search(path, depth + 1);
    }

    void note(const QString &message)
    {
        // A folder of thousands of links says so in a few lines, not thousands.
        if (m_links.size() < 50)
            m_links.append(message);
        else if (m_links.size() == 50)
            m_links.append(ReportFolder::tr("… and more links like these."));
    }

    QStringList &m_found;
    QStringList *m_errors;
    QSet<Identity> m_visited;
    QList<Identity> m_ancestors;
    QHash<Identity, QString> m_files;
    QStringList m_links;
    int m_hiddenFiles = 0;
    int m_hiddenFolders = 0;
    int m_tooDeep = 0;
    QString m_firstTooDeep;
};
#endif

} // namespace

QString ReportFolder::readableName(const QByteArray &name)
{
    if (const auto utf8 = strictly(QStringConverter::Utf8, name))
        return *utf8;
    QStringDecoder gb(u"GB18030", QStringConverter::Flag::Stateless);
    if (gb.isValid()) {
        const QString text = gb.decode(name);
        if (!gb.hasError())
            return text;
    }
    QString shown;
    for (const char c : name) {
        const auto b = static_cast<unsigned char>(c);
        shown += b >= 0x20 && b < 0x7F ? QString(QChar(char16_t(b))) : u"\\x"_s + QString::number(b, 16).toUpper().rightJustified(2, u'0');
    }
    return shown;
}

QStringList ReportFolder::files(const QString &folder, QStringList *errors, QStringList *skipped)
{
    QStringList found;
#ifdef Q_OS_UNIX
    Walk walk(found, errors);
    walk.search(QFile::encodeName(folder), 0);
    if (skipped)
        *skipped += walk.skipped(folder);
#else
    Q_UNUSED(errors);
    Q_UNUSED(skipped);
    QDirIterator it(folder, DocumentReader::nameFilters(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
#endif
    found.sort();
    return found;
}

} // namespace Dz
