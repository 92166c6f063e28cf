// AuditPane: a view of the Audit it is given (AnalysisController makes it,
// tst_analysiscontroller); shows status and reason per cell, opens a
// finding's passage (both reports for a copied one), exports the table.

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportpipeline.h"
#include "audit/audit.h"
#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "directionreports.h"
#include "models/audittablemodel.h"
#include "seedfiles.h"

#include <QAbstractItemModelTester>
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

// The pane given the audit of @p reports compared, as the window gives it the controller's.
void show(AuditPane &pane, const QList<Report> &reports)
{
    QSignalSpy shown(&pane, &AuditPane::auditShown);
    pane.setAudit(Audit::of(compare(reports)));
    QCOMPARE(shown.size(), 1);
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
    void showsTheAudit()
    {
        AuditPane pane;
        show(pane, Test::loadSeeds());
        QCOMPARE(pane.model()->rowCount(), 5);
        const QModelIndex contents = pane.model()->index(3, 1 + int(AuditCheckId::Contents));
        QCOMPARE(contents.data(AuditTableModel::StatusRole).toInt(), int(AuditStatus::Finding));
        QVERIFY(contents.data(Qt::ToolTipRole).toString().contains(u"P2"_s));
    }

    void findingOpensItsPassage()
    {
        AuditPane pane;
        show(pane, {testReport(u"qingshi-2023.txt"_s), testReport(u"qingshi-2024.txt"_s)});
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

    // A plan in the follow-up's list, double-clicked: a plan the next report
    // carries opens both passages (the sentence found in the later report,
    // the plan in the earlier one); a plan not reported opens the plan alone.
    void planOpensBothPassages()
    {
        const QList<Report> reports {testReport(u"qingshi-2023.txt"_s), testReport(u"qingshi-2024.txt"_s)};
        AuditPane pane;
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        show(pane, reports);
        const ReportAudit &later = pane.model()->audits().at(1);
        QVERIFY(later.followUp);
        QCOMPARE(later.followUp->previous, 0);
        pane.activate(1, 1 + int(AuditCheckId::FollowUp));
        int both = 0;
        int alone = 0;
        for (const PlanFollowUp &plan : later.followUp->plans) {
            const QList<QListWidgetItem *> items = pane.details()->findItems(u"plan “%1”"_s.arg(plan.title), Qt::MatchStartsWith);
            QCOMPARE(items.size(), 1);
            QSignalSpy copied(&pane, &AuditPane::copiedPassageRequested);
            QSignalSpy passage(&pane, &AuditPane::passageRequested);
            pane.details()->scrollToItem(items.first());
            const QPoint at = pane.details()->visualItemRect(items.first()).center();
            QTest::mouseClick(pane.details()->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(pane.details()->viewport(), Qt::LeftButton, {}, at);
            // The plan as the earlier report words it.
            const QString planText = reports.at(0).textOf(plan.span).toString();
            QVERIFY2(planText.contains(plan.title.left(4)), qPrintable(planText));
            if (plan.status == FollowUpStatus::NotReported) {
                QCOMPARE(copied.size(), 0);
                QCOMPARE(passage.size(), 1);
                QCOMPARE(passage.first().at(0).toInt(), 0);
                QCOMPARE(passage.first().at(1).value<TextSpan>(), plan.span);
                ++alone;
                continue;
            }
            QCOMPARE(copied.size(), 1);
            QCOMPARE(copied.first().at(0).toInt(), 1);
            QCOMPARE(copied.first().at(2).toInt(), 0);
            const TextSpan here = copied.first().at(1).value<TextSpan>();
            const TextSpan there = copied.first().at(3).value<TextSpan>();
            QCOMPARE(there, plan.span);
            // The sentence found, in the later report.
            QVERIFY2(reports.at(1).textOf(here).contains(plan.passage.left(12)), qPrintable(reports.at(1).textOf(here).toString()));
            ++both;
        }
        // qingshi: two of the four plans are carried out in 2024, two are not.
        QCOMPARE(both, 2);
        QCOMPARE(alone, 2);
    }

    // Copying with its direction: 抄自, 被抄 and 相同 are three columns, each
    // cell's passages listed below naming the other report, and any of them
    // opens both reports, in English and in Chinese.
    void copyDirection()
    {
        const QList<Report> reports {
            ReportPipeline::readText(
                Test::directionReport(u"成都市武侯区司法局/武侯 y2023 p2024-03-01 : A01 A02 A03 | A10 | A12 | A16"_s), u"wuhou-2023.txt"_s),
            ReportPipeline::readText(
                Test::directionReport(u"西安市雁塔区市场监督管理局/雁塔 y2024 p2025-02-20 : A05 A02 A06 | A11 | A14 | A17"_s), u"yanta-2024.txt"_s),
            ReportPipeline::readText(Test::directionReport(u"杭州市余杭区生态环境局/余杭 : A03 A07 | A20 | A15 | A18"_s), u"yuhang.txt"_s),
        };
        AuditPane pane;
        pane.resize(1200, 700);
        show(pane, reports);
        QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int copied = 1 + int(AuditCheckId::Copied);
        const int by = 1 + int(AuditCheckId::CopiedBy);
        const int shared = 1 + int(AuditCheckId::Shared);
        auto status = [&](int row, int column) {
            return pane.model()->index(row, column).data(AuditTableModel::StatusRole).toInt();
        };
        // 武侯 2023 took nothing; 雁塔 2024 took from it; 余杭 states no year.
        QCOMPARE(status(0, copied), int(AuditStatus::Met));
        QCOMPARE(pane.model()->index(0, copied).data().toString(), u"0.0%"_s);
        QCOMPARE(status(0, by), int(AuditStatus::Met));
        QVERIFY(pane.model()->index(0, by).data().toString() != u"0.0%"_s);
        QCOMPARE(status(0, shared), int(AuditStatus::Unknown));
        QCOMPARE(status(1, copied), int(AuditStatus::Finding));
        QCOMPARE(status(2, shared), int(AuditStatus::Unknown));
        QCOMPARE(status(2, copied), int(AuditStatus::Met));
        const QString wuhou = pane.model()->index(0, 0).data().toString();
        const QString yanta = pane.model()->index(1, 0).data().toString();
        QVERIFY(pane.model()->index(1, copied).data(Qt::ToolTipRole).toString().contains(wuhou));
        QVERIFY(pane.model()->index(0, by).data(Qt::ToolTipRole).toString().contains(yanta));

        struct Language {
            QString code;
            QStringList headers;
        };
        for (const Language &language :
            {Language {u"en"_s, {u"Copied from"_s, u"Copied by"_s, u"Shared"_s}}, Language {u"zh_CN"_s, {u"抄自"_s, u"被抄"_s, u"相同"_s}}}) {
            QVERIFY(TranslationLoader::instance()->setLanguage(language.code));
            QCOMPARE(pane.model()->headerData(copied, Qt::Horizontal).toString(), language.headers.at(0));
            QCOMPARE(pane.model()->headerData(by, Qt::Horizontal).toString(), language.headers.at(1));
            QCOMPARE(pane.model()->headerData(shared, Qt::Horizontal).toString(), language.headers.at(2));
            struct Cell {
                int row;
                int column;
                int other;
                QString needle; // a few characters of the passage in both reports
            };
            for (const Cell &cell : {Cell {0, by, 1, u"噪声扰民"_s}, Cell {1, copied, 0, u"噪声扰民"_s}, Cell {2, shared, 0, u"律师事务所"_s}}) {
                QSignalSpy opened(&pane, &AuditPane::copiedPassageRequested);
                // A click explains the cell; Open (or a double-click) opens both passages.
                pane.activate(cell.row, cell.column);
                QCOMPARE(opened.size(), 0);
                pane.open(cell.row, cell.column);
                QCOMPARE(opened.size(), 1);
                QCOMPARE(opened.first().at(0).toInt(), cell.row);
                QCOMPARE(opened.first().at(2).toInt(), cell.other);
                const TextSpan here = opened.first().at(1).value<TextSpan>();
                const TextSpan there = opened.first().at(3).value<TextSpan>();
                QVERIFY(reports.at(cell.row).textOf(here).contains(cell.needle));
                QVERIFY(reports.at(cell.other).textOf(there).contains(cell.needle));
                // The passages below say the direction and name the other report.
                const QString label = language.headers.at(cell.column - copied);
                bool listed = false;
                for (int i = 0; i < pane.details()->count(); ++i) {
                    const QString text = pane.details()->item(i)->text();
                    listed = listed || (text.contains(label, Qt::CaseInsensitive) && text.contains(pane.model()->index(cell.other, 0).data().toString()));
                }
                QVERIFY2(listed, qPrintable(pane.details()->item(pane.details()->count() - 1)->text()));
            }
            // DUIZHAO_AUDIT_SHOT_DIR=DIR leaves a picture of the pane in each language, a 被抄 cell chosen.
            if (const QString dir = qEnvironmentVariable("DUIZHAO_AUDIT_SHOT_DIR"); !dir.isEmpty()) {
                pane.table()->setCurrentIndex(pane.model()->index(0, by));
                pane.activate(0, by);
                QVERIFY(pane.grab().save(dir + u"/audit-direction-%1.png"_s.arg(language.code)));
            }
        }
        QVERIFY(TranslationLoader::instance()->setLanguage(u"en"_s));
    }

    void exports()
    {
        AuditPane pane;
        show(pane, Test::loadSeeds());
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
