// The indicator table: what each cell shows for the seeds, overrides, and CSV.

#include "analysis/analysisengines.h"
#include "models/indicatortablemodel.h"
#include "project/analystsession.h"
#include "project/projectanalysis.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestIndicatorTableModel : public QObject
{
    Q_OBJECT

private:
    Comparison m_comparison;
    const AnalysisEngines *m_engines = nullptr;

    static int column(const IndicatorTableModel &model, const QString &id)
    {
        return int(model.indicatorIds().indexOf(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto engines = AnalysisEngines::builtIn();
        QVERIFY2(engines, qPrintable(engines.error()));
        m_engines = engines.value();
        m_comparison = Comparison::analyse(*m_engines, Test::loadSeeds());
    }

    void cells_data()
    {
        QTest::addColumn<int>("report");
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("exact") << 0 << u"penalty_cases"_s << u"200"_s << QVariant(200.0);
        QTest::newRow("partial scope") << 2 << u"penalty_cases"_s << u"4*"_s << QVariant(4.0);
        QTest::newRow("lower bound") << 3 << u"legal_education_events"_s << u"≥175"_s << QVariant(175.0);
        QTest::newRow("counted drills") << 0 << u"emergency_drills"_s << u"6–7"_s << QVariant(6.0);
        QTest::newRow("statements without a total") << 0 << u"legal_education_events"_s << u"— ⋯"_s << QVariant();
        QTest::newRow("not reported") << 1 << u"penalty_cases"_s << u"—"_s << QVariant();
        QTest::newRow("money") << 4 << u"fines_amount"_s << u"182536"_s << QVariant(182536.0);
    }

    void cells()
    {
        QFETCH(int, report);
        QFETCH(QString, indicator);
        QFETCH(QString, shown);
        QFETCH(QVariant, value);
        IndicatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(m_comparison, m_engines->indicators.catalog());
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex cell = model.index(report, column(model, indicator));
        QCOMPARE(cell.data().toString(), shown);
        QCOMPARE(cell.data(IndicatorTableModel::ValueRole), value);
        if (value.isValid())
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    }

    // The analyst's value comes from the session and updates its one cell.
    void analystValueUpdatesItsCell()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.duizhao"_s), ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(ProjectImporter::importInto(*store.value(), Test::seedPaths()).added, 5);
        QList<qint64> ids;
        const QList<ReportSummary> summaries = store.value()->reportRecords().reportSummaries().value();
        for (const ReportSummary &s : summaries)
            ids.append(s.id);
        const auto comparison = ProjectAnalysis::compare(*store.value(), ids, {});
        QVERIFY2(comparison, qPrintable(comparison.error()));
        AnalystSession session;
        QVERIFY(session.load(store.value().get()));

        IndicatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        model.setComparison(comparison.value(), m_engines->indicators.catalog());
        const int col = column(model, u"legal_education_events"_s);
        const QModelIndex cell = model.index(0, col);
        QCOMPARE(cell.data().toString(), u"— ⋯"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // The analyst adds up 滨海's five trainings and lectures.
        QVERIFY(session.setValue({ids.at(0), u"legal_education_events"_s, Decimal::fromParts(20), u"3+6+5+4+2"_s, {}}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), cell);
        QCOMPARE(changed.at(0).at(1).toModelIndex(), cell);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(cell.data().toString(), u"20 ✎"_s);
        QCOMPARE(cell.data(IndicatorTableModel::ValueRole).toDouble(), 20.0);
        QVERIFY(cell.data(IndicatorTableModel::OverriddenRole).toBool());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"3+6+5+4+2"_s));
        QVERIFY(!model.index(1, col).data(IndicatorTableModel::OverriddenRole).toBool());
        QVERIFY(session.removeValue(ids.at(0), u"legal_education_events"_s));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(cell.data().toString(), u"— ⋯"_s);
    }

    void csvHoldsShownAndPlainValues()
    {
        IndicatorTableModel model;
        model.setComparison(m_comparison, m_engines->indicators.catalog());
        const QStringList lines = model.toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0).count(u','), 1 + 2 * int(model.indicatorIds().size()));
        QVERIFY2(lines.at(4).contains(u",314,314,"_s), qPrintable(lines.at(4)));
        QVERIFY2(lines.at(4).contains(u",≥175,175,"_s), qPrintable(lines.at(4)));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorTableModel)

#include "tst_indicatortablemodel.moc"
