// One project under two names (issue 24, item 3): a hard link, a bind
// mount or another spelling of the path is the same file, so a second
// writer is refused whatever name it uses; the lock goes with its process;
// names too long for SQLite's files and a full disk are refused, leaving
// nothing behind. A child process holds the project (this test, run with
// --hold PATH), so the locks are another process's, as in real use.

#include "outline/outlineformat.h"
#include "project/projectimporter.h"
#include "project/projectlock.h"
#include "project/projectstore.h"
#include "seedfiles.h"
#include "testtiming.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using Dz::ProjectStore;

namespace
{

// What --hold does: opens the project for writing, says so, and keeps it
// until its standard input closes.
int hold(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    if (!store) {
        std::cout << "refused " << store.error().toStdString() << std::endl;
        return 1;
    }
    std::cout << "held" << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) { }
    return 0;
}

// A child process holding @p path open for writing.
class Holder
{
public:
    explicit Holder(const QString &path)
    {
        m_process.start(QCoreApplication::applicationFilePath(), {u"--hold"_s, path});
        m_process.waitForStarted();
        while (m_process.state() == QProcess::Running && !m_process.canReadLine())
            m_process.waitForReadyRead(Dz::Test::scaledTimeout(10000));
        m_answer = QString::fromUtf8(m_process.readLine()).trimmed();
    }
    ~Holder()
    {
        release();
    }
    bool holds() const
    {
        return m_answer == u"held"_s;
    }
    QString answer() const
    {
        return m_answer;
    }
    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(Dz::Test::scaledTimeout(10000)))
            m_process.kill();
        m_process.waitForFinished();
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    QString m_answer;
};

void makeProject(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    QVERIFY2(store, qPrintable(store.error()));
    const Dz::Report seed = Dz::Test::loadSeed(u"000"_s);
    QVERIFY(store.value()->addReport(Dz::ProjectImporter::prepare(seed, Dz::Test::seedPath(u"000"_s))));
}

enum class Alias { HardLink, BindMount, SymbolicLink, Spelling };

// A second name for the project at @p path; empty (with @p why) where this
// system cannot make one.
QString aliasOf(const QString &path, Alias alias, const QString &scratch, QString *why, QStringList *mounts)
{
    const QFileInfo info(path);
    switch (alias) {
    case Alias::HardLink: {
        const QString other = scratch + u"/linked.duizhao"_s;
        if (::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()) != 0) {
            *why = u"hard links are not supported here"_s;
            return {};
        }
        return other;
    }
    case Alias::BindMount: {
        const QString mountPoint = scratch + u"/mounted"_s;
        QDir().mkpath(mountPoint);
        if (QProcess::execute(u"mount"_s, {u"--bind"_s, info.absolutePath(), mountPoint}) != 0) {
            *why = u"cannot bind-mount here (not root, or no mount namespace)"_s;
            return {};
        }
        mounts->append(mountPoint);
        return mountPoint + u'/' + info.fileName();
    }
    case Alias::SymbolicLink: {
        const QString other = scratch + u"/symlinked.duizhao"_s;
        QFile::link(path, other);
        return other;
    }
    case Alias::Spelling:
        return info.absolutePath() + u"/./"_s + info.fileName();
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Alias)

class TestProjectLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondNameIsRefused_data()
    {
        QTest::addColumn<Alias>("alias");
        QTest::newRow("hard link") << Alias::HardLink;
        QTest::newRow("bind mount") << Alias::BindMount;
        QTest::newRow("symbolic link") << Alias::SymbolicLink;
        QTest::newRow("another spelling") << Alias::Spelling;
    }

    // A writer under one name keeps writers under every other name out;
    // readers are welcome under any.
    void secondNameIsRefused()
    {
        QFETCH(Alias, alias);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"projects"_s)));
        const QString path = dir.filePath(u"projects/p.duizhao"_s);
        makeProject(path);
        QString why;
        QStringList mounts;
        const auto unmount = qScopeGuard([&mounts] {
            for (const QString &m : std::as_const(mounts))
                QProcess::execute(u"umount"_s, {m});
        });
        const QString other = aliasOf(path, alias, dir.path(), &why, &mounts);
        if (other.isEmpty())
            QSKIP(qPrintable(why));

        Holder holder(path);
        QVERIFY2(holder.holds(), qPrintable(holder.answer()));
        const auto second = ProjectStore::open(other, ProjectStore::Access::ReadWrite);
        QVERIFY2(!second, "a second writer got in under another name");
        QVERIFY2(second.error().contains(other), qPrintable(second.error()));
        QVERIFY2(second.error().contains(u"another program"_s), qPrintable(second.error()));
        QVERIFY(ProjectStore::open(other, ProjectStore::Access::ReadOnly));
        // And the other way round.
        holder.release();
        Holder otherHolder(other);
        QVERIFY2(otherHolder.holds(), qPrintable(otherHolder.answer()));
        QVERIFY(!ProjectStore::open(path, ProjectStore::Access::ReadWrite));
    }

    // The lock goes with its process, however it ends: a killed writer locks no one out.
    void lockEndsWithItsProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        makeProject(path);
        const QString linked = dir.filePath(u"linked.duizhao"_s);
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(linked).constData()), 0);
        Holder holder(path);
        QVERIFY(holder.holds());
        QVERIFY(!ProjectStore::open(linked, ProjectStore::Access::ReadWrite));
        holder.kill();
        const auto after = ProjectStore::open(linked, ProjectStore::Access::ReadWrite);
        QVERIFY2(after, qPrintable(after.error()));
    }

    // Within one process, two names share one lock (the workbench and its import worker).
    void oneProcessSharesTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        makeProject(path);
        const QString linked = dir.filePath(u"linked.duizhao"_s);
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(linked).constData()), 0);
        auto first = ProjectStore::open(path);
        auto second = ProjectStore::open(linked);
        QVERIFY2(first && second, qPrintable(first.error() + second.error()));
        {
            Holder outsider(linked);
            QVERIFY2(!outsider.holds(), qPrintable(outsider.answer()));
        }
        first = Dz::Result<std::unique_ptr<ProjectStore>>::failure({});
        second = Dz::Result<std::unique_ptr<ProjectStore>>::failure({});
        Holder later(linked);
        QVERIFY2(later.holds(), qPrintable(later.answer()));
    }

    // Two imports under two names at once: never both, never a report lost.
    void concurrentImportsThroughTwoNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        makeProject(path);
        const QString linked = dir.filePath(u"linked.duizhao"_s);
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(linked).constData()), 0);
        QFile seed(Dz::Test::seedPath(u"001"_s));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QByteArray text = seed.readAll();
        QStringList folders;
        for (const QString &name : {u"a"_s, u"b"_s}) {
            const QString folder = dir.filePath(name);
            QVERIFY(QDir().mkpath(folder));
            for (int i = 0; i < 40; ++i) {
                QFile file(folder + u"/r%1.txt"_s.arg(i));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(text + "\n" + name.toUtf8() + QByteArray::number(i) + "号\n");
            }
            folders.append(folder);
        }
        QProcess one;
        QProcess two;
        const QString cli = QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s;
        one.start(cli, {u"import"_s, path, folders.at(0)});
        two.start(cli, {u"import"_s, linked, folders.at(1)});
        QVERIFY(one.waitForFinished(Dz::Test::scaledTimeout(120000)));
        QVERIFY(two.waitForFinished(Dz::Test::scaledTimeout(120000)));
        int claimed = 0;
        for (QProcess *p : {&one, &two}) {
            const QString said = QString::fromUtf8(p->readAllStandardOutput());
            if (p->exitCode() == 0)
                claimed += said.section(u": "_s, 1).section(u' ', 0, 0).toInt();
            else
                QVERIFY2(QString::fromUtf8(p->readAllStandardError()).contains(u"another program"_s), qPrintable(said));
        }
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(store.value()->reportRecords().reportCount().value(), 1 + claimed);
        QCOMPARE(store.value()->database().integrityCheck().value(), u"ok"_s);
    }

    // Item 9: a name with no room for SQLite's "-journal" beside it is
    // refused before anything is made (it left a 0-byte file).
    void nameTooLong_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<bool>("made");
        QTest::newRow("250 bytes") << 250 << false;
        QTest::newRow("255 bytes") << 255 << false;
        QTest::newRow("at the limit") << 247 << true;
        QTest::newRow("Chinese, 249 bytes") << 249 << false;
    }

    void nameTooLong()
    {
        QFETCH(int, bytes);
        QFETCH(bool, made);
        QTemporaryDir dir;
        // ".duizhao" and the rest in ASCII, or three-byte characters where the row says Chinese.
        QString name;
        if (QString::fromUtf8(QTest::currentDataTag()).startsWith(u"Chinese"_s))
            name = QString(u'报').repeated((bytes - 8) / 3) + u"x"_s.repeated((bytes - 8) % 3);
        else
            name = u"p"_s.repeated(bytes - 8);
        name += u".duizhao"_s;
        QCOMPARE(QFile::encodeName(name).size(), bytes);
        const QString path = dir.filePath(name);
        const auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QCOMPARE(bool(store), made);
        if (!made) {
            QVERIFY2(store.error().contains(QString::number(bytes)) && store.error().contains(u"shorter name"_s), qPrintable(store.error()));
            QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        }
    }

    // Item 9: a lock file that cannot be made on a full disk says why, and leaves nothing.
    void fullDiskLock()
    {
        QTemporaryDir dir;
        const QString disk = dir.filePath(u"disk"_s);
        QDir().mkpath(disk);
        if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, disk}) != 0)
            QSKIP("cannot mount a tmpfs here (not root, or no mount namespace)");
        const auto unmount = qScopeGuard([&disk] {
            QProcess::execute(u"umount"_s, {disk});
        });
        QFile filler(disk + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        filler.close();
        const QString path = disk + u"/p.duizhao"_s;
        const auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(path) && store.error().contains(u"no space left on device"_s, Qt::CaseInsensitive), qPrintable(store.error()));
        QCOMPARE(QDir(disk).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList {u"filler"_s});
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0) {
        QCoreApplication app(argc, argv);
        return hold(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestProjectLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectlock.moc"
