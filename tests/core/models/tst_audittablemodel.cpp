// AuditTableModel: reports × checks, status and reason per cell; the table
// export (Markdown, CSV) says the same.

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "audit/auditformat.h"
#include "audit/auditor.h"
#include "models/audittablemodel.h"
#include "seedfiles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestAuditTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void exports();

private:
    QList<Report> m_reports;
    QList<ReportAudit> m_audits;
};

void TestAuditTableModel::initTestCase()
{
    m_reports = Test::loadSeeds();
    m_audits = Auditor().audit(Comparison::analyse(*AnalysisEngines::builtIn().value(), m_reports));
}

void TestAuditTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("check");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("display");
    QTest::newRow("九龙坡 contents") << 3 << int(AuditCheckId::Contents) << int(AuditStatus::Finding) << u"P2 Shortcomings and causes missing"_s;
    QTest::newRow("海门 timeliness") << 2 << int(AuditCheckId::Timeliness) << int(AuditStatus::Met) << u"on time"_s;
    QTest::newRow("滨海 timeliness") << 0 << int(AuditCheckId::Timeliness) << int(AuditStatus::Unknown) << u"unknown"_s;
    QTest::newRow("湖滨 shortcomings") << 4 << int(AuditCheckId::Shortcomings) << int(AuditStatus::Met) << u"5"_s;
}

void TestAuditTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, check);
    QFETCH(int, status);
    QFETCH(QString, display);
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAudits(m_audits);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(AuditCheckId::FollowUp) + 2);
    const QModelIndex index = model.index(row, check + 1);
    QCOMPARE(AuditTableModel::checkOfColumn(check + 1), std::optional<AuditCheckId>(AuditCheckId(check)));
    QCOMPARE(index.data(AuditTableModel::StatusRole).toInt(), status);
    QCOMPARE(index.data().toString(), display);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(m_audits.at(row).check(AuditCheckId(check))->reason));
    QCOMPARE(model.index(row, 0).data().toString(), m_reports.at(row).displayName());
    QCOMPARE(model.headerData(check + 1, Qt::Horizontal).toString(), AuditFormat::checkLabel(AuditCheckId(check)));
}

void TestAuditTableModel::exports()
{
    const QString csv = AuditFormat::toCsv(m_audits);
    QCOMPARE(csv.count(u'\n'), 1 + 5 * (int(AuditCheckId::FollowUp) + 1));
    QVERIFY(csv.contains(u",contents,finding,P2 Shortcomings and causes missing,"_s));
    const QString markdown = AuditFormat::toMarkdown(m_audits);
    QVERIFY(markdown.contains(u"| 九龙坡 · 2023 |"_s));
    const TableData table = AuditFormat::table(m_audits);
    QCOMPARE(table.rows.size(), 5);
    QCOMPARE(table.header.size(), int(AuditCheckId::FollowUp) + 2);
    const TableData copied = AuditFormat::copiedTable(m_audits, m_reports, 0);
    QVERIFY(copied.rows.isEmpty());
    QVERIFY(!copied.title.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
