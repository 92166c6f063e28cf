#include "reading/zipreports.h"

#include "reading/documentreader.h"
#include "reading/regularfile.h"
#include "reading/zippackage.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

constexpr quint32 EndOfDirectorySignature = 0x06054b50;
constexpr quint32 DirectoryEntrySignature = 0x02014b50;
constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr qint64 EndOfDirectorySize = 22;
constexpr qint64 DirectoryEntrySize = 46;
constexpr qint64 LocalHeaderSize = 30;
// The end record may be followed by a comment of up to 64 KiB.
constexpr qint64 MaxCommentSize = 0xFFFF;
// A directory entry's fixed part and a name; thousands of reports' worth.
constexpr qint64 MaxDirectorySize = 16 * 1024 * 1024;
constexpr quint16 InfoZipUnicodePath = 0x7075;
constexpr quint16 Utf8Flag = 0x0800;
constexpr quint16 EncryptedFlag = 0x0001;

quint16 u16(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// CRC-32 (IEEE 802.3), to check that an Info-ZIP Unicode path still belongs
// to the name it was written for.
quint32 crc32(const QByteArray &bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::optional<QString> strictly(QStringConverter::Encoding encoding, const QByteArray &bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> strictlyGb18030(const QByteArray &bytes)
{
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Every character outside ASCII is Chinese text: an ideograph, CJK
// punctuation or a full-width form. A GBK name read as UTF-8 by chance
// gives Latin, Greek or Cyrillic letters instead.
bool readsAsChinese(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            continue;
        const bool cjk = (c >= 0x3000 && c <= 0x303F) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
            || ch.isSurrogate() || c == 0x00B7 || (c >= 0x2010 && c <= 0x2027);
        if (!cjk)
            return false;
    }
    return true;
}

// The Info-ZIP Unicode path in an entry's extra field, if it matches the name.
std::optional<QString> unicodePath(const QByteArray &extra, const QByteArray &name)
{
    qint64 at = 0;
    while (at + 4 <= extra.size()) {
        const quint16 id = u16(extra, at);
        const quint16 length = u16(extra, at + 2);
        if (at + 4 + length > extra.size())
            break;
        if (id == InfoZipUnicodePath && length > 5 && quint8(extra.at(at + 4)) == 1 && u32(extra, at + 5) == crc32(name))
            return strictly(QStringConverter::Utf8, extra.mid(at + 9, length - 5));
        at += 4 + length;
    }
    return std::nullopt;
}

// '/'-separated, with no empty, "." or ".." steps: the name as a path inside the archive.
QString cleanName(QString name)
{
    name.replace(u'\\', u'/');
    QStringList steps;
    for (const QString &step : name.split(u'/', Qt::SkipEmptyParts)) {
        if (step == u"..") {
            if (!steps.isEmpty())
                steps.removeLast();
        } else if (step != u".") {
            steps.append(step);
        }
    }
    return steps.join(u'/');
}

bool isHidden(const QString &name)
{
    const QStringList steps = name.split(u'/');
    return std::any_of(steps.cbegin(), steps.cend(), [](const QString &step) {
        return step.startsWith(u'.') || step == u"__MACOSX";
    });
}

qsizetype reportRank(const QString &name)
{
    const QString lower = name.toLower();
    const QStringList filters = DocumentReader::nameFilters();
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QString suffix = filters.at(i).mid(1); // "*.docx" → ".docx"
        if (lower.size() > suffix.size() && lower.endsWith(suffix))
            return i;
    }
    return -1;
}

} // namespace

bool ZipReports::isArchiveName(const QString &path)
{
    return path.endsWith(u".zip"_s, Qt::CaseInsensitive);
}

QString ZipReports::decodeName(const QByteArray &name, bool utf8Flag)
{
    const std::optional<QString> utf8 = strictly(QStringConverter::Utf8, name);
    if (utf8 && (utf8Flag || readsAsChinese(*utf8)))
        return *utf8;
    const std::optional<QString> gb = strictlyGb18030(name);
    if (gb && readsAsChinese(*gb))
        return *gb;
    if (utf8)
        return *utf8;
    if (gb)
        return *gb;
    QString shown;
    for (const char c : name) {
        const auto b = static_cast<unsigned char>(c);
        shown += b >= 0x20 && b < 0x7F ? QString(QChar(char16_t(b))) : u"\\x"_s + QString::number(b, 16).toUpper().rightJustified(2, u'0');
    }
    return shown;
}

namespace
{

QString damagedZip()
{
    return ZipReports::tr("the zip is damaged or truncated: its list of files cannot be read.");
}

QString zip64Refused()
{
    return ZipReports::tr("the zip is in the ZIP64 form of archives over 4 GB, larger than any set of reports.");
}

/// The archive's central directory: its bytes, where it starts and how many entries it lists.
struct CentralDirectory {
    QByteArray bytes;
    quint32 offset = 0;
    quint16 count = 0;
};

// A regular file (never a FIFO that would block) no larger than a set of reports.
Result<> checkFile(const QFileInfo &info)
{
    if (!info.exists())
        return Failure(ZipReports::tr("no such file."));
    if (!info.isFile())
        return Failure(ZipReports::tr("not a regular file."));
    if (info.size() > ZipPackage::MaxTotalSize)
        return Failure(ZipReports::tr("the zip is %1, larger than any set of reports.").arg(RegularFile::describeSize(info.size())));
    return {};
}

// The end record, searched for backwards in the file's last 64 KiB, and the
// directory it points to: only these are read, never the entries' data.
Result<CentralDirectory> readCentralDirectory(QFile &file)
{
    const qint64 fileSize = file.size();
    const qint64 tailSize = std::min(fileSize, EndOfDirectorySize + MaxCommentSize);
    if (!file.seek(fileSize - tailSize))
        return Failure(damagedZip());
    const QByteArray tail = file.read(tailSize);
    qint64 end = -1;
    for (qint64 at = tail.size() - EndOfDirectorySize; at >= 0 && end < 0; --at) {
        if (u32(tail, at) == EndOfDirectorySignature)
            end = at;
    }
    if (tail.size() < EndOfDirectorySize || end < 0) {
        // A zip's beginning without its end: a download cut short.
        file.seek(0);
        if (file.read(4) == QByteArrayView("PK\x03\x04"))
            return Failure(damagedZip());
        return Failure(ZipReports::tr("it is not a zip archive."));
    }
    CentralDirectory directory;
    directory.count = u16(tail, end + 10);
    const quint32 size = u32(tail, end + 12);
    directory.offset = u32(tail, end + 16);
    if (directory.count == 0xFFFF || size == 0xFFFFFFFFu || directory.offset == 0xFFFFFFFFu)
        return Failure(zip64Refused());
    if (size > MaxDirectorySize || qint64(directory.offset) + size > fileSize || !file.seek(directory.offset))
        return Failure(damagedZip());
    directory.bytes = file.read(size);
    if (directory.bytes.size() != qint64(size))
        return Failure(damagedZip());
    return directory;
}

/// One entry of the central directory as it is declared, before any check.
struct DeclaredEntry {
    QString name;
    bool folder = false;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 packed = 0;
    quint32 size = 0;
    quint32 offset = 0;
};

// The entry at @p at, moving @p at past it; fails on an entry that runs past the directory.
Result<DeclaredEntry> readEntry(const QByteArray &directory, qint64 &at)
{
    if (at + DirectoryEntrySize > directory.size() || u32(directory, at) != DirectoryEntrySignature)
        return Failure(damagedZip());
    DeclaredEntry entry;
    entry.flags = u16(directory, at + 8);
    entry.method = u16(directory, at + 10);
    entry.packed = u32(directory, at + 20);
    entry.size = u32(directory, at + 24);
    const quint16 nameLength = u16(directory, at + 28);
    const quint16 extraLength = u16(directory, at + 30);
    const quint16 commentLength = u16(directory, at + 32);
    entry.offset = u32(directory, at + 42);
    const qint64 next = at + DirectoryEntrySize + nameLength + extraLength + commentLength;
    if (next > directory.size())
        return Failure(damagedZip());
    const QByteArray rawName = directory.mid(at + DirectoryEntrySize, nameLength);
    const QByteArray extra = directory.mid(at + DirectoryEntrySize + nameLength, extraLength);
    at = next;
    if (entry.packed == 0xFFFFFFFFu || entry.size == 0xFFFFFFFFu || entry.offset == 0xFFFFFFFFu)
        return Failure(zip64Refused());
    const std::optional<QString> unicode = unicodePath(extra, rawName);
    entry.name = cleanName(unicode ? *unicode : ZipReports::decodeName(rawName, entry.flags & Utf8Flag));
    entry.folder = rawName.endsWith('/') || rawName.endsWith('\\') || entry.name.isEmpty();
    return entry;
}

// The files the directory lists, held to the limits ZipPackage holds .docx
// and OFD packages to, on what the archive declares.
Result<QList<ZipReports::Entry>> readEntries(const CentralDirectory &directory)
{
    QList<ZipReports::Entry> files;
    qint64 at = 0;
    qint64 total = 0;
    const QLocale locale;
    for (int i = 0; i < directory.count; ++i) {
        const Result<DeclaredEntry> read = readEntry(directory.bytes, at);
        if (!read)
            return Failure(read.error());
        const DeclaredEntry &e = *read;
        if (e.folder)
            continue;
        total += e.size;
        const qint64 ratioBase = std::max<qint64>(1, e.packed);
        if (e.size > ZipPackage::MaxPartSize || total > ZipPackage::MaxTotalSize || (e.size > 1024 * 1024 && e.size / ratioBase > ZipPackage::MaxRatio)) {
            return Failure(ZipReports::tr("refused: %1 would inflate to %2 (from %3), more than reports hold (a zip bomb, or a damaged file).")
                    .arg(e.name, locale.formattedDataSize(e.size), locale.formattedDataSize(e.packed)));
        }
        if (qint64(e.offset) + LocalHeaderSize > directory.offset)
            return Failure(damagedZip());
        if (isHidden(e.name))
            continue;
        files.append({e.name, e.offset, e.packed, e.size, e.method, bool(e.flags & EncryptedFlag)});
    }
    return files;
}

} // namespace

Result<ZipReports> ZipReports::open(const QString &path)
{
    const auto failure = [&path](const QString &why) {
        return Result<ZipReports>::failure(tr("%1: %2").arg(path, why));
    };
    if (const Result<> checked = checkFile(QFileInfo(path)); !checked)
        return failure(checked.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString());
    const Result<CentralDirectory> directory = readCentralDirectory(file);
    if (!directory)
        return failure(directory.error());
    Result<QList<Entry>> files = readEntries(*directory);
    if (!files)
        return failure(files.error());
    ZipReports zip;
    zip.m_path = path;
    zip.m_files = std::move(files).value();
    return zip;
}

QList<ZipReports::Entry> ZipReports::reports() const
{
    // One file per report name, as a folder import keeps them.
    QHash<QString, Entry> byStem;
    for (const Entry &entry : m_files) {
        const QString fileName = entry.name.section(u'/', -1);
        const qsizetype rank = reportRank(entry.name);
        if (rank < 0 || fileName.startsWith(u"~$"))
            continue;
        const qsizetype dot = entry.name.lastIndexOf(u'.');
        const QString stem = entry.name.left(dot);
        const auto it = byStem.constFind(stem);
        if (it == byStem.cend() || rank < reportRank(it->name))
            byStem.insert(stem, entry);
    }
    QList<Entry> found = byStem.values();
    std::sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) {
        return a.name < b.name;
    });
    return found;
}

