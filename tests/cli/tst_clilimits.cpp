// The CLI against unlucky output and hostile options (issue 24, items 5, 6,
// 7 and 9): every write to standard output checked (/dev/full is a failure
// and a message, never exit 0 with truncated JSON); --out that is a device
// or a pipe written to, never replaced; repeated indicator ids; pictures
// too large; `check`; a folder import of 2,000 files under a 2 GB
// address-space limit.

#include "core/reading/hostilefixtures.h"
#include "project/projectcopy.h"
#include "seedfiles.h"
#include "testtiming.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#endif

using namespace Qt::StringLiterals;

namespace
{

struct Run {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// duizhao-cli with @p args; standard output to @p outFile when given.
Run runCli(const QStringList &args, const QString &outFile = {}, qint64 addressLimit = 0, int timeoutMs = Dz::Test::scaledTimeout(60000))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    if (!outFile.isEmpty())
        process.setStandardOutputFile(outFile);
#ifdef Q_OS_UNIX
    if (addressLimit > 0) {
        process.setChildProcessModifier([addressLimit] {
            const struct rlimit limit = {rlim_t(addressLimit), rlim_t(addressLimit)};
            ::setrlimit(RLIMIT_AS, &limit);
        });
    }
#else
    Q_UNUSED(addressLimit);
#endif
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s, args);
    Run run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray seedBytes(const QString &prefix = u"000"_s)
{
    QFile file(Dz::Test::seedPath(prefix));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

bool isCharacterDevice(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

class TestCliLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"p.duizhao"_s);
        const Run made = runCli({u"import"_s, m_project, Dz::Test::seedPath(u"000"_s), Dz::Test::seedPath(u"001"_s)});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }

    // Item 5: output that cannot be written is a failure and a message, for every command.
    void fullOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString seed = Dz::Test::seedPath(u"002"_s);
        QTest::newRow("outline json") << QStringList {u"outline"_s, seed};
        QTest::newRow("outline text") << QStringList {u"outline"_s, u"--format"_s, u"text"_s, seed};
        QTest::newRow("indicators csv") << QStringList {u"indicators"_s, u"--format"_s, u"csv"_s, seed};
        QTest::newRow("align") << QStringList {u"align"_s, seed, Dz::Test::seedPath(u"003"_s)};
        QTest::newRow("audit") << QStringList {u"audit"_s, seed};
        QTest::newRow("project indicators") << QStringList {u"indicators"_s, u"--project"_s, u"PROJECT"_s};
        QTest::newRow("search") << QStringList {u"search"_s, u"PROJECT"_s, u"法治"_s};
        QTest::newRow("check") << QStringList {u"check"_s, u"PROJECT"_s};
    }

    void fullOutput()
    {
#ifndef Q_OS_UNIX
        QSKIP("/dev/full is a Unix device");
#endif
        QFETCH(QStringList, args);
        args.replaceInStrings(u"PROJECT"_s, m_project);
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("no /dev/full here");
        const Run run = runCli(args, u"/dev/full"_s);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("could not be written") && run.err.contains("No space left on device"), run.err.constData());
        // The same command to a file succeeds.
        const Run fine = runCli(args, m_dir.filePath(u"out.txt"_s));
        QCOMPARE(fine.exitCode, 0);
    }

    // Item 9: --out that is (or links to) a device or a pipe is written to,
    // each write checked, and stays what it was.
    void outToDevice_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("link to /dev/full") << u"link-full"_s << 1;
        QTest::newRow("link to /dev/null") << u"link-null"_s << 0;
        QTest::newRow("device node like /dev/full") << u"node-full"_s << 1;
        QTest::newRow("device node like /dev/null") << u"node-null"_s << 0;
        QTest::newRow("named pipe nobody reads") << u"fifo"_s << 1;
    }

    void outToDevice()
    {
#ifndef Q_OS_UNIX
        QSKIP("devices and named pipes are Unix's");
#else
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"chart.png"_s);
        const QByteArray native = QFile::encodeName(out);
        if (kind.startsWith(u"link"_s)) {
            QVERIFY(QFile::link(kind == u"link-full"_s ? u"/dev/full"_s : u"/dev/null"_s, out));
        } else if (kind.startsWith(u"node"_s)) {
            if (::mknod(native.constData(), S_IFCHR | 0666, makedev(1, kind == u"node-full"_s ? 7 : 3)) != 0)
                QSKIP("cannot make a device node here (not root)");
        } else {
            QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        }
        struct stat before;
        QCOMPARE(::lstat(native.constData(), &before), 0);
        const Run run = runCli({u"chart"_s, u"--indicator"_s, u"penalty_cases"_s, u"--size"_s, u"640x360"_s, u"--out"_s, out, Dz::Test::seedPath(u"000"_s)});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY2(run.err.contains(native) && (run.err.contains("No space left on device") || run.err.contains("no program reads")), run.err.constData());
        struct stat after;
        QCOMPARE(::lstat(native.constData(), &after), 0);
        // Never replaced by a file: the same node (or link) as before.
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_mode, before.st_mode);
        if (kind.startsWith(u"node"_s))
            QVERIFY(isCharacterDevice(out));
        QVERIFY(isCharacterDevice(u"/dev/null"_s) && isCharacterDevice(u"/dev/full"_s));
