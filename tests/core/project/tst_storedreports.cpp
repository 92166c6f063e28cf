// A project's stored reports read again (ProjectAnalysis) and listed
// (ReportSummary::listedReport): named by file, the analyst's metadata
// values in place of those found.

#include "outline/outlineformat.h"
#include "project/projectanalysis.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dz::ProjectAnalysis;
using Dz::ProjectStore;

class TestStoredReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWithOverrides_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("district of 000") << u"000"_s << u"district"_s << u"滨海新区"_s;
        QTest::newRow("year of 002") << u"002"_s << u"year"_s << u"2021"_s;
        QTest::newRow("issuer of 004") << u"004"_s << u"issuer"_s << u"某县人民政府"_s;
    }

    void readsWithOverrides()
    {
        QFETCH(QString, seed);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.duizhao"_s);
        const Dz::Report original = Dz::Test::loadSeed(seed);
        qint64 id = 0;
        {
            auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
            QVERIFY2(store, qPrintable(store.error()));
            id = store.value()->addReport(Dz::ProjectImporter::prepare(original, Dz::Test::seedPath(seed))).value();
            QVERIFY(store.value()->reportRecords().setMetadataOverrides(id, {{field, value}}));
        }
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));

        const auto reports = ProjectAnalysis::readAll(*store.value(), {id});
        QVERIFY2(reports, qPrintable(reports.error()));
        QCOMPARE(reports->size(), 1);
        const Dz::Report &read = reports->at(0).report;
        QCOMPARE(read.filePath, QFileInfo(Dz::Test::seedPath(seed)).fileName());
        QCOMPARE(read.text, original.text);
        QCOMPARE(read.sections.size(), original.sections.size());
        const QJsonObject metadata = Dz::OutlineFormat::toJson(read).value(u"metadata").toObject();
        QCOMPARE(metadata.value(field).toObject().value(u"value").toString(), value);
        QCOMPARE(metadata.value(field).toObject().value(u"from").toString(), u"analyst"_s);

        // One report alike, and the list entry made without reading the text.
        const Dz::Report one = ProjectAnalysis::read(*store.value(), id)->report;
        QCOMPARE(one.text, read.text);
        QCOMPARE(one.sections.size(), read.sections.size());
        QCOMPARE(one.displayName(), read.displayName());
        const Dz::Report listed = store.value()->reportRecords().report(id)->summary.listedReport();
        QVERIFY(listed.text.isEmpty());
        QCOMPARE(listed.filePath, read.filePath);
        QCOMPARE(listed.displayName(), read.displayName());
        QCOMPARE(listed.metadata.issuer.value, read.metadata.issuer.value);
        QCOMPARE(listed.metadata.year.value, read.metadata.year.value);
        QCOMPARE(Dz::OutlineFormat::toJson(listed).value(u"metadata").toObject().value(field).toObject().value(u"from").toString(), u"analyst"_s);

        // A missing report is a message naming the project.
        const auto missing = ProjectAnalysis::read(*store.value(), id + 1);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(path));
    }

    void leavesUnsetFieldsAsFound()
    {
        Dz::ReportMetadata metadata;
        metadata.year.value = u"2023"_s;
        metadata.year.origin = u"title"_s;
        metadata.district.value = u"海门"_s;
        QVERIFY(metadata.applyOverrides({{u"district"_s, u"海门区"_s}, {u"year"_s, u""_s}}));
        QCOMPARE(metadata.district.value, u"海门区"_s);
        QCOMPARE(metadata.district.origin, u"analyst"_s);
        QCOMPARE(metadata.year.value, u"2023"_s); // an empty value is no override
        QCOMPARE(metadata.year.origin, u"title"_s);
        QVERIFY(!metadata.applyOverrides({{u"year"_s, u""_s}, {u"unknown"_s, u"x"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestStoredReports)

#include "tst_storedreports.moc"
