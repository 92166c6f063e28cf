// A report's analysis goes into a project and comes back the same; stale or
// damaged records are never trusted.

#include "alignment/alignmentformat.h"
#include "analysis/analysisengines.h"
#include "analysis/reportanalysis.h"
#include "analysis/reportpipeline.h"
#include "indicators/indicatorformat.h"
#include "outline/outlineformat.h"
#include "project/analysiscodec.h"
#include "project/projectanalysis.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"
#include "weaknesses/weaknessformat.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// Everything a reader could see of an analysis, as comparable text: the
// lossless records and the CLI's formats (which also carry the display names).
QByteArray fingerprint(const ReportAnalysis &a)
{
    QByteArray out;
    for (const AnalysisRecord &record : ProjectAnalysis::records(a))
        out += QJsonDocument(record.data).toJson(QJsonDocument::Compact) + '\n';
    QJsonObject outline = OutlineFormat::toJson(a.report);
    AlignmentFormat::addClassification(outline, a.classification);
    out += QJsonDocument(outline).toJson(QJsonDocument::Compact) + '\n';
    out += QJsonDocument(IndicatorFormat::reportToJson(a.indicators)).toJson(QJsonDocument::Compact) + '\n';
    out += QJsonDocument(WeaknessFormat::reportToJson(a.weaknesses)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

StoredReport storedOf(const Report &report)
{
    StoredReport stored;
    stored.summary.fileName = report.filePath;
    stored.summary.encoding = report.encoding;
    stored.text = report.text;
    return stored;
}

} // namespace

class TestReportAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : Test::seedPaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName().left(3))) << path;
    }

    // Every field survives: spans, exact decimals, candidates, the text matchers read.
    void roundTrip()
    {
        QFETCH(QString, path);
        const Report report = ReportPipeline::readFile(path).value();
        const ReportAnalysis made = ReportPipeline().analyse(report);
        const auto read = ProjectAnalysis::fromRecords(storedOf(report), ProjectAnalysis::records(made));
        QVERIFY(read.has_value());
        QCOMPARE(read->report.matchText, made.report.matchText);
        QCOMPARE(read->report.sections.size(), made.report.sections.size());
        QCOMPARE(read->indicators.values.size(), made.indicators.values.size());
        for (qsizetype i = 0; i < made.indicators.values.size(); ++i) {
            QCOMPARE(read->indicators.values.at(i).figure.value, made.indicators.values.at(i).figure.value);
            QCOMPARE(read->indicators.values.at(i).evidenceSpan, made.indicators.values.at(i).evidenceSpan);
        }
        QCOMPARE(fingerprint(read.value()), fingerprint(made));
        for (const QString &kind : ProjectAnalysis::kinds())
            QCOMPARE(read->engineVersions.value(kind), ProjectAnalysis::engineVersion(kind));
    }

    void decimalsStayExact()
    {
        ReportIndicators indicators;
        IndicatorValue v;
        v.id = u"fines_amount"_s;
        v.figure.value = Decimal::fromParts(1825360000000001, 10); // 182536.0000000001: no double holds it
        v.figure.lower = Decimal::fromParts(-325, 2);
        v.numberSpan = {10, 20};
        indicators.values.append(v);
        ReportIndicators back;
        QVERIFY(AnalysisCodec::decodeIndicators(AnalysisCodec::encodeIndicators(indicators), back));
        QCOMPARE(back.values.size(), 1);
        QCOMPARE(back.values.at(0).figure.value, v.figure.value);
        QCOMPARE(back.values.at(0).figure.lower, v.figure.lower);
        QVERIFY(!back.values.at(0).figure.upper.has_value());
        QCOMPARE(back.values.at(0).numberSpan, v.numberSpan);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("damage");
        for (const QString &kind : ProjectAnalysis::kinds()) {
            for (const QString &damage : {u"version"_s, u"codec"_s, u"truncated"_s, u"wrong type"_s, u"missing"_s})
                QTest::newRow(qPrintable(kind + u", "_s + damage)) << kind << damage;
        }
    }

    // A record from another engine, another codec or of the wrong shape is
    // not read: the report is analysed again instead.
    void refused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, damage);
        const Report report = Test::loadSeed(u"003"_s);
        const ReportAnalysis made = ReportPipeline().analyse(report);
        QList<AnalysisRecord> records = ProjectAnalysis::records(made);
        for (qsizetype i = 0; i < records.size(); ++i) {
            AnalysisRecord &r = records[i];
            if (r.kind != kind)
                continue;
            QJsonArray data = r.data.value(u"d").toArray();
            if (damage == u"version")
                r.engineVersion = u"old"_s;
            else if (damage == u"codec")
                r.data.insert(u"v"_s, AnalysisCodec::Version + 1);
            else if (damage == u"truncated") {
                data.removeLast();
                r.data.insert(u"d"_s, data);
            } else if (damage == u"wrong type") {
                data.replace(0, QJsonArray {});
                r.data.insert(u"d"_s, data);
            } else
                records.removeAt(i);
            break;
        }
        QVERIFY(!ProjectAnalysis::fromRecords(storedOf(report), records).has_value());
    }

    // Read back from a project: the stored records, and the analyst's identity on top.
    void readFromProject()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.duizhao"_s), ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(ProjectImporter::importInto(*store.value(), Test::seedPaths()).added, 5);
        const qint64 id = store.value()->reportRecords().reportSummaries()->at(3).id;
        auto read = ProjectAnalysis::read(*store.value(), id);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->report.metadata.district.value, u"九龙坡"_s);
        QCOMPARE(read->classification.missingParts, QStringList {u"P2"_s}); // 九龙坡 has no P2
        QVERIFY(read->weaknesses.missing);
        const StoredReport stored = store.value()->reportRecords().report(id).value();
        const ReportAnalysis fresh = ReportPipeline().analyseText(stored.text, stored.summary.fileName, stored.summary.encoding);
        QCOMPARE(fingerprint(read.value()), fingerprint(fresh));
        QCOMPARE(read->indicators.values.constFirst().figure.value, fresh.indicators.values.constFirst().figure.value);

        QVERIFY(store.value()->reportRecords().setMetadataOverrides(id, {{u"district"_s, u"九龙坡区"_s}, {u"year"_s, u"2023"_s}}));
        read = ProjectAnalysis::read(*store.value(), id);
        QCOMPARE(read->report.metadata.district.value, u"九龙坡区"_s);
        QCOMPARE(read->report.metadata.district.origin, u"analyst"_s);
        QCOMPARE(read->indicators.district, u"九龙坡区"_s);
        QCOMPARE(read->weaknesses.year, 2023);

        // A damaged record: analysed again from the text, same result.
        QVERIFY(store.value()->reportRecords().storeAnalysis(id,
            {ProjectAnalysis::indicatorsKind(), ProjectAnalysis::engineVersion(ProjectAnalysis::indicatorsKind()),
                QJsonObject {{u"v"_s, AnalysisCodec::Version}, {u"d"_s, QJsonArray {1, 2}}}, {}}));
        read = ProjectAnalysis::read(*store.value(), id);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->indicators.values.size(), fresh.indicators.values.size());
        QCOMPARE(read->indicators.values.constFirst().figure.value, fresh.indicators.values.constFirst().figure.value);
    }

    // Many at once: what read() gives for each, in the order asked, in
    // batches (more reports than one batch), an id twice included.
    void readAllFromProject_data()
    {
        QTest::addColumn<int>("copies");
        QTest::addColumn<bool>("repeat");
        QTest::newRow("the five samples") << 1 << false;
        QTest::newRow("an id twice") << 1 << true;
        QTest::newRow("more than one batch") << 60 << false;
    }

    void readAllFromProject()
    {
        QFETCH(int, copies);
        QFETCH(bool, repeat);
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.duizhao"_s), ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        QStringList files;
        for (int copy = 0; copy < copies; ++copy) {
            for (const QString &seed : Test::seedPaths()) {
                // Each copy differs by one line, so none is a duplicate.
                QFile in(seed);
                QVERIFY(in.open(QIODevice::ReadOnly));
                const QString path = dir.filePath(u"%1-%2"_s.arg(copy).arg(QFileInfo(seed).fileName()));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(in.readAll() + "\n附：第" + QByteArray::number(copy) + "份。\n");
                files.append(path);
            }
        }
        QCOMPARE(ProjectImporter::importInto(*store.value(), files).added, int(files.size()));
        QList<qint64> ids;
        const QList<ReportSummary> summaries = store.value()->reportRecords().reportSummaries().value();
        for (const ReportSummary &summary : summaries)
            ids.append(summary.id);
        std::reverse(ids.begin(), ids.end()); // not the stored order
        if (repeat)
            ids.append(ids.constFirst());
        qsizetype lastProgress = 0;
        int calls = 0;
        bool growing = true;
        const auto all = ProjectAnalysis::readAll(*store.value(), ids, [&](qsizetype done) {
            growing = growing && done > lastProgress;
            lastProgress = done;
            ++calls;
            return true;
        });
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), ids.size());
        QVERIFY(growing);
        QCOMPARE(lastProgress, ids.size());
        QCOMPARE(calls > 1, ids.size() > 256);
        for (qsizetype i = 0; i < ids.size(); i += qMax<qsizetype>(1, ids.size() / 12)) {
            const auto one = ProjectAnalysis::read(*store.value(), ids.at(i));
            QVERIFY2(one, qPrintable(one.error()));
            QCOMPARE(all->at(i).report.filePath, one->report.filePath);
            QCOMPARE(fingerprint(all->at(i)), fingerprint(one.value()));
        }
        if (repeat)
            QCOMPARE(fingerprint(all->constLast()), fingerprint(all->constFirst()));

        // Stopped after the first batch: a failure, nothing half-read.
        const auto stopped = ProjectAnalysis::readAll(*store.value(), ids, [](qsizetype) {
            return false;
        });
        QVERIFY(!stopped);
        // An id the project does not have is named.
        const auto missing = ProjectAnalysis::readAll(*store.value(), {ids.constFirst(), 999999});
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"999999"_s), qPrintable(missing.error()));
    }

    // The indicator table read from the indicator records alone gives what
    // the full read gives: the analyst's identity applied, a stale record
    // made again.
    void readIndicatorsFromProject_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<bool>("staleRecord");
        QTest::newRow("as stored") << QJsonObject() << false;
        QTest::newRow("district and year set by the analyst") << QJsonObject {{u"district"_s, u"九龙坡区"_s}, {u"year"_s, u"2022"_s}} << false;
        QTest::newRow("issuer only") << QJsonObject {{u"issuer"_s, u"某区司法局"_s}} << false;
        QTest::newRow("a record of another engine version") << QJsonObject {{u"year"_s, u"2021"_s}} << true;
    }

    void readIndicatorsFromProject()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(bool, staleRecord);
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.duizhao"_s), ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(ProjectImporter::importInto(*store.value(), Test::seedPaths()).added, 5);
        QList<qint64> ids;
        const QList<ReportSummary> summaries = store.value()->reportRecords().reportSummaries().value();
        for (const ReportSummary &summary : summaries)
            ids.append(summary.id);
        const qint64 changed = ids.at(3);
        if (!overrides.isEmpty())
            QVERIFY(store.value()->reportRecords().setMetadataOverrides(changed, overrides));
        if (staleRecord) {
            auto record = store.value()->reportRecords().analysis(changed, ProjectAnalysis::indicatorsKind()).value().value();
            record.engineVersion = u"indicators-old"_s;
            QVERIFY(store.value()->reportRecords().storeAnalysis(changed, record));
        }
        const auto full = ProjectAnalysis::readAll(*store.value(), ids);
        QVERIFY2(full, qPrintable(full.error()));
        QList<ReportIndicators> expected;
        for (const ReportAnalysis &analysis : full.value())
            expected.append(analysis.indicators);
        const auto light = ProjectAnalysis::readIndicators(*store.value(), ids);
        QVERIFY2(light, qPrintable(light.error()));
        QCOMPARE(QJsonDocument(IndicatorFormat::toJson(light.value())).toJson(), QJsonDocument(IndicatorFormat::toJson(expected)).toJson());
        if (overrides.contains(u"year"_s))
            QCOMPARE(light->at(3).year, overrides.value(u"year"_s).toString().toInt());
    }
};

QTEST_GUILESS_MAIN(TestReportAnalysis)

#include "tst_reportanalysis.moc"
