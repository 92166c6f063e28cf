// The project file: schema, round trips of every table, refusals that leave
// the file untouched, locks, copies.

#include "outline/outlineformat.h"
#include "project/changelog.h"
#include "project/projectlock.h"
#include "project/projectschema.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dz::ProjectStore;

namespace
{

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Dz::NewReport newReport(const Dz::Report &report, const QString &fileName)
{
    Dz::NewReport r;
    r.fileName = fileName;
    r.sourcePath = u"/reports/"_s + fileName;
    r.encoding = report.encoding;
    r.text = report.text;
    r.contentHash = QString::fromLatin1(QCryptographicHash::hash(report.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    r.metadata = Dz::OutlineFormat::toJson(report).value(u"metadata").toObject();
    r.analyses.append({u"outline"_s, u"test-1"_s, Dz::OutlineFormat::toJson(report), {}});
    return r;
}

Dz::NewReport seedReport(const QString &prefix)
{
    const Dz::Report report = Dz::Test::loadSeed(prefix);
    return newReport(report, QFileInfo(Dz::Test::seedPath(prefix)).fileName());
}

std::unique_ptr<ProjectStore> create(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error()));
    return std::move(store).value();
}

// A connection of our own, outside ProjectStore, to look at the file as SQLite sees it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(u"raw-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString name() const
    {
        return m_name;
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }

private:
    QString m_name;
};

// Runs a fixture (tests/data/projects/vN.sql): statements end with ";" at
// the end of a line, outside string literals and trigger bodies.
bool runFixture(RawConnection &raw, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    QString statement;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (statement.isEmpty() && (line.startsWith(u"--"_s) || line.trimmed().isEmpty()))
            continue;
        statement += line + u'\n';
        const bool inLiteral = statement.count(u'\'') % 2 != 0;
        const bool inTrigger = statement.startsWith(u"CREATE TRIGGER"_s) && !line.trimmed().startsWith(u"END"_s);
        if (line.trimmed().endsWith(u';') && !inLiteral && !inTrigger) {
            if (!raw.exec(statement.trimmed()))
                return false;
            statement.clear();
        }
    }
    return statement.trimmed().isEmpty();
}

QStringList schemaOf(const QString &path)
{
    RawConnection raw(path);
    QStringList rows;
    QSqlQuery q(QSqlDatabase::database(raw.name(), false));
    q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s);
    while (q.next())
        rows.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString() + u' ' + q.value(3).toString());
    return rows;
}

