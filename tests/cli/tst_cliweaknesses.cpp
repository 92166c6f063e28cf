// duizhao-cli and the weakness themes: `themes` on single statements, and
// an analyst's catalog (--catalog FILE, or the project's own) in every
// command that shows themes (weaknesses, audit, deck).

#include "binaryrun.h"
#include "csvrecords.h"
#include "project/analystsession.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <KZip>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

using Run = Dz::Test::BinaryRun;
using Dz::Test::runCli;

// The built-in themes with W09 renamed and W03 gone: an analyst's catalog.
WeaknessCatalog analystCatalog()
{
    const WeaknessCatalog builtIn = WeaknessCatalog::builtIn().value();
    WeaknessTheme renamed = *builtIn.theme(u"W09"_s);
    renamed.label = {u"安全风险（分析员版）"_s, u"Safety risks (analyst's)"_s};
    return builtIn.withTheme(renamed)->withoutTheme(u"W03"_s).value();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every slide and table part of a deck, as one string.
QString deckText(const QString &path)
{
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return {};
    QString all;
    const KArchiveDirectory *slides = dynamic_cast<const KArchiveDirectory *>(zip.directory()->entry(u"ppt/slides"_s));
    for (const QString &name : slides ? slides->entries() : QStringList()) {
        if (const auto *file = dynamic_cast<const KArchiveFile *>(slides->entry(name)))
            all += QString::fromUtf8(file->data());
    }
    return all;
}

} // namespace

class TestCliWeaknesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_statements = m_dir.filePath(u"statements.txt"_s);
        QVERIFY(writeFile(m_statements,
            u"# one statement a line; a table row names its statement\n"
            "执法人员与监管对象配比仍然失衡\n"
            "S2\t县\t县政府\t-\t下一步，我局将进一步充实执法力量。\n"
            "统计数据采集仍以手工填报为主，联网直报系统稳定性不强。\n"_s.toUtf8()));
        m_catalog = m_dir.filePath(u"mine.json"_s);
        QVERIFY(writeFile(m_catalog, QJsonDocument(analystCatalog().toJson()).toJson()));
    }

    void themesJson()
    {
        const Run run = runCli({u"themes"_s, u"--format"_s, u"json"_s, m_statements});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray statements = QJsonDocument::fromJson(run.out).object().value(u"statements"_s).toArray();
        QCOMPARE(statements.size(), 3);
        const QJsonObject first = statements.at(0).toObject();
        QCOMPARE(first.value(u"id"_s).toString(), u"2"_s); // its line
        QCOMPARE(first.value(u"theme"_s).toString(), u"W03"_s);
        const QJsonObject why = first.value(u"themes"_s).toArray().at(0).toObject();
        QVERIFY(why.value(u"topics"_s).toArray().contains(u"配比"_s));
        QCOMPARE(why.value(u"deficiencies"_s).toArray(), QJsonArray {u"失衡"_s});
        QVERIFY(!why.value(u"label"_s).toString().isEmpty());
        const QJsonObject plan = statements.at(1).toObject();
        QCOMPARE(plan.value(u"id"_s).toString(), u"S2"_s);
        QVERIFY(plan.value(u"theme"_s).isNull());
        QVERIFY(plan.value(u"plan"_s).toBool());
        QCOMPARE(statements.at(2).toObject().value(u"theme"_s).toString(), u"W06"_s);
    }

    void themesTextAndCsv()
    {
        const Run text = runCli({u"themes"_s, u"--format"_s, u"text"_s, m_statements});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u"W03 执法力量不足"_s), text.out.constData());
        QVERIFY(out.contains(u"[plan]"_s)); // the clause reading
        const Run csv = runCli({u"themes"_s, u"--format"_s, u"csv"_s, m_statements});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(QString::fromUtf8(csv.out).count(u'\n'), 1 + 3);
        const Run missing = runCli({u"themes"_s, m_dir.filePath(u"none.txt"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(QString::fromUtf8(missing.err).contains(u"none.txt"_s));
    }

    // --catalog: the analyst's themes, wherever themes are shown.
    void weaknessesWithCatalog()
    {
        const Run builtIn = runCli({u"weaknesses"_s, u"--format"_s, u"text"_s, Test::seedPath(u"002"_s)});
        QVERIFY(QString::fromUtf8(builtIn.out).contains(u"W03 执法力量不足"_s));
        const Run mine = runCli({u"weaknesses"_s, u"--format"_s, u"text"_s, u"--catalog"_s, m_catalog, Test::seedPath(u"002"_s)});
        QVERIFY2(mine.exitCode == 0, mine.err.constData());
        const QString out = QString::fromUtf8(mine.out);
        QVERIFY2(out.contains(u"W09 安全风险（分析员版）"_s), mine.out.constData());
        QVERIFY(!out.contains(u"W03"_s));
    }

    void auditAndDeckWithCatalog()
    {
        const Run audit = runCli({u"audit"_s, u"--format"_s, u"json"_s, u"--catalog"_s, m_catalog, Test::seedPath(u"002"_s), Test::seedPath(u"004"_s)});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        const QString deck = m_dir.filePath(u"d.pptx"_s);
        const Run run = runCli({u"deck"_s, u"--out"_s, deck, u"--catalog"_s, m_catalog, Test::seedPath(u"002"_s), Test::seedPath(u"004"_s)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString slides = deckText(deck);
        QVERIFY(slides.contains(u"安全风险（分析员版）"_s));
        QVERIFY(!slides.contains(u"W03 执法力量不足"_s));
    }

    // The brief reads with --catalog too: its heat map and its table of
    // shortcomings admitted again name a theme only that catalog has.
    void briefWithCatalog()
    {
        const WeaknessCatalog builtIn = WeaknessCatalog::builtIn().value();
        WeaknessTheme own = *builtIn.theme(u"W03"_s);
        own.id = u"W41"_s;
        own.label = {u"执法队伍短板（本局自定）"_s, u"Gaps in the inspectors' ranks (our own)"_s};
        const auto catalog = builtIn.withoutTheme(u"W03"_s)->withTheme(own);
        QVERIFY2(catalog, qPrintable(catalog.error()));
        const QString file = m_dir.filePath(u"own.json"_s);
        QVERIFY(writeFile(file, QJsonDocument(catalog->toJson()).toJson()));
        const QString audit = QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/audit/"_s;
        const QStringList reports {audit + u"qingshi-2023.txt"_s, audit + u"qingshi-2024.txt"_s};
        const auto briefText = [this, &reports](const QStringList &options, const QString &name) {
            const QString out = m_dir.filePath(name);
            const Run run = runCli(QStringList {u"brief"_s, u"--out"_s, out} + options + reports);
            if (run.exitCode != 0)
                qWarning() << run.err;
            KZip zip(out);
            if (!zip.open(QIODevice::ReadOnly))
                return QString();
            const auto *document = dynamic_cast<const KArchiveFile *>(zip.directory()->entry(u"word/document.xml"_s));
            return document ? QString::fromUtf8(document->data()) : QString();
        };
        const QString mine = briefText({u"--catalog"_s, file}, u"own.docx"_s);
        QVERIFY(!mine.isEmpty());
        QVERIFY2(mine.contains(u"执法队伍短板（本局自定）"_s) || mine.contains(u"Gaps in the inspectors"_s), qPrintable(mine.left(2000)));
        const QString plain = briefText({}, u"plain.docx"_s);
        QVERIFY(!plain.isEmpty());
        QVERIFY(!plain.contains(u"本局自定"_s) && !plain.contains(u"our own"_s));
    }

    void badCatalog_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"weaknesses", "themes", "audit", "deck", "brief"})
            QTest::newRow(command) << QString::fromUtf8(command);
    }

    void badCatalog()
    {
        QFETCH(QString, command);
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QVERIFY(writeFile(bad, R"({"format":"duizhao-weaknesses","version":1,"id":"old"})"));
        QStringList args {command, u"--catalog"_s, bad};
        if (command == u"deck"_s)
            args += {u"--out"_s, m_dir.filePath(u"x.pptx"_s)};
        if (command == u"brief"_s)
            args += {u"--out"_s, m_dir.filePath(u"x.docx"_s)};
        args.append(command == u"themes"_s ? m_statements : Test::seedPath(u"002"_s));
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(bad) && QString::fromUtf8(run.err).contains(u"version"_s), run.err.constData());
    }

    // A project with its own themes: every --project command reads with them.
    void projectCatalog()
    {
        const QString path = m_dir.filePath(u"p.duizhao"_s);
        {
            auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
            QVERIFY2(store, qPrintable(store.error()));
            const ImportOutcome outcome = ProjectImporter::importInto(*store.value(), {Test::seedPath(u"002"_s)});
            QCOMPARE(outcome.added, 1);
            AnalystSession session;
            QVERIFY(session.load(store.value().get()));
            QVERIFY(session.setWeaknessCatalog(analystCatalog()));
        }
        const Run run = runCli({u"weaknesses"_s, u"--format"_s, u"text"_s, u"--project"_s, path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(QString::fromUtf8(run.out).contains(u"安全风险（分析员版）"_s), run.out.constData());
        QVERIFY(!QString::fromUtf8(run.out).contains(u"W03"_s));
        // --catalog wins over the project's themes.
        const QString builtInFile = m_dir.filePath(u"builtin.json"_s);
        QVERIFY(writeFile(builtInFile, QJsonDocument(WeaknessCatalog::builtIn()->toJson()).toJson()));
        const Run builtIn = runCli({u"weaknesses"_s, u"--format"_s, u"text"_s, u"--project"_s, path, u"--catalog"_s, builtInFile});
        QVERIFY(QString::fromUtf8(builtIn.out).contains(u"W03 执法力量不足"_s));
    }

    // Two consecutive years of one body: the later one's shortcomings admitted
    // again, with last year's words and the signs (依然); other sets have none.
    void recurringShortcomings_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("csv") << u"csv"_s;
    }

    void recurringShortcomings()
    {
        QFETCH(QString, format);
        const QString audit = QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/audit/"_s;
        const Run run = runCli({u"weaknesses"_s, u"--format"_s, format, audit + u"qingshi-2023.txt"_s, audit + u"qingshi-2024.txt"_s});
        QCOMPARE(run.exitCode, 0);
        if (format == u"json"_s) {
            const QJsonArray recurring = QJsonDocument::fromJson(run.out).object().value(u"recurring").toArray();
            QVERIFY2(!recurring.isEmpty(), run.out.constData());
            for (const QJsonValue &value : recurring) {
                const QJsonObject r = value.toObject();
                QVERIFY(r.value(u"file").toString().endsWith(u"qingshi-2024.txt"_s));
                QVERIFY(r.value(u"earlier_file").toString().endsWith(u"qingshi-2023.txt"_s));
                QVERIFY(!r.value(u"text").toString().isEmpty() && !r.value(u"earlier_text").toString().isEmpty());
            }
            const auto withSign = std::find_if(recurring.begin(), recurring.end(), [](const QJsonValue &r) {
                return r.toObject().value(u"signs").toArray().contains(u"依然"_s);
            });
            QVERIFY(withSign != recurring.end());
        } else if (format == u"csv"_s) {
            // The recurrence on the later item's own row: one row per item still, six columns more.
            const QList<QStringList> rows = Test::csvRecords(QString::fromUtf8(run.out));
            QVERIFY(rows.size() > 1);
            const QStringList header = rows.first();
            QCOMPARE(header.mid(header.size() - 6),
                (QStringList {u"recurring"_s, u"earlier_report"_s, u"earlier_file"_s, u"earlier_text"_s, u"recurrence_score"_s, u"recurrence_signs"_s}));
            const qsizetype recurring = header.indexOf(u"recurring"_s);
            int again = 0;
            bool withSign = false;
            for (const QStringList &row : rows.mid(1)) {
                QCOMPARE(row.size(), header.size());
                const bool later = row.at(header.indexOf(u"file"_s)).endsWith(u"qingshi-2024.txt"_s);
                if (row.at(recurring) != u"true") {
                    QVERIFY(row.at(recurring + 3).isEmpty());
                    continue;
                }
                ++again;
                QVERIFY2(later, qPrintable(row.join(u'|')));
                QVERIFY(row.at(recurring + 2).endsWith(u"qingshi-2023.txt"_s));
                QVERIFY(row.at(recurring + 1).contains(u"2023"_s));
                QVERIFY(!row.at(recurring + 3).isEmpty());
                QVERIFY(row.at(recurring + 4).toDouble() > 0);
                withSign = withSign || row.at(recurring + 5).split(u' ').contains(u"依然"_s);
            }
            // As many as JSON lists.
            const Run json = runCli({u"weaknesses"_s, u"--format"_s, u"json"_s, audit + u"qingshi-2023.txt"_s, audit + u"qingshi-2024.txt"_s});
            QCOMPARE(again, QJsonDocument::fromJson(json.out).object().value(u"recurring").toArray().size());
            QVERIFY(withSign);
        } else {
            QVERIFY2(run.out.contains("依然"), run.out.constData());
            QVERIFY2(run.out.contains("2023"), run.out.constData());
        }
        // The five samples are five bodies: nothing recurs, and no key or column says so
        // (the CSV keeps the columns it had before recurrences were read).
        const Run seeds = runCli(QStringList {u"weaknesses"_s, u"--format"_s, format} + Test::seedPaths());
        QCOMPARE(seeds.exitCode, 0);
        if (format == u"json"_s)
            QVERIFY(!QJsonDocument::fromJson(seeds.out).object().contains(u"recurring"));
        else if (format == u"csv"_s)
            QCOMPARE(seeds.out.left(seeds.out.indexOf('\n')),
                QByteArray("file,district,year,missing,kind,theme,theme_label,confidence,topics,deficiencies,second_theme,second_label,second_topics,"
                           "second_deficiencies,start,end,text"));
    }

private:
    QTemporaryDir m_dir;
    QString m_statements;
    QString m_catalog;
};

QTEST_GUILESS_MAIN(TestCliWeaknesses)

#include "tst_cliweaknesses.moc"
