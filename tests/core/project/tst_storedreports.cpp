// A project's stored reports read again: parsed from the stored text, named
// by file, the analyst's metadata values in place of those found.

#include "outline/outlineformat.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "project/storedreports.h"
#include "seedfiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dz::ProjectStore;
using Dz::StoredReports;

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
            QVERIFY(store.value()->setMetadataOverrides(id, {{field, value}}));
        }
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));

        QList<qint64> ids;
        const auto reports = StoredReports::readAll(*store.value(), &ids);
        QVERIFY2(reports, qPrintable(reports.error()));
        QCOMPARE(ids, QList<qint64> {id});
        const Dz::Report &read = reports->at(0);
        QCOMPARE(read.filePath, QFileInfo(Dz::Test::seedPath(seed)).fileName());
        QCOMPARE(read.text, original.text);
        QCOMPARE(read.sections.size(), original.sections.size());
        const QJsonObject metadata = Dz::OutlineFormat::toJson(read).value(u"metadata").toObject();
        QCOMPARE(metadata.value(field).toObject().value(u"value").toString(), value);
        QCOMPARE(metadata.value(field).toObject().value(u"from").toString(), u"analyst"_s);

        // One report alike, and the list entry made without reading the text.
        const Dz::Report one = StoredReports::read(*store.value(), id).value();
        QCOMPARE(one.text, read.text);
        QCOMPARE(one.sections.size(), read.sections.size());
        QCOMPARE(one.displayName(), read.displayName());
        const Dz::Report listed = StoredReports::listed(store.value()->report(id)->summary);
        QVERIFY(listed.text.isEmpty());
        QCOMPARE(listed.filePath, read.filePath);
        QCOMPARE(listed.displayName(), read.displayName());
        QCOMPARE(listed.metadata.issuer.value, read.metadata.issuer.value);
        QCOMPARE(listed.metadata.year.value, read.metadata.year.value);
        QCOMPARE(Dz::OutlineFormat::toJson(listed).value(u"metadata").toObject().value(field).toObject().value(u"from").toString(), u"analyst"_s);

        // A missing report and a missing project are messages naming them.
        const auto missing = StoredReports::read(*store.value(), id + 1);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(path));
        const auto none = StoredReports::readProject(dir.filePath(u"none.duizhao"_s));
        QVERIFY(!none);
        QVERIFY(none.error().contains(u"none.duizhao"_s));
    }

    void leavesUnsetFieldsAsFound()
    {
        Dz::ReportMetadata metadata;
        metadata.year.value = u"2023"_s;
        metadata.year.origin = u"title"_s;
        metadata.district.value = u"海门"_s;
        StoredReports::applyOverrides(metadata, {{u"district"_s, u"海门区"_s}, {u"year"_s, u""_s}});
        QCOMPARE(metadata.district.value, u"海门区"_s);
        QCOMPARE(metadata.district.origin, u"analyst"_s);
        QCOMPARE(metadata.year.value, u"2023"_s); // an empty value is no override
        QCOMPARE(metadata.year.origin, u"title"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoredReports)

#include "tst_storedreports.moc"
