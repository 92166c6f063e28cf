// The real binaries against hostile and unlucky input (issue 14): FIFOs,
// terminal escapes, formula cells, bad options, empty folders, damaged
// projects, a deck that would replace the analyst's with nothing.

#include "binaryrun.h"
#include "seedfiles.h"
#include "testtiming.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace
{

using Run = Dz::Test::BinaryRun;

// Hostile input must not keep a program busy: half a minute at the most.
Run runBinary(const QString &binary, const QStringList &args, const QString &workingDirectory = {}, int timeoutMs = Dz::Test::scaledTimeout(30000))
{
    return Dz::Test::runBinary(binary, args, workingDirectory, timeoutMs);
}

Run runCli(const QStringList &args, const QString &workingDirectory = {})
{
    return runBinary(u"duizhao-cli"_s, args, workingDirectory);
}

QByteArray seedBytes()
{
    QFile file(Dz::Test::seedPath(u"000"_s));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool hasTerminalControls(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F)
            return true;
    }
    // C1 controls in UTF-8 (C2 80 … C2 9F).
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes.at(i)) == 0xC2 && (static_cast<unsigned char>(bytes.at(i + 1)) & 0xE0) == 0x80)
            return true;
    }
    return false;
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
#ifdef Q_OS_UNIX
    // Item 1: a FIFO named as a report blocked every command for ever; it is
    // refused by name, and an import of it leaves no lock behind.
    void fifoIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"report.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run outline = runCli({u"outline"_s, fifo, Dz::Test::seedPath(u"001"_s)});
        QVERIFY2(outline.finished, "outline hangs on a FIFO");
        QCOMPARE(outline.exitCode, 1);
        QVERIFY2(outline.err.contains(fifo.toUtf8()) && outline.err.contains("named pipe"), outline.err.constData());
        const QString project = dir.filePath(u"p.duizhao"_s);
        const Run import = runCli({u"import"_s, project, fifo, Dz::Test::seedPath(u"001"_s)});
        QVERIFY2(import.finished, "import hangs on a FIFO");
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.out.contains("1 report added") && import.out.contains("1 file not imported"), import.out.constData());
        QVERIFY(!QFile::exists(project + u".lock"_s));
    }