QStringList fixtureVersions()
{
    const QDir dir(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/projects"_s);
    return dir.entryList({u"v*.sql"_s}, QDir::Files, QDir::Name);
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.duizhao"_s);
        {
            auto store = create(path);
            QCOMPARE(store->database().schemaVersion().value(), Dz::ProjectSchema::currentVersion());
            QCOMPARE(store->reportRecords().reportCount().value(), 0);
            QCOMPARE(store->database().integrityCheck().value(), u"ok"_s);
        }
        RawConnection raw(path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Dz::ProjectSchema::currentVersion());
        QCOMPARE(raw.value(u"PRAGMA application_id"_s).toInt(), Dz::ProjectSchema::ApplicationId);
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QVERIFY(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'annotations'"_s).toInt() == 1);
    }

    void everyEarlierVersionHasAFixture()
    {
        // Each shipped format keeps a fixture, so each migration is tested from real rows.
        QStringList expected;
        for (int v = 1; v < Dz::ProjectSchema::currentVersion(); ++v)
            expected.append(u"v%1.sql"_s.arg(v));
        QCOMPARE(fixtureVersions(), expected);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &name : fixtureVersions())
            QTest::newRow(qPrintable(name)) << name;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.duizhao"_s);
        {
            RawConnection raw(path);
            QVERIFY(runFixture(raw, QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/projects/"_s + fixture));
            QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), fixture.mid(1, fixture.indexOf(u'.') - 1).toInt());
        }
        // Read-only, an old file is refused with a message rather than half-read.
        const auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(!reader);
        QVERIFY2(reader.error().contains(path) && reader.error().contains(u"older"_s), qPrintable(reader.error()));

        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(store.value()->database().schemaVersion().value(), Dz::ProjectSchema::currentVersion());
        QCOMPARE(store.value()->database().integrityCheck().value(), u"ok"_s);
        Dz::AnalystRecords &analyst = store.value()->analystRecords();

        // The analyst's data came through whole.
        const auto report = store.value()->reportRecords().report(7).value();
        QCOMPARE(report.summary.fileName, u"xiqu-2022.txt"_s);
        QCOMPARE(report.summary.value(u"issuer"_s), u"西区司法局"_s);
        QVERIFY(report.text.contains(u"行政处罚案件312件"_s));
        const auto annotations = analyst.annotations(7).value();
        QCOMPARE(annotations.size(), 1);
        const Dz::Annotation &a = annotations.constFirst();
        QCOMPARE(a.id, 5);
        QCOMPARE(report.text.mid(a.span.start, a.span.length()), a.quote);
        QCOMPARE(a.note, u"与统计年报不一致"_s);
        QCOMPARE(a.tags, (QStringList {u"执法"_s, u"数据"_s}));
        QCOMPARE(a.severity, Dz::Annotation::Severity::High);
        QCOMPARE(a.status, Dz::Annotation::Status::Flagged);
        QCOMPARE(a.modified, QDateTime(QDate(2023, 2, 3), QTime(8, 0), QTimeZone::UTC));
        const auto corrections = analyst.corrections().value();
        QCOMPARE(corrections.size(), 1);
        QCOMPARE(corrections.at(0).correction.node, u"P1.T08"_s);
        QCOMPARE(analyst.indicatorOverride(7, u"cases.administrative_penalty"_s).value()->value, u"312"_s);
        // Format 6 kept the project's own weakness themes.
        const auto catalog = analyst.weaknessCatalog().value();
        QCOMPARE(catalog.has_value(), fixture >= u"v6.sql"_s);
        if (catalog)
            QVERIFY(QJsonDocument(*catalog).toJson().contains(u"（本区口径）"_s.toUtf8()));
        // Format 7: an old value is a typed value; before format 7 no set was
        // chosen and no deck made, from format 7 on they came through.
        QCOMPARE(analyst.indicatorOverride(7, u"cases.administrative_penalty"_s).value()->kind, u"value"_s);
        const bool hasDesk = fixture >= u"v7.sql"_s;
        QCOMPARE(analyst.comparisonSet().value(), (hasDesk ? QList<qint64> {9, 7} : QList<qint64> {}));
        QCOMPARE(analyst.deck().value().value(u"title"_s).toString(), hasDesk ? u"两区对照"_s : QString());
        if (hasDesk) {
            const auto notReported = analyst.indicatorOverride(9, u"cases.administrative_penalty"_s).value();
            QVERIFY(notReported.has_value());
            QCOMPARE(notReported->kind, u"not_reported"_s);
            QCOMPARE(notReported->note, u"报告未列处罚案件数"_s);
        }
        // Format 8: the change log starts empty (a migration is nobody's
        // change) and records the first change made after it.
        Dz::ChangeLog log(store.value()->database());
        QCOMPARE(log.lastId().value(), 0);
        QVERIFY(analyst.setIndicatorOverride({0, 7, u"cases.administrative_penalty"_s, u"313"_s, u"复核"_s, {}}));
        const auto changes = log.changes().value();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, u"value"_s);
        QCOMPARE(changes.at(0).action, u"change"_s);
        QCOMPARE(changes.at(0).reportId, 7);
        QVERIFY2(changes.at(0).oldValue.contains(u"\"312\""_s) && changes.at(0).newValue.contains(u"\"313\""_s), qPrintable(changes.at(0).newValue));
        // What later versions added works on the old rows: search finds the old report.
        // Both indexes hold it: the trigram one, and the bigram one that the
        // migration to format 4 filled from the stored text.
        for (const QString &query : {u"行政处罚"_s, u"普法"_s, u"法 312"_s}) {
            const auto hits = store.value()->searchIndex().search(query).value();
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.at(0).reportId, 7);
        }
        QVERIFY(store.value()->searchIndex().search(u"普通"_s).value().isEmpty());

        // And the file now has exactly the schema of a new project.
        store = Dz::Result<std::unique_ptr<ProjectStore>>::failure({});
        const QString fresh = dir.filePath(u"fresh.duizhao"_s);
        create(fresh);
        QCOMPARE(schemaOf(path), schemaOf(fresh));
    }

    void searchesChinese_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expectedFiles"); // prefixes of the seeds that must be found
        QTest::newRow("行政处罚 (trigram index)") << u"行政处罚"_s << QStringList {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};
        QTest::newRow("普法 (two characters: bigram index)") << u"普法"_s << QStringList {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};
        QTest::newRow("two terms") << u"行政复议 普法"_s << QStringList {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};
        QTest::newRow("full-width space between terms") << u"法治政府\u3000九龙坡"_s << QStringList {u"003"_s};
        QTest::newRow("three-character term in three reports") << u"重大行政决策"_s << QStringList {u"000"_s, u"001"_s, u"002"_s};
        QTest::newRow("only one report") << u"紧密型城市医疗集团"_s << QStringList {u"000"_s};
        QTest::newRow("nothing") << u"量子计算机"_s << QStringList {};
        QTest::newRow("query syntax is text") << u"\"AND OR NEAR(*"_s << QStringList {};
        QTest::newRow("LIKE wildcards are text") << u"%_"_s << QStringList {};
        QTest::newRow("two characters in one report") << u"蓟州"_s << QStringList {u"001"_s};
        QTest::newRow("two characters nowhere") << u"鲸鱼"_s << QStringList {};
        QTest::newRow("one character") << u"蓟"_s << QStringList {u"001"_s};
        QTest::newRow("short and long terms") << u"蓟州 行政复议"_s << QStringList {u"001"_s};
        QTest::newRow("short term, long term nowhere") << u"普法 量子计算机"_s << QStringList {};
        QTest::newRow("digits") << u"12 法治"_s << QStringList {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};
    }

    void searchesChinese()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expectedFiles);
        QTemporaryDir dir;
        auto store = create(dir.filePath(u"p.duizhao"_s));
        QHash<qint64, QString> prefixOf;
        for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s})
            prefixOf.insert(store->addReport(seedReport(prefix)).value(), prefix);

        const auto hits = store->searchIndex().search(query);
        QVERIFY2(hits, qPrintable(hits.error()));
        QStringList found;
        for (const Dz::SearchHit &hit : hits.value()) {
            found.append(prefixOf.value(hit.reportId));
            QVERIFY(hit.fileName.startsWith(prefixOf.value(hit.reportId)));
            QVERIFY2(!hit.highlights.isEmpty(), qPrintable(hit.snippet));
            // Every highlight is one of the terms, found where it says.
            const QStringList terms = query.simplified().split(u' ');
            for (const Dz::TextSpan &span : hit.highlights) {
                const QString marked = hit.snippet.mid(span.start, span.length());
                QVERIFY2(std::any_of(terms.cbegin(), terms.cend(),
                             [&marked](const QString &term) {
                                 return term.contains(marked) || marked.contains(term);
                             }),
                    qPrintable(hit.snippet + u" / "_s + marked));
            }
            QVERIFY(!hit.snippet.contains(u'\n'));
        }
        found.sort();
        QCOMPARE(found, expectedFiles);
        // Best first.
        for (qsizetype i = 1; i < hits->size(); ++i)
            QVERIFY(hits->at(i - 1).score >= hits->at(i).score);
    }

    void searchRanksByRelevance()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(u"p.duizhao"_s));
        // Texts of the same length that differ only in how often they name the terms.
        const int counts[] = {1, 3, 2};
        QList<qint64> ids;
        for (const int k : counts) {
            QString text = u"某区2023年度法治政府建设情况报告\n一、主要举措和成效\n"_s;
            for (int i = 0; i < 3; ++i)
                text += i < k ? u"依法办理行政复议案件。开展普法宣传活动。"_s : u"依法办理其他有关案件。开展其他宣传活动。"_s;
            text += u"\n某区人民政府\n2024年1月5日"_s;
            Dz::NewReport r;
            r.fileName = u"k%1.txt"_s.arg(k);
            r.encoding = u"UTF-8"_s;
            r.text = text;
            r.contentHash = QString::number(k);
            const auto id = store->addReport(r); // no source path: stored as empty
            QVERIFY2(id, qPrintable(id.error()));
            ids.append(id.value());
        }
        // Most mentions first, in both indexes (trigram and bigram).
        for (const QString &term : {u"行政复议"_s, u"普法"_s}) {
            const auto found = store->searchIndex().search(term);
            QVERIFY2(found, qPrintable(found.error()));
            const QList<Dz::SearchHit> hits = found.value();
            QCOMPARE(hits.size(), 3);
            QCOMPARE(hits.at(0).reportId, ids.at(1));
            QCOMPARE(hits.at(1).reportId, ids.at(2));
            QCOMPARE(hits.at(2).reportId, ids.at(0));
        }
        // A removed report leaves the index with it; a limit is kept.
        QVERIFY(store->reportRecords().removeReport(ids.at(1)));
        QCOMPARE(store->searchIndex().search(u"行政复议"_s).value().size(), 2);
        QCOMPARE(store->searchIndex().search(u"普法"_s, 1).value().size(), 1);
    }

    void reportRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        const Dz::NewReport binhai = seedReport(u"000"_s);
        qint64 id = 0;
        {
            auto store = create(path);
            id = store->addReport(binhai).value();
            QVERIFY(id > 0);
            // The hash is unique: the same text cannot go in twice.
            QVERIFY(!store->addReport(binhai));
            QCOMPARE(store->reportRecords().reportCount().value(), 1);
            QVERIFY(store->reportRecords().setMetadataOverrides(id, {{u"district"_s, u"滨海新区"_s}}));
        }
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const auto stored = store.value()->reportRecords().report(id);
        QVERIFY(stored);
        QCOMPARE(stored->text, binhai.text);
        QCOMPARE(stored->summary.fileName, binhai.fileName);
        QCOMPARE(stored->summary.sourcePath, binhai.sourcePath);
        QCOMPARE(stored->summary.contentHash, binhai.contentHash);
        QCOMPARE(stored->summary.metadata, binhai.metadata);
        QVERIFY(stored->summary.importedAt.isValid());
        QCOMPARE(stored->summary.value(u"district"_s), u"滨海新区"_s);
        QCOMPARE(stored->summary.value(u"year"_s), u"2024"_s);

        // Read-only means read-only.
        const auto refused = store.value()->reportRecords().setMetadataOverrides(id, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(path));
    }

    // The file a report came from comes back byte for byte; a UTF-8 text
    // file that is its text is not stored twice.
    void originalRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<bool>("keptApart");
        const QByteArray text = seedReport(u"000"_s).text.toUtf8();
        QTest::newRow("UTF-8 text, the same bytes") << u"text"_s << text << false;
        QTest::newRow("UTF-8 text with a byte-order mark") << u"text"_s << QByteArray("\xEF\xBB\xBF" + text) << true;
        QStringEncoder gb("GB18030");
        QTest::newRow("GB18030 text") << u"text"_s << QByteArray(gb.encode(QString::fromUtf8(text))) << true;
        QTest::newRow("a web page holding the same bytes") << u"html"_s << text << true;
    }

    void originalRoundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, original);
        QFETCH(bool, keptApart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        Dz::NewReport report = seedReport(u"000"_s);
        report.format = format;
        report.mimeType = format == u"html"_s ? u"text/html"_s : u"text/plain"_s;
        report.original = original;
        qint64 id = 0;
        {
            auto store = create(path);
            id = store->addReport(report).value();
            const auto back = store->reportRecords().original(id);
            QVERIFY2(back, qPrintable(back.error()));
            QCOMPARE(back->bytes, original);
            QCOMPARE(back->format, format);
            QCOMPARE(back->mimeType, report.mimeType);
        }
        RawConnection raw(path);
        QCOMPARE(raw.value(u"SELECT length(bytes) FROM report_originals WHERE report_id = %1"_s.arg(id)).toLongLong(), keptApart ? original.size() : 0);
    }

    void analysisRoundTrip()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(u"p.duizhao"_s));
        const qint64 a = store->addReport(seedReport(u"001"_s)).value();
        const qint64 b = store->addReport(seedReport(u"002"_s)).value();
        Dz::ReportRecords &reports = store->reportRecords();
        const auto outline = reports.analysis(a, u"outline"_s).value();
        QVERIFY(outline.has_value());
        QCOMPARE(outline->engineVersion, u"test-1"_s);
        QCOMPARE(outline->data.value(u"district").toString(), u"蓟州"_s);
        QVERIFY(!reports.analysis(a, u"indicators"_s).value().has_value());

        QCOMPARE(reports.reportsNeedingAnalysis(u"outline"_s, u"test-1"_s).value(), QList<qint64> {});
        QCOMPARE(reports.reportsNeedingAnalysis(u"outline"_s, u"test-2"_s).value(), (QList<qint64> {a, b}));
        QCOMPARE(reports.reportsNeedingAnalysis(u"indicators"_s, u"1"_s).value(), (QList<qint64> {a, b}));
        const QJsonObject data {{u"values"_s, QJsonArray {1, 2}}};
        QVERIFY(reports.storeAnalysis(b, {u"outline"_s, u"test-2"_s, data, {}}));
        QCOMPARE(reports.reportsNeedingAnalysis(u"outline"_s, u"test-2"_s).value(), QList<qint64> {a});
        QCOMPARE(reports.analysis(b, u"outline"_s).value()->data, data);
        // Analyses go with their report.
        QVERIFY(reports.removeReport(b));
        QVERIFY(!reports.analysis(b, u"outline"_s).value().has_value());
    }

    void correctionRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        const Dz::AlignmentCorrection reassign = Dz::AlignmentCorrection::reassign({u"a.txt"_s, u"坚持依法决策"_s, 2, 0}, u"P1.T05"_s);
        const Dz::AlignmentCorrection correspond = Dz::AlignmentCorrection::correspond({u"a.txt"_s, u"加强普法"_s, 1, 0}, {u"b.txt"_s, u"普法宣传"_s, 2, 1});
        qint64 first = 0;
        {
            auto store = create(path);
            first = store->analystRecords().addCorrection({0, reassign, {}}).value();
            QVERIFY(store->analystRecords().addCorrection({0, correspond, {}}).value() > first);
            QVERIFY(store->analystRecords().removeCorrection(first));
            QVERIFY(!store->analystRecords().removeCorrection(first));
            // Undo of a removal brings it back under its id.
            QCOMPARE(store->analystRecords().addCorrection({first, reassign, QDateTime(QDate(2025, 3, 1), QTime(8, 0), QTimeZone::UTC)}).value(), first);
        }
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        const auto list = store.value()->analystRecords().corrections().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, first);
        QCOMPARE(list.at(0).correction, reassign);
        QCOMPARE(list.at(0).created, QDateTime(QDate(2025, 3, 1), QTime(8, 0), QTimeZone::UTC));
        QCOMPARE(list.at(1).correction, correspond);
    }

    void indicatorOverrideRoundTrip()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(u"p.duizhao"_s));
        const qint64 report = store->addReport(seedReport(u"003"_s)).value();
        Dz::AnalystRecords &analyst = store->analystRecords();
        Dz::IndicatorOverride value {0, report, u"cases.administrative_penalty"_s, u"1,204"_s, u"表格中的合计"_s, {}};
        const qint64 id = analyst.setIndicatorOverride(value).value();
        QVERIFY(id > 0);
        value.value = u"1,240"_s;
        QCOMPARE(analyst.setIndicatorOverride(value).value(), id); // replaced, not added
        const auto read = analyst.indicatorOverride(report, value.indicatorId).value();
        QVERIFY(read.has_value());
        QCOMPARE(*read, value);
        QVERIFY(read->time.isValid());
        QCOMPARE(analyst.indicatorOverrides().value().size(), 1);
        QCOMPARE(analyst.indicatorOverrides(report).value().size(), 1);
        QVERIFY(analyst.removeIndicatorOverride(report, value.indicatorId));
        QVERIFY(!analyst.indicatorOverride(report, value.indicatorId).value().has_value());
        // An override needs its report.
        QVERIFY(!analyst.setIndicatorOverride({0, report + 100, u"x"_s, u"1"_s, {}, {}}));
    }

    // Format 6: "not reported" with its reason, and a sum with the statements it adds.
    void indicatorOverrideKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QJsonArray>("parts");
        QTest::newRow("not reported") << u"not_reported"_s << QString() << QJsonArray();
        QTest::newRow("sum of statements") << u"sum"_s << u"21"_s
                                           << QJsonArray {
                                                  QJsonObject {{u"value"_s, u"3"_s}, {u"evidence"_s, u"开展专题培训3次"_s}, {u"start"_s, 40}, {u"end"_s, 42}},
                                                  QJsonObject {{u"value"_s, u"18"_s}, {u"evidence"_s, u"举办讲座18场"_s}, {u"start"_s, 90}, {u"end"_s, 93}}};
        QTest::newRow("a typed value") << u"value"_s << u"312"_s << QJsonArray();
    }

    void indicatorOverrideKinds()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QJsonArray, parts);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        qint64 report = 0;
        {
            auto store = create(path);
            report = store->addReport(seedReport(u"003"_s)).value();
            Dz::IndicatorOverride o {0, report, u"legal_education_events"_s, value, u"原文只列分项"_s, {}};
            o.kind = kind;
            o.parts = parts;
            QVERIFY(store->analystRecords().setIndicatorOverride(o));
        }
        auto store = ProjectStore::open(path).value();
        const auto read = store->analystRecords().indicatorOverride(report, u"legal_education_events"_s).value();
        QVERIFY(read.has_value());
        QCOMPARE(read->kind, kind);
        QCOMPARE(read->value, value);
        QCOMPARE(read->parts, parts);
        QCOMPARE(read->note, u"原文只列分项"_s);
        // The file refuses a kind it does not know.
        Dz::IndicatorOverride bad {0, report, u"penalty_cases"_s, u"1"_s, {}, {}};
        bad.kind = u"guess"_s;
        QVERIFY(!store->analystRecords().setIndicatorOverride(bad));
    }

    // Format 6: the comparison set, in its order, and what removing a report does to it.
    void comparisonSetRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        QList<qint64> ids;
        {
            auto store = create(path);
            for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s})
                ids.append(store->addReport(seedReport(seed)).value());
            QVERIFY(store->analystRecords().comparisonSet().value().isEmpty());
            // Column order is the analyst's, repeats dropped.
            QVERIFY(store->analystRecords().setComparisonSet({ids.at(3), ids.at(1), ids.at(3), ids.at(0)}));
        }
        auto store = ProjectStore::open(path).value();
        Dz::AnalystRecords &analyst = store->analystRecords();
        QCOMPARE(analyst.comparisonSet().value(), (QList<qint64> {ids.at(3), ids.at(1), ids.at(0)}));
        QVERIFY(store->reportRecords().removeReport(ids.at(1)));
        QCOMPARE(analyst.comparisonSet().value(), (QList<qint64> {ids.at(3), ids.at(0)}));
        // A set of reports the project does not hold is refused whole.
        QVERIFY(!analyst.setComparisonSet({ids.at(0), ids.at(3) + 100}));
        QCOMPARE(analyst.comparisonSet().value(), (QList<qint64> {ids.at(3), ids.at(0)}));
        QVERIFY(analyst.setComparisonSet({}));
        QVERIFY(analyst.comparisonSet().value().isEmpty());
    }

    void deckRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        const QJsonObject deck {{u"format"_s, 1}, {u"title"_s, u"2024年度各区法治政府建设对照"_s},
            {u"slides"_s, QJsonArray {QJsonObject {{u"kind"_s, u"table"_s}, {u"table"_s, QJsonObject {{u"title"_s, u"指标"_s}}}}}}};
        {
            auto store = create(path);
            QVERIFY(store->analystRecords().deck().value().isEmpty());
            QVERIFY(store->analystRecords().setDeck(deck));
        }
        auto store = ProjectStore::open(path).value();
        QCOMPARE(store->analystRecords().deck().value(), deck);
        QVERIFY(store->analystRecords().setDeck({}));
        QVERIFY(store->analystRecords().deck().value().isEmpty());
    }

    void annotationRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        const Dz::NewReport jiulongpo = seedReport(u"003"_s);
        qint64 report = 0;
        Dz::Annotation a;
        {
            auto store = create(path);
            Dz::AnalystRecords &analyst = store->analystRecords();
            report = store->addReport(jiulongpo).value();
            const qsizetype at = jiulongpo.text.indexOf(u"行政"_s);
            QVERIFY(at > 0);
            a = Dz::Annotation::of(report, jiulongpo.text, {at, at + 6});
            a.note = u"数字与上年不一致"_s;
            a.tags = QStringList {u"数据"_s, u"复核"_s, u"数据"_s, u" "_s};
            a.severity = Dz::Annotation::Severity::High;
            a.status = Dz::Annotation::Status::Flagged;
            a.id = analyst.addAnnotation(a).value();
            QVERIFY(a.id > 0);
            a.tags = QStringList {u"复核"_s, u"数据"_s};
            QCOMPARE(analyst.annotation(a.id).value(), a);
            QCOMPARE(analyst.tags().value(), a.tags);

            a.note = u"已核对"_s;
            a.status = Dz::Annotation::Status::Reviewed;
            a.tags = QStringList {u"复核"_s};
            QVERIFY(analyst.updateAnnotation(a));
        }
        auto store = create(path);
        Dz::AnalystRecords &analyst = store->analystRecords();
        const auto list = analyst.annotations(report).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0), a);
        QCOMPARE(list.at(0).quote, jiulongpo.text.mid(a.span.start, 6));
        QCOMPARE(list.at(0).contextAfter, jiulongpo.text.mid(a.span.end, Dz::Annotation::ContextLength));
        QVERIFY(list.at(0).modified >= list.at(0).created);
        // Tags stay in the vocabulary when no annotation uses them any more.
        QCOMPARE(analyst.tags().value(), (QStringList {u"复核"_s, u"数据"_s}));
        QVERIFY(analyst.removeAnnotation(a.id));
        QVERIFY(!analyst.annotation(a.id));
        QCOMPARE(analyst.addAnnotation(a).value(), a.id); // restored under its id
        QCOMPARE(analyst.annotation(a.id).value(), a);
        // Removing the report removes what was said about it.
        QVERIFY(store->reportRecords().removeReport(report));
        QCOMPARE(analyst.annotations().value().size(), 0);
    }

    void replacedTextKeepsAnalystData()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(u"p.duizhao"_s));
        const Dz::NewReport first = seedReport(u"001"_s);
        const qint64 id = store->addReport(first).value();
        auto annotate = [&](const QString &quote) {
            const qsizetype at = first.text.indexOf(quote);
            Dz::Annotation a = Dz::Annotation::of(id, first.text, {at, at + quote.size()});
            a.note = u"注："_s + quote;
            a.tags = QStringList {u"复核"_s};
            a.id = store->analystRecords().addAnnotation(a).value();
            return a;
        };
        const Dz::Annotation kept = annotate(first.text.mid(first.text.indexOf(u"普法"_s), 12));
        const QString lostQuote = first.text.mid(first.text.lastIndexOf(u"。"_s, first.text.size() - 20) - 10, 10);
        const Dz::Annotation lost = annotate(lostQuote);
        QVERIFY(store->analystRecords().setIndicatorOverride({0, id, u"cases.total"_s, u"12"_s, {}, {}}));
        QVERIFY(store->reportRecords().setMetadataOverrides(id, {{u"year"_s, u"2023"_s}}));

        const QDateTime keptModified = store->analystRecords().annotation(kept.id)->modified;
        QTest::qWait(5); // so that a changed time would show
        // A new version of the file: a paragraph added at the top, the sentence of the second annotation rewritten.
        Dz::NewReport second = first;
        const QString preface = u"（本报告已于2024年3月更新）\n"_s;
        second.text = preface + QString(first.text).replace(lostQuote, u"此处内容已删改"_s);
        second.contentHash = QString::fromLatin1(QCryptographicHash::hash(second.text.toUtf8(), QCryptographicHash::Sha256).toHex());
        second.analyses = {{u"outline"_s, u"test-2"_s, QJsonObject {{u"new"_s, true}}, {}}};
        QVERIFY(store->replaceReport(id, second));

        const auto summary = store->reportRecords().report(id).value().summary;
        QCOMPARE(store->reportRecords().report(id).value().text, second.text);
        QCOMPARE(summary.contentHash, second.contentHash);
        QCOMPARE(summary.value(u"year"_s), u"2023"_s); // the analyst's override stays
        QCOMPARE(store->reportRecords().analysis(id, u"outline"_s).value()->engineVersion, u"test-2"_s);
        QVERIFY(store->analystRecords().indicatorOverride(id, u"cases.total"_s).value().has_value());
        const auto annotations = store->analystRecords().annotations(id).value();
        QCOMPARE(annotations.size(), 2);
        for (const Dz::Annotation &a : annotations) {
            if (a.id == kept.id) {
                QVERIFY(!a.needsReanchoring);
                QCOMPARE(a.span.start, kept.span.start + preface.size());
                QCOMPARE(second.text.mid(a.span.start, a.span.length()), kept.quote);
                QCOMPARE(a.modified, keptModified); // placing is no edit
            } else {
                QCOMPARE(a.id, lost.id);
                // Kept, with the analyst's words and the quote, and marked.
                QVERIFY(a.needsReanchoring);
                QCOMPARE(a.quote, lostQuote);
                QCOMPARE(a.note, lost.note);
                QCOMPARE(a.tags, lost.tags);
            }
        }
        // The search index follows the text.
        QCOMPARE(store->searchIndex().search(u"此处内容已删改"_s).value().size(), 1);
        QCOMPARE(store->searchIndex().search(lostQuote).value().size(), 0);

        // The old text back (the file restored): the annotation is found again.
        Dz::NewReport third = first;
        QVERIFY(store->replaceReport(id, third));
        QCOMPARE(store->analystRecords().annotation(lost.id).value().needsReanchoring, false);
        QCOMPARE(store->analystRecords().annotation(lost.id).value().span, lost.span);
        QCOMPARE(store->reanchorAnnotations(id).value(), 0);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("setup"); // SQL run on a fresh SQLite file instead of writing content
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("一、主要举措和成效\n（一）加强领导\n") << QString() << u"not an SQLite database"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QString() << u"not an SQLite database"_s;
        QTest::newRow("empty file") << QByteArray() << QString() << u"empty file"_s;
        QTest::newRow("other program's database") << QByteArray() << u"CREATE TABLE t (x)"_s << u"another program"_s;
        QTest::newRow("empty database") << QByteArray() << u"CREATE TABLE t (x); DROP TABLE t"_s << u"empty database"_s;
        QTest::newRow("newer format") << QByteArray() << u"PRAGMA user_version = 99"_s << u"newer version"_s;
        QTest::newRow("damaged header") << QByteArray("SQLite format 3\0garbage garbage garbage garbage garbage", 56) << QString()
                                        << u"not an SQLite database"_s;
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.duizhao"_s);
        if (setup.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else {
            RawConnection raw(path);
            for (const QString &statement : setup.split(u"; "_s))
                QVERIFY(raw.exec(statement));
            if (setup.contains(u"user_version"_s)) {
                QVERIFY(raw.exec(u"PRAGMA application_id = %1"_s.arg(Dz::ProjectSchema::ApplicationId)));
                QVERIFY(raw.exec(u"CREATE TABLE reports (id INTEGER PRIMARY KEY)"_s));
            }
        }
        const QByteArray before = fileHash(path);
        for (const auto access : {ProjectStore::Access::ReadWrite, ProjectStore::Access::ReadOnly}) {
            const auto store = ProjectStore::open(path, access);
            QVERIFY(!store);
            QVERIFY2(store.error().contains(path), qPrintable(store.error()));
            QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(Dz::ProjectLock::lockFilePath(path)));
    }

    void missingFileAndFolder()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.duizhao"_s);
        const auto store = ProjectStore::open(missing);
        QVERIFY(!store);
        QVERIFY(store.error().contains(missing));
        QVERIFY(!QFile::exists(missing));
        const auto folder = ProjectStore::open(dir.path(), ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY(!folder);
        QVERIFY(folder.error().contains(dir.path()));
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        create(path)->addReport(seedReport(u"004"_s));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileHash(path);
        const auto refused = ProjectStore::open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(path) && refused.error().contains(u"read-only"_s), qPrintable(refused.error()));
        auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QVERIFY(reader.value()->database().isReadOnly());
        QCOMPARE(reader.value()->reportRecords().reportCount().value(), 1);
        QVERIFY(!reader.value()->analystRecords().addAnnotation(Dz::Annotation::of(1, u"abc"_s, {0, 1})));
        // A read-only project can still be saved elsewhere, and the copy is writable.
        const QString copy = dir.filePath(u"copy.duizhao"_s);
        QVERIFY(reader.value()->database().saveCopy(copy));
        auto writable = ProjectStore::open(copy);
        QVERIFY2(writable, qPrintable(writable.error()));
        QCOMPARE(writable.value()->reportRecords().reportCount().value(), 1);
        reader = Dz::Result<std::unique_ptr<ProjectStore>>::failure({});
        QCOMPARE(fileHash(path), before);
    }

    void lockedByAnotherProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        create(path)->addReport(seedReport(u"000"_s));
        const QByteArray before = fileHash(path);
        {
            // Exclusive locking mode keeps every other connection out, even in WAL mode.
            RawConnection holder(path);
            QVERIFY(holder.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(holder.exec(u"UPDATE reports SET overrides = '{}'"_s));
            for (const auto access : {ProjectStore::Access::ReadWrite, ProjectStore::Access::ReadOnly}) {
                const auto store = ProjectStore::open(path, access);
                QVERIFY(!store);
                QVERIFY2(store.error().contains(path) && store.error().contains(u"locked"_s), qPrintable(store.error()));
            }
            QVERIFY(holder.exec(u"ROLLBACK"_s));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(ProjectStore::open(path));
    }

    void lockFileOfAnotherProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        create(path);
        // A lock file this process did not take through ProjectLock, naming a
        // live process of the right name: what another instance leaves.
        QFile lock(Dz::ProjectLock::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        const auto refused = ProjectStore::open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(path) && refused.error().contains(u"another program"_s), qPrintable(refused.error()));
        // Readers are welcome.
        QVERIFY(ProjectStore::open(path, ProjectStore::Access::ReadOnly));
        // Within one process, connections share the lock (the GUI and its import worker).
        QVERIFY(QFile::remove(lock.fileName()));
        auto first = ProjectStore::open(path);
        auto second = ProjectStore::open(path);
        QVERIFY(first && second);
        QVERIFY(QFile::exists(lock.fileName()));
        first = Dz::Result<std::unique_ptr<ProjectStore>>::failure({});
        second = Dz::Result<std::unique_ptr<ProjectStore>>::failure({});
        QVERIFY(!QFile::exists(lock.fileName()));
    }

    void staleLockIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        create(path);
        // What a killed import leaves: a lock file naming a process that is gone.
        QFile lock(Dz::ProjectLock::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("2147480000\nduizhao-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        const auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
    }

    void saveCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        const QString copy = dir.filePath(u"copy.duizhao"_s);
        auto store = create(path);
        store->addReport(seedReport(u"001"_s));
        QFile old(copy);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file the user chose to replace");
        old.close();
        QVERIFY(store->database().saveCopy(copy));
        QVERIFY(!store->database().saveCopy(path));
        // Not over a project another program holds.
        const QString held = dir.filePath(u"held.duizhao"_s);
        QFile heldFile(held);
        QVERIFY(heldFile.open(QIODevice::WriteOnly));
        heldFile.write("someone else's");
        heldFile.close();
        QFile lock(Dz::ProjectLock::lockFilePath(held));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        const auto refused = store->database().saveCopy(held);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(held));
        QCOMPARE(fileHash(held), QCryptographicHash::hash("someone else's", QCryptographicHash::Sha256));
        auto reopened = ProjectStore::open(copy);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(reopened.value()->reportRecords().reportCount().value(), 1);
        QCOMPARE(reopened.value()->database().integrityCheck().value(), u"ok"_s);
        QCOMPARE(store->reportRecords().reportCount().value(), 1); // the original stays open and usable
    }

    void failedStepRollsBack()
    {
        QTemporaryDir dir;
        auto store = create(dir.filePath(u"p.duizhao"_s));
        const Dz::NewReport a = seedReport(u"000"_s);
        const Dz::NewReport b = seedReport(u"001"_s);
        bool duplicateRefused = false;
        const auto result = store->database().transaction([&]() -> Dz::Result<> {
            store->addReport(a);
            // A nested failure is undone alone…
            duplicateRefused = !store->addReport(a);
            return Dz::Result<>::failure(u"stop"_s);
        });
        QVERIFY(!result);
        QVERIFY(duplicateRefused);
        QCOMPARE(store->reportRecords().reportCount().value(), 0); // …and the outer one undoes everything.
        QVERIFY(store->database().transaction([&]() -> Dz::Result<> {
            store->addReport(a);
            store->addReport(a); // duplicate: its savepoint is rolled back
            store->addReport(b);
            return {};
        }));
        QCOMPARE(store->reportRecords().reportCount().value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
