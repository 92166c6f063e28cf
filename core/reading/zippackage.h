#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Dz
{

/**
 * A zip package (.docx, .ofd) read from memory through KArchive, with caps
 * against zip bombs: the sizes the archive declares are checked before
 * anything is inflated, no part is inflated past its declared size, and
 * all reads of one package together inflate no more than MaxTotalSize (a
 * document that names one part thousands of times). Not for several
 * threads at once.
 */
class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ZipPackage)

public:
    /// The largest one part may inflate to.
    static constexpr qint64 MaxPartSize = 64 * 1024 * 1024;
    /// The largest all parts together may inflate to.
    static constexpr qint64 MaxTotalSize = 256 * 1024 * 1024;
    /// Larger parts may not inflate more than this many times their packed size
    /// (XML packs about 10:1; a bomb packs 1000:1).
    static constexpr qint64 MaxRatio = 200;

    /// Opens @p bytes; fails (naming @p fileName) when they are not a zip or the caps are exceeded.
    static Result<ZipPackage> open(const QByteArray &bytes, const QString &fileName);

    bool contains(const QString &path) const;
    /// Every file's path in the package, without a leading '/'.
    QStringList paths() const;
    /// The inflated bytes of @p path; fails once the reads would pass MaxTotalSize.
    Result<QByteArray> read(const QString &path) const;

    /// @p target relative to the folder of @p base ("word/document.xml" + "media/a.png"),
    /// with "." and ".." resolved and a leading '/' meaning the package root.
    static QString resolve(const QString &base, const QString &target);

private:
    ZipPackage() = default;
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace Dz
