// Projects on read-only files, folders and mounts, and lock files that name
// no one (issue 14, items 10 to 12): opened where they can be, and nothing
// left behind that was not there.

#include "project/projectimporter.h"
#include "project/projectlock.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dz::ProjectStore;

namespace
{

constexpr auto readOnlyBits = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto folderReadOnlyBits = readOnlyBits | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr auto writableBits = readOnlyBits | QFileDevice::WriteOwner;

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// A project of one seed report, closed again (so no -wal or -shm stays).
void makeProject(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error()));
    const auto added = store.value()->addReport(Dz::ProjectImporter::prepare(Dz::Test::loadSeed(u"000"_s), Dz::Test::seedPath(u"000"_s)));
    if (!added)
        qFatal("cannot add a report: %s", qPrintable(added.error()));
}

// What every read-only open must give: the report, and search.
void checkReadable(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    QVERIFY2(store, qPrintable(store.error()));
    QCOMPARE(store.value()->reportRecords().reportCount().value(), 1);
    const auto hits = store.value()->searchIndex().search(u"行政执法"_s);
    QVERIFY2(hits, qPrintable(hits.error()));
    QVERIFY(!hits->isEmpty());
    QVERIFY(!store.value()->analystRecords().addAnnotation(Dz::Annotation::of(1, u"abc"_s, {0, 1})));
}

} // namespace

class TestProjectStoreReadOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Item 10 and 11: a read-only folder (the file too) opens for reading
    // and search, and gets no -wal, -shm or lock file.
    void readOnlyFolder_data()
    {
        QTest::addColumn<bool>("fileReadOnly");
        QTest::newRow("folder and file read-only") << true;
        QTest::newRow("folder read-only") << false;
    }

    void readOnlyFolder()
    {
        QFETCH(bool, fileReadOnly);
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"报告"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/项目 #1?.duizhao"_s;
        makeProject(path);
        const QStringList before = listing(folder);
        if (fileReadOnly)
            QVERIFY(QFile::setPermissions(path, readOnlyBits));
        QVERIFY(QFile::setPermissions(folder, folderReadOnlyBits));
        checkReadable(path);
        QCOMPARE(listing(folder), before);
        QVERIFY(QFile::setPermissions(folder, folderReadOnlyBits | QFileDevice::WriteOwner));
    }

    // Item 11: after a read-only open of a read-only file, making the file
    // writable again is all it takes to change it.
    void writableAgainAfterReadOnlyOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        makeProject(path);
        const QStringList before = listing(dir.path());
        QVERIFY(QFile::setPermissions(path, readOnlyBits));
        checkReadable(path);
        QCOMPARE(listing(dir.path()), before);
        QVERIFY(QFile::setPermissions(path, writableBits));
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        const auto added = store.value()->analystRecords().addAnnotation(Dz::Annotation::of(1, u"abc"_s, {0, 1}));
        QVERIFY2(added, qPrintable(added.error()));
    }

    // Item 10 on a real read-only mount, where even root cannot write.
    void readOnlyMount()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"mnt"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=8m"_s, u"tmpfs"_s, mountPoint}) != 0)
            QSKIP("cannot mount a tmpfs here (not root, or no mount namespace)");
        const auto unmount = qScopeGuard([&mountPoint] {
            QProcess::execute(u"umount"_s, {mountPoint});
        });
        const QString path = mountPoint + u"/p.duizhao"_s;
        makeProject(path);
        QCOMPARE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro"_s, mountPoint}), 0);
        const QStringList before = listing(mountPoint);
        checkReadable(path);
        QCOMPARE(listing(mountPoint), before);
        const auto writer = ProjectStore::open(path);
        QVERIFY(!writer);
        QVERIFY2(writer.error().contains(path), qPrintable(writer.error()));
    }

    // Item 12: a lock file that names no process is stale, and is said to be.
    void unreadableLockIsStale_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbled") << QByteArray("\x01\x02garbage\nno host\n", 17);
        QTest::newRow("process 0") << QByteArray("0\n\n\n");
    }

    void unreadableLockIsStale()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        makeProject(path);
        const QString lockPath = Dz::ProjectLock::lockFilePath(path);
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(content);
        lock.close();
        // Left by a crash long ago, not being written this moment.
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        lock.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"lock file names no program .* stale"_s));
        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store, qPrintable(store.error()));
            QVERIFY(store.value()->analystRecords().addAnnotation(Dz::Annotation::of(1, u"abc"_s, {0, 1})));
        }
        QVERIFY(!QFile::exists(lockPath));
    }
};

QTEST_GUILESS_MAIN(TestProjectStoreReadOnly)
#include "tst_projectstore_readonly.moc"
