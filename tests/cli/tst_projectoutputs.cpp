// The same project gives the same indicator table, alignment, audit, chart
// and deck through the workbench's code path (ProjectController,
// AnalysisController, the session-fed IndicatorTableModel, the Audit view and
// the deck pane) and through `duizhao-cli --project`, the analyst's value and
// alignment correction included.

#include "alignment/alignmentformat.h"
#include "analysis/analysisengines.h"
#include "audit/auditformat.h"
#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "core/export/ooxmlcheck.h"
#include "deck/deckpane.h"
#include "export/comparisondeck.h"
#include "export/indicatorchart.h"
#include "export/indicatorexport.h"
#include "models/audittablemodel.h"
#include "models/indicatortablemodel.h"
#include "project/analystsession.h"
#include "project/projectcommand.h"
#include "project/projectcontroller.h"
#include "project/projectimporter.h"
#include "seedfiles.h"
#include "window/analysiscontroller.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

const auto Indicator = u"legal_education_events";

QByteArray runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s, args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning().noquote() << "duizhao-cli" << args.join(u' ') << "failed:" << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A package's parts without what says when it was written (core
// properties, and the zip stamps of embedded workbooks).
OoxmlCheck::Parts contentOf(const QByteArray &package)
{
    OoxmlCheck::Parts parts = OoxmlCheck::unzip(package);
    parts.remove(u"docProps/core.xml"_s);
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        if (it.key().endsWith(u".xlsx")) {
            OoxmlCheck::Parts inner = contentOf(it.value());
            QByteArray flat;
            for (auto in = inner.cbegin(); in != inner.cend(); ++in)
                flat += in.key().toUtf8() + '\n' + in.value() + '\n';
            it.value() = flat;
        }
    }
    return parts;
}

// The deck as the CLI writes it (its title, today's subtitle, native charts).
QByteArray written(const Deck &deck, const Comparison &comparison, const QString &path)
{
    const auto built = deck.build(Deck::defaultTitle(), Deck::defaultSubtitle(comparison.reportNames(), QDate::currentDate()), ChartMode::Native);
    if (!built || !built->write(path))
        return {};
    return readFile(path);
}

} // namespace

class TestProjectOutputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectController> m_controller;
    std::unique_ptr<AnalysisController> m_analysis;
    std::unique_ptr<AuditPane> m_audit;
    IndicatorTableModel m_table;
    QList<qint64> m_ids;
    QString m_node; ///< where the analyst put report 1's section
    int m_section = -1;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The CLI's language (the system's), so that plural forms read alike.
        TranslationLoader::instance()->setLanguage({});
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"p.duizhao"_s);
        {
            auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
            QVERIFY2(store, qPrintable(store.error()));
            // The seeds, and a report made of two of them (copied passages to show).
            const QString assembled = m_dir.filePath(u"assembled.txt"_s);
            QVERIFY(Test::writeAssembledReport(assembled, u"002"_s, u"004"_s));
            QCOMPARE(ProjectImporter::importInto(*store.value(), Test::seedPaths() + QStringList {assembled}).added, 6);
        }

        // The workbench: the project opened, the reports compared.
        m_controller = std::make_unique<ProjectController>();
        QSignalSpy loaded(m_controller.get(), &ProjectController::reportsLoaded);
        QVERIFY(m_controller->open(m_project));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        m_ids = loaded.at(0).at(0).value<ProjectReports>().ids;
        QCOMPARE(m_ids.size(), 6);
        m_analysis = std::make_unique<AnalysisController>();
        AnalystSession *session = m_controller->session();
        connect(session, &AnalystSession::correctionsChanged, m_analysis.get(), [this, session] {
            m_analysis->setCorrections(session->corrections());
        });
        QSignalSpy compared(m_analysis.get(), &AnalysisController::comparisonChanged);
        m_analysis->compare(m_project, m_ids);
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 60000);
        m_table.setSession(session);

        // The analyst's work, through the undo stack: 滨海's five trainings
        // and lectures add up to 20, and a section of 蓟州 goes to another node.
        m_controller->undoStack()->push(ProjectCommand::setIndicatorOverride(
            m_controller->commandContext(), {m_ids.at(0), QString::fromUtf16(Indicator), Decimal::fromParts(20), u"3+6+5+4+2"_s, {}}));
        const Comparison &before = m_analysis->comparison();
        const Report &report = before.reports.at(1);
        m_section = report.childrenOf(-1).constFirst();
        const QString current = before.placeAt(1, report.sections.at(m_section).span.start).node;
        for (const AlignmentRow &row : before.alignment.rows()) {
            if (!row.node.contains(u'.') && !current.startsWith(row.node))
                m_node = row.node;
        }
        QVERIFY(!m_node.isEmpty());
        m_controller->undoStack()->push(
            ProjectCommand::addCorrection(m_controller->commandContext(), AlignmentCorrection::reassign(SectionRef::of(report, m_section), m_node)));
        QCOMPARE(compared.count(), 2); // realigned at once
        m_table.setComparison(m_analysis->comparison(), AnalysisEngines::required().indicators.catalog());
        // The controller audits each comparison it shows; the Audit view shows that audit.
        QTRY_VERIFY_WITH_TIMEOUT(!m_analysis->isAuditing() && m_analysis->audit().isOf(m_analysis->comparison()), 60000);
        m_audit = std::make_unique<AuditPane>();
        m_audit->setAudit(m_analysis->audit());
    }

    void workbenchShowsTheAnalystsWork()
    {
        const int column = int(m_table.indicatorIds().indexOf(QString::fromUtf16(Indicator)));
        QCOMPARE(m_table.index(0, column).data().toString(), u"20 ✎"_s);
        bool placed = false;
        for (const AlignedSection &s : m_analysis->comparison().sectionsIn(m_node, 1))
            placed = placed || s.section == m_section;
        QVERIFY(placed);
    }

    void indicatorTable()
    {
        const QJsonArray reports = QJsonDocument::fromJson(runCli({u"indicators"_s, u"--project"_s, m_project})).object().value(u"reports").toArray();
        QCOMPARE(reports.size(), m_table.rowCount());
        int analysts = 0;
        for (int row = 0; row < m_table.rowCount(); ++row) {
            const QJsonArray values = reports.at(row).toObject().value(u"indicators").toArray();
            QCOMPARE(values.size(), m_table.columnCount());
            for (int column = 0; column < m_table.columnCount(); ++column) {
                const QJsonObject cli = values.at(column).toObject();
                const QModelIndex cell = m_table.index(row, column);
                QCOMPARE(cli.value(u"id").toString(), cell.data(IndicatorTableModel::IndicatorRole).toString());
                const QVariant shown = cell.data(IndicatorTableModel::ValueRole);
                QCOMPARE(cli.value(u"value").isNull(), !shown.isValid());
                if (shown.isValid())
                    QCOMPARE(cli.value(u"value").toDouble(), shown.toDouble());
                QCOMPARE(cli.value(u"qualifier").toString(), cell.data(IndicatorTableModel::QualifierRole).toString());
                QCOMPARE(cli.contains(u"analyst"), cell.data(IndicatorTableModel::OverriddenRole).toBool());
                analysts += cli.contains(u"analyst") ? 1 : 0;
            }
        }
        QCOMPARE(analysts, 1);
        const QJsonObject own =
            reports.at(0).toObject().value(u"indicators").toArray().at(m_table.indicatorIds().indexOf(QString::fromUtf16(Indicator))).toObject();
        QCOMPARE(own.value(u"value").toDouble(), 20.0);
        QCOMPARE(own.value(u"analyst").toObject().value(u"note").toString(), u"3+6+5+4+2"_s);

        const QString text = QString::fromUtf8(runCli({u"indicators"_s, u"--format"_s, u"text"_s, u"--project"_s, m_project}));
        QVERIFY2(text.contains(u"3+6+5+4+2"_s), qPrintable(text));
    }

    void alignment()
    {
        const QJsonObject cli = QJsonDocument::fromJson(runCli({u"align"_s, u"--project"_s, m_project})).object();
        QVERIFY(!cli.isEmpty());
        QCOMPARE(cli, AlignmentFormat::toJson(m_analysis->comparison().alignment));
    }

    void audit()
    {
        const QJsonObject cli = QJsonDocument::fromJson(runCli({u"audit"_s, u"--project"_s, m_project})).object();
        QCOMPARE(cli.value(u"reports").toArray().size(), 6);
        QCOMPARE(cli, AuditFormat::toJson(m_audit->model()->audits(), m_analysis->comparison().reports));
    }

    void chart()
    {
        const QString path = m_dir.filePath(u"chart.pptx"_s);
        QVERIFY(runCli({u"chart"_s, u"--project"_s, m_project, u"--indicator"_s, QString::fromUtf16(Indicator), u"--out"_s, path}).isEmpty());
        IndicatorChartRequest request;
        request.indicators = {QString::fromUtf16(Indicator)};
        const ChartData data = IndicatorChartBuilder::build(m_table, request);
        QVERIFY(std::any_of(data.series.cbegin(), data.series.cend(), [](const ChartSeries &s) {
            return s.values.contains(std::optional<double>(20.0));
        }));
        Deck deck;
        deck.slides.append({DeckSlide::Kind::Chart, data, {}});
        const QByteArray ours = written(deck, m_analysis->comparison(), m_dir.filePath(u"ours-chart.pptx"_s));
        QVERIFY(!ours.isEmpty());
        const OoxmlCheck::Parts cli = contentOf(readFile(path));
        QVERIFY(cli.contains(u"ppt/charts/chart1.xml"_s));
        QCOMPARE(cli, contentOf(ours));
    }

    void deck()
    {
        const QString path = m_dir.filePath(u"deck.pptx"_s);
        runCli({u"deck"_s, u"--project"_s, m_project, u"--out"_s, path});
        // The workbench's deck: the comparison's slides, then the audit's as
        // the Audit view adds them with no report chosen.
        DeckPane pane;
        // The window keeps each change in the project and gives it back; here, straight back.
        connect(&pane, &DeckPane::editRequested, &pane, [&pane](const Deck &deck) {
            pane.setDeck(deck);
        });
        for (const DeckSlide &slide : ComparisonDeck::slides(m_table, AnalysisEngines::required().weaknesses.catalog()).slides) {
            if (slide.kind == DeckSlide::Kind::Chart)
                pane.addChart(slide.chart);
            else
                pane.addTable(slide.table);
        }
        const qsizetype comparisonSlides = pane.deck().slides.size();
        connect(m_audit.get(), &AuditPane::tableForDeck, &pane, [&pane](const TableData &table) {
            pane.addTable(table, true);
        });
        m_audit->slideAction()->trigger();
        m_audit->copiedSlideAction()->trigger();
        QCOMPARE(pane.deck().slides.size(), comparisonSlides + 2);
        // The copied passages shown are those of the report that copies most.
        const TableData &copied = pane.deck().slides.constLast().table;
        QVERIFY(copied.rows.size() >= 2);
        // Its source names the reports by their labels, never by a file name.
        QVERIFY2(!copied.source.contains(u'/') && copied.source.contains(copied.title.section(u": "_s, 1)), qPrintable(copied.source));

        const QByteArray ours = written(pane.deck(), m_analysis->comparison(), m_dir.filePath(u"ours-deck.pptx"_s));
        const OoxmlCheck::Parts cli = contentOf(readFile(path));
        QVERIFY(cli.size() > 10);
        QVERIFY(cli.contains(u"ppt/slides/slide%1.xml"_s.arg(comparisonSlides + 3)));
        const OoxmlCheck::Parts workbench = contentOf(ours);
        QCOMPARE(cli.keys(), workbench.keys());
        for (auto it = cli.cbegin(); it != cli.cend(); ++it)
            QVERIFY2(it.value() == workbench.value(it.key()), qPrintable(it.key()));
    }

    // The title slide's words are the analyst's: --title and --subtitle, as the Deck dock's fields.
    void deckTitle()
    {
        const QString path = m_dir.filePath(u"titled.pptx"_s);
        runCli(
            {u"deck"_s, u"--project"_s, m_project, u"--out"_s, path, u"--title"_s, u"2024年度法治政府建设情况对照"_s, u"--subtitle"_s, u"供局长办公会参阅"_s});
        Deck deck;
        deck.title = u"2024年度法治政府建设情况对照"_s;
        deck.subtitle = u"供局长办公会参阅"_s;
        deck.slides.append(DeckSlide::ofTable(IndicatorExport::shownTable(m_table)));
        const OoxmlCheck::Parts cli = OoxmlCheck::unzip(readFile(path));
        const QStringList texts = OoxmlCheck::texts(cli.value(u"ppt/slides/slide1.xml"_s), u"a:t"_s);
        QVERIFY2(texts.contains(u"2024年度法治政府建设情况对照"_s) && texts.contains(u"供局长办公会参阅"_s), qPrintable(texts.join(u'|')));
        QCOMPARE(
            OoxmlCheck::texts(
                OoxmlCheck::unzip(written(deck, m_analysis->comparison(), m_dir.filePath(u"titled-ours.pptx"_s))).value(u"ppt/slides/slide1.xml"_s), u"a:t"_s),
            texts);
    }

    void cleanupTestCase()
    {
        m_audit.reset();
        m_analysis.reset();
        m_controller.reset();
    }
};

QTEST_MAIN(TestProjectOutputs)

#include "tst_projectoutputs.moc"