#endif

    // Item 3: a deck of no readable report does not replace the old deck.
    void deckOfNothingKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString deck = dir.filePath(u"x.pptx"_s);
        writeFile(deck, "the analyst's old deck");
        const Run run = runCli({u"deck"_s, u"--out"_s, deck, dir.filePath(u"missing.txt"_s)});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("nothing to put on slides"), run.err.constData());
        QFile file(deck);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the analyst's old deck"));
    }

    // Item 8: control characters in report text and file names reach no terminal.
    void terminalEscapesAreDefused()
    {
        QTemporaryDir dir;
        QByteArray hostile = seedBytes();
        hostile.insert(hostile.indexOf('\n') + 1,
            "\x1B]0;pwned\x07\x1B[2J\xC2\x9B"
            "31m\n");
        const QString name = dir.filePath(u"bad\x1B[31mname.txt"_s);
        writeFile(name, hostile);
        const Run text = runCli({u"outline"_s, u"--format"_s, u"text"_s, name});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(!hasTerminalControls(text.out), text.out.constData());
        QVERIFY(text.out.contains("␛[31mname.txt"));
        const Run audit = runCli({u"audit"_s, u"--format"_s, u"text"_s, name});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY2(!hasTerminalControls(audit.out), audit.out.constData());
        QVERIFY(audit.out.contains("␛[31mname.txt"));
        const Run missing = runCli({u"outline"_s, u"--format"_s, u"text"_s, dir.filePath(u"gone\x1B[2J.txt"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
        QVERIFY2(!hasTerminalControls(missing.err), missing.err.constData());
        // JSON piped on stays exact (its escapes are JSON's own).
        const Run json = runCli({u"outline"_s, name});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains("\\u001b[31mname.txt"));
    }

    // Item 9: a cell a spreadsheet would run as a formula is defused in every CSV the CLI writes.
    void csvCellsAreNotFormulas_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("indicators") << u"indicators"_s;
        QTest::newRow("weaknesses") << u"weaknesses"_s;
        QTest::newRow("audit") << u"audit"_s;
    }

    void csvCellsAreNotFormulas()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QString name = u"=HYPERLINK(\"example.invalid\",\"x\").txt"_s;
        writeFile(dir.filePath(name), seedBytes());
        const Run run = runCli({command, u"--format"_s, u"csv"_s, name}, dir.path());
        QCOMPARE(run.exitCode, 0);
        int defused = 0;
        for (const QByteArray &line : run.out.split('\n')) {
            QVERIFY2(!line.startsWith("=HYPERLINK(") && !line.startsWith("\"=HYPERLINK("), line.constData());
            defused += line.startsWith("\"'=HYPERLINK(\"\"example.invalid\"\",\"\"x\"\").txt\",") ? 1 : 0;
        }
        QVERIFY2(defused > 0, run.out.constData());
    }

    // Item 13: --scale nan is refused like any scale out of range.
    void scaleMustBeANumber_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::newRow("nan") << u"nan"_s;
        QTest::newRow("inf") << u"inf"_s;
        QTest::newRow("negative") << u"-1"_s;
    }

    void scaleMustBeANumber()
    {
        QFETCH(QString, scale);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"c.png"_s);
        const Run run = runCli({u"chart"_s, u"--indicator"_s, u"penalty_cases"_s, u"--scale"_s, scale, u"--out"_s, out, Dz::Test::seedPath(u"000"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--scale"), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // Item 13: a folder without report files is said to be one, with a failing exit.
    void folderWithoutReports()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"pictures"_s);
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + u"/scan.jpg"_s, "\xFF\xD8\xFF\xE0");
        writeFile(folder + u"/budget.xlsx"_s, "PK\x03\x04");
        const Run run = runCli({u"import"_s, dir.filePath(u"p.duizhao"_s), folder});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(folder.toUtf8()) && run.err.contains("no report files"), run.err.constData());
    }

    // Item 13: an import into a damaged project says so once.
    void damagedProjectErrorOnce()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.duizhao"_s);
        const Run made = runCli({u"import"_s, project, Dz::Test::seedPath(u"000"_s)});
        QCOMPARE(made.exitCode, 0);
        // Damage pages past the schema: the project opens, then fails on writing and on reading.
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 24 * 4096);
        QVERIFY(file.seek(20 * 4096));
        QRandomGenerator noise(13);
        QByteArray garbage(int(file.size() - 20 * 4096), '\0');
        noise.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        file.write(garbage);
        file.close();
        const Run run = runCli({u"import"_s, project, Dz::Test::seedPath(u"001"_s)});
        QCOMPARE(run.exitCode, 1);
        int messages = 0;
        for (const QByteArray &line : run.err.split('\n'))
            messages += line.startsWith(project.toUtf8()) ? 1 : 0;
        QVERIFY2(messages == 1, run.err.constData());
        // One file given, one not imported.
        QVERIFY2(run.out.contains("1 file not imported"), run.out.constData());
    }

    // Item 13: the workbench's screenshot of only unreadable files says so at once.
    void screenshotOfNothingFailsAtOnce()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(u"shot.png"_s);
        const QString missing = dir.filePath(u"missing.txt"_s);
        writeFile(dir.filePath(u"empty.txt"_s), QByteArray());
        const Run run = runBinary(u"duizhao"_s, {u"--screenshot"_s, shot, missing, dir.filePath(u"empty.txt"_s)}, {}, Dz::Test::scaledTimeout(45000));
        QVERIFY2(run.finished, "no answer");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.elapsedMs < Dz::Test::scaledTimeout(20000), qPrintable(QString::number(run.elapsedMs)));
        QVERIFY2(run.err.contains(missing.toUtf8()) && run.err.contains("nothing to show"), run.err.constData());
        QVERIFY(!QFile::exists(shot));
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_clihardening.moc"
