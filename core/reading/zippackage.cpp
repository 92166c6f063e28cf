#include "reading/zippackage.h"

#include <KZip>

#include <QBuffer>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dz
{

struct ZipPackage::Data {
    QByteArray bytes;
    QBuffer buffer;
    std::unique_ptr<KZip> zip;
    QString fileName;
    QHash<QString, const KZipFileEntry *> files;
    /// Bytes inflated by read() so far: a part read again and again counts each time.
    qint64 inflated = 0;
};

namespace
{

void collect(const KArchiveDirectory *dir, const QString &prefix, QHash<QString, const KZipFileEntry *> &out)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = dir->entry(name);
        if (!entry)
            continue;
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        if (entry->isDirectory())
            collect(static_cast<const KArchiveDirectory *>(entry), path, out);
        else
            out.insert(path, static_cast<const KZipFileEntry *>(entry));
    }
}

} // namespace

Result<ZipPackage> ZipPackage::open(const QByteArray &bytes, const QString &fileName)
{
    ZipPackage package;
    package.d = std::make_shared<Data>();
    Data &d = *package.d;
    d.bytes = bytes;
    d.fileName = fileName;
    d.buffer.setBuffer(&d.bytes);
    d.zip = std::make_unique<KZip>(&d.buffer);
    if (!d.zip->open(QIODevice::ReadOnly)) {
        return Result<ZipPackage>::failure(
            tr("%1: the file is damaged: it should be a zip package but cannot be opened as one (%2).").arg(fileName, d.zip->errorString()));
    }
    collect(d.zip->directory(), QString(), d.files);
    qint64 total = 0;
    const QLocale locale;
    for (auto it = d.files.cbegin(); it != d.files.cend(); ++it) {
        const qint64 size = it.value()->size();
        const qint64 packed = qMax<qint64>(1, it.value()->compressedSize());
        total += size;
        if (size > MaxPartSize || total > MaxTotalSize || (size > 1024 * 1024 && size / packed > MaxRatio)) {
            return Result<ZipPackage>::failure(tr("%1: refused: its part %2 would inflate to %3 (from %4), more than a document holds "
                                                  "(a zip bomb, or a damaged file).")
                    .arg(fileName, it.key(), locale.formattedDataSize(size), locale.formattedDataSize(packed)));
        }
    }
    return package;
}

bool ZipPackage::contains(const QString &path) const
{
    return d->files.contains(path);
}

QStringList ZipPackage::paths() const
{
    QStringList list = d->files.keys();
    list.sort();
    return list;
}

Result<QByteArray> ZipPackage::read(const QString &path) const
{
    const KZipFileEntry *entry = d->files.value(path);
    if (!entry)
        return Result<QByteArray>::failure(tr("%1: the package has no part %2.").arg(d->fileName, path));
    if (d->inflated + entry->size() > MaxTotalSize) {
        const QLocale locale;
        return Result<QByteArray>::failure(tr("%1: refused: reading its parts would inflate more than %2 in all (a part named again and again, "
                                              "or a zip bomb).")
                .arg(d->fileName, locale.formattedDataSize(MaxTotalSize)));
    }
    d->inflated += entry->size();
    std::unique_ptr<QIODevice> device(entry->createDevice());
    if (!device)
        return Result<QByteArray>::failure(tr("%1: the part %2 cannot be read.").arg(d->fileName, path));
    // Never more than declared: a part that lies about its size stops there.
    QByteArray data = device->read(entry->size());
    if (data.size() != entry->size())
        return Result<QByteArray>::failure(tr("%1: the part %2 is damaged.").arg(d->fileName, path));
    return data;
}

QString ZipPackage::resolve(const QString &base, const QString &target)
{
    QString path = target;
    path.replace(u'\\', u'/');
    QStringList parts;
    if (!path.startsWith(u'/')) {
        parts = base.split(u'/', Qt::SkipEmptyParts);
        if (!parts.isEmpty())
            parts.removeLast();
    }
    const QStringList steps = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        if (step == u"."_s)
            continue;
        if (step == u".."_s) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(step);
    }
    return parts.join(u'/');
}

} // namespace Dz
