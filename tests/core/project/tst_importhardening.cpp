// Import and export against unlucky file systems (issue 14, items 2 and 4):
// file names that are not UTF-8, and a disk that fills up.

#include "export/filesaving.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "project/reportfolder.h"
#include "seedfiles.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QProcess>
#include <QPromise>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace
{

QByteArray seedBytes()
{
    QFile file(Dz::Test::seedPath(u"000"_s));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// A file whose name is the raw bytes @p name, as a Windows zip leaves it.
bool writeRaw(const QString &folder, const QByteArray &name, const QByteArray &content)
{
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(folder) + '/' + name;
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    ::close(fd);
    return ok;
#else
    return false;
#endif
}

// A small tmpfs of its own, or an empty string where none can be mounted.
QString mountSmallDisk(const QString &at, const QString &size)
{
    QDir().mkpath(at);
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size, u"tmpfs"_s, at}) != 0)
        return {};
    return at;
}

} // namespace

class TestImportHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Item 2: a name that is not UTF-8 is refused on its own; the files after it are imported.
    void nonUtf8NamesOneByOne()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"zip"_s);
        QVERIFY(QDir().mkpath(folder + u"/子目录"_s));
        QVERIFY(writeRaw(folder, "a.txt", seedBytes()));
        QVERIFY(writeRaw(folder, "\xB1\xA8\xB8\xE6.txt", seedBytes())); // 报告.txt in GBK
        QVERIFY(writeRaw(folder, "\xFF\xFE.txt", seedBytes())); // neither UTF-8 nor GB18030
        QVERIFY(writeRaw(folder + u"/子目录"_s, "z.txt", seedBytes()));
        QVERIFY(writeRaw(folder, "zz.txt", seedBytes()));
        // QDir cannot remove what it cannot name.
        const auto removeRaw = qScopeGuard([&folder] {
            for (const QByteArray &name : {QByteArray("\xB1\xA8\xB8\xE6.txt"), QByteArray("\xFF\xFE.txt")})
                ::unlink(QByteArray(QFile::encodeName(folder) + '/' + name).constData());
        });
        QStringList errors;
        const QStringList files = Dz::ProjectImporter::collectFiles({folder}, &errors);
        QCOMPARE(files, (QStringList {folder + u"/a.txt"_s, folder + u"/zz.txt"_s, folder + u"/子目录/z.txt"_s}));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(u"“报告.txt”"_s) && errors.at(0).contains(u"not valid UTF-8"_s), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(u"\\xFF\\xFE.txt"_s), qPrintable(errors.at(1)));
    }

    // Item 4: a full disk stops the import with the system's words and the
    // count of files that were never tried.
    void fullDiskImport()
    {
        QTemporaryDir dir;
        const QString disk = mountSmallDisk(dir.filePath(u"disk"_s), u"600k"_s);
        if (disk.isEmpty())
            QSKIP("cannot mount a tmpfs here (not root, or no mount namespace)");
        const auto unmount = qScopeGuard([&disk] {
            QProcess::execute(u"umount"_s, {disk});
        });
        // Distinct reports, enough for several batches.
        const QString folder = dir.filePath(u"reports"_s);
        QVERIFY(QDir().mkpath(folder));
        const QByteArray text = seedBytes();
        const int count = Dz::ProjectImporter::BatchSize * 5;
        for (int i = 0; i < count; ++i) {
            QFile file(folder + u"/r%1.txt"_s.arg(i, 4, 10, QChar(u'0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text + "\n第" + QByteArray::number(i) + "号\n");
        }
        QPromise<Dz::ImportOutcome> promise;
        promise.start();
        Dz::ProjectImporter::run(promise, disk + u"/p.duizhao"_s, {folder});
        promise.finish();
        const Dz::ImportOutcome outcome = promise.future().result();
        QCOMPARE(outcome.files, count);
        QVERIFY2(outcome.added < count && outcome.notSaved > 0, qPrintable(outcome.errors.join(u'\n')));
        QCOMPARE(outcome.added + outcome.notSaved, count);
        QVERIFY(!outcome.errors.isEmpty());
        const QString last = outcome.errors.constLast();
        QVERIFY2(last.contains(u"no space left on device"_s), qPrintable(last));
        QVERIFY2(last.contains(u"were never tried"_s) && last.contains(u"stopped there"_s), qPrintable(last));
        // What was saved is whole.
        auto store = Dz::ProjectStore::open(disk + u"/p.duizhao"_s, Dz::ProjectStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(store.value()->reportRecords().reportCount().value(), outcome.added);
    }

    // Item 4: an export to a full disk says so, and leaves no half file.
    void fullDiskExport()
    {
        QTemporaryDir dir;
        const QString disk = mountSmallDisk(dir.filePath(u"disk"_s), u"64k"_s);
        if (disk.isEmpty())
            QSKIP("cannot mount a tmpfs here (not root, or no mount namespace)");
        const auto unmount = qScopeGuard([&disk] {
            QProcess::execute(u"umount"_s, {disk});
        });
        const QString path = disk + u"/deck.pptx"_s;
        const auto saved = Dz::FileSaving::save(QByteArray(1024 * 1024, 'x'), path);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(u"No space left on device"_s) && saved.error().contains(path), qPrintable(saved.error()));
        QCOMPARE(QDir(disk).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestImportHardening)
#include "tst_importhardening.moc"