#endif
    }

    // Item 9: ten thousand repeats of an id cost one indicator.
    void repeatedIndicatorIds_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("indicators") << u"indicators"_s;
        QTest::newRow("chart") << u"chart"_s;
    }

    void repeatedIndicatorIds()
    {
        QFETCH(QString, command);
        // Ten options of a thousand ids each (one argument may not pass 128 KiB).
        QStringList args = {command};
        for (int option = 0; option < 10; ++option) {
            QStringList ids;
            for (int i = 0; i < 1000; ++i)
                ids.append(i % 2 ? u"penalty_cases"_s : u"emergency_drills"_s);
            args += {u"--indicator"_s, ids.join(u',')};
        }
        args.append(Dz::Test::seedPath(u"000"_s));
        if (command == u"chart"_s)
            args += {u"--size"_s, u"640x360"_s, u"--out"_s, m_dir.filePath(u"repeat.svg"_s)};
        else
            args += {u"--format"_s, u"csv"_s};
        const Run run = runCli(args);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.elapsedMs < Dz::Test::scaledTimeout(20000), qPrintable(QString::number(run.elapsedMs)));
        if (command == u"indicators"_s) {
            const QList<QByteArray> lines = run.out.trimmed().split('\n');
            QCOMPARE(lines.size(), 3); // a header and one row per indicator
        }
    }

    // Item 9: size and scale together are bounded: 16384x16384 at 8 was a 64 GiB picture.
    void pictureTooLarge_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("scale");
        QTest::newRow("largest at 8") << u"16384x16384"_s << u"8"_s;
        QTest::newRow("large at 4") << u"9000x9000"_s << u"4"_s;
        QTest::newRow("wide at 2") << u"16384x9000"_s << u"2"_s;
    }

    void pictureTooLarge()
    {
        QFETCH(QString, size);
        QFETCH(QString, scale);
        const QString out = m_dir.filePath(u"huge.png"_s);
        const Run run =
            runCli({u"chart"_s, u"--indicator"_s, u"penalty_cases"_s, u"--size"_s, size, u"--scale"_s, scale, u"--out"_s, out, Dz::Test::seedPath(u"000"_s)});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("million pixels"), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // Item 6: `check` runs the integrity check and every hash; a damaged text fails it, naming the report.
    void checkCommand()
    {
        const Run healthy = runCli({u"check"_s, u"--format"_s, u"text"_s, m_project});
        QCOMPARE(healthy.exitCode, 0);
        QVERIFY2(healthy.out.contains("intact") && healthy.out.contains("match their content hashes"), healthy.out.constData());
        const Run json = runCli({u"check"_s, m_project});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains("\"healthy\": true"), json.out.constData());

        // Damage the second seed's text in a copy.
        const QString copy = m_dir.filePath(u"damaged.duizhao"_s);
        QVERIFY(QFile::copy(m_project, copy));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // A stretch of the second seed that the first does not hold, one character moved on.
        const QString first = QString::fromUtf8(seedBytes(u"000"_s));
        const QString second = QString::fromUtf8(seedBytes(u"001"_s));
        QString stretch;
        for (qsizetype from = second.size() / 2; stretch.isEmpty() && from + 10 < second.size(); ++from) {
            const QString candidate = second.mid(from, 10);
            if (!candidate.contains(u'\n') && !first.contains(candidate) && candidate.at(0).unicode() >= 0x4E00 && candidate.at(0).unicode() < 0x9FFF)
                stretch = candidate;
        }
        QVERIFY(!stretch.isEmpty());
        QString changed = stretch;
        changed[0] = QChar(char16_t(changed.at(0).unicode() + 1));
        const qsizetype at = bytes.indexOf(stretch.toUtf8());
        QVERIFY(at > 0);
        bytes.replace(at, stretch.toUtf8().size(), changed.toUtf8());
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const Run damaged = runCli({u"check"_s, u"--format"_s, u"text"_s, copy});
        QCOMPARE(damaged.exitCode, 1);
        const QByteArray name = QFileInfo(Dz::Test::seedPath(u"001"_s)).fileName().toUtf8();
        QVERIFY2(damaged.out.contains(name), damaged.out.constData());
        // The report commands leave it out, naming it, and fail: its entry is an error, not an outline.
        const Run outline = runCli({u"outline"_s, u"--project"_s, copy});
        QCOMPARE(outline.exitCode, 1);
        QVERIFY2(outline.err.contains(name) && outline.err.contains("damaged"), outline.err.constData());
        const QJsonArray reports = QJsonDocument::fromJson(outline.out).object().value(u"reports").toArray();
        QCOMPARE(reports.size(), 2);
        int errors = 0;
        for (const QJsonValue &report : reports) {
            const QJsonObject entry = report.toObject();
            if (entry.value(u"file").toString().toUtf8() == name) {
                QVERIFY(entry.contains(u"error"_s) && !entry.contains(u"sections"_s));
                ++errors;
            } else {
                QVERIFY(!entry.contains(u"error"_s) && entry.contains(u"sections"_s));
            }
        }
        QCOMPARE(errors, 1);
    }

    // copy says on stderr how far it has got, as import and check do (the
    // tables copied, the last always); stdout says only what went where.
    void copyShowsProgress()
    {
        const QString target = m_dir.filePath(u"copied.duizhao"_s);
        const Run run = runCli({u"copy"_s, m_project, target});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out), u"%1 copied to %2.\n"_s.arg(m_project, target));
        const int tables = int(Dz::ProjectCopy::tables().size());
        QVERIFY(tables > 1);
        int last = 0;
        for (const QString &line : QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts)) {
            static const QRegularExpression progress(u"^copied (\\d+) of (\\d+) tables$"_s);
            const QRegularExpressionMatch m = progress.match(line);
            if (!m.hasMatch())
                continue;
            QCOMPARE(m.captured(2).toInt(), tables);
            QVERIFY(m.captured(1).toInt() > last);
            last = m.captured(1).toInt();
        }
        QCOMPARE(last, tables);
        // A copy that fails says why, and nothing on stdout.
        const Run again = runCli({u"copy"_s, m_project, target});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.err.contains(target.toUtf8()), again.err.constData());
    }

    // Item 5: a page whose article is a sliver of it is said so, and fails the command.
    void thinPageWarns()
    {
        QTemporaryDir dir;
        QString html = u"<html><head><meta charset=\"utf-8\"></head><body><div class=\"share\">"_s;
        for (const QString &p : Dz::Test::proseParagraphs(60, 50))
            html += u"<p>"_s + p + u"</p>"_s;
        html += u"</div><div class=\"content\"><p>"_s + Dz::Test::proseParagraphs(2, 40).join(u"</p><p>"_s) + u"</p></div></body></html>"_s;
        const QString page = dir.filePath(u"thin.html"_s);
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(html.toUtf8());
        file.close();
        const Run outline = runCli({u"outline"_s, page});
        QCOMPARE(outline.exitCode, 1);
        QVERIFY2(outline.err.contains("thin.html") && outline.err.contains("were kept"), outline.err.constData());
        const Run import = runCli({u"import"_s, dir.filePath(u"p.duizhao"_s), page});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.out.contains("1 report added") && import.out.contains("1 report read with a warning"), import.out.constData());
    }

    // Item 8: the summary says what a folder left out.
    void importSaysWhatItLeftOut()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"reports"_s);
        QVERIFY(QDir().mkpath(folder + u"/.hidden"_s));
        QFile a(folder + u"/a.txt"_s);
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(seedBytes());
        a.close();
        QVERIFY(QFile::copy(folder + u"/a.txt"_s, folder + u"/.hidden/b.txt"_s));
        QVERIFY(QFile::link(folder, folder + u"/loop"_s));
        const Run run = runCli({u"import"_s, dir.filePath(u"p.duizhao"_s), folder});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("1 report added") && run.out.contains("left out"), run.out.constData());
        QVERIFY2(run.err.contains("hidden") && run.err.contains("loop"), run.err.constData());
    }

    // Item 7: files are read by their size, so a 2,000-file folder imports
    // under a 2 GB address-space limit (64 MiB reserved a file made 34 GB).
    void importUnderAddressLimit()
    {
        if (qEnvironmentVariableIsSet("DUIZHAO_SANITIZE"))
            QSKIP("AddressSanitizer reserves terabytes of address space: no limit can be set under it");
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"many"_s);
        QVERIFY(QDir().mkpath(folder));
        const QList<QByteArray> seeds = {seedBytes(u"000"_s), seedBytes(u"001"_s), seedBytes(u"002"_s), seedBytes(u"003"_s), seedBytes(u"004"_s)};
        const int count = 2000;
        for (int i = 0; i < count; ++i) {
            QFile file(folder + u"/r%1.txt"_s.arg(i, 4, 10, QChar(u'0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(seeds.at(i % seeds.size()) + "\n附：第" + QByteArray::number(i) + "号\n");
        }
        const Run run = runCli({u"import"_s, dir.filePath(u"p.duizhao"_s), folder}, {}, qint64(2000000) * 1024, Dz::Test::scaledTimeout(600000));
        QVERIFY2(run.finished, "the import did not finish");
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        QVERIFY2(run.out.contains("2000 reports added"), run.out.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_clilimits.moc"
