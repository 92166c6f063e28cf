// What a folder import leaves out, and why (issue 24, item 8): links to
// folders are followed once, loops are found, links that lead nowhere are
// named, hidden entries and folders nested too deep are counted; the
// summary says all of it instead of "0 files not imported".

#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "project/reportfolder.h"
#include "seedfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QByteArray seedBytes(int which)
{
    QFile file(Dz::Test::seedPaths().at(which % Dz::Test::seedPaths().size()));
    file.open(QIODevice::ReadOnly);
    return file.readAll() + "\n第" + QByteArray::number(which) + "份\n";
}

void writeReport(const QString &path, int which)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(seedBytes(which));
}

void link(const QString &target, const QString &name)
{
    QVERIFY2(QFile::link(target, name), qPrintable(name));
}

struct Walked {
    QStringList files;
    QStringList errors;
    QStringList skipped;
};

Walked walk(const QString &folder)
{
    Walked w;
    w.files = Dz::ProjectImporter::collectFiles({folder}, &w.errors, &w.skipped);
    return w;
}

bool anyContains(const QStringList &messages, const QString &what)
{
    return std::any_of(messages.cbegin(), messages.cend(), [&what](const QString &m) {
        return m.contains(what);
    });
}

} // namespace

class TestFolderWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A link to a folder elsewhere is followed, once; a second link to it and a
    // link back to a folder above are named, not followed.
    void linksToFoldersFollowedOnce()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"import"_s);
        const QString elsewhere = dir.filePath(u"elsewhere"_s);
        writeReport(root + u"/a.txt"_s, 0);
        writeReport(elsewhere + u"/b.txt"_s, 1);
        writeReport(elsewhere + u"/deeper/c.txt"_s, 2);
        link(elsewhere, root + u"/linked"_s);
        link(elsewhere, root + u"/linked-again"_s);
        link(root, root + u"/loop"_s);
        const Walked w = walk(root);
        QCOMPARE(w.files.size(), 3);
        QVERIFY(anyContains(w.files, u"/linked/b.txt"_s));
        QVERIFY(anyContains(w.files, u"/linked/deeper/c.txt"_s));
        QVERIFY2(anyContains(w.skipped, u"linked-again"_s) && anyContains(w.skipped, u"searched already"_s), qPrintable(w.skipped.join(u'\n')));
        QVERIFY2(anyContains(w.skipped, u"/loop"_s) && anyContains(w.skipped, u"loop"_s), qPrintable(w.skipped.join(u'\n')));
        QVERIFY(w.errors.isEmpty());
    }

    // Links that lead nowhere or round in a loop: a report file's is listed
    // and refused by name on reading; another is named as skipped.
    void brokenLinks()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"import"_s);
        writeReport(root + u"/good.txt"_s, 0);
        link(root + u"/gone.txt"_s, root + u"/dangling.txt"_s);
        link(root + u"/self.docx"_s, root + u"/self.docx"_s);
        link(root + u"/nowhere"_s, root + u"/folder-link"_s);
        const Walked w = walk(root);
        QVERIFY(anyContains(w.files, u"/dangling.txt"_s));
        QVERIFY(anyContains(w.files, u"/self.docx"_s));
        QVERIFY2(anyContains(w.skipped, u"folder-link"_s) && anyContains(w.skipped, u"leads nowhere"_s), qPrintable(w.skipped.join(u'\n')));

        QTemporaryDir projectDir;
        auto store =
            Dz::ProjectStore::open(projectDir.filePath(u"p.duizhao"_s), Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        const Dz::ImportOutcome outcome = Dz::ProjectImporter::importInto(*store.value(), {root});
        QCOMPARE(outcome.added, 1);
        QVERIFY2(anyContains(outcome.errors, u"dangling.txt: is a symbolic link"_s) && anyContains(outcome.errors, u"does not exist"_s),
            qPrintable(outcome.errors.join(u'\n')));
        QVERIFY2(anyContains(outcome.errors, u"self.docx"_s) && anyContains(outcome.errors, u"loop"_s), qPrintable(outcome.errors.join(u'\n')));
        QVERIFY(!outcome.skipped.isEmpty());
    }

    // Hidden entries are counted; one file reached through two names is one report.
    void hiddenAndTwice()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"import"_s);
        writeReport(root + u"/a.txt"_s, 0);
        writeReport(root + u"/.~lock.a.txt"_s, 1);
        writeReport(root + u"/._b.docx"_s, 2);
        writeReport(root + u"/.git/c.txt"_s, 3);
        QFile notes(root + u"/.notes"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        link(root + u"/a.txt"_s, root + u"/same-as-a.txt"_s);
        const Walked w = walk(root);
        QCOMPARE(w.files.size(), 1);
        QVERIFY2(anyContains(w.skipped, u"report files: 2, folders: 1"_s), qPrintable(w.skipped.join(u'\n')));
        QVERIFY2(anyContains(w.skipped, u"same-as-a.txt"_s) && anyContains(w.skipped, u"same file"_s), qPrintable(w.skipped.join(u'\n')));
    }

    // Folders deeper than the limit are counted, with the first one named.
    void tooDeep_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("leftOut");
        QTest::newRow("at the limit") << Dz::ReportFolder::MaxDepth << false;
        QTest::newRow("past it") << Dz::ReportFolder::MaxDepth + 6 << true;
    }

    void tooDeep()
    {
        QFETCH(int, depth);
        QFETCH(bool, leftOut);
        QTemporaryDir dir;
        const QString root = dir.filePath(u"import"_s);
        QString folder = root;
        for (int i = 0; i < depth; ++i) {
            folder += u"/d"_s;
            if (i % 5 == 0)
                writeReport(folder + u"/r.txt"_s, i);
        }
        writeReport(folder + u"/deepest.txt"_s, depth);
        const Walked w = walk(root);
        QCOMPARE(anyContains(w.files, u"/deepest.txt"_s), !leftOut);
        QCOMPARE(anyContains(w.skipped, u"levels deep"_s), leftOut);
    }

    // Nothing left out, nothing said.
    void plainFolder()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"import"_s);
        writeReport(root + u"/a.txt"_s, 0);
        writeReport(root + u"/sub/b.txt"_s, 1);
        const Walked w = walk(root);
        QCOMPARE(w.files.size(), 2);
        QVERIFY2(w.skipped.isEmpty(), qPrintable(w.skipped.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestFolderWalk)
#include "tst_folderwalk.moc"
