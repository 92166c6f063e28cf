// AnalysisController: the one owner of the workbench's background work
// audits each comparison it shows, on its worker, after comparisonChanged():
// one auditChanged() per change (a change while auditing drops the stale
// audit), the copy index kept between audits, and the Audit view shows what
// it is given.

#include "alignment/alignmentcorrection.h"
#include "audit/auditformat.h"
#include "audit/auditor.h"
#include "audit/auditpane.h"
#include "models/audittablemodel.h"
#include "project/projectcontroller.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"
#include "weaknesses/weaknesscatalog.h"
#include "window/analysiscontroller.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestAnalysisController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QHash<QString, qint64> m_ids; ///< by file name

    QList<qint64> idsOf(const QStringList &names) const
    {
        QList<qint64> ids;
        for (const QString &name : names)
            ids.append(m_ids.value(name));
        return ids;
    }

    // The controller's audit is the one a fresh Auditor makes of the comparison on screen.
    static void verifyCurrent(const AnalysisController &analysis)
    {
        const Comparison &comparison = analysis.comparison();
        QVERIFY(analysis.audit().isOf(comparison));
        QCOMPARE(AuditFormat::toJson(analysis.audit().audits, analysis.audit().reports), AuditFormat::toJson(Auditor().audit(comparison), comparison.reports));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"p.duizhao"_s);
        // Three seeds, a body's report, and one made of two seeds (copied passages to find).
        const QString assembled = m_dir.filePath(u"assembled.txt"_s);
        QVERIFY(Test::writeAssembledReport(assembled, u"000"_s, u"001"_s));
        QStringList files = Test::seedPaths().mid(0, 3);
        files << QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/audit/qingshi-2023.txt"_s << assembled;
        {
            auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
            QVERIFY2(store, qPrintable(store.error()));
            QCOMPARE(ProjectImporter::importInto(*store.value(), files).added, 5);
        }
        ProjectController controller;
        QSignalSpy loaded(&controller, &ProjectController::reportsLoaded);
        QVERIFY(controller.open(m_project));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const auto reports = loaded.at(0).at(0).value<ProjectReports>();
        for (qsizetype i = 0; i < reports.ids.size(); ++i)
            m_ids.insert(QFileInfo(reports.reports.at(i).filePath).fileName(), reports.ids.at(i));
        QCOMPARE(m_ids.size(), 5);
    }

    void oneAuditPerComparison()
    {
        AnalysisController analysis;
        AuditPane pane;
        connect(&analysis, &AnalysisController::auditChanged, &pane, &AuditPane::setAudit);
        QSignalSpy compared(&analysis, &AnalysisController::comparisonChanged);
        QSignalSpy audited(&analysis, &AnalysisController::auditChanged);
        QSignalSpy shown(&pane, &AuditPane::auditShown);
        QStringList names;
        for (const QString &seed : Test::seedPaths().mid(0, 3))
            names.append(QFileInfo(seed).fileName());
        names.append(u"qingshi-2023.txt"_s);

        // A comparison, then its audit, on the worker; the pane shows it.
        analysis.compare(m_project, idsOf(names));
        QTRY_COMPARE_WITH_TIMEOUT(audited.size(), 1, 60000);
        QCOMPARE(compared.size(), 1);
        QVERIFY(!analysis.isAuditing());
        verifyCurrent(analysis);
        QCOMPARE(audited.constFirst().constFirst().value<Audit>().audits.size(), 4);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(pane.model()->rowCount(), 4);
        QCOMPARE(pane.model()->audits().constFirst().file, analysis.comparison().reports.constFirst().filePath);
        QCOMPARE(analysis.fingerprintedReports(), 4);

        // Realigned (a correction): audited again, nothing fingerprinted again.
        const Report &report = analysis.comparison().reports.at(1);
        const int section = report.childrenOf(-1).constFirst();
        QVERIFY(analysis.setCorrections({AlignmentCorrection::reassign(SectionRef::of(report, section), u"P5"_s)}));
        QCOMPARE(compared.size(), 2);
        QVERIFY(analysis.isAuditing());
        QTRY_COMPARE_WITH_TIMEOUT(audited.size(), 2, 60000);
        verifyCurrent(analysis);
        QCOMPARE(analysis.fingerprintedReports(), 4);

        // A report added: only it is fingerprinted, and it copies from the two it was made of.
        names.append(u"assembled.txt"_s);
        analysis.compare(m_project, idsOf(names));
        QTRY_COMPARE_WITH_TIMEOUT(audited.size(), 3, 60000);
        QCOMPARE(compared.size(), 3);
        verifyCurrent(analysis);
        QCOMPARE(analysis.fingerprintedReports(), 5);
        QCOMPARE(pane.model()->rowCount(), 5);
        const int assembled = int(analysis.comparison().keys.indexOf(m_ids.value(u"assembled.txt"_s)));
        const QModelIndex copied = pane.model()->index(assembled, 1 + int(AuditCheckId::Copied));
        QCOMPARE(copied.data(AuditTableModel::StatusRole).toInt(), int(AuditStatus::Finding));
        QSet<QString> sources;
        for (const CopiedPassage &p : analysis.audit().audits.at(assembled).copied.passages)
            sources.insert(QFileInfo(analysis.audit().audits.at(p.other).file).fileName().left(3));
        QCOMPARE(sources, (QSet<QString> {u"000"_s, u"001"_s}));

        // One dropped: indexed anew from the fingerprints kept.
        names.removeAt(1);
        analysis.compare(m_project, idsOf(names));
        QTRY_COMPARE_WITH_TIMEOUT(audited.size(), 4, 60000);
        verifyCurrent(analysis);
        QCOMPARE(analysis.fingerprintedReports(), 5);
        QCOMPARE(pane.model()->rowCount(), 4);

        // Two changes at once (the project's themes, then no correction): two
        // comparisons shown, one audit, of the last.
        const auto themes = WeaknessCatalog::builtIn();
        QVERIFY2(themes, qPrintable(themes.error()));
        QVERIFY(analysis.setWeaknessCatalog(themes.value()));
        QVERIFY(analysis.setCorrections({}));
        QCOMPARE(compared.size(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(!analysis.isAuditing(), 60000);
        QCOMPARE(audited.size(), 5);
        QCOMPARE(shown.size(), 5);
        verifyCurrent(analysis);
        QVERIFY(analysis.comparison().corrections.isEmpty());
    }

    // The Cancel button stops the audit too: canceled(), the audit on screen stays as it was.
    void cancelStopsTheAudit()
    {
        AnalysisController analysis;
        QSignalSpy audited(&analysis, &AnalysisController::auditChanged);
        QSignalSpy compared(&analysis, &AnalysisController::comparisonChanged);
        QSignalSpy canceled(&analysis, &AnalysisController::canceled);
        // Canceled as soon as the audit has started.
        bool once = true;
        connect(&analysis, &AnalysisController::auditStarted, this, [&] {
            QVERIFY(analysis.isAuditing());
            if (std::exchange(once, false))
                analysis.cancel();
        });
        analysis.compare(m_project, m_ids.values());
        QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, 60000);
        QCOMPARE(compared.size(), 1);
        QVERIFY(!analysis.isAuditing());
        QCOMPARE(audited.size(), 0);
        QVERIFY(analysis.audit().isEmpty());
        // Asked again, it audits.
        analysis.auditAgain();
        QTRY_COMPARE_WITH_TIMEOUT(audited.size(), 1, 60000);
        verifyCurrent(analysis);
    }
};

QTEST_MAIN(TestAnalysisController)
#include "tst_analysiscontroller.moc"
