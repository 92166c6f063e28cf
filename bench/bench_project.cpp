// Imports synthetic reports into a new project and times the import, opening
// the project and searching it, each against a floor measured in the same
// run (so that a loaded machine slows both alike):
// - import: SQLite alone storing the same texts with the same two search
//   indexes (trigram, and the bigram tokens made beforehand), one thread, in
//   transactions of ProjectImporter::BatchSize. Target: at most 2x.
// - search: the bare index lookup of the same terms (matching row ids only,
//   no ranking, no snippets); and the old scan (LIKE) for comparison. Target:
//   under 50 ms on 10,000 reports.
// Usage:
//   bench_project [REPORTS] [--keep DIR]
// REPORTS defaults to 10,000. The files and the project go to a temporary
// folder (or DIR, kept afterwards).

#include "analysis/reportpipeline.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "project/searchindex.h"
#include "reading/samplereports.h"
#include "syntheticreports.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrentRun>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace
{

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1) + u" ms"_s;
}

QString ratio(qint64 ns, qint64 floorNs)
{
    return QString::number(double(ns) / double(qMax<qint64>(1, floorNs)), 'f', 2) + u'x';
}

// A plain connection of the bench's own, beside (never through) ProjectStore.
class Connection
{
public:
    explicit Connection(const QString &path, const QString &name)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, const QVariantList &values = {}, QVariant *first = nullptr) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!m_ok || !q.prepare(sql))
            return fail(q);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec())
            return fail(q);
        if (first && q.next())
            *first = q.value(0);
        return true;
    }
    QSqlQuery prepared(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        return q;
    }
    static bool fail(const QSqlQuery &q)
    {
        QTextStream(stderr) << q.lastQuery().left(60) << u": "_s << q.lastError().text() << Qt::endl;
        return false;
    }

private:
    QString m_name;
    bool m_ok = false;
};

