#include "project/reportfolder.h"

#include "reading/documentreader.h"

#include <QDirIterator>
#include <QFile>
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
// Folders nested deeper than this are a loop or a trap, not reports.
constexpr int MaxDepth = 64;

void walk(const QByteArray &folder, int depth, QStringList &found, QStringList *errors)
{
    const QString shown = QFile::decodeName(folder);
    DIR *dir = ::opendir(folder.constData());
    if (!dir) {
        if (errors)
            errors->append(ReportFolder::tr("%1: the folder cannot be read (%2).").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (!name.startsWith('.'))
            names.append(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : std::as_const(names)) {
        const QByteArray path = folder + '/' + name;
        struct stat link;
        struct stat target;
        if (::lstat(path.constData(), &link) != 0 || ::stat(path.constData(), &target) != 0)
            continue; // gone meanwhile, or a link to nothing
        const bool folderEntry = S_ISDIR(target.st_mode);
        if (folderEntry && S_ISLNK(link.st_mode))
            continue; // a link to a folder could lead round in a loop
        if (!folderEntry && !isReportName(name))
            continue;
        if (!strictly(QStringConverter::Utf8, name)) {
            if (errors) {
                errors->append(
                    (folderEntry ? ReportFolder::tr("%1: the folder name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import its files.")
                                 : ReportFolder::tr("%1: the file name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import it."))
                        .arg(shown, ReportFolder::readableName(name)));
            }
            continue;
        }
        if (folderEntry) {
            if (depth < MaxDepth)
                walk(path, depth + 1, found, errors);
        } else {
            found.append(QFile::decodeName(path));
        }
    }
}
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

QStringList ReportFolder::files(const QString &folder, QStringList *errors)
{
    QStringList found;
#ifdef Q_OS_UNIX
    walk(QFile::encodeName(folder), 0, found, errors);
#else
    Q_UNUSED(errors);
    QDirIterator it(folder, DocumentReader::nameFilters(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
#endif
    found.sort();
    return found;
}

} // namespace Dz
