// Runs the real duizhao-cli binary and reads what it prints.

#include "binaryrun.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

using Run = Dz::Test::BinaryRun;
using Dz::Test::runCli;

QStringList seeds()
{
    return Dz::Test::seedPaths();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlineJsonOnSeeds()
    {
        const Run run = runCli(QStringList {u"outline"_s} + seeds());
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray reports = doc.object().value(u"reports").toArray();
        QCOMPARE(reports.size(), 5);
        QStringList districts;
        for (const QJsonValue &r : reports)
            districts.append(r.toObject().value(u"district").toString());
        QCOMPARE(districts, (QStringList {u"滨海"_s, u"蓟州"_s, u"海门"_s, u"九龙坡"_s, u"湖滨"_s}));
        const QJsonObject binhai = reports.at(0).toObject();
        QCOMPARE(binhai.value(u"year").toInt(), 2024);
        QCOMPARE(binhai.value(u"issuer").toString(), u"天津市滨海新区卫生健康委"_s);
        QCOMPARE(binhai.value(u"published").toString(), u"2025-02-19"_s);
        const QJsonObject first = binhai.value(u"sections").toArray().at(0).toObject();
        QCOMPARE(first.value(u"level").toInt(), 1);
        QCOMPARE(first.value(u"marker").toString(), u"一、"_s);
        QCOMPARE(first.value(u"title").toString(), u"主要举措和成效"_s);
        QVERIFY(first.value(u"repaired").isNull());
        QVERIFY(first.value(u"end").toInt() > first.value(u"start").toInt());
        // The repaired 4、 says why.
        bool foundRepair = false;
        for (const QJsonValue &s : binhai.value(u"sections").toArray())
            foundRepair |= s.toObject().value(u"marker").toString() == u"4、"_s && s.toObject().value(u"repaired").isString();
        QVERIFY(foundRepair);
    }

    void unreadableFileGivesErrorEntry()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath(u"empty.txt"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const QString missing = dir.filePath(u"missing.txt"_s);
        const Run run = runCli({u"outline"_s, missing, seeds().at(1), empty.fileName()});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray reports = QJsonDocument::fromJson(run.out).object().value(u"reports").toArray();
        QCOMPARE(reports.size(), 3);
        QCOMPARE(reports.at(0).toObject().value(u"file").toString(), missing);
        QVERIFY(reports.at(0).toObject().value(u"error").toString().contains(missing));
        QCOMPARE(reports.at(1).toObject().value(u"district").toString(), u"蓟州"_s);
        QVERIFY(reports.at(2).toObject().value(u"error").toString().contains(u"empty"_s));
        QVERIFY(QString::fromUtf8(run.err).contains(missing));
    }

    void textFormat()
    {
        const Run run = runCli({u"outline"_s, u"--format"_s, u"text"_s, seeds().at(3)});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(u"九龙坡"_s));
        QVERIFY(text.contains(u"依法履行政府职能，夯实法治政府建设基础"_s));
    }

    void outlineCarriesClassification()
    {
        const Run run = runCli(QStringList {u"outline"_s} + seeds());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray reports = QJsonDocument::fromJson(run.out).object().value(u"reports").toArray();
        QCOMPARE(reports.at(3).toObject().value(u"missing_parts").toArray(), QJsonArray {u"P2"_s});
        QCOMPARE(reports.at(0).toObject().value(u"missing_parts").toArray(), QJsonArray {});
        const QJsonObject first = reports.at(0).toObject().value(u"sections").toArray().at(0).toObject();
        QCOMPARE(first.value(u"part").toString(), u"P1"_s);
        QVERIFY(first.value(u"themes").isArray());
        QVERIFY(first.value(u"confidence").toDouble() > 0);
        QVERIFY(!first.value(u"why").toString().isEmpty());
    }

    void alignFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("csv") << u"csv"_s;
    }

    void alignFormats()
    {
        QFETCH(QString, format);
        const Run run = runCli(QStringList {u"align"_s, u"--format"_s, format} + seeds());
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        if (format == u"json"_s) {
            const QJsonObject root = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(root.value(u"reports").toArray().size(), 5);
            QVERIFY(root.value(u"rows").toArray().size() >= 15); // P1 + 11 themes + P2..P5
        } else {
            // 九龙坡 has no shortcomings part; both forms must say so.
            QVERIFY(out.contains(u"九龙坡"_s));
            QVERIFY2(out.contains(u"P2"_s), qPrintable(out.left(400)));
        }
        if (format == u"csv"_s)
            QVERIFY(out.section(u'\n', 0, 0).count(u',') >= 5);
    }

    // The whole table against a reviewed golden file (tests/data/regenerate-golden.sh).
    void alignGolden()
    {
        QStringList names;
        for (const QString &path : seeds())
            names.append(QFileInfo(path).fileName());
        const Run run = runCli(QStringList {u"align"_s, u"--format"_s, u"json"_s} + names, QStringLiteral(DUIZHAO_SAMPLES_DIR));
        QCOMPARE(run.exitCode, 0);
        QFile golden(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/golden/align.json"_s);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QJsonObject expected = QJsonDocument::fromJson(golden.readAll()).object();
        const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!expected.isEmpty());
        const QJsonArray expectedRows = expected.value(u"rows").toArray();
        const QJsonArray actualRows = actual.value(u"rows").toArray();
        QCOMPARE(actualRows.size(), expectedRows.size());
        for (qsizetype i = 0; i < expectedRows.size(); ++i) {
            const QString node = expectedRows.at(i).toObject().value(u"node").toString();
            QVERIFY2(actualRows.at(i) == expectedRows.at(i), qPrintable(u"row %1 (%2) differs"_s.arg(i).arg(node)));
        }
        QCOMPARE(actual, expected);
    }

    void indicatorFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("csv") << u"csv"_s;
    }

    void indicatorFormats()
    {
        QFETCH(QString, format);
        const Run run = runCli(QStringList {u"indicators"_s, u"--format"_s, format, u"--indicator"_s, u"penalty_cases,legal_education_events"_s} + seeds());
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        if (format == u"json"_s) {
            const QJsonArray reports = QJsonDocument::fromJson(run.out).object().value(u"reports").toArray();
            QCOMPARE(reports.size(), 5);
            const QJsonArray indicators = reports.at(3).toObject().value(u"indicators").toArray();
            QCOMPARE(indicators.size(), 2);
            QCOMPARE(indicators.at(0).toObject().value(u"value").toInt(), 314);
            QCOMPARE(indicators.at(1).toObject().value(u"qualifier").toString(), u"at_least"_s);
        } else if (format == u"csv"_s) {
            QCOMPARE(out.count(u'\n'), 1 + 5 * 2);
            QVERIFY2(out.contains(u",penalty_cases,处罚案件,314,314,件,exact,"_s), qPrintable(out));
        } else {
            QVERIFY2(out.contains(u"≥175场次"_s), qPrintable(out));
            QVERIFY(out.contains(u"全年行政处罚案件314件"_s));
        }
    }

    // Every value, bound and evidence span of the five seeds against a
    // reviewed golden file (tests/data/regenerate-golden.sh).
    void indicatorsGolden()
    {
        QStringList names;
        for (const QString &path : seeds())
            names.append(QFileInfo(path).fileName());
        const Run run = runCli(QStringList {u"indicators"_s, u"--format"_s, u"json"_s} + names, QStringLiteral(DUIZHAO_SAMPLES_DIR));
        QCOMPARE(run.exitCode, 0);
        QFile golden(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/golden/indicators.json"_s);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QJsonArray expected = QJsonDocument::fromJson(golden.readAll()).object().value(u"reports").toArray();
        const QJsonArray actual = QJsonDocument::fromJson(run.out).object().value(u"reports").toArray();
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            const QJsonArray want = expected.at(r).toObject().value(u"indicators").toArray();
            const QJsonArray got = actual.at(r).toObject().value(u"indicators").toArray();
            QCOMPARE(got.size(), want.size());
            for (qsizetype i = 0; i < want.size(); ++i) {
                const QString id = want.at(i).toObject().value(u"id").toString();
                QVERIFY2(got.at(i) == want.at(i), qPrintable(u"report %1, %2 differs"_s.arg(r).arg(id)));
            }
        }
    }

    // 九龙坡 admits nothing; the others' items against a reviewed golden file.
    void weaknesses()
    {
        QStringList names;
        for (const QString &path : seeds())
            names.append(QFileInfo(path).fileName());
        const Run run = runCli(QStringList {u"weaknesses"_s, u"--format"_s, u"json"_s} + names, QStringLiteral(DUIZHAO_SAMPLES_DIR));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
        const QJsonArray reports = actual.value(u"reports").toArray();
        QCOMPARE(reports.size(), 5);
        QCOMPARE(reports.at(3).toObject().value(u"missing").toBool(), true);
        QFile golden(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/golden/weaknesses.json"_s);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        QCOMPARE(actual, QJsonDocument::fromJson(golden.readAll()).object());

        const Run text = runCli(QStringList {u"weaknesses"_s, u"--format"_s, u"text"_s} + seeds());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(u"W10"_s));
        const Run csv = runCli(QStringList {u"weaknesses"_s, u"--format"_s, u"csv"_s} + seeds());
        QCOMPARE(QString::fromUtf8(csv.out).count(u'\n'), 1 + 3 + 6 + 3 + 1 + 7);
    }

    void chartsAndDecks_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("png") << QStringList {u"chart"_s, u"--indicator"_s, u"penalty_cases"_s, u"--size"_s, u"800x450"_s, u"--scale"_s, u"2"_s} << u"c.png"_s
                             << QByteArray("\x89PNG");
        QTest::newRow("svg") << QStringList {u"chart"_s, u"--indicator"_s, u"penalty_cases,admin_litigation"_s} << u"c.svg"_s << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringList {u"chart"_s, u"--indicator"_s, u"legal_education_events"_s} << u"c.pdf"_s << QByteArray("%PDF");
        QTest::newRow("pptx") << QStringList {u"chart"_s, u"--indicator"_s, u"penalty_cases"_s} << u"c.pptx"_s << QByteArray("PK");
        QTest::newRow("deck") << QStringList {u"deck"_s} << u"d.pptx"_s << QByteArray("PK");
        QTest::newRow("deck of pictures") << QStringList {u"deck"_s, u"--pictures"_s} << u"p.pptx"_s << QByteArray("PK");
    }

    void chartsAndDecks()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        const Run run = runCli(args + QStringList {u"--out"_s, path} + seeds());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(start.size()) == start);
    }

    void chartErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no out") << QStringList {u"chart"_s, u"--indicator"_s, u"penalty_cases"_s, seeds().at(0)} << u"--out"_s;
        QTest::newRow("no indicator") << QStringList {u"chart"_s, u"--out"_s, u"/tmp/x.png"_s, seeds().at(0)} << u"--indicator"_s;
        QTest::newRow("unknown indicator") << QStringList {u"chart"_s, u"--indicator"_s, u"parking"_s, u"--out"_s, u"/tmp/x.png"_s, seeds().at(0)}
                                           << u"parking"_s;
        QTest::newRow("bad suffix") << QStringList {u"chart"_s, u"--indicator"_s, u"penalty_cases"_s, u"--out"_s, u"/tmp/x.bmp"_s, seeds().at(0)}
                                    << u"/tmp/x.bmp"_s;
        QTest::newRow("deck needs pptx") << QStringList {u"deck"_s, u"--out"_s, u"/tmp/x.png"_s, seeds().at(0)} << u".pptx"_s;
        QTest::newRow("bad size") << QStringList {u"chart"_s, u"--indicator"_s, u"penalty_cases"_s, u"--size"_s, u"huge"_s, u"--out"_s, u"/tmp/x.png"_s,
            seeds().at(0)} << u"--size"_s;
    }

    void chartErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void unwritableOutputFails()
    {
        const Run run = runCli(QStringList {u"deck"_s, u"--out"_s, u"/nonexistent/dir/d.pptx"_s} + seeds());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(u"/nonexistent/dir/d.pptx"_s), run.err.constData());
    }

    void indicatorErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown indicator") << QStringList {u"indicators"_s, u"--indicator"_s, u"parking_tickets"_s, seeds().at(0)} << u"parking_tickets"_s;
        QTest::newRow("missing catalog") << QStringList {u"indicators"_s, u"--catalog"_s, u"/nonexistent/mine.json"_s, seeds().at(0)}
                                         << u"/nonexistent/mine.json"_s;
        QTest::newRow("bad format") << QStringList {u"indicators"_s, u"--format"_s, u"xml"_s, seeds().at(0)} << u"xml"_s;
    }

    void indicatorErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s, u"x.txt"_s};
        QTest::newRow("no files") << QStringList {u"outline"_s};
        QTest::newRow("bad format") << QStringList {u"outline"_s, u"--format"_s, u"xml"_s, u"x.txt"_s};
        QTest::newRow("import without files") << QStringList {u"import"_s, u"p.duizhao"_s};
        QTest::newRow("search without query") << QStringList {u"search"_s, u"p.duizhao"_s};
        QTest::newRow("search bad format") << QStringList {u"search"_s, u"--format"_s, u"csv"_s, u"p.duizhao"_s, u"普法"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void importSearchAndProjectOption()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"seeds.duizhao"_s);
        // A folder of seeds and one file given on its own (a duplicate of one in the folder).
        const QString folder = dir.filePath(u"in/2024"_s);
        QVERIFY(QDir().mkpath(folder));
        for (const QString &seed : seeds())
            QVERIFY(QFile::copy(seed, folder + u'/' + QFileInfo(seed).fileName()));
        Run run = runCli({u"import"_s, project, dir.filePath(u"in"_s), seeds().at(2)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(u"5"_s), run.out.constData());
        QVERIFY(QString::fromUtf8(run.err).contains(QFileInfo(seeds().at(2)).fileName())); // the duplicate is named

        // An unreadable file is reported and the rest goes on.
        QFile empty(dir.filePath(u"empty.txt"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        run = runCli({u"import"_s, project, empty.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QString::fromUtf8(run.err).contains(empty.fileName()));

        run = runCli({u"search"_s, u"--format"_s, u"text"_s, project, u"行政处罚"_s});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"【行政处罚】"_s), run.out.constData());
        QCOMPARE(text.count(u".txt: "_s), 5);

        run = runCli({u"search"_s, project, u"普法"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out).object().value(u"hits").toArray();
        QCOMPARE(hits.size(), 5);
        const QJsonObject first = hits.at(0).toObject();
        const QJsonArray span = first.value(u"highlights").toArray().at(0).toArray();
        QCOMPARE(first.value(u"snippet").toString().mid(span.at(0).toInt(), span.at(1).toInt() - span.at(0).toInt()), u"普法"_s);

        // outline and align read the project like files.
        run = runCli({u"outline"_s, u"--project"_s, project});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray reports = QJsonDocument::fromJson(run.out).object().value(u"reports").toArray();
        QCOMPARE(reports.size(), 5);
        QCOMPARE(reports.at(0).toObject().value(u"file").toString(), QFileInfo(seeds().at(0)).fileName());
        QCOMPARE(reports.at(3).toObject().value(u"missing_parts").toArray(), QJsonArray {u"P2"_s});
        run = runCli({u"align"_s, u"--format"_s, u"csv"_s, u"--project"_s, project});
        QCOMPARE(run.exitCode, 0);
        const Run fromFiles = runCli(QStringList {u"align"_s, u"--format"_s, u"csv"_s} + seeds());
        // The same table, the columns named by file name instead of path.
        QCOMPARE(run.out.count('\n'), fromFiles.out.count('\n'));

        // So do the indicator, weakness, chart and deck commands.
        run = runCli({u"indicators"_s, u"--indicator"_s, u"penalty_cases"_s, u"--project"_s, project});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray indicators = QJsonDocument::fromJson(run.out).object().value(u"reports").toArray();
        QCOMPARE(indicators.size(), 5);
        QCOMPARE(indicators.at(3).toObject().value(u"indicators").toArray().at(0).toObject().value(u"value").toInt(), 314);
        run = runCli({u"weaknesses"_s, u"--project"_s, project});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"reports").toArray().at(3).toObject().value(u"missing").toBool(), true);
        run = runCli({u"deck"_s, u"--out"_s, dir.filePath(u"deck.pptx"_s), u"--project"_s, project});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo(dir.filePath(u"deck.pptx"_s)).size() > 10000);

        run = runCli({u"outline"_s, u"--project"_s, dir.filePath(u"nothing.duizhao"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QString::fromUtf8(run.err).contains(u"nothing.duizhao"_s));
        run = runCli({u"search"_s, seeds().at(0), u"普法"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QString::fromUtf8(run.err).contains(seeds().at(0)));
    }

    void secondWriterIsRefused()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.duizhao"_s);
        QCOMPARE(runCli({u"import"_s, project, seeds().at(0)}).exitCode, 0);
        {
            // This process holds the project open for writing, as a Duizhao window would.
            auto holder = Dz::ProjectStore::open(project);
            QVERIFY2(holder, qPrintable(holder.error()));
            const Run refused = runCli({u"import"_s, project, seeds().at(1)});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(
                QString::fromUtf8(refused.err).contains(project) && QString::fromUtf8(refused.err).contains(u"another program"_s), refused.err.constData());
            QVERIFY(refused.out.isEmpty()); // no summary of an import that did not start
            // Readers are not refused.
            const Run search = runCli({u"search"_s, u"--format"_s, u"text"_s, project, u"行政处罚"_s});
            QCOMPARE(search.exitCode, 0);
            QVERIFY(QString::fromUtf8(search.out).contains(u"【行政处罚】"_s));
            QCOMPARE(holder.value()->reportRecords().reportCount().value(), 1);
        }
        QCOMPARE(runCli({u"import"_s, project, seeds().at(1)}).exitCode, 0);
    }

    void killDuringImportLeavesConsistentProject()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in"_s);
        QVERIFY(QDir().mkpath(in));
        // Enough distinct reports that the import is still running when killed.
        const int total = 3000;
        QList<QByteArray> texts;
        for (const QString &seed : seeds()) {
            QFile f(seed);
            QVERIFY(f.open(QIODevice::ReadOnly));
            texts.append(f.readAll());
        }
        for (int i = 0; i < total; ++i) {
            QFile f(in + u"/r%1.txt"_s.arg(i, 5, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(texts.at(i % texts.size()) + "\n附件编号：" + QByteArray::number(i) + '\n');
        }
        const QString project = dir.filePath(u"big.duizhao"_s);
        QProcess process;
        process.start(QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s, {u"import"_s, project, in});
        QVERIFY(process.waitForStarted());
        // Kill it once some batches are in, in the middle of its work.
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress += process.readAllStandardError(), progress.contains(" of ")), 60000);
        QVERIFY(process.state() == QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // The lock the dead process left does not keep the project closed.
        auto store = Dz::ProjectStore::open(project);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(store.value()->database().integrityCheck().value(), u"ok"_s);
        const int count = store.value()->reportRecords().reportCount().value();
        QVERIFY2(count > 0 && count < total, qPrintable(QString::number(count)));
        const QList<Dz::ReportSummary> summaries = store.value()->reportRecords().reportSummaries().value();
        for (const Dz::ReportSummary &s : summaries) {
            const auto report = store.value()->reportRecords().report(s.id);
            QVERIFY(report);
            QVERIFY(!report->text.isEmpty());
            QCOMPARE(s.contentHash, Dz::ProjectImporter::contentHash(report->text));
            QVERIFY(!s.metadata.isEmpty());
            QVERIFY(store.value()->reportRecords().analysis(s.id, u"outline"_s).value().has_value());
            QVERIFY(store.value()->reportRecords().analysis(s.id, u"classification"_s).value().has_value());
        }
        // The search index holds exactly the reports that are there.
        QCOMPARE(store.value()->searchIndex().search(u"附件编号"_s, total).value().size(), count);
        store = Dz::Result<std::unique_ptr<Dz::ProjectStore>>::failure({});
        // And the import can simply be run again (the rest of 3000 reports:
        // minutes when the machine is busy).
        const Run rest = runCli({u"import"_s, project, in}, {}, 480000);
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(Dz::ProjectStore::open(project, Dz::ProjectStore::Access::ReadOnly).value()->reportRecords().reportCount().value(), total);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
