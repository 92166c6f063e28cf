// The project store over both its backends, an SQLite file and a
// PostgreSQL database on a server (a private cluster started for this test,
// tests/serverfixture.h): every test runs against each and expects the same
// answers. Imports, reading back, the analyst's work, search; then what only
// a server has: the same tables as a file, refusals naming the server, two
// clients on one project.

#include "outline/outlineformat.h"
#include "project/analystsession.h"
#include "project/changelog.h"
#include "project/projectaddress.h"
#include "project/projectchangefeed.h"
#include "project/projectcopy.h"
#include "project/projectimporter.h"
#include "project/projectschema.h"
#include "project/projectstore.h"
#include "seedfiles.h"
#include "serverfixture.h"
#include "testtiming.h"
#include "weaknesses/weaknesscatalog.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Dz::ProjectStore;

namespace
{

Dz::NewReport newReport(const QString &fileName, const QString &text)
{
    Dz::NewReport r;
    r.fileName = fileName;
    r.sourcePath = u"/reports/"_s + fileName;
    r.encoding = u"UTF-8"_s;
    r.text = text;
    r.contentHash = Dz::ProjectImporter::contentHash(text);
    return r;
}

Dz::NewReport seedReport(const QString &prefix)
{
    const Dz::Report report = Dz::Test::loadSeed(prefix);
    Dz::NewReport r = newReport(QFileInfo(Dz::Test::seedPath(prefix)).fileName(), report.text);
    r.encoding = report.encoding;
    r.metadata = Dz::OutlineFormat::toJson(report).value(u"metadata").toObject();
    r.analyses.append({u"outline"_s, u"test-1"_s, Dz::OutlineFormat::toJson(report), {}});
    return r;
}

// The hits of @p query, as indexes into @p ids, sorted.
QList<int> found(ProjectStore &store, const QString &query, const QList<qint64> &ids, QString *error)
{
    const auto hits = store.searchIndex().search(query);
    if (!hits) {
        *error = hits.error();
        return {};
    }
    QList<int> list;
    for (const Dz::SearchHit &hit : hits.value()) {
        list.append(int(ids.indexOf(hit.reportId)));
        if (hit.highlights.isEmpty())
            *error = u"no highlight in "_s + hit.snippet;
    }
    std::sort(list.begin(), list.end());
    return list;
}

// Every row of @p table in @p db, each value as text (bytes in hex), in the
// order of its first columns.
QStringList tableRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s))
        return {u"cannot read "_s + table + u": "_s + q.lastError().text()};
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            values.append(q.record().fieldName(c) + u'=' + (v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex()) : v.toString()));
        }
        rows.append(values.join(u" | "_s));
    }
    return rows;
}

QHash<QString, QStringList> fileTables(const QString &path)
{
    QHash<QString, QStringList> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tables-of-file"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            for (const QString &table : Dz::ProjectCopy::tables())
                tables.insert(table, tableRows(db, table));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tables-of-file"_s);
    return tables;
}

} // namespace

class TestStoreBackends : public QObject
{
    Q_OBJECT

private:
    Dz::Test::ServerFixture m_server;
    QString m_serverProblem;
    QTemporaryDir m_files;
    int m_projects = 0;
    QString m_cliFile;
    QString m_cliServer;

    // Runs duizhao-cli with @p arguments: its exit code and what it wrote to stdout (stderr on failure).
    static std::pair<int, QString> runCli(const QStringList &arguments)
    {
        QProcess cli;
        cli.start(QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s, arguments);
        if (!cli.waitForFinished(300000))
            return {-1, u"duizhao-cli did not finish: "_s + cli.errorString()};
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const int code = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        return {code, code == 0 ? out : out + QString::fromUtf8(cli.readAllStandardError())};
    }

    // A new, empty project on @p backend ("file" or "server"): its path or address.
    QString newProject(const QString &backend)
    {
        const QString name = u"project_%1"_s.arg(++m_projects);
        if (backend == u"file"_s)
            return m_files.filePath(name + u".duizhao"_s);
        QString error;
        const QString address = m_server.createDatabase(name, &error);
        if (address.isEmpty())
            qWarning("cannot make database %s: %s", qPrintable(name), qPrintable(error));
        return address;
    }

    std::unique_ptr<ProjectStore> create(const QString &address)
    {
        auto store = ProjectStore::open(address, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        if (!store) {
            qWarning("cannot create %s: %s", qPrintable(address), qPrintable(store.error()));
            return {};
        }
        return std::move(store).value();
    }

    static void addBackends()
    {
        QTest::newRow("file") << u"file"_s;
        QTest::newRow("server") << u"server"_s;
    }

    bool serverMissing(const QString &backend)
    {
        return backend == u"server"_s && !m_serverProblem.isEmpty();
    }

#define SKIP_WITHOUT_SERVER(backend)                                                                                                                           \
    if (serverMissing(backend))                                                                                                                                \
    QSKIP(qPrintable(m_serverProblem))

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_serverProblem = m_server.start();
        // CI installs the server: there a missing or broken one fails.
        if (!m_serverProblem.isEmpty() && qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(m_serverProblem));
        if (!m_serverProblem.isEmpty())
            qWarning("server tests skipped: %s", qPrintable(m_serverProblem));
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }

    void addressesAreToldApart()
    {
        QVERIFY(Dz::ProjectAddress::isServer(u"postgresql://analyst@db.example.org:5432/reports"_s));
        QVERIFY(Dz::ProjectAddress::isServer(u"POSTGRES://db/reports"_s));
        QVERIFY(!Dz::ProjectAddress::isServer(u"/home/analyst/postgresql/reports.duizhao"_s));
        QVERIFY(!Dz::ProjectAddress::isServer(u"reports.duizhao"_s));
    }

    // --- both backends ---

    void importAndReadBack_data()
    {
        QTest::addColumn<QString>("backend");
        addBackends();
    }