bool ZipReports::isDocumentPackage() const
{
    return std::any_of(m_files.cbegin(), m_files.cend(), [](const Entry &e) {
        return e.name == u"word/document.xml" || e.name == u"OFD.xml";
    });
}

Result<QByteArray> ZipReports::read(const Entry &entry) const
{
    const QString archive = QFileInfo(m_path).fileName();
    const auto failure = [&](const QString &why) {
        return Result<QByteArray>::failure(tr("%1 in %2: %3").arg(entry.name, archive, why));
    };
    if (entry.encrypted)
        return failure(tr("the file is encrypted (a zip with a password); unpack it with its password and import the files."));
    if (entry.method != 0 && entry.method != 8)
        return failure(tr("the file is compressed by a method Duizhao cannot read (%1); unpack the zip and import the files.").arg(entry.method));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString());
    if (!file.seek(entry.offset))
        return failure(tr("the zip is damaged."));
    const QByteArray header = file.read(LocalHeaderSize);
    if (header.size() != LocalHeaderSize || u32(header, 0) != LocalHeaderSignature)
        return failure(tr("the zip is damaged."));
    const qint64 start = entry.offset + LocalHeaderSize + u16(header, 26) + u16(header, 28);
    if (!file.seek(start))
        return failure(tr("the zip is damaged."));
    QByteArray packed = file.read(entry.packedSize);
    if (packed.size() != entry.packedSize)
        return failure(tr("the zip is truncated."));
    if (entry.method == 0) {
        if (entry.packedSize != entry.size)
            return failure(tr("the zip is damaged."));
        return packed;
    }
    QBuffer buffer(&packed);
    buffer.open(QIODevice::ReadOnly);
    KCompressionDevice inflater(&buffer, false, KCompressionDevice::GZip);
    inflater.setSkipHeaders(); // raw deflate, as zip stores it
    if (!inflater.open(QIODevice::ReadOnly))
        return failure(tr("the file cannot be inflated."));
    // Never more than declared: an entry that lies about its size stops there.
    QByteArray data = inflater.read(entry.size);
    if (data.size() != entry.size)
        return failure(tr("the zip is damaged."));
    return data;
}

