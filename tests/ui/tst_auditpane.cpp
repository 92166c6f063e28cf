// AuditPane: audits in the background, shows status and reason per cell,
// opens a finding's passage (both reports for a copied one), exports the table.

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportpipeline.h"
#include "audit/auditformat.h"
#include "audit/auditor.h"
#include "audit/auditpane.h"
#include "models/audittablemodel.h"
#include "seedfiles.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

Comparison compare(const QList<Report> &reports)
{
    return Comparison::analyse(*AnalysisEngines::builtIn().value(), reports);
}

Report testReport(const QString &name)
{
    return ReportPipeline::readFile(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/audit/"_s + name).value();
}

} // namespace

class TestAuditPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditsInTheBackground()
    {
        AuditPane pane;
        QSignalSpy finished(&pane, &AuditPane::auditFinished);
        pane.setComparison(compare(Test::loadSeeds()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(pane.model()->rowCount(), 5);
        const QModelIndex contents = pane.model()->index(3, 1 + int(AuditCheckId::Contents));
        QCOMPARE(contents.data(AuditTableModel::StatusRole).toInt(), int(AuditStatus::Finding));
        QVERIFY(contents.data(Qt::ToolTipRole).toString().contains(u"P2"_s));
    }

    void findingOpensItsPassage()
    {
        AuditPane pane;
        QSignalSpy finished(&pane, &AuditPane::auditFinished);
        pane.setComparison(compare({testReport(u"qingshi-2023.txt"_s), testReport(u"qingshi-2024.txt"_s)}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QSignalSpy finding(&pane, &AuditPane::findingRequested);
        QSignalSpy copied(&pane, &AuditPane::copiedPassageRequested);
        // 2024 was published late: a click explains why, with the header's date marked; nothing jumps.
        pane.activate(1, 1 + int(AuditCheckId::Timeliness));
        QCOMPARE(finding.size(), 0);
        QVERIFY(!pane.details()->findItems(u"2025-04-15"_s, Qt::MatchContains).isEmpty());
        const QString why = pane.explanation()->toPlainText();
        QVERIFY2(why.contains(u"2025-04-15"_s) && why.contains(u"In the report:"_s), qPrintable(why));
        QVERIFY(pane.explanation()->toHtml().contains(u"background-color:#f8c4b4"_s));
        // Opening it marks the passage with the reason, in its report.
        pane.open(1, 1 + int(AuditCheckId::Timeliness));
        QCOMPARE(finding.size(), 1);
        QCOMPARE(finding.first().at(0).toInt(), 1);
        QVERIFY(finding.first().at(2).toString().contains(u"2025-04-15"_s) || finding.first().at(2).toString().contains(u"late"_s));
        // A copied passage opens both reports.
        pane.activate(1, 1 + int(AuditCheckId::Copied));
        QCOMPARE(copied.size(), 0);
        pane.open(1, 1 + int(AuditCheckId::Copied));
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.first().at(0).toInt(), 1);
        QCOMPARE(copied.first().at(2).toInt(), 0);
        QVERIFY(pane.details()->count() >= 2);
        QVERIFY(pane.copiedSlideAction()->isEnabled());
        // The follow-up lists each plan item.
        pane.activate(1, 1 + int(AuditCheckId::FollowUp));
        QCOMPARE(pane.details()->findItems(u"→ not reported"_s, Qt::MatchContains).size(), 2);
        // A met check opens nothing.
        finding.clear();
        pane.open(1, 1 + int(AuditCheckId::Contents));
        QCOMPARE(finding.size(), 0);
    }

    // The pane keeps its copy index: the same reports again are not
    // fingerprinted again, added ones are, and the table follows.
    void keepsItsCopyIndex()
    {
        AuditPane pane;
        QSignalSpy finished(&pane, &AuditPane::auditFinished);
        QList<Report> reports = Test::loadSeeds().mid(0, 3);
        reports.append(testReport(u"qingshi-2023.txt"_s));
        const Comparison first = compare(reports);
        pane.setComparison(first);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(pane.fingerprintedReports(), 4);
        QCOMPARE(pane.model()->rowCount(), 4);

        // Shown again (after a correction, say): audited, nothing fingerprinted.
        pane.setComparison(first);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(pane.fingerprintedReports(), 4);
        QCOMPARE(pane.model()->rowCount(), 4);

        // A report added: only it is fingerprinted, and it copies from the two it was made of.
        QTemporaryDir dir;
        const QString assembled = dir.filePath(u"assembled.txt"_s);
        QVERIFY(Test::writeAssembledReport(assembled, u"000"_s, u"001"_s));
        reports.append(ReportPipeline::readFile(assembled).value());
        const Comparison second = compare(reports);
        pane.setComparison(second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(pane.fingerprintedReports(), 5);
        QCOMPARE(pane.model()->rowCount(), 5);
        const QModelIndex copied = pane.model()->index(4, 1 + int(AuditCheckId::Copied));
        QCOMPARE(copied.data(AuditTableModel::StatusRole).toInt(), int(AuditStatus::Finding));
        const QList<int> sources = pane.model()->audits().at(4).copiedFromReport;
        QVERIFY(sources.contains(0) && sources.contains(1));
        QVERIFY(std::all_of(sources.cbegin(), sources.cend(), [](int source) {
            return source == 0 || source == 1;
        }));
        // What a fresh audit of the same reports says.
        QCOMPARE(AuditFormat::toJson(pane.model()->audits(), second.reports), AuditFormat::toJson(Auditor().audit(second), second.reports));

        // One dropped: indexed anew from the fingerprints kept.
        reports.removeAt(1);
        const Comparison third = compare(reports);
        pane.setComparison(third);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        QCOMPARE(pane.fingerprintedReports(), 5);
        QCOMPARE(pane.model()->rowCount(), 4);
        QCOMPARE(AuditFormat::toJson(pane.model()->audits(), third.reports), AuditFormat::toJson(Auditor().audit(third), third.reports));
    }

    void exports()
    {
        AuditPane pane;
        QSignalSpy finished(&pane, &AuditPane::auditFinished);
        pane.setComparison(compare(Test::loadSeeds()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QTemporaryDir dir;
        QVERIFY(pane.exportMarkdown(dir.filePath(u"audit.md"_s)));
        QVERIFY(pane.exportCsv(dir.filePath(u"audit.csv"_s)));
        const auto xlsx = pane.exportXlsx(dir.filePath(u"audit.xlsx"_s));
        QVERIFY2(xlsx, qPrintable(xlsx.error()));
        QVERIFY(xlsx.value() > 0);
        QFile md(dir.filePath(u"audit.md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(md.readAll()).contains(u"九龙坡"_s));
        const auto failed = pane.exportCsv(dir.filePath(u"missing/folder/audit.csv"_s));
        QVERIFY(!failed);
        QVERIFY(failed.error().contains(u"audit.csv"_s));
    }
};

QTEST_MAIN(TestAuditPane)
#include "tst_auditpane.moc"