    void importAndReadBack()
    {
        QFETCH(QString, backend);
        SKIP_WITHOUT_SERVER(backend);
        const QString address = newProject(backend);
        QVERIFY(!address.isEmpty());
        const QStringList seeds = Dz::Test::seedPaths();
        {
            auto store = create(address);
            QVERIFY(store);
            QCOMPARE(store->database().schemaVersion().value(), Dz::ProjectSchema::currentVersion());
            const Dz::ImportOutcome outcome = Dz::ProjectImporter::importInto(*store, seeds);
            QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.join(u'\n')));
            QCOMPARE(outcome.added, int(seeds.size()));
            // The same texts again are duplicates, and nothing is added.
            const Dz::ImportOutcome again = Dz::ProjectImporter::importInto(*store, seeds);
            QCOMPARE(again.added, 0);
            QCOMPARE(again.duplicates.size(), seeds.size());
            QCOMPARE(store->reportRecords().reportCount().value(), int(seeds.size()));
        }
        auto opened = ProjectStore::open(address, ProjectStore::Access::ReadOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        ProjectStore &store = *opened.value();
        const auto summaries = store.reportRecords().reportSummaries();
        QVERIFY2(summaries, qPrintable(summaries.error()));
        QCOMPARE(summaries->size(), seeds.size());
        for (qsizetype i = 0; i < seeds.size(); ++i) {
            const Dz::ReportSummary &summary = summaries->at(i);
            QCOMPARE(summary.fileName, QFileInfo(seeds.at(i)).fileName());
            const auto stored = store.reportRecords().report(summary.id);
            QVERIFY2(stored, qPrintable(stored.error()));
            QCOMPARE(stored->summary.contentHash, Dz::ProjectImporter::contentHash(stored->text));
            QCOMPARE(stored->text, Dz::Test::loadSeed(summary.fileName.left(3)).text);
            QVERIFY(stored->summary.importedAt.isValid());
        }
        // Every report has its analyses, read back in one go.
        QList<qint64> ids;
        for (const Dz::ReportSummary &summary : summaries.value())
            ids.append(summary.id);
        const auto sources = store.reportRecords().analysisSources(ids);
        QVERIFY2(sources, qPrintable(sources.error()));
        QCOMPARE(sources->size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(sources->at(i).report.summary.id, ids.at(i));
            QVERIFY(!sources->at(i).records.isEmpty());
            QVERIFY(!sources->at(i).report.text.isEmpty());
        }
        // Read-only means read-only, and the refusal names the project.
        const auto refused = store.reportRecords().setMetadataOverrides(ids.constFirst(), {{u"district"_s, u"某区"_s}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(address), qPrintable(refused.error()));
    }

    void originalsComeBackByteForByte_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("sameAsText");
        for (const QString &backend : {u"file"_s, u"server"_s}) {
            QTest::addRow("%s, GB18030 text", qPrintable(backend)) << backend << u"text"_s << false;
            QTest::addRow("%s, UTF-8 text that is its text", qPrintable(backend)) << backend << u"text"_s << true;
            QTest::addRow("%s, a page", qPrintable(backend)) << backend << u"html"_s << false;
        }
    }

    void originalsComeBackByteForByte()
    {
        QFETCH(QString, backend);
        QFETCH(QString, format);
        QFETCH(bool, sameAsText);
        SKIP_WITHOUT_SERVER(backend);
        auto store = create(newProject(backend));
        QVERIFY(store);
        Dz::NewReport report = newReport(u"某县.txt"_s, u"某县2024年法治政府建设情况报告\n一、推进依法行政\n"_s);
        report.format = format;
        if (sameAsText) {
            report.original = report.text.toUtf8();
        } else {
            QStringEncoder gb("GB18030");
            report.original = QByteArray(gb.encode(report.text)) + QByteArray("\x00\xff\x80", 3); // bytes that are no text
        }
        const qint64 id = store->addReport(report).value();
        const auto back = store->reportRecords().original(id);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->bytes, report.original);
        QCOMPARE(back->format, format);
    }

    void analysesAndTheAnalystsWork_data()
    {
        QTest::addColumn<QString>("backend");
        addBackends();
    }

    void analysesAndTheAnalystsWork()
    {
        QFETCH(QString, backend);
        SKIP_WITHOUT_SERVER(backend);
        const QString address = newProject(backend);
        auto store = create(address);
        QVERIFY(store);
        const qint64 a = store->addReport(seedReport(u"001"_s)).value();
        const qint64 b = store->addReport(seedReport(u"003"_s)).value();
        QVERIFY(a > 0 && b > a);
        Dz::ReportRecords &reports = store->reportRecords();
        Dz::AnalystRecords &analyst = store->analystRecords();

        // Analyses: stored, replaced, needed again by engine version.
        QCOMPARE(reports.reportsNeedingAnalysis(u"outline"_s, u"test-1"_s).value(), QList<qint64> {});
        QCOMPARE(reports.reportsNeedingAnalysis(u"outline"_s, u"test-2"_s).value(), (QList<qint64> {a, b}));
        const QJsonObject data {{u"values"_s, QJsonArray {1, 2}}, {u"名称"_s, u"行政复议"_s}};
        QVERIFY(reports.storeAnalysis(b, {u"outline"_s, u"test-2"_s, data, {}}));
        QCOMPARE(reports.reportsNeedingAnalysis(u"outline"_s, u"test-2"_s).value(), QList<qint64> {a});
        QCOMPARE(reports.analysis(b, u"outline"_s).value()->data, data);

        // Corrections: added, removed, restored under their id by Undo; a
        // later one gets a new id.
        const Dz::AlignmentCorrection reassign = Dz::AlignmentCorrection::reassign({u"a.txt"_s, u"坚持依法决策"_s, 2, 0}, u"P1.T05"_s);
        const Dz::AlignmentCorrection correspond = Dz::AlignmentCorrection::correspond({u"a.txt"_s, u"加强普法"_s, 1, 0}, {u"b.txt"_s, u"普法宣传"_s, 2, 1});
        const qint64 first = analyst.addCorrection({0, reassign, {}}).value();
        const qint64 second = analyst.addCorrection({0, correspond, {}}).value();
        QVERIFY(second > first);
        QVERIFY(analyst.removeCorrection(second));
        QVERIFY(!analyst.removeCorrection(second));
        QCOMPARE(analyst.addCorrection({second, correspond, QDateTime(QDate(2025, 3, 1), QTime(8, 0), QTimeZone::UTC)}).value(), second);
        const qint64 third = analyst.addCorrection({0, reassign, {}}).value();
        QVERIFY(third > second);
        QCOMPARE(analyst.corrections().value().size(), 3);
        QCOMPARE(analyst.corrections().value().at(1).created, QDateTime(QDate(2025, 3, 1), QTime(8, 0), QTimeZone::UTC));

        // Indicator values: set, replaced in place, removed.
        Dz::IndicatorOverride value {0, a, u"cases.administrative_review"_s, u"1,204"_s, u"表格中的合计"_s, {}};
        const qint64 valueId = analyst.setIndicatorOverride(value).value();
        QVERIFY(valueId > 0);
        value.value = u"1,240"_s;
        QCOMPARE(analyst.setIndicatorOverride(value).value(), valueId);
        QCOMPARE(analyst.indicatorOverride(a, value.indicatorId).value()->value, u"1,240"_s);
        QVERIFY(!analyst.setIndicatorOverride({0, b + 100, u"x"_s, u"1"_s, {}, {}})); // needs its report

        // Annotations with tags, in code point order.
        const QString text = reports.report(b).value().text;
        const qsizetype at = text.indexOf(u"行政"_s);
        QVERIFY(at > 0);
        Dz::Annotation note = Dz::Annotation::of(b, text, {at, at + 4});
        note.note = u"数字与上年不一致"_s;
        note.tags = QStringList {u"数据"_s, u"复核"_s, u"Zeta"_s, u"alpha"_s};
        note.severity = Dz::Annotation::Severity::High;
        note.id = analyst.addAnnotation(note).value();
        QVERIFY(note.id > 0);
        note.tags.sort();
        QCOMPARE(analyst.annotation(note.id).value(), note);
        QCOMPARE(analyst.tags().value(), (QStringList {u"Zeta"_s, u"alpha"_s, u"复核"_s, u"数据"_s}));
        QVERIFY(analyst.removeAnnotation(note.id));
        QCOMPARE(analyst.addAnnotation(note).value(), note.id); // Undo
        Dz::Annotation other = Dz::Annotation::of(b, text, {at, at + 2});
        QVERIFY(analyst.addAnnotation(other).value() > note.id);

        // A failed step changes nothing.
        const auto failed = store->database().transaction([&]() -> Dz::Result<> {
            if (auto r = analyst.removeCorrection(first); !r)
                return r;
            return Dz::Result<>::failure(u"stop"_s);
        });
        QVERIFY(!failed);
        QCOMPARE(analyst.corrections().value().size(), 3);

        // Another connection sees it all; removing a report takes its data along.
        store.reset();
        store = create(address);
        QCOMPARE(store->analystRecords().annotations(b).value().size(), 2);
        QCOMPARE(store->analystRecords().indicatorOverrides().value().size(), 1);
        QVERIFY(store->reportRecords().removeReport(b));
        QCOMPARE(store->analystRecords().annotations().value().size(), 0);
        QVERIFY(!store->reportRecords().analysis(b, u"outline"_s).value().has_value());
        QCOMPARE(store->database().integrityCheck().value(), u"ok"_s);
    }

    // The analyst's desk (format 7) on both backends: values that say "not
    // reported" or sum statements, the comparison set in the analyst's order,
    // the deck; each refused where the file refuses it and gone with its report.
    void theDesk_data()
    {
        QTest::addColumn<QString>("backend");
        addBackends();
    }

    void theDesk()
    {
        QFETCH(QString, backend);
        SKIP_WITHOUT_SERVER(backend);
        const QString address = newProject(backend);
        auto store = create(address);
        QVERIFY(store);
        QList<qint64> ids;
        for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s})
            ids.append(store->addReport(seedReport(seed)).value());
        Dz::AnalystRecords &analyst = store->analystRecords();

        Dz::IndicatorOverride missing {0, ids.at(0), u"cases.reconsideration"_s, QString(), u"报告只写“依法办理”"_s, {}};
        missing.kind = u"not_reported"_s;
        QVERIFY(analyst.setIndicatorOverride(missing));
        Dz::IndicatorOverride sum {0, ids.at(2), u"legal_education_events"_s, u"27"_s, u"原文只列分项"_s, {}};
        sum.kind = u"sum"_s;
        sum.parts = QJsonArray {QJsonObject {{u"value"_s, u"4"_s}, {u"evidence"_s, u"组织旁听庭审4次"_s}, {u"start"_s, 61}, {u"end"_s, 62}},
            QJsonObject {{u"value"_s, u"23"_s}, {u"evidence"_s, u"开展“八五”普法讲座23场"_s}, {u"start"_s, 140}, {u"end"_s, 142}}};
        QVERIFY(analyst.setIndicatorOverride(sum));
        Dz::IndicatorOverride guess {0, ids.at(1), u"cases.litigation"_s, u"1"_s, {}, {}};
        guess.kind = u"estimate"_s;
        QVERIFY(!analyst.setIndicatorOverride(guess)); // a kind the schema does not know

        QVERIFY(analyst.setComparisonSet({ids.at(3), ids.at(1), ids.at(3), ids.at(0)}));
        QVERIFY(!analyst.setComparisonSet({ids.at(0), ids.at(3) + 100})); // refused whole
        const QJsonObject deck {{u"format"_s, 1}, {u"title"_s, u"2024年度各县法治政府建设对照"_s},
            {u"slides"_s, QJsonArray {QJsonObject {{u"kind"_s, u"chart"_s}, {u"indicator"_s, u"legal_education_events"_s}}}}};
        QVERIFY(analyst.setDeck(deck));

        // Another connection reads it all back.
        store.reset();
        store = create(address);
        QVERIFY(store);
        const auto readMissing = store->analystRecords().indicatorOverride(ids.at(0), missing.indicatorId).value();
        QVERIFY(readMissing.has_value());
        QCOMPARE(*readMissing, missing);
        const auto readSum = store->analystRecords().indicatorOverride(ids.at(2), sum.indicatorId).value();
        QVERIFY(readSum.has_value());
        QCOMPARE(readSum->kind, u"sum"_s);
        QCOMPARE(readSum->parts, sum.parts);
        QVERIFY(!store->analystRecords().indicatorOverride(ids.at(1), guess.indicatorId).value().has_value());
        QCOMPARE(store->analystRecords().comparisonSet().value(), (QList<qint64> {ids.at(3), ids.at(1), ids.at(0)}));
        QCOMPARE(store->analystRecords().deck().value(), deck);

        // A removed report leaves the set; an empty deck removes the deck.
        QVERIFY(store->reportRecords().removeReport(ids.at(1)));
        QCOMPARE(store->analystRecords().comparisonSet().value(), (QList<qint64> {ids.at(3), ids.at(0)}));
        QVERIFY(store->analystRecords().setDeck({}));
        QVERIFY(store->analystRecords().deck().value().isEmpty());
        QCOMPARE(store->database().integrityCheck().value(), u"ok"_s);
    }

    // Who changed what, when (format 8): every kind of analyst record leaves
    // a row in the change log, written in the change's own transaction, with
    // the author the backend knows (the session user on a server, the user
    // of the computer for a file), the time, the record and its old and new
    // text; a rolled-back change leaves none, a change to the same text none.
    void changeLogRecordsWhoChangedWhat_data()
    {
        QTest::addColumn<QString>("backend");
        addBackends();
    }

    void changeLogRecordsWhoChangedWhat()
    {
        QFETCH(QString, backend);
        SKIP_WITHOUT_SERVER(backend);
        const QString address = newProject(backend);
        auto store = create(address);
        QVERIFY(store);
        Dz::ChangeLog log(store->database());
        const QString author = backend == u"server"_s ? Dz::Test::ServerFixture::user() : QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
        QCOMPARE(log.author(), author);
        const qint64 a = store->addReport(seedReport(u"002"_s)).value();
        const qint64 b = store->addReport(seedReport(u"004"_s)).value();
        QCOMPARE(log.lastId().value(), 0); // an import is not an analyst's change
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        Dz::AnalystRecords &analyst = store->analystRecords();

        // One of each kind.
        const qint64 correction =
            analyst.addCorrection({0, Dz::AlignmentCorrection::reassign({u"c.txt"_s, u"推进严格规范公正文明执法"_s, 2, 0}, u"P1.T08"_s), {}}).value();
        QVERIFY(analyst.removeCorrection(correction));
        Dz::IndicatorOverride value {0, a, u"cases.administrative_review"_s, u"46"_s, u"附表"_s, {}};
        QVERIFY(analyst.setIndicatorOverride(value));
        QVERIFY(analyst.setIndicatorOverride(value)); // the same again: no change
        value.value = u"64"_s;
        QVERIFY(analyst.setIndicatorOverride(value));
        QVERIFY(analyst.removeIndicatorOverride(a, value.indicatorId));
        const QString text = store->reportRecords().report(b).value().text;
        const qsizetype at = text.indexOf(u"执法"_s);
        QVERIFY(at > 0);
        Dz::Annotation note = Dz::Annotation::of(b, text, {at, at + 2});
        note.note = u"口径待核"_s;
        note.tags = {u"执法"_s};
        note.id = analyst.addAnnotation(note).value();
        note.status = Dz::Annotation::Status::Reviewed;
        QVERIFY(analyst.updateAnnotation(note));
        QVERIFY(analyst.removeAnnotation(note.id));
        QVERIFY(store->reportRecords().setMetadataOverrides(b, {{u"issuer"_s, u"东湖区人民政府"_s}}));
        QVERIFY(analyst.setComparisonSet({b, a}));
        QVERIFY(analyst.setDeck({{u"format"_s, 1}, {u"title"_s, u"对照"_s}}));
        QVERIFY(analyst.setWeaknessCatalog({{u"format"_s, u"duizhao-weaknesses"_s}}));
        // A failed transaction takes its change and its row back.
        QVERIFY(!store->database().transaction([&]() -> Dz::Result<> {
            if (auto r = analyst.setIndicatorOverride({0, a, u"cases.litigation"_s, u"9"_s, {}, {}}); !r)
                return Dz::Result<>::failure(r.error());
            return Dz::Result<>::failure(u"stop"_s);
        }));
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

        const auto changes = log.changes();
        QVERIFY2(changes, qPrintable(changes.error()));
        QStringList seen;
        qint64 lastId = 0;
        for (const Dz::ProjectChange &c : changes.value()) {
            seen.append(c.kind + u' ' + c.action + u' ' + QString::number(c.reportId) + u' ' + c.record);
            QVERIFY(c.id > lastId);
            lastId = c.id;
            QCOMPARE(c.author, author);
            QVERIFY2(c.time >= before && c.time <= after, qPrintable(c.time.toString(Qt::ISODateWithMs)));
            QCOMPARE(c.oldValue.isEmpty(), c.action == u"add"_s);
            QCOMPARE(c.newValue.isEmpty(), c.action == u"remove"_s);
        }
        const QString n = QString::number(note.id);
        const QString k = QString::number(correction);
        const QString ra = QString::number(a);
        const QString rb = QString::number(b);
        QCOMPARE(seen,
            (QStringList {u"correction add 0 "_s + k, u"correction remove 0 "_s + k, u"value add "_s + ra + u" cases.administrative_review"_s,
                u"value change "_s + ra + u" cases.administrative_review"_s, u"value remove "_s + ra + u" cases.administrative_review"_s,
                u"annotation add "_s + rb + u' ' + n, u"annotation change "_s + rb + u' ' + n, u"annotation remove "_s + rb + u' ' + n,
                u"identity add "_s + rb + u' ', u"comparison_set add 0 "_s, u"deck add 0 "_s, u"catalog add 0 "_s}));
        // Old and new as the analyst edits them.
        const Dz::ProjectChange &changed = changes->at(3);
        QCOMPARE(QJsonDocument::fromJson(changed.oldValue.toUtf8()).object().value(u"value"_s).toString(), u"46"_s);
        QCOMPARE(QJsonDocument::fromJson(changed.newValue.toUtf8()).object().value(u"value"_s).toString(), u"64"_s);
        QCOMPARE(QJsonDocument::fromJson(changes->at(6).oldValue.toUtf8()).object().value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(QJsonDocument::fromJson(changes->at(6).newValue.toUtf8()).object().value(u"status"_s).toString(), u"reviewed"_s);
        QVERIFY(changes->at(8).newValue.contains(u"东湖区人民政府"_s));
        QCOMPARE(changes->at(9).newValue, QString::number(b).prepend(u'[') + u',' + QString::number(a) + u']');

        // Read back by analyst, by report, newest first; after an id.
        QCOMPARE(log.authors().value(), QStringList {author});
        const auto ofB = log.filtered({}, b).value();
        QCOMPARE(ofB.size(), 4);
        QCOMPARE(ofB.first().kind, u"identity"_s);
        QVERIFY(log.filtered(u"someone else"_s, 0).value().isEmpty());
        QCOMPARE(log.changes(changes->at(9).id).value().size(), 2);
        QCOMPARE(log.lastChange(u"value"_s, a, u"cases.administrative_review"_s).value()->action, u"remove"_s);
        QVERIFY(!log.lastChange(u"value"_s, a, u"cases.litigation"_s).value().has_value());
    }

    // Nothing is overwritten silently: a value or an annotation another
    // analyst changed since this one read it is refused, with who changed
    // it to what; the session then holds theirs, and writing again
    // overwrites it on purpose. On a file the other analyst is a second
    // session on the same connection; on a server, a second connection.
    void conflictingChangesAreRefused_data()
    {
        QTest::addColumn<QString>("backend");
        addBackends();
    }

    void conflictingChangesAreRefused()
    {
        QFETCH(QString, backend);
        SKIP_WITHOUT_SERVER(backend);
        const QString address = newProject(backend);
        auto store = create(address);
        QVERIFY(store);
        const qint64 id = store->addReport(seedReport(u"003"_s)).value();
        std::unique_ptr<ProjectStore> second = backend == u"server"_s ? create(address) : nullptr;
        ProjectStore *theirStore = second ? second.get() : store.get();
        const QString author = Dz::ChangeLog(theirStore->database()).author();
        Dz::AnalystSession mine;
        Dz::AnalystSession theirs;
        QVERIFY(mine.load(store.get()));
        QVERIFY(theirs.load(theirStore));

        // Both start from no value; they write first.
        const QString indicator = u"cases.administrative_reconsideration"_s;
        Dz::AnalystValue value {id, indicator, *Dz::Decimal::fromString(u"1,046"_s), u"附表二"_s, {}};
        QVERIFY(theirs.setValue(value));
        Dz::AnalystValue own = value;
        own.value = *Dz::Decimal::fromString(u"1064"_s);
        own.note = u"正文"_s;
        const auto refused = mine.setValue(own);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(author), qPrintable(refused.error()));
        QVERIFY(mine.lastConflict().has_value());
        QCOMPARE(mine.lastConflict()->author, author);
        QVERIFY(mine.lastConflict()->time.isValid());
        QVERIFY2(mine.lastConflict()->theirValue.contains(u"附表二"_s), qPrintable(mine.lastConflict()->theirValue));
        // Theirs stays, and is what this session now shows.
        QCOMPARE(store->analystRecords().indicatorOverride(id, indicator).value()->note, u"附表二"_s);
        QCOMPARE(mine.value(id, indicator)->note, u"附表二"_s);
        // Chosen: overwrite.
        QVERIFY(mine.setValue(own));
        QVERIFY(!mine.lastConflict().has_value());
        QCOMPARE(theirStore->analystRecords().indicatorOverride(id, indicator).value()->note, u"正文"_s);
        // Their removal, from the value they last saw, is refused in turn.
        QVERIFY(!theirs.removeValue(id, indicator));
        QVERIFY(theirs.lastConflict()->theirValue.contains(u"正文"_s));
        QVERIFY(store->analystRecords().indicatorOverride(id, indicator).value().has_value());

        // Annotations: one changes the note, the other (who read it before) the status.
        const QString text = store->reportRecords().report(id).value().text;
        const qsizetype at = text.indexOf(u"复议"_s);
        QVERIFY(at > 0);
        Dz::Annotation note = Dz::Annotation::of(id, text, {at, at + 2});
        note.id = mine.addAnnotation(note).value();
        QVERIFY(theirs.load(theirStore));
        Dz::Annotation edited = mine.annotations(id).constFirst();
        edited.note = u"与附表不符"_s;
        QVERIFY(mine.updateAnnotation(edited));
        Dz::Annotation stale = theirs.annotations(id).constFirst();
        stale.status = Dz::Annotation::Status::Reviewed;
        QVERIFY(!theirs.updateAnnotation(stale));
        QCOMPARE(theirs.lastConflict()->author, author);
        QVERIFY(theirs.lastConflict()->theirValue.contains(u"与附表不符"_s));
        QCOMPARE(theirStore->analystRecords().annotation(note.id).value().status, Dz::Annotation::Status::Open);
        QCOMPARE(theirs.annotations(id).constFirst().note, u"与附表不符"_s);
        // Removed by one, then edited by the other: told it was removed.
        QVERIFY(mine.removeAnnotation(edited));
        Dz::Annotation again = theirs.annotations(id).constFirst();
        again.status = Dz::Annotation::Status::Flagged;
        const auto gone = theirs.updateAnnotation(again);
        QVERIFY(!gone);
        QVERIFY2(gone.error().contains(u"removed"_s), qPrintable(gone.error()));
        QVERIFY(theirs.lastConflict()->theirValue.isEmpty());
        QVERIFY(theirs.annotations(id).isEmpty());
        QVERIFY(!store->analystRecords().annotation(note.id));

        // The store's own check, without a session.
        std::optional<Dz::ChangeConflict> conflict;
        Dz::IndicatorOverride direct {0, id, indicator, u"5"_s, {}, {}};
        QVERIFY(!store->analystRecords().setIndicatorOverride(direct, QString(), &conflict));
        QVERIFY(conflict.has_value());
        const QString stored = Dz::AnalystRecords::valueText(*store->analystRecords().indicatorOverride(id, indicator).value());
        conflict.reset();
        QVERIFY(store->analystRecords().setIndicatorOverride(direct, stored, &conflict));
        QVERIFY(!conflict.has_value());
    }

    // The identity, the comparison set and the deck are checked as values
    // and annotations are: a change to what another analyst changed since
    // this one read it is refused with who changed it to what (the store
    // compares inside the write's transaction); the session then holds
    // theirs, and writing again overwrites it on purpose.
    void conflictingIdentityDeckAndSetAreRefused_data()
    {
        QTest::addColumn<QString>("backend");
        addBackends();
    }

    void conflictingIdentityDeckAndSetAreRefused()
    {
        QFETCH(QString, backend);
        SKIP_WITHOUT_SERVER(backend);
        const QString address = newProject(backend);
        auto store = create(address);
        QVERIFY(store);
        const qint64 a = store->addReport(seedReport(u"001"_s)).value();
        const qint64 b = store->addReport(seedReport(u"004"_s)).value();
        std::unique_ptr<ProjectStore> second = backend == u"server"_s ? create(address) : nullptr;
        ProjectStore *theirStore = second ? second.get() : store.get();
        const QString author = Dz::ChangeLog(theirStore->database()).author();
        Dz::AnalystSession mine;
        Dz::AnalystSession theirs;
        QVERIFY(mine.load(store.get()));
        QVERIFY(theirs.load(theirStore));
        const auto district = [](ProjectStore *s, qint64 id) {
            return s->reportRecords().metadataOverrides(id).value().value(id).value(u"district"_s).toString();
        };

        // Identity: each report's values are a record of their own.
        QVERIFY(theirs.setIdentity(a, {{u"district"_s, u"东湖区"_s}}));
        QSignalSpy identity(&mine, &Dz::AnalystSession::identityChanged);
        const auto refusedIdentity = mine.setIdentity(a, {{u"district"_s, u"西湖区"_s}});
        QVERIFY(!refusedIdentity);
        QVERIFY2(refusedIdentity.error().contains(author), qPrintable(refusedIdentity.error()));
        QCOMPARE(mine.lastConflict()->author, author);
        QVERIFY(mine.lastConflict()->time.isValid());
        QVERIFY2(mine.lastConflict()->theirValue.contains(u"东湖区"_s), qPrintable(mine.lastConflict()->theirValue));
        QCOMPARE(identity.size(), 1);
        QCOMPARE(identity.at(0).at(0).toLongLong(), a);
        QCOMPARE(district(store.get(), a), u"东湖区"_s);
        QVERIFY(mine.setIdentity(a, {{u"district"_s, u"西湖区"_s}}));
        QVERIFY(!mine.lastConflict().has_value());
        QCOMPARE(district(theirStore, a), u"西湖区"_s);
        QVERIFY(!theirs.setIdentity(a, {}));
        QVERIFY(theirs.lastConflict()->theirValue.contains(u"西湖区"_s));
        QCOMPARE(district(store.get(), a), u"西湖区"_s);
        QVERIFY(theirs.setIdentity(b, {{u"year"_s, u"2023"_s}}));

        // The comparison set.
        QVERIFY(theirs.setComparisonSet({b, a}));
        const auto refusedSet = mine.setComparisonSet({a});
        QVERIFY(!refusedSet);
        QCOMPARE(mine.lastConflict()->author, author);
        QCOMPARE(mine.comparisonSet(), (QList<qint64> {b, a}));
        QVERIFY(mine.setComparisonSet({a}));
        QCOMPARE(theirStore->analystRecords().comparisonSet().value(), QList<qint64> {a});
        QVERIFY(!theirs.setComparisonSet({a, b}));
        QCOMPARE(theirs.comparisonSet(), QList<qint64> {a});
        QCOMPARE(store->analystRecords().comparisonSet().value(), QList<qint64> {a});

        // The deck, removed from a stale view too.
        const QJsonObject theirDeck {{u"format"_s, 1}, {u"title"_s, u"东湖区对照"_s}};
        const QJsonObject myDeck {{u"format"_s, 1}, {u"title"_s, u"西湖区对照"_s}};
        QVERIFY(theirs.setDeck(theirDeck));
        const auto refusedDeck = mine.setDeck(myDeck);
        QVERIFY(!refusedDeck);
        QVERIFY(mine.lastConflict()->theirValue.contains(u"东湖区对照"_s));
        QCOMPARE(mine.deck(), theirDeck);
        QVERIFY(mine.setDeck(myDeck));
        QCOMPARE(theirStore->analystRecords().deck().value(), myDeck);
        QVERIFY(!theirs.setDeck({}));
        QCOMPARE(theirs.deck(), myDeck);
        QCOMPARE(store->analystRecords().deck().value(), myDeck);

        // The weakness themes: the project's catalog is one record.
        const Dz::WeaknessCatalog builtIn = Dz::WeaknessCatalog::builtIn().value();
        const Dz::WeaknessCatalog withoutFunding = builtIn.withoutTheme(u"W20"_s).value();
        const Dz::WeaknessCatalog withoutRisks = builtIn.withoutTheme(u"W09"_s).value();
        QVERIFY(theirs.setWeaknessCatalog(withoutFunding));
        QSignalSpy catalog(&mine, &Dz::AnalystSession::weaknessCatalogChanged);
        const auto refusedCatalog = mine.setWeaknessCatalog(withoutRisks);
        QVERIFY(!refusedCatalog);
        QCOMPARE(mine.lastConflict()->author, author);
        QCOMPARE(catalog.size(), 1);
        QVERIFY(mine.weaknessCatalog() && *mine.weaknessCatalog() == withoutFunding);
        QVERIFY(mine.setWeaknessCatalog(withoutRisks));
        QVERIFY(!theirs.setWeaknessCatalog(Dz::WeaknessCatalog()));
        QVERIFY(theirs.weaknessCatalog() && *theirs.weaknessCatalog() == withoutRisks);
        QCOMPARE(Dz::WeaknessCatalog::fromJson(store->analystRecords().weaknessCatalog().value().value(), u"project"_s).value(), withoutRisks);

        // The store's own checks, without a session.
        std::optional<Dz::ChangeConflict> conflict;
        QVERIFY(!store->reportRecords().setMetadataOverrides(b, {{u"year"_s, u"2024"_s}}, {}, &conflict));
        QVERIFY(conflict.has_value() && conflict->theirValue.contains(u"2023"_s));
        conflict.reset();
        QVERIFY(store->reportRecords().setMetadataOverrides(b, {{u"year"_s, u"2024"_s}}, {{u"year"_s, u"2023"_s}}, &conflict));
        QVERIFY(!conflict.has_value());
        QVERIFY(!store->analystRecords().setComparisonSet({b}, {}, &conflict));
        QVERIFY(conflict.has_value());
        conflict.reset();
        QVERIFY(store->analystRecords().setComparisonSet({b}, {a}, &conflict));
        QVERIFY(!store->analystRecords().setDeck({}, {}, &conflict));
        QVERIFY(conflict.has_value());
        conflict.reset();
        QVERIFY(store->analystRecords().setDeck({}, myDeck, &conflict));
        QVERIFY(store->analystRecords().deck().value().isEmpty());
    }

    // Live updates: a change committed through one connection to a server
    // project reaches another client's ProjectChangeFeed, and its session,
    // in under two seconds; a rolled-back change never does. The time from
    // the commit to the other's signal is measured and printed.
    void changesReachTheOtherClient()
    {
        SKIP_WITHOUT_SERVER(u"server"_s);
        const QString address = newProject(u"server"_s);
        auto one = create(address);
        auto two = create(address);
        QVERIFY(one && two);
        const qint64 id = one->addReport(seedReport(u"001"_s)).value();
        auto feed = Dz::ProjectChangeFeed::open(address);
        QVERIFY2(feed, qPrintable(feed.error()));
        QVERIFY(feed.value()->isLive());
        Dz::AnalystSession session;
        QVERIFY(session.load(two.get()));
        connect(feed.value().get(), &Dz::ProjectChangeFeed::changed, &session, [&session](const Dz::ProjectChange &change) {
            QVERIFY(session.applyChange(change));
        });
        QSignalSpy changes(feed.value().get(), &Dz::ProjectChangeFeed::changed);
        QSignalSpy values(&session, &Dz::AnalystSession::valueChanged);
        const QString indicator = u"legal_education_events"_s;
        QList<double> latencies;
        for (int i = 0; i < 20; ++i) {
            changes.clear();
            QVERIFY(one->analystRecords().setIndicatorOverride({0, id, indicator, QString::number(40 + i), {}, {}}));
            QElapsedTimer sinceCommit;
            sinceCommit.start();
            QVERIFY(changes.wait(Dz::Test::scaledTimeout(2000)));
            latencies.append(sinceCommit.nsecsElapsed() / 1e6);
            QVERIFY(latencies.last() < Dz::Test::scaledTimeout(2000));
            QCOMPARE(changes.size(), 1);
            const auto change = changes.at(0).at(0).value<Dz::ProjectChange>();
            QCOMPARE(change.kind, u"value"_s);
            QCOMPARE(change.reportId, id);
            QCOMPARE(change.record, indicator);
            QCOMPARE(change.author, Dz::Test::ServerFixture::user());
            QCOMPARE(session.value(id, indicator)->value, *Dz::Decimal::fromString(QString::number(40 + i)));
        }
        QCOMPARE(values.size(), 20);
        std::sort(latencies.begin(), latencies.end());
        qInfo("a change reached the other client in %.1f ms (median of 20), %.1f ms at most", latencies.at(latencies.size() / 2), latencies.last());

        // An annotation reaches the other session's view of its report.
        QSignalSpy annotated(&session, &Dz::AnalystSession::annotationsChanged);
        const QString text = one->reportRecords().report(id).value().text;
        Dz::Annotation a = Dz::Annotation::of(id, text, {text.indexOf(u"普法"_s), text.indexOf(u"普法"_s) + 2});
        a.note = u"另一位分析员的批注"_s;
        QVERIFY(one->analystRecords().addAnnotation(a));
        QVERIFY(annotated.wait(Dz::Test::scaledTimeout(2000)));
        QCOMPARE(annotated.at(0).at(0).toLongLong(), id);
        QCOMPARE(session.annotations(id).size(), 1);
        QCOMPARE(session.annotations(id).constFirst().note, a.note);

        // A rolled-back change announces nothing; the next one comes alone.
        changes.clear();
        QVERIFY(!one->database().transaction([&]() -> Dz::Result<> {
            if (auto r = one->analystRecords().setIndicatorOverride({0, id, u"cases.litigation"_s, u"3"_s, {}, {}}); !r)
                return Dz::Result<>::failure(r.error());
            return Dz::Result<>::failure(u"stop"_s);
        }));
        QVERIFY(one->analystRecords().setComparisonSet({id}));
        QVERIFY(changes.wait(Dz::Test::scaledTimeout(2000)));
        QTest::qWait(100);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).value<Dz::ProjectChange>().kind, u"comparison_set"_s);
        QCOMPARE(feed.value()->lastSeen(), Dz::ChangeLog(one->database()).lastId().value());

        // A file project has no other writers: its feed is idle.
        const QString file = newProject(u"file"_s);
        QVERIFY(create(file));
        auto idle = Dz::ProjectChangeFeed::open(file);
        QVERIFY(idle);
        QVERIFY(!idle.value()->isLive());
        QVERIFY(idle.value()->catchUp());
    }

    // Two analysts' changes in flight at once: the log's ids must become
    // visible in their order, or a feed that read past a later row would
    // skip an earlier one committed after it (bench_teamload found it). One
    // connection writes a checked value and holds its transaction open while
    // another writes a value; the feed reads in between; both changes reach
    // it, once each.
    void changesInFlightAreNotSkipped()
    {
        SKIP_WITHOUT_SERVER(u"server"_s);
        const QString address = newProject(u"server"_s);
        auto first = create(address);
        QVERIFY(first);
        const qint64 id = first->addReport(seedReport(u"002"_s)).value();
        auto feed = Dz::ProjectChangeFeed::open(address);
        QVERIFY2(feed, qPrintable(feed.error()));
        QStringList seen;
        connect(feed.value().get(), &Dz::ProjectChangeFeed::changed, this, [&seen](const Dz::ProjectChange &change) {
            seen.append(change.record);
        });
        std::atomic<bool> secondWrote {false};
        QString secondError;
        std::unique_ptr<QThread> second(QThread::create([&] {
            auto store = ProjectStore::open(address);
            if (!store) {
                secondError = store.error();
                return;
            }
            if (auto r = store.value()->analystRecords().setIndicatorOverride({0, id, u"legal_education_events"_s, u"2"_s, u"second"_s, {}}); !r)
                secondError = r.error();
            secondWrote = true;
        }));
        const auto written = first->database().transaction([&]() -> Dz::Result<> {
            std::optional<Dz::ChangeConflict> conflict;
            if (auto r = first->analystRecords().setIndicatorOverride({0, id, u"penalty_cases"_s, u"1"_s, u"first"_s, {}}, QString(), &conflict); !r)
                return Dz::Failure(r.error());
            second->start();
            // The other writer waits for this one (the log's lock); were it
            // let through, it would commit first, and the feed read it now.
            QElapsedTimer waited;
            waited.start();
            while (!secondWrote && waited.elapsed() < 500)
                QThread::msleep(10);
            return feed.value()->catchUp();
        });
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(second->wait(Dz::Test::scaledTimeout(10000)));
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, Dz::Test::scaledTimeout(2000));
        QTest::qWait(100);
        QCOMPARE(seen, (QStringList {u"penalty_cases"_s, u"legal_education_events"_s}));
    }

    void searches_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected"); // texts that hold it, by index
        struct Row {
            const char *name;
            QString query;
            QList<int> expected;
        };
        const QList<Row> rows = {
            {"two characters", u"普法"_s, {0, 2, 3}},
            {"two characters at a run's end", u"宣传"_s, {0}},
            {"one character", u"普"_s, {0, 2, 3}},
            {"one character, second of a pair", u"法"_s, {0, 1, 2, 3}},
            {"not across punctuation", u"法开"_s, {}},
            {"case folded", u"gd"_s, {1}},
            {"digits inside a number", u"12"_s, {1}},
            {"surrogate pair", u"𠀋法"_s, {2}},
            {"two short terms", u"普法 𠀋"_s, {2}},
            {"short and long", u"普法 宣传活动"_s, {0}},
            {"punctuation only", u"。"_s, {}},
            {"nowhere", u"鲸鱼"_s, {}},
            {"three characters", u"行政复议"_s, {3}},
            {"full-width space between terms", u"行政复议\u3000普法"_s, {3}},
            {"query syntax is text", u"\"AND OR NEAR(*"_s, {}},
            {"LIKE wildcards are text", u"%_"_s, {}},
            {"LIKE wildcards inside a term", u"法%开"_s, {}},
            {"upper case term", u"GDP增长"_s, {1}},
        };
        for (const QString &backend : {u"file"_s, u"server"_s}) {
            for (const Row &row : rows)
                QTest::addRow("%s, %s", qPrintable(backend), row.name) << backend << row.query << row.expected;
        }
    }

    void searches()
    {
        QFETCH(QString, backend);
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        SKIP_WITHOUT_SERVER(backend);
        const QStringList texts = {
            u"开展普法宣传活动。"_s, u"GDP增长12%，依法。开展工作"_s, u"𠀋法普法"_s, u"某市司法局2024年度报告\n办理行政复议案件，开展普法进社区。"_s};
        auto store = create(newProject(backend));
        QVERIFY(store);
        QList<qint64> ids;
        for (const QString &text : texts)
            ids.append(store->addReport(newReport(u"r%1.txt"_s.arg(ids.size()), text)).value());
        QString error;
        QCOMPARE(found(*store, query, ids, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // A new text replaces the old one; a removed report is found no more.
        if (!expected.isEmpty()) {
            const qint64 id = ids.at(expected.constFirst());
            QVERIFY(store->replaceReport(id, newReport(u"other.txt"_s, u"别的内容"_s)));
            QVERIFY(!found(*store, query, ids, &error).contains(expected.constFirst()));
            QCOMPARE(store->searchIndex().search(u"别的"_s).value().size(), 1);
            QVERIFY(store->reportRecords().removeReport(id));
            QVERIFY(store->searchIndex().search(u"别的"_s).value().isEmpty());
        }
    }

    void searchRanksByMentions_data()
    {
        QTest::addColumn<QString>("backend");
        addBackends();
    }

    void searchRanksByMentions()
    {
        QFETCH(QString, backend);
        SKIP_WITHOUT_SERVER(backend);
        auto store = create(newProject(backend));
        QVERIFY(store);
        // Texts of one length that differ only in how often they name the terms.
        const int counts[] = {1, 3, 2};
        QList<qint64> ids;
        for (const int k : counts) {
            QString text = u"某县2023年度法治政府建设情况报告\n"_s;
            for (int i = 0; i < 3; ++i)
                text += i < k ? u"依法办理行政复议案件。开展普法宣传活动。"_s : u"依法办理其他有关案件。开展其他宣传活动。"_s;
            ids.append(store->addReport(newReport(u"k%1.txt"_s.arg(k), text)).value());
        }
        for (const QString &term : {u"行政复议"_s, u"普法"_s}) {
            const auto hits = store->searchIndex().search(term);
            QVERIFY2(hits, qPrintable(hits.error()));
            QCOMPARE(hits->size(), 3);
            QCOMPARE(hits->at(0).reportId, ids.at(1));
            QCOMPARE(hits->at(1).reportId, ids.at(2));
            QCOMPARE(hits->at(2).reportId, ids.at(0));
            QVERIFY(hits->at(0).score > hits->at(2).score);
        }
        QCOMPARE(store->searchIndex().search(u"普法"_s, 1).value().size(), 1);
    }

    // A file project, to a server, back to a file: every table the same, row
    // by row; each copy searches like the original, and adds new rows under new ids.
    void copiesBetweenFileAndServer()
    {
        SKIP_WITHOUT_SERVER(u"server"_s);
        const QString original = newProject(u"file"_s);
        {
            auto store = create(original);
            QVERIFY(store);
            QCOMPARE(Dz::ProjectImporter::importInto(*store, Dz::Test::seedPaths()).added, 5);
            Dz::NewReport page = newReport(u"某镇.html"_s, u"某镇人民政府2024年法治政府建设工作情况的报告\n开展普法宣传。"_s);
            page.format = u"html"_s;
            page.mimeType = u"text/html"_s;
            page.address = u"https://www.example.gov.cn/zwgk/1.html"_s;
            // Bytes no text codec takes whole: a NUL and 0xFF, kept as they are.
            static const char raw[] = "<html>\x00\xff</html>";
            page.original = QByteArray(raw, sizeof raw - 1);
            const qint64 pageId = store->addReport(page).value();
            Dz::AnalystRecords &analyst = store->analystRecords();
            const Dz::AlignmentCorrection reassign = Dz::AlignmentCorrection::reassign({u"a.txt"_s, u"坚持依法决策"_s, 2, 0}, u"P1.T05"_s);
            const qint64 gone = analyst.addCorrection({0, reassign, {}}).value();
            analyst.addCorrection({0, reassign, {}});
            QVERIFY(analyst.removeCorrection(gone)); // a gap in the ids
            QVERIFY(analyst.setIndicatorOverride({0, pageId, u"cases.administrative_penalty"_s, u"1,204"_s, u"合计"_s, {}}));
            // The desk's kinds of value: one the report does not give, one summed from its statements.
            Dz::IndicatorOverride missing {0, pageId, u"cases.reconsideration"_s, QString(), u"报告未载明"_s, {}};
            missing.kind = u"not_reported"_s;
            QVERIFY(analyst.setIndicatorOverride(missing));
            Dz::IndicatorOverride sum {0, pageId, u"cases.litigation"_s, u"12"_s, u"两处相加"_s, {}};
            sum.kind = u"sum"_s;
            sum.parts = QJsonArray {QJsonObject {{u"value"_s, u"5"_s}, {u"evidence"_s, u"一审5件"_s}, {u"start"_s, 3}, {u"end"_s, 4}},
                QJsonObject {{u"value"_s, u"7"_s}, {u"evidence"_s, u"二审7件"_s}, {u"start"_s, 9}, {u"end"_s, 10}}};
            QVERIFY(analyst.setIndicatorOverride(sum));
            // The comparison set in an order of the analyst's, and a deck.
            const QList<qint64> all = store->reportRecords().reportIds().value();
            QVERIFY(analyst.setComparisonSet({pageId, all.at(2), all.at(0)}));
            QVERIFY(analyst.setDeck(QJsonObject {{u"title"_s, u"法治政府建设情况报告对照"_s},
                {u"slides"_s, QJsonArray {QJsonObject {{u"kind"_s, u"indicator"_s}, {u"indicator"_s, u"cases.administrative_penalty"_s}}}}}));
            const QString text = store->reportRecords().report(pageId).value().text;
            Dz::Annotation note = Dz::Annotation::of(pageId, text, {text.indexOf(u"普法"_s), text.indexOf(u"普法"_s) + 2});
            note.tags = QStringList {u"复核"_s, u"数据"_s};
            QVERIFY(analyst.addAnnotation(note));
            QVERIFY(analyst.setWeaknessCatalog(QJsonObject {{u"version"_s, 1}, {u"name"_s, u"本单位主题"_s}}));
        }
        const QString server = newProject(u"server"_s);
        const QString back = m_files.filePath(u"back.duizhao"_s);
        const auto up = Dz::ProjectCopy::copy(original, server);
        QVERIFY2(up, qPrintable(up.error()));
        const auto down = Dz::ProjectCopy::copy(server, back);
        QVERIFY2(down, qPrintable(down.error()));

        const auto before = fileTables(original);
        const auto after = fileTables(back);
        const QString database = QUrl(server).path().mid(1);
        QCOMPARE(m_server.exec(u"SELECT 1"_s, database), QString());
        for (const QString &table : Dz::ProjectCopy::tables()) {
            QVERIFY2(!before.value(table).isEmpty(), qPrintable(table));
            QCOMPARE(after.value(table), before.value(table));
            QCOMPARE(tableRows(QSqlDatabase::database(u"dz-test-admin-"_s + database, false), table), before.value(table));
        }
        Dz::Test::ServerFixture::closeConnection(database);

        for (const QString &address : {server, back}) {
            auto copy = create(address);
            QVERIFY(copy);
            for (const QString &query : {u"普法"_s, u"行政复议"_s, u"镇"_s}) {
                auto hitsBefore = ProjectStore::open(original, ProjectStore::Access::ReadOnly).value()->searchIndex().search(query).value();
                auto hitsAfter = copy->searchIndex().search(query).value();
                QList<qint64> idsBefore, idsAfter;
                for (const auto &h : hitsBefore)
                    idsBefore.append(h.reportId);
                for (const auto &h : hitsAfter)
                    idsAfter.append(h.reportId);
                std::sort(idsBefore.begin(), idsBefore.end());
                std::sort(idsAfter.begin(), idsAfter.end());
                QCOMPARE(idsAfter, idsBefore);
            }
            const qint64 lastCorrection = copy->analystRecords().corrections().value().constLast().id;
            QVERIFY(copy->analystRecords().addCorrection({0, Dz::AlignmentCorrection::reassign({u"b.txt"_s, u"普法"_s, 1, 0}, u"P1.T05"_s), {}}).value()
                > lastCorrection);
            QVERIFY(copy->addReport(newReport(u"新.txt"_s, u"新的报告"_s)).value() > 6);
            QCOMPARE(copy->database().integrityCheck().value(), u"ok"_s);
        }

        // A copy goes into a new project only.
        const auto onto = Dz::ProjectCopy::copy(original, back);
        QVERIFY(!onto);
        QVERIFY2(onto.error().contains(back), qPrintable(onto.error()));
        const auto ontoServer = Dz::ProjectCopy::copy(original, server);
        QVERIFY(!ontoServer);
        QVERIFY2(ontoServer.error().contains(server), qPrintable(ontoServer.error()));
        QCOMPARE(create(server)->reportRecords().reportCount().value(), 7);
    }

    // The command line takes a server address wherever it takes a project
    // file, with the same results.
    void commandLineOnAServer_data()
    {
        QTest::addColumn<QStringList>("arguments"); // PROJECT stands for the project
        QTest::newRow("outline") << QStringList {u"outline"_s, u"--project"_s, u"PROJECT"_s};
        QTest::newRow("indicators") << QStringList {u"indicators"_s, u"--project"_s, u"PROJECT"_s};
        QTest::newRow("search, two characters") << QStringList {u"search"_s, u"PROJECT"_s, u"普法"_s};
        QTest::newRow("search, two terms") << QStringList {u"search"_s, u"PROJECT"_s, u"行政复议"_s, u"蓟州"_s};
        QTest::newRow("check") << QStringList {u"check"_s, u"PROJECT"_s, u"--format"_s, u"json"_s};
    }

    void commandLineOnAServer()
    {
        QFETCH(QStringList, arguments);
        SKIP_WITHOUT_SERVER(u"server"_s);
        if (m_cliFile.isEmpty()) {
            m_cliFile = newProject(u"file"_s);
            m_cliServer = newProject(u"server"_s);
            for (const QString &project : {m_cliFile, m_cliServer}) {
                const auto imported = runCli(QStringList {u"import"_s, project} + Dz::Test::seedPaths());
                QVERIFY2(imported.first == 0, qPrintable(imported.second));
            }
        }
        QJsonDocument outputs[2];
        const QString projects[2] = {m_cliFile, m_cliServer};
        for (int i = 0; i < 2; ++i) {
            QStringList args = arguments;
            args.replaceInStrings(u"PROJECT"_s, projects[i]);
            const auto run = runCli(args);
            QVERIFY2(run.first == 0, qPrintable(run.second));
            QJsonParseError error;
            outputs[i] = QJsonDocument::fromJson(run.second.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.second.left(400)));
        }
        // The file project copied to a new server project answers alike.
        if (arguments.constFirst() == u"search"_s) {
            const QString copy = newProject(u"server"_s);
            const auto copied = runCli({u"copy"_s, m_cliFile, copy});
            QVERIFY2(copied.first == 0 && copied.second.contains(copy), qPrintable(copied.second));
            QStringList args = arguments;
            args.replaceInStrings(u"PROJECT"_s, copy);
            const auto run = runCli(args);
            QCOMPARE(QJsonDocument::fromJson(run.second.toUtf8()).object().value(u"hits"_s), outputs[1].object().value(u"hits"_s));
            QVERIFY(runCli({u"copy"_s, m_cliFile, copy}).first != 0); // never into a project
        }
        QJsonObject file = outputs[0].object();
        QJsonObject server = outputs[1].object();
        if (arguments.constFirst() == u"search"_s) {
            // The same reports, texts and marks; the scores are each index's own.
            QVERIFY(!file.value(u"hits"_s).toArray().isEmpty());
            auto withoutScores = [](QJsonArray hits) {
                QJsonArray sorted;
                QStringList keys;
                for (const QJsonValue &hit : hits) {
                    QJsonObject o = hit.toObject();
                    o.remove(u"score"_s);
                    keys.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
                }
                keys.sort();
                return keys;
            };
            QCOMPARE(withoutScores(server.value(u"hits"_s).toArray()), withoutScores(file.value(u"hits"_s).toArray()));
        } else if (arguments.constFirst() == u"check"_s) {
            QCOMPARE(server.value(u"healthy"_s), QJsonValue(true));
            QCOMPARE(server.value(u"reports_checked"_s), file.value(u"reports_checked"_s));
        } else {
            QVERIFY(!outputs[0].isEmpty());
            QCOMPARE(outputs[1].toJson(), outputs[0].toJson()); // byte for byte
        }
    }

    // --- the server alone ---

    void serverHasTheFilesTables()
    {
        SKIP_WITHOUT_SERVER(u"server"_s);
        const QString file = newProject(u"file"_s);
        create(file);
        const QString server = newProject(u"server"_s);
        QVERIFY(create(server));
        // Tables and columns, in order, of both (the search indexes aside).
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-file"_s);
        sqlite.setDatabaseName(file);
        QVERIFY(sqlite.open());
        QStringList fileColumns;
        {
            QSqlQuery q(sqlite);
            QVERIFY(q.exec(u"SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' "
                           u"AND m.name NOT LIKE 'report_search%' AND m.name NOT LIKE 'report_bigrams%' ORDER BY m.name, p.cid"_s));
            while (q.next())
                fileColumns.append(q.value(0).toString() + u'.' + q.value(1).toString());
        }
        sqlite.close();
        sqlite = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"schema-file"_s);
        const QString database = QUrl(server).path().mid(1);
        const auto serverColumns = m_server.rows(u"SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public' "
                                                 u"AND table_name <> 'project_schema' ORDER BY table_name, ordinal_position"_s,
            database);
        Dz::Test::ServerFixture::closeConnection(database);
        QVERIFY(serverColumns);
        QVERIFY(fileColumns.size() > 30);
        QCOMPARE(serverColumns.value(), fileColumns);
    }

    void serverRefusals_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("expected"); // in the message
        QTest::newRow("no server there") << u"no server"_s << true << u"Cannot reach the project server /nonexistent"_s;
        QTest::newRow("no such database") << u"no database"_s << true << u"does not exist"_s;
        QTest::newRow("a password in the address") << u"password"_s << true << u"password"_s;
        QTest::newRow("another program's tables") << u"other tables"_s << true << u"another program"_s;
        QTest::newRow("an empty database, not made") << u"empty"_s << false << u"not a Duizhao project"_s;
        QTest::newRow("a newer project format") << u"newer"_s << true << u"newer version of Duizhao"_s;
    }

    void serverRefusals()
    {
        QFETCH(QString, setup);
        QFETCH(bool, create);
        QFETCH(QString, expected);
        SKIP_WITHOUT_SERVER(u"server"_s);
        QString address;
        if (setup == u"no server"_s) {
            address = u"postgresql://duizhao@localhost:5432/reports?host=/nonexistent"_s;
        } else if (setup == u"no database"_s) {
            address = m_server.address(u"never_made"_s);
        } else if (setup == u"password"_s) {
            address = u"postgresql://duizhao:secret@localhost/reports"_s;
        } else {
            address = newProject(u"server"_s);
            const QString database = QUrl(address).path().mid(1);
            if (setup == u"other tables"_s) {
                QCOMPARE(m_server.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s, database), QString());
            } else if (setup == u"newer"_s) {
                QVERIFY(this->create(address));
                QCOMPARE(m_server.exec(u"UPDATE project_schema SET version = version + 1"_s, database), QString());
            }
            Dz::Test::ServerFixture::closeConnection(database);
        }
        const auto store = ProjectStore::open(
            address, ProjectStore::Access::ReadWrite, create ? ProjectStore::Creation::CreateIfMissing : ProjectStore::Creation::OpenExisting);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
        QVERIFY2(!store.error().contains(u"secret"_s), qPrintable(store.error()));
        if (setup == u"other tables"_s) {
            const auto tables = m_server.rows(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s, QUrl(address).path().mid(1));
            QCOMPARE(tables.value(), QStringList {u"1"_s}); // untouched
        }
    }

    // The server stops under an open project: a write is refused with a
    // message saying the connection was lost, nothing half-written remains;
    // opening again names the server until it is back.
    void serverStoppedMidSession()
    {
        SKIP_WITHOUT_SERVER(u"server"_s);
        const QString address = newProject(u"server"_s);
        auto store = create(address);
        QVERIFY(store);
        const qint64 id = store->addReport(seedReport(u"002"_s)).value();
        QCOMPARE(m_server.stopServer(), QString());
        const auto lost = store->analystRecords().setIndicatorOverride({0, id, u"cases.administrative_penalty"_s, u"77"_s, {}, {}});
        QVERIFY(!lost);
        QVERIFY2(lost.error().contains(address) && lost.error().contains(u"connection to the server was lost"_s), qPrintable(lost.error()));
        QVERIFY(!store->reportRecords().reportCount());
        const auto closed = ProjectStore::open(address);
        QVERIFY(!closed);
        QVERIFY2(closed.error().contains(u"Cannot reach the project server "_s + m_server.socketDir()), qPrintable(closed.error()));
        store.reset();

        QCOMPARE(m_server.startServer(), QString());
        store = create(address);
        QVERIFY(store);
        QCOMPARE(store->reportRecords().reportCount().value(), 1);
        QVERIFY(!store->analystRecords().indicatorOverride(id, u"cases.administrative_penalty"_s).value().has_value());
        QVERIFY(store->analystRecords().setIndicatorOverride({0, id, u"cases.administrative_penalty"_s, u"77"_s, {}, {}}));
    }

    void twoClientsOnOneProject()
    {
        SKIP_WITHOUT_SERVER(u"server"_s);
        const QString address = newProject(u"server"_s);
        // Both make the project at once: one makes it, the other finds it made.
        auto one = create(address);
        auto two = create(address);
        QVERIFY(one && two);
        const qint64 id = one->addReport(seedReport(u"000"_s)).value();
        QVERIFY(id > 0);
        // What one wrote, the other reads.
        QCOMPARE(two->reportRecords().reportCount().value(), 1);
        QCOMPARE(two->reportRecords().report(id).value().text, Dz::Test::loadSeed(u"000"_s).text);
        QVERIFY(two->analystRecords().setIndicatorOverride({0, id, u"cases.administrative_penalty"_s, u"88"_s, {}, {}}));
        QCOMPARE(one->analystRecords().indicatorOverride(id, u"cases.administrative_penalty"_s).value()->value, u"88"_s);
        // The same text from the other is a duplicate, refused by the database.
        QVERIFY(!two->addReport(seedReport(u"000"_s)));
        QCOMPARE(one->reportRecords().reportCount().value(), 1);
        // A read-only client reads and may not write.
        auto reader = ProjectStore::open(address, ProjectStore::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(reader.value()->reportRecords().reportCount().value(), 1);
        const auto refused = reader.value()->reportRecords().removeReport(id);
        QVERIFY(!refused);
        QCOMPARE(one->reportRecords().reportCount().value(), 1);
    }

    // A role the server lets only read (GRANT SELECT) opens the project
    // read-only, as asked for writing: the store says so and writes nothing.
    void readOnlyRoleOpensReadOnly()
    {
        SKIP_WITHOUT_SERVER(u"server"_s);
        const QString address = newProject(u"server"_s);
        auto owner = create(address);
        QVERIFY(owner);
        const qint64 id = owner->addReport(seedReport(u"000"_s)).value();
        const QString database = Dz::ProjectAddress::parseServer(address)->database;
        for (const QString &sql : {u"CREATE ROLE reader_%1 LOGIN"_s.arg(database), u"GRANT USAGE ON SCHEMA public TO reader_%1"_s.arg(database),
                 u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_%1"_s.arg(database)}) {
            const QString failure = m_server.exec(sql, database);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
        Dz::ProjectAddress::Server as = *Dz::ProjectAddress::parseServer(address);
        as.user = u"reader_%1"_s.arg(database);
        auto reader = ProjectStore::open(Dz::ProjectAddress::serverAddress(as), ProjectStore::Access::ReadWrite);
        QVERIFY2(reader, qPrintable(reader.error()));
        QVERIFY(reader.value()->database().isReadOnly());
        // Reached over the fixture's Unix socket: a server connection without TLS.
        QVERIFY(reader.value()->database().connectionSecurity().server);
        QVERIFY(!reader.value()->database().connectionSecurity().encrypted);
        QVERIFY(!create(newProject(u"file"_s))->database().connectionSecurity().server);
        QCOMPARE(reader.value()->reportRecords().reportCount().value(), 1);
        QVERIFY(!reader.value()->analystRecords().setIndicatorOverride({0, id, u"cases.administrative_penalty"_s, u"9"_s, {}, {}}));
        QVERIFY(!owner->analystRecords().indicatorOverride(id, u"cases.administrative_penalty"_s).value().has_value());
        // The owner still writes.
        QVERIFY(!owner->database().isReadOnly());
        QVERIFY(owner->analystRecords().setIndicatorOverride({0, id, u"cases.administrative_penalty"_s, u"9"_s, {}, {}}));
        reader = Dz::Result<std::unique_ptr<ProjectStore>>::failure({});
        Dz::Test::ServerFixture::closeConnection(database);
    }
};

QTEST_GUILESS_MAIN(TestStoreBackends)

#include "tst_storebackends.moc"
