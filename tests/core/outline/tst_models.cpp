// The report list and outline models, under QAbstractItemModelTester.

#include "analysis/reportpipeline.h"
#include "outline/outlinemodel.h"
#include "project/reportlistmodel.h"
#include "reading/samplereports.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAreBuiltIn()
    {
        const QStringList paths = Dz::sampleReportPaths();
        QCOMPARE(paths.size(), 5);
        for (const QString &path : paths)
            QVERIFY2(Dz::ReportPipeline::readFile(path).isValid(), qPrintable(path));
    }

    void reportList()
    {
        Dz::ReportListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Dz::Report> reports;
        for (const QString &path : Dz::sampleReportPaths())
            reports.append(Dz::ReportPipeline::readFile(path).value());
        model.setReports(reports.mid(0, 3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0)).toString(), u"滨海 · 2024"_s);
        QCOMPARE(model.data(model.index(2), Dz::ReportListModel::DistrictRole).toString(), u"海门"_s);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addReports(reports.mid(2)); // 海门 again (replaced) plus two new
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.data(model.index(4)).toString(), u"湖滨 · 2025"_s);
        model.removeReport(0);
        QCOMPARE(model.rowCount(), 4);
    }

    void outlineTree()
    {
        Dz::OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Dz::Report report = Dz::ReportPipeline::readFile(Dz::sampleReportPaths().at(0)).value();
        model.setReport(report);
        QCOMPARE(model.rowCount(), 4); // 一、 二、 三、 and the repaired 4、
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), u"一、 主要举措和成效"_s);
        QCOMPARE(model.rowCount(first), 9); // （一）…（九）
        const QModelIndex fourth = model.index(3, 0);
        QVERIFY(!fourth.data(Dz::OutlineModel::RepairedRole).toString().isEmpty());

        // Position ↔ section, both ways.
        const QModelIndex sub = model.index(3, 0, first); // （四）严格规范公正文明执法
        const qlonglong start = sub.data(Dz::OutlineModel::StartRole).toLongLong();
        QVERIFY(report.text.mid(start).startsWith(u"（四）严格规范公正文明执法"_s));
        const QModelIndex inside = model.indexAtPosition(start + 30);
        QVERIFY(inside.isValid());
        QCOMPARE(inside.parent(), sub);
        QCOMPARE(model.indexForSection(sub.data(Dz::OutlineModel::SectionIndexRole).toInt()), sub);

        model.setReport(Dz::Report());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