QString ZipReports::entryPath(const QString &archive, const QString &name)
{
    return archive + u'/' + name;
}

std::optional<std::pair<QString, QString>> ZipReports::splitEntryPath(const QString &path)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = path.indexOf(u".zip/"_s, from, Qt::CaseInsensitive);
        if (at < 0)
            return std::nullopt;
        const QString archive = path.left(at + 4);
        if (QFileInfo(archive).isFile())
            return std::pair {archive, path.mid(at + 5)};
        from = at + 5;
    }
}

Result<QByteArray> ZipReports::readEntryPath(const QString &path)
{
    const auto split = splitEntryPath(path);
    if (!split)
        return Result<QByteArray>::failure(tr("%1: no such file in a zip.").arg(path));
    const auto zip = open(split->first);
    if (!zip)
        return Failure(zip.error());
    for (const Entry &entry : zip->files()) {
        if (entry.name == split->second)
            return zip->read(entry);
    }
    return Result<QByteArray>::failure(tr("%1: the zip holds no file %2.").arg(QFileInfo(split->first).fileName(), split->second));
}

QStringList ZipReports::reportPaths(const QString &path, QStringList *errors)
{
    const auto zip = open(path);
    if (!zip) {
        if (errors)
            errors->append(zip.error());
        return {};
    }
    if (zip->isDocumentPackage())
        return {path};
    QStringList paths;
    for (const Entry &entry : zip->reports())
        paths.append(entryPath(path, entry.name));
    if (paths.isEmpty() && errors) {
        const QList<Entry> &files = zip->files();
        QStringList names;
        for (qsizetype i = 0; i < files.size() && i < 5; ++i)
            names.append(files.at(i).name);
        if (files.size() > 5)
            names.append(u"…"_s);
        errors->append(files.isEmpty() ? tr("%1: the zip is empty: it holds no reports.").arg(path)
                                       : tr("%1: the zip holds no reports: none of its %n file(s) is a text, web page, Word, WPS, RTF, OpenDocument, "
                                            "PDF or OFD document (%2).",
                                             nullptr, int(files.size()))
                                             .arg(path, names.join(tr(", "))));
    }
    return paths;
}

} // namespace Dz
