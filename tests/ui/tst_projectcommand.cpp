// Undo and redo of the analyst's changes to a project, through QUndoStack.

#include "analysis/reportlabels.h"
#include "project/analystsession.h"
#include "project/projectanalysis.h"
#include "project/projectcommand.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "project/reportgrouping.h"
#include "seedfiles.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using Dz::ProjectCommand;
using Dz::ProjectStore;

class TestProjectCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Dz::AnalystSession> m_session;
    qint64 m_report = 0;
    QString m_text;
    QStringList m_failures;
    int m_changes = 0;

    Dz::ProjectCommandContext context()
    {
        Dz::ProjectCommandContext c;
        c.session = m_session.get();
        c.failed = [this](const QString &message) {
            m_failures.append(message);
        };
        return c;
    }

    // The session over m_store; every change it announces is counted.
    void startSession()
    {
        m_session = std::make_unique<Dz::AnalystSession>();
        QVERIFY(m_session->load(m_store.get()));
        const auto count = [this] {
            ++m_changes;
        };
        connect(m_session.get(), &Dz::AnalystSession::correctionsChanged, this, count);
        connect(m_session.get(), &Dz::AnalystSession::valueChanged, this, count);
        connect(m_session.get(), &Dz::AnalystSession::annotationsChanged, this, count);
        connect(m_session.get(), &Dz::AnalystSession::identityChanged, this, count);
    }

    Dz::Annotation annotationOf(const QString &quote)
    {
        const qsizetype at = m_text.indexOf(quote);
        return Dz::Annotation::of(m_report, m_text, {at, at + quote.size()});
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"p%1.duizhao"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        m_store = std::move(store).value();
        QCOMPARE(Dz::ProjectImporter::importInto(*m_store, {Dz::Test::seedPath(u"002"_s)}).added, 1);
        m_report = m_store->reportRecords().reportSummaries()->at(0).id;
        m_text = m_store->reportRecords().report(m_report)->text;
        m_failures.clear();
        m_changes = 0;
        startSession();
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    // Edit Identity: the analyst's values replace what was found, in the
    // project file, and undo brings back the values before.
    void setIdentityRoundTrips()
    {
        QUndoStack stack;
        const QJsonObject identity {{u"district"_s, u"海门区"_s}, {u"issuer"_s, u"南通市海门区卫健委"_s}, {u"year"_s, u"2023"_s}};
        stack.push(ProjectCommand::setIdentity(context(), m_report, identity));
        QCOMPARE(m_changes, 1);
        auto listed = [this] {
            return m_store->reportRecords().reportSummaries()->at(0).listedReport();
        };
        QCOMPARE(listed().metadata.district.value, u"海门区"_s);
        QCOMPARE(listed().metadata.district.origin, u"analyst"_s);
        QCOMPARE(listed().metadata.issuer.value, u"南通市海门区卫健委"_s);
        QCOMPARE(listed().year(), 2023);
        // The full analysis (what the CLI's --project reads) shows it too.
        QCOMPARE(Dz::ProjectAnalysis::read(*m_store, m_report)->report.metadata.issuer.value, u"南通市海门区卫健委"_s);
        // Found identity fields stay with the report for grouping.
        QCOMPARE(listed().metadata.regionChain, (QStringList {u"江苏省"_s, u"南通市"_s, u"海门区"_s}));
        stack.undo();
        QCOMPARE(listed().metadata.district.value, u"海门"_s);
        QCOMPARE(listed().year(), 2024);
        stack.redo();
        QCOMPARE(listed().metadata.district.value, u"海门区"_s);
        QVERIFY(m_failures.isEmpty());
    }

    // Edit Identity to a 街道 with its parent body: the region whole (code,
    // chain, level), kept in the project, read back after reopening by the
    // list, the grouping and the full analysis alike, and undone.
    void setIdentityToStreetRoundTrips()
    {
        QUndoStack stack;
        const QJsonObject identity {{u"district"_s, u"海永镇"_s}, {u"regionCode"_s, u"320614102"_s}, {u"issuer"_s, u"南通市海门区海永镇人民政府"_s},
            {u"parentBody"_s, u"南通市海门区人民政府"_s}};
        stack.push(ProjectCommand::setIdentity(context(), m_report, identity));
        QVERIFY(m_failures.isEmpty());
        // Reopened from the file, as after Save As or a restart.
        const QString path = m_store->database().path();
        m_session.reset();
        m_store.reset();
        auto reopened = ProjectStore::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        m_store = std::move(reopened).value();
        startSession();
        const Dz::Report listed = m_store->reportRecords().reportSummaries()->at(0).listedReport();
        QCOMPARE(listed.metadata.level, u"township"_s);
        QCOMPARE(listed.metadata.regionCode, u"320614102"_s);
        QCOMPARE(listed.metadata.regionChain, (QStringList {u"江苏省"_s, u"南通市"_s, u"海门区"_s, u"海永镇"_s}));
        QCOMPARE(listed.metadata.district.value, u"海永镇"_s);
        QCOMPARE(listed.metadata.parentBody, u"南通市海门区人民政府"_s);
        QCOMPARE(listed.metadata.issuerChain, (QStringList {u"南通市海门区人民政府"_s, u"海永镇人民政府"_s}));
        QCOMPARE(Dz::ReportGrouping::groupOf(listed, Dz::ReportGroupKey::Township), u"海永镇"_s);
        QCOMPARE(Dz::ReportGrouping::groupOf(listed, Dz::ReportGroupKey::County), u"海门区"_s);
        const auto read = Dz::ProjectAnalysis::read(*m_store, m_report);
        QVERIFY(read);
        QCOMPARE(read->report.metadata.regionChain, listed.metadata.regionChain);
        QCOMPARE(read->report.metadata.issuerChain, listed.metadata.issuerChain);
        QCOMPARE(read->indicators.district, u"海永镇"_s);
        // The same label whether the text was read or not.
        QCOMPARE(Dz::ReportLabels::forReports({listed}), Dz::ReportLabels::forReports({read->report}));
        QVERIFY(!m_store->reportRecords().report(m_report)->summary.overrides.isEmpty());
    }

    void addAnnotation()
    {
        QUndoStack stack;
        Dz::Annotation a = annotationOf(u"行政复议"_s);
        a.note = u"复议数量"_s;
        a.tags = QStringList {u"数据"_s};
        stack.push(ProjectCommand::addAnnotation(context(), a));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), u"Add annotation"_s);
        const auto added = m_store->analystRecords().annotations(m_report).value();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).note, a.note);
        const qint64 id = added.at(0).id;

        stack.undo();
        QCOMPARE(m_store->analystRecords().annotations(m_report)->size(), 0);
        stack.redo();
        const auto again = m_store->analystRecords().annotations(m_report).value();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).id, id); // the same annotation, not a new one
        QCOMPARE(again.at(0).tags, a.tags);
        QCOMPARE(m_session->annotations(m_report), again);
        QCOMPARE(m_changes, 3);
        QVERIFY(m_failures.isEmpty());
    }

    void editAndRemoveAnnotation()
    {
        QUndoStack stack;
        Dz::Annotation a = annotationOf(u"普法"_s);
        a.note = u"初稿"_s;
        a.id = m_session->addAnnotation(a).value(); // through the session, which then knows what it edits
        const Dz::Annotation before = m_store->analystRecords().annotation(a.id).value();

        Dz::Annotation after = before;
        after.note = u"已核对"_s;
        after.status = Dz::Annotation::Status::Reviewed;
        after.severity = Dz::Annotation::Severity::Low;
        after.tags = QStringList {u"普法"_s, u"复核"_s};
        stack.push(ProjectCommand::editAnnotation(context(), before, after));
        QCOMPARE(m_store->analystRecords().annotation(a.id)->note, u"已核对"_s);
        QCOMPARE(m_store->analystRecords().annotation(a.id)->status, Dz::Annotation::Status::Reviewed);
        QVERIFY(m_store->analystRecords().annotation(a.id)->modified >= before.modified);
        stack.undo();
        QCOMPARE(m_store->analystRecords().annotation(a.id).value(), before);

        stack.redo();
        stack.push(ProjectCommand::removeAnnotation(context(), m_store->analystRecords().annotation(a.id).value()));
        QVERIFY(!m_store->analystRecords().annotation(a.id));
        stack.undo();
        QCOMPARE(m_store->analystRecords().annotation(a.id)->note, u"已核对"_s);
        QCOMPARE(m_store->analystRecords().annotation(a.id)->tags, (QStringList {u"复核"_s, u"普法"_s}));
        stack.undo();
        QCOMPARE(m_store->analystRecords().annotation(a.id).value(), before);
        QVERIFY(m_failures.isEmpty());
    }

    void placeAnnotation()
    {
        QUndoStack stack;
        Dz::Annotation lost = annotationOf(u"行政"_s);
        lost.quote = u"已删去的一句话"_s;
        lost.needsReanchoring = true;
        lost.id = m_session->addAnnotation(lost).value();
        const qsizetype at = m_text.indexOf(u"依法"_s);
        stack.push(ProjectCommand::placeAnnotation(context(), m_store->analystRecords().annotation(lost.id).value(), m_text, {at, at + 4}));
        const Dz::Annotation placed = m_store->analystRecords().annotation(lost.id).value();
        QVERIFY(!placed.needsReanchoring);
        QCOMPARE(placed.quote, m_text.mid(at, 4));
        QCOMPARE(placed.span, (Dz::TextSpan {at, at + 4}));
        stack.undo();
        QVERIFY(m_store->analystRecords().annotation(lost.id)->needsReanchoring);
        QCOMPARE(m_store->analystRecords().annotation(lost.id)->quote, u"已删去的一句话"_s);
    }

    void corrections()
    {
        QUndoStack stack;
        const auto correction = Dz::AlignmentCorrection::reassign({u"002.txt"_s, u"推进严格规范公正文明执法"_s, 2, 0}, u"P1.T06"_s);
        stack.push(ProjectCommand::addCorrection(context(), correction));
        QCOMPARE(m_store->analystRecords().corrections()->size(), 1);
        const Dz::StoredCorrection stored = m_store->analystRecords().corrections()->at(0);
        stack.push(ProjectCommand::removeCorrection(context(), stored));
        QCOMPARE(m_store->analystRecords().corrections()->size(), 0);
        stack.undo();
        QCOMPARE(m_store->analystRecords().corrections()->size(), 1);
        QCOMPARE(m_store->analystRecords().corrections()->at(0).id, stored.id);
        stack.undo();
        QCOMPARE(m_store->analystRecords().corrections()->size(), 0);
        stack.redo();
        QCOMPARE(m_store->analystRecords().corrections()->at(0).correction, correction);
        QCOMPARE(m_store->analystRecords().corrections()->at(0).id, stored.id);
    }

    void indicatorOverrides()
    {
        QUndoStack stack;
        const QString indicator = u"cases.reconsideration"_s;
        QSignalSpy changed(m_session.get(), &Dz::AnalystSession::valueChanged);
        stack.push(ProjectCommand::setIndicatorOverride(context(), {m_report, indicator, Dz::Decimal::fromParts(27), u"表二"_s, {}}));
        stack.push(ProjectCommand::setIndicatorOverride(context(), {m_report, indicator, Dz::Decimal::fromParts(29), u"更正"_s, {}}));
        QCOMPARE(m_store->analystRecords().indicatorOverride(m_report, indicator).value()->value, u"29"_s);
        // The session holds the same value, and said which cell changed.
        QCOMPARE(m_session->value(m_report, indicator)->value, Dz::Decimal::fromParts(29));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toLongLong(), m_report);
        QCOMPARE(changed.at(1).at(1).toString(), indicator);
        stack.undo(); // the value before comes back…
        QCOMPARE(m_store->analystRecords().indicatorOverride(m_report, indicator).value()->value, u"27"_s);
        QCOMPARE(m_store->analystRecords().indicatorOverride(m_report, indicator).value()->note, u"表二"_s);
        stack.undo(); // …and before that there was none
        QVERIFY(!m_store->analystRecords().indicatorOverride(m_report, indicator).value().has_value());
        stack.redo();
        stack.redo();
        stack.push(ProjectCommand::removeIndicatorOverride(context(), m_report, indicator));
        QVERIFY(!m_store->analystRecords().indicatorOverride(m_report, indicator).value().has_value());
        stack.undo();
        QCOMPARE(m_store->analystRecords().indicatorOverride(m_report, indicator).value()->value, u"29"_s);
    }

    void metadataOverrides()
    {
        QUndoStack stack;
        const QString found = m_store->reportRecords().report(m_report)->summary.value(u"district"_s);
        QVERIFY(!found.isEmpty());
        stack.push(ProjectCommand::setMetadataOverride(context(), m_report, u"district"_s, u"海门区"_s));
        stack.push(ProjectCommand::setMetadataOverride(context(), m_report, u"year"_s, u"2023"_s));
        QCOMPARE(stack.undoText(), u"Change year"_s);
        QCOMPARE(m_store->reportRecords().report(m_report)->summary.value(u"district"_s), u"海门区"_s);
        QCOMPARE(m_store->reportRecords().report(m_report)->summary.value(u"year"_s), u"2023"_s);
        stack.undo();
        QCOMPARE(m_store->reportRecords().report(m_report)->summary.value(u"district"_s), u"海门区"_s);
        QVERIFY(!m_store->reportRecords().report(m_report)->summary.overrides.contains(u"year"_s));
        stack.undo();
        QCOMPARE(m_store->reportRecords().report(m_report)->summary.value(u"district"_s), found);
        // An empty value goes back to what was found.
        stack.redo();
        stack.push(ProjectCommand::setMetadataOverride(context(), m_report, u"district"_s, QString()));
        QCOMPARE(m_store->reportRecords().report(m_report)->summary.value(u"district"_s), found);
        stack.undo();
        QCOMPARE(m_store->reportRecords().report(m_report)->summary.value(u"district"_s), u"海门区"_s);
    }

    // The project's weakness themes: kept in the file, undone and redone, read back on opening.
    void weaknessCatalog()
    {
        QUndoStack stack;
        QSignalSpy changed(m_session.get(), &Dz::AnalystSession::weaknessCatalogChanged);
        const Dz::WeaknessCatalog builtIn = Dz::WeaknessCatalog::builtIn().value();
        QVERIFY(!m_session->weaknessCatalog());
        QCOMPARE(m_session->weaknessCatalogOr(builtIn), builtIn);
        Dz::WeaknessTheme tuned = *builtIn.theme(u"W03"_s);
        tuned.topics.first().terms.append(u"执法辅警"_s);
        const Dz::WeaknessCatalog edited = builtIn.withTheme(tuned).value();
        stack.push(ProjectCommand::setWeaknessCatalog(context(), edited, u"Edit weakness theme W03"_s));
        QCOMPARE(stack.undoText(), u"Edit weakness theme W03"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_session->weaknessCatalog());
        QCOMPARE(*m_session->weaknessCatalog(), edited);
        QVERIFY(m_store->analystRecords().weaknessCatalog()->has_value());
        QVERIFY(!m_session->isEmpty());
        // A second change, then back to the built-in themes, each undone in turn.
        const Dz::WeaknessCatalog smaller = edited.withoutTheme(u"W20"_s).value();
        stack.push(ProjectCommand::setWeaknessCatalog(context(), smaller, u"Remove weakness theme W20"_s));
        stack.push(ProjectCommand::setWeaknessCatalog(context(), Dz::WeaknessCatalog(), u"Back to the built-in weakness themes"_s));
        QVERIFY(!m_session->weaknessCatalog());
        QVERIFY(!m_store->analystRecords().weaknessCatalog()->has_value());
        stack.undo();
        QCOMPARE(*m_session->weaknessCatalog(), smaller);
        stack.undo();
        QCOMPARE(*m_session->weaknessCatalog(), edited);
        // What the file holds comes back when the project is read again.
        Dz::AnalystSession again;
        QVERIFY(again.load(m_store.get()));
        QVERIFY(again.weaknessCatalog());
        QCOMPARE(*again.weaknessCatalog(), edited);
        stack.undo();
        QVERIFY(!m_session->weaknessCatalog());
        QVERIFY(m_failures.isEmpty());
    }

    void refusedWriteIsDroppedAndReported()
    {
        const QString path = m_store->database().path();
        m_session.reset();
        m_store.reset();
        auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(reader);
        m_store = std::move(reader).value();
        startSession();
        QUndoStack stack;
        stack.push(ProjectCommand::addAnnotation(context(), annotationOf(u"普法"_s)));
        QCOMPARE(stack.count(), 0); // nothing to undo: nothing was done
        QCOMPARE(m_failures.size(), 1);
        QVERIFY2(m_failures.at(0).contains(path), qPrintable(m_failures.at(0)));
        QCOMPARE(m_changes, 0);
        QVERIFY(m_session->isEmpty()); // nothing kept that the file does not hold
    }
};

QTEST_GUILESS_MAIN(TestProjectCommand)
#include "tst_projectcommand.moc"
