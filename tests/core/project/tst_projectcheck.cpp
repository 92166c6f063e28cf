// Stored texts against their content hashes (issue 24, item 6): a report
// whose bytes were damaged in the project is named and left out of every
// read, never served; Check Project runs SQLite's integrity check and every
// hash, with progress and cancel.

#include "project/projectanalysis.h"
#include "project/projectcheck.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "project/reportrecords.h"
#include "seedfiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dz::ProjectStore;

namespace
{

struct Made {
    QString path;
    QList<qint64> ids;
    QStringList texts;
};

// A project of the five seeds, closed (its journal folded into the file).
Made makeProject(const QString &path)
{
    Made made;
    made.path = path;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    for (const QString &seed : Dz::Test::seedPaths()) {
        auto prepared = Dz::ProjectImporter::prepare(seed);
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error()));
        auto id = store.value()->addReport(prepared.value());
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        made.ids.append(id.value());
        made.texts.append(prepared->text);
    }
    return made;
}

// Changes @p from to @p to (the same number of UTF-8 bytes) where the file
// holds it: what a bad sector or a careless tool does to a stored text.
bool damage(const QString &path, const QString &from, const QString &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const QByteArray a = from.toUtf8();
    const QByteArray b = to.toUtf8();
    if (a.size() != b.size())
        return false;
    // Only the first copy: the text, not the search index's.
    const qsizetype at = bytes.indexOf(a);
    if (at < 0)
        return false;
    bytes.replace(at, a.size(), b);
    file.seek(0);
    return file.write(bytes) == bytes.size();
}

// A stretch of @p text no other seed holds, to damage.
QString uniqueStretch(const QStringList &texts, int which, qsizetype length)
{
    const QString &text = texts.at(which);
    for (qsizetype at = text.size() / 3; at + length < text.size(); ++at) {
        const QString candidate = text.mid(at, length);
        if (candidate.contains(u'\n'))
            continue;
        bool unique = text.count(candidate) == 1;
        for (int other = 0; unique && other < texts.size(); ++other)
            unique = other == which || !texts.at(other).contains(candidate);
        if (unique)
            return candidate;
    }
    return {};
}

// @p text with each Chinese character moved one code point on: the same length in UTF-8.
QString shifted(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 0x4E00 && c.unicode() < 0x9FFF)
            c = QChar(char16_t(c.unicode() + 1));
    }
    return out;
}

} // namespace

class TestProjectCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedTextIsNamedAndLeftOut_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("length");
        QTest::newRow("first report, one character") << 0 << 1;
        QTest::newRow("middle report, a phrase") << 2 << 12;
        QTest::newRow("last report, a long stretch") << 4 << 60;
    }

    void damagedTextIsNamedAndLeftOut()
    {
        QFETCH(int, which);
        QFETCH(int, length);
        QTemporaryDir dir;
        const Made made = makeProject(dir.filePath(u"p.duizhao"_s));
        // A stretch of Chinese characters only, so the shift changes each.
        QString stretch;
        for (qsizetype want = length; stretch.isEmpty() && want < length + 40; ++want) {
            const QString candidate = uniqueStretch(made.texts, which, want);
            if (shifted(candidate) != candidate)
                stretch = candidate;
        }
        QVERIFY(!stretch.isEmpty());
        QVERIFY(damage(made.path, stretch, shifted(stretch)));
        const qint64 bad = made.ids.at(which);

        auto store = ProjectStore::open(made.path, ProjectStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const ProjectStore &project = *store.value();
        const QString name = QFileInfo(Dz::Test::seedPaths().at(which)).fileName();

        // One report read: a failure naming it.
        const auto one = project.reportRecords().report(bad);
        QVERIFY(!one);
        QVERIFY2(one.error().contains(name) && one.error().contains(u"damaged"_s), qPrintable(one.error()));
        QVERIFY(!Dz::ProjectAnalysis::read(project, bad));
        QVERIFY(project.reportRecords().report(made.ids.at((which + 1) % made.ids.size())));

        // Many: left out and named, the others served.
        QList<Dz::DamagedReport> damaged;
        const auto all = Dz::ProjectAnalysis::readAll(project, made.ids, {}, &damaged);
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), made.ids.size() - 1);
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(damaged.constFirst().id, bad);
        QVERIFY(damaged.constFirst().message.contains(name));
        for (const Dz::ReportAnalysis &a : all.value())
            QVERIFY(a.report.filePath != name);
        // Without a list to name them in, never served.
        const auto strict = Dz::ProjectAnalysis::readAll(project, made.ids);
        QVERIFY(!strict);
        QVERIFY2(strict.error().contains(name), qPrintable(strict.error()));

        const auto comparison = Dz::ProjectAnalysis::compare(project, made.ids, {});
        QVERIFY2(comparison, qPrintable(comparison.error()));
        QCOMPARE(comparison->reports.size(), made.ids.size() - 1);
        QVERIFY(!comparison->keys.contains(bad));
        QCOMPARE(comparison->problems.size(), 1);
        QVERIFY(comparison->problems.constFirst().contains(name));

        QList<Dz::DamagedReport> stored;
        const auto texts = project.reportRecords().storedReports(&stored);
        QVERIFY(texts);
        QCOMPARE(texts->size(), made.ids.size() - 1);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().id, bad);

        // Check Project names it, and only it.
        const Dz::ProjectCheckOutcome outcome = Dz::ProjectCheck::run(made.path);
        QVERIFY(!outcome.isHealthy());
        QCOMPARE(outcome.reports, int(made.ids.size()));
        QCOMPARE(outcome.damaged.size(), 1);
        QCOMPARE(outcome.damaged.constFirst().id, bad);
        QVERIFY2(outcome.summary().join(u'\n').contains(name), qPrintable(outcome.summary().join(u'\n')));
    }

    void healthyProject()
    {
        QTemporaryDir dir;
        const Made made = makeProject(dir.filePath(u"p.duizhao"_s));
        QList<QPair<int, int>> steps;
        const Dz::ProjectCheckOutcome outcome = Dz::ProjectCheck::run(made.path, [&steps](int done, int total) {
            steps.append({done, total});
            return true;
        });
        QVERIFY2(outcome.isHealthy(), qPrintable(outcome.summary().join(u'\n')));
        QCOMPARE(outcome.integrity, u"ok"_s);
        QCOMPARE(outcome.reports, int(made.ids.size()));
        // Progress: the integrity check, then a step a report, then done.
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.constLast(), qMakePair(int(made.ids.size()) + 1, int(made.ids.size()) + 1));
        for (qsizetype i = 1; i < steps.size(); ++i)
            QVERIFY(steps.at(i).first >= steps.at(i - 1).first);
    }

    void checkIsCanceled_data()
    {
        QTest::addColumn<int>("after");
        QTest::newRow("before the integrity check") << 0;
        QTest::newRow("among the hashes") << 3;
    }

    void checkIsCanceled()
    {
        QFETCH(int, after);
        QTemporaryDir dir;
        const Made made = makeProject(dir.filePath(u"p.duizhao"_s));
        int calls = 0;
        const Dz::ProjectCheckOutcome outcome = Dz::ProjectCheck::run(made.path, [&](int, int) {
            return calls++ < after;
        });
        QVERIFY(outcome.canceled);
        QVERIFY(!outcome.isHealthy());
        QVERIFY(outcome.reports < made.ids.size());
    }

    // Pages of the database itself damaged: the check says the project is not sound.
    void damagedPages()
    {
        QTemporaryDir dir;
        const Made made = makeProject(dir.filePath(u"p.duizhao"_s));
        QFile file(made.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 16 * 4096);
        QRandomGenerator noise(24);
        QByteArray garbage(4096 * 4, '\0');
        noise.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        QVERIFY(file.seek((size / 4096 / 2) * 4096));
        file.write(garbage);
        file.close();
        const Dz::ProjectCheckOutcome outcome = Dz::ProjectCheck::run(made.path);
        QVERIFY(!outcome.isHealthy());
        QVERIFY(!outcome.summary().isEmpty());
        QVERIFY2(outcome.summary().constFirst().contains(made.path), qPrintable(outcome.summary().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestProjectCheck)
#include "tst_projectcheck.moc"