// SQLite alone storing @p texts with the trigram and bigram indexes of a
// project, as ProjectStore sets them up (WAL, synchronous NORMAL), one
// thread, one transaction per batch. Returns the nanoseconds taken, or -1.
qint64 storageFloor(const QString &path, const QStringList &texts, const QStringList &tokens)
{
    QFile::remove(path);
    Connection c(path, u"floor"_s);
    for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT)"_s,
             u"CREATE VIRTUAL TABLE texts_search USING fts5(text, content='texts', content_rowid='id', tokenize='trigram')"_s,
             u"CREATE VIRTUAL TABLE texts_bigrams USING fts5(tokens, content='', contentless_delete=1, tokenize='ascii')"_s}) {
        if (!c.exec(sql))
            return -1;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery text = c.prepared(u"INSERT INTO texts (id, text) VALUES (?, ?)"_s);
    QSqlQuery trigrams = c.prepared(u"INSERT INTO texts_search (rowid, text) VALUES (?, ?)"_s);
    QSqlQuery bigrams = c.prepared(u"INSERT INTO texts_bigrams (rowid, tokens) VALUES (?, ?)"_s);
    for (qsizetype start = 0; start < texts.size(); start += Dz::ProjectImporter::BatchSize) {
        if (!c.exec(u"BEGIN IMMEDIATE"_s))
            return -1;
        for (qsizetype i = start; i < qMin(texts.size(), start + Dz::ProjectImporter::BatchSize); ++i) {
            for (QSqlQuery *q : {&text, &trigrams}) {
                q->bindValue(0, i + 1);
                q->bindValue(1, texts.at(i));
                if (!q->exec())
                    return Connection::fail(*q), -1;
            }
            bigrams.bindValue(0, i + 1);
            bigrams.bindValue(1, tokens.at(i));
            if (!bigrams.exec())
                return Connection::fail(bigrams), -1;
        }
        if (!c.exec(u"COMMIT"_s))
            return -1;
    }
    return timer.nsecsElapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = app.arguments().mid(1);
    int wanted = 10000;
    QString keep;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--keep" && i + 1 < args.size())
            keep = args.at(++i);
        else
            wanted = qMax(1, args.at(i).toInt());
    }
    QTemporaryDir temporary;
    const QString root = keep.isEmpty() ? temporary.path() : QDir(keep).absolutePath();
    const QString in = root + u"/reports"_s;
    const QString project = root + u"/bench.duizhao"_s;
    QDir().mkpath(in);
    QFile::remove(project);

    auto samples = Dz::Bench::SyntheticReports::readSamples();
    if (!samples) {
        err << samples.error() << Qt::endl;
        return 1;
    }
    QList<Dz::Report> seeds = std::move(samples).value();
    const Dz::Bench::SyntheticReports generator(seeds);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (int i = 0; i < wanted; ++i) {
        QString name;
        const QByteArray text = generator.make(i, &name).toUtf8();
        QFile file(in + u'/' + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            err << file.fileName() << u": "_s << file.errorString() << Qt::endl;
            return 1;
        }
        bytes += text.size();
    }
    out << u"generated "_s << wanted << u" reports ("_s << bytes / (1024 * 1024) << u" MiB) in "_s << ms(timer.nsecsElapsed()) << Qt::endl;

    // Where an import's time goes, on one thread: reading and analysing a
    // file, then writing it (text, analyses, search index).
    {
        const QStringList sample = QDir(in).entryList(QDir::Files, QDir::Name).mid(0, 300);
        QList<Dz::NewReport> prepared;
        timer.restart();
        for (const QString &name : sample) {
            auto report = Dz::ProjectImporter::prepare(in + u'/' + name);
            if (report)
                prepared.append(std::move(report).value());
        }
        const qint64 prepareNs = timer.nsecsElapsed();
        const QString scratch = root + u"/phases.duizhao"_s;
        QFile::remove(scratch);
        auto store = Dz::ProjectStore::open(scratch, Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        if (!store) {
            err << store.error() << Qt::endl;
            return 1;
        }
        timer.restart();
        store.value()->database().transaction([&]() -> Dz::Result<> {
            for (const Dz::NewReport &report : std::as_const(prepared))
                store.value()->addReport(report);
            return {};
        });
        const qint64 writeNs = timer.nsecsElapsed();
        out << u"one thread, "_s << prepared.size() << u" reports: read and analyse "_s << QString::number(prepared.size() / (prepareNs / 1e9), 'f', 0)
            << u"/s, write "_s << QString::number(prepared.size() / (writeNs / 1e9), 'f', 0) << u"/s"_s << Qt::endl;
    }

    // The floor: the same texts (read beforehand, not timed) stored by SQLite alone.
    qint64 floorNs = 0;
    {
        QStringList texts;
        QStringList tokens;
        for (const QString &name : QDir(in).entryList(QDir::Files, QDir::Name)) {
            QFile file(in + u'/' + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            texts.append(QString::fromUtf8(file.readAll()));
            tokens.append(Dz::SearchIndex::bigramTokens(texts.constLast()));
        }
        floorNs = storageFloor(root + u"/floor.sqlite"_s, texts, tokens);
        if (floorNs < 0)
            return 1;
        out << u"floor: SQLite alone stores "_s << texts.size() << u" texts with both search indexes in "_s << ms(floorNs) << Qt::endl;
        QFile::remove(root + u"/floor.sqlite"_s);
        QFile::remove(root + u"/floor.sqlite-wal"_s);
        QFile::remove(root + u"/floor.sqlite-shm"_s);
    }

    // The import as the GUI and the CLI run it: a worker thread with its own connection.
    timer.restart();
    QFuture<Dz::ImportOutcome> future = QtConcurrent::run(&Dz::ProjectImporter::run, project, QStringList {in});
    const Dz::ImportOutcome outcome = future.result();
    const qint64 importNs = timer.nsecsElapsed();
    out << u"import: "_s << outcome.added << u" added, "_s << outcome.duplicates.size() << u" duplicates, "_s << outcome.errors.size() << u" errors in "_s
        << ms(importNs) << u" ("_s << QString::number(outcome.files / (importNs / 1e9), 'f', 0) << u" reports/s), "_s << ratio(importNs, floorNs)
        << u" the floor (target: at most 2x)"_s << Qt::endl;
    for (const QString &e : outcome.errors.mid(0, 5))
        err << e << Qt::endl;
    out << u"project file: "_s << QFileInfo(project).size() / (1024 * 1024) << u" MiB"_s << Qt::endl;

    // Opening: what the workbench does before it can show the report list.
    timer.restart();
    auto store = Dz::ProjectStore::open(project);
    if (!store) {
        err << store.error() << Qt::endl;
        return 1;
    }
    const auto summaries = store.value()->reportRecords().reportSummaries();
    const qint64 openNs = timer.nsecsElapsed();
    out << u"open and list "_s << (summaries ? summaries->size() : 0) << u" reports: "_s << ms(openNs) << Qt::endl;

    // Search, warm (as the analyst types, the pages are in memory): the best of three runs.
    Connection raw(project, u"raw"_s);
    bool slow = false;
    for (const QString &query : {u"行政处罚"_s, u"重大行政决策"_s, u"普法"_s, u"法治 培训"_s, u"普法 行政复议"_s, u"蓟"_s, u"量子"_s}) {
        qint64 best = std::numeric_limits<qint64>::max();
        int found = -1;
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            const auto hits = store.value()->searchIndex().search(query, 50);
            best = qMin(best, timer.nsecsElapsed());
            found = hits ? int(hits->size()) : -1;
        }
        // The floor: every term's bare lookup in the index that answers it, row ids only.
        qint64 floorBest = std::numeric_limits<qint64>::max();
        const QStringList terms = query.split(u' ');
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            for (const QString &term : terms) {
                QVariant count;
                const bool trigram = term.size() >= Dz::SearchIndex::MinimumTrigramTermLength;
                const QString tokens = Dz::SearchIndex::bigramTokens(term);
                QString match = u'"' + term + u'"';
                if (!trigram && term.size() == 1)
                    match += u'*';
                else if (!trigram)
                    match = u'"' + tokens.left(tokens.lastIndexOf(u' ')) + u'"';
                raw.exec(trigram ? u"SELECT count(*) FROM report_search WHERE report_search MATCH ?"_s
                                 : u"SELECT count(*) FROM report_bigrams WHERE report_bigrams MATCH ?"_s,
                    {match}, &count);
            }
            floorBest = qMin(floorBest, timer.nsecsElapsed());
        }
        // What two-character terms cost before the bigram index: a scan of every text.
        QString scan;
        if (std::any_of(terms.cbegin(), terms.cend(), [](const QString &t) {
                return t.size() < Dz::SearchIndex::MinimumTrigramTermLength;
            })) {
            timer.restart();
            QStringList conditions;
            QVariantList patterns;
            for (const QString &term : terms) {
                conditions.append(u"text LIKE ?"_s);
                patterns.append(QString(u'%' + term + u'%'));
            }
            raw.exec(u"SELECT count(*) FROM reports WHERE "_s + conditions.join(u" AND "_s), patterns);
            scan = u"; a LIKE scan would take "_s + ms(timer.nsecsElapsed());
        }
        slow = slow || best > 50'000'000;
        out << u"search "_s << query << u": "_s << found << u" hits (top 50) in "_s << ms(best) << u", "_s << ratio(best, floorBest) << u" the bare lookup ("_s
            << ms(floorBest) << u')' << scan << Qt::endl;
    }
    if (slow)
        out << u"search: over the 50 ms target"_s << Qt::endl;
    return outcome.errors.isEmpty() ? 0 : 1;
}
