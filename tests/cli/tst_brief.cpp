// The brief of a project, written by the workbench (File → Export Brief…'s
// code path: BriefActions over the project controller, the analysis
// controller, the session-fed indicator table and the Audit view) and by
// `duizhao-cli brief --project`, for the five samples and for twelve mixed
// reports (other bodies and levels, some of them arriving in a zip with GBK
// names). Both are complete, valid WordprocessingML and the same document,
// and every figure is the workbench's: the indicator table cell for cell,
// the weakness matrix as the heat map counts it, the audit table, the
// highest and lowest report named for each indicator, the analyst's value
// and annotation.

#include "analysis/analysisengines.h"
#include "audit/auditformat.h"
#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "brief/briefactions.h"
#include "core/export/docxcheck.h"
#include "models/annotationtheme.h"
#include "models/audittablemodel.h"
#include "models/indicatortablemodel.h"
#include "models/weaknessmatrixmodel.h"
#include "project/analystsession.h"
#include "project/projectcommand.h"
#include "project/projectcontroller.h"
#include "project/projectimporter.h"
#include "reading/zipreports.h"
#include "seedfiles.h"
#include "window/analysiscontroller.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

const auto Indicator = u"legal_education_events";
const auto Title = u"对照简报：各区法治政府建设情况"_s;
const auto Subtitle = u"测试副标题"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s, args);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "duizhao-cli" << args.join(u' ') << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

// Seven reports of other bodies and levels from the identity test set, two
// of them in a zip with GBK names and no UTF-8 flag, as Windows writes them.
QStringList mixedReports(const QString &folder)
{
    const QDir identity(QStringLiteral(DUIZHAO_TEST_DATA_DIR "/identity/reports"));
    QStringList files;
    for (const QString &name : {u"000.txt"_s, u"027.txt"_s, u"041.txt"_s, u"072.txt"_s, u"090.txt"_s})
        files.append(identity.filePath(name));
    // A stored zip written by hand: two local headers, the directory, its end.
    QByteArray zip;
    QByteArray directory;
    const auto le16 = [](QByteArray &out, quint16 v) {
        out.append(char(v & 0xFF)).append(char(v >> 8));
    };
    const auto le32 = [&le16](QByteArray &out, quint32 v) {
        le16(out, quint16(v & 0xFFFF));
        le16(out, quint16(v >> 16));
    };
    const auto crc32 = [](const QByteArray &bytes) {
        quint32 crc = 0xFFFFFFFFu;
        for (const char b : bytes) {
            crc ^= quint8(b);
            for (int k = 0; k < 8; ++k)
                crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    };
    QStringEncoder gbk("GB18030");
    int count = 0;
    for (const auto &[file, name] : {std::pair {u"105.txt"_s, u"市级/苏州市应急管理局报告.txt"_s}, std::pair {u"058.txt"_s, u"区县/某区报告.txt"_s}}) {
        const QByteArray data = readFile(identity.filePath(file));
        const QByteArray raw = gbk.encode(name);
        const quint32 offset = quint32(zip.size());
        for (QByteArray *out : {&zip, &directory}) {
            const bool central = out == &directory;
            le32(*out, central ? 0x02014b50 : 0x04034b50);
            if (central)
                le16(*out, 20);
            le16(*out, 20);
            le16(*out, 0); // no UTF-8 flag
            le16(*out, 0); // stored
            le32(*out, 0);
            le32(*out, crc32(data));
            le32(*out, quint32(data.size()));
            le32(*out, quint32(data.size()));
            le16(*out, quint16(raw.size()));
            le16(*out, 0);
            if (central) {
                le16(*out, 0);
                le16(*out, 0);
                le16(*out, 0);
                le32(*out, 0);
                le32(*out, offset);
            }
            out->append(raw);
            if (!central)
                out->append(data);
        }
        ++count;
    }
    const quint32 start = quint32(zip.size());
    zip += directory;
    le32(zip, 0x06054b50);
    le32(zip, 0);
    le16(zip, quint16(count));
    le16(zip, quint16(count));
    le32(zip, quint32(directory.size()));
    le32(zip, start);
    le16(zip, 0);
    const QString path = QDir(folder).filePath(u"区县报告.zip"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(zip) != zip.size())
        return {};
    files.append(path);
    return files;
}

} // namespace

class TestBrief : public QObject
{
    Q_OBJECT

private:
    // One project as the workbench has it, and its brief written both ways.
    struct Case {
        QString project;
        std::unique_ptr<ProjectController> controller;
        std::unique_ptr<AnalysisController> analysis;
        std::unique_ptr<AuditPane> audit;
        std::unique_ptr<IndicatorTableModel> table;
        std::unique_ptr<QWidget> window;
        std::unique_ptr<BriefActions> actions;
        QList<qint64> ids;
        Annotation annotation;
        OoxmlCheck::Parts workbench;
        OoxmlCheck::Parts cli;
        DocxCheck::Body body;
    };
    QTemporaryDir m_dir;
    std::map<QString, Case> m_cases;

    void prepare(const QString &name, const QStringList &files)
    {
        Case &c = m_cases[name];
        c.project = m_dir.filePath(name + u".duizhao"_s);
        {
            auto store = ProjectStore::open(c.project, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
            QVERIFY2(store, qPrintable(store.error()));
            const ImportOutcome outcome = ProjectImporter::importInto(*store.value(), files);
            QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.join(u'\n')));
        }
        c.controller = std::make_unique<ProjectController>();
        QSignalSpy loaded(c.controller.get(), &ProjectController::reportsLoaded);
        QVERIFY(c.controller->open(c.project));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
        c.ids = loaded.at(0).at(0).value<ProjectReports>().ids;
        c.analysis = std::make_unique<AnalysisController>();
        QSignalSpy compared(c.analysis.get(), &AnalysisController::comparisonChanged);
        c.analysis->compare(c.project, c.ids);
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 120000);
        c.table = std::make_unique<IndicatorTableModel>();
        c.table->setChineseLabels(false);
        c.table->setSession(c.controller->session());

        // The analyst's work: a value and an annotation on the first report's shortcomings.
        c.controller->undoStack()->push(ProjectCommand::setIndicatorOverride(
            c.controller->commandContext(), {c.ids.at(0), QString::fromUtf16(Indicator), Decimal::fromParts(20), u"3+6+5+4+2"_s, {}}));
        const Comparison &comparison = c.analysis->comparison();
        const Report &first = comparison.reports.at(0);
        QList<AlignedSection> sections = comparison.sectionsIn(u"P2"_s, 0);
        if (sections.isEmpty())
            sections = comparison.sectionsIn(u"P1"_s, 0);
        QVERIFY(!sections.isEmpty());
        const TextSpan span {sections.constFirst().span.start, std::min(sections.constFirst().span.end, sections.constFirst().span.start + 24)};
        c.annotation = Annotation::of(c.ids.at(0), first.text, span);
        c.annotation.note = u"需要核实原因分析是否充分"_s;
        c.annotation.tags = {u"督察"_s};
        c.annotation.severity = Annotation::Severity::High;
        c.controller->undoStack()->push(ProjectCommand::addAnnotation(c.controller->commandContext(), c.annotation));
        c.table->setComparison(comparison, AnalysisEngines::required().indicators.catalog());
        // The controller audits each comparison it shows; the Audit view shows that audit.
        QTRY_VERIFY_WITH_TIMEOUT(!c.analysis->isAuditing() && c.analysis->audit().isOf(comparison), 120000);
        c.audit = std::make_unique<AuditPane>();
        c.audit->setAudit(c.analysis->audit());

        // File → Export Brief…'s code path, and the CLI.
        c.window = std::make_unique<QWidget>();
        c.actions = std::make_unique<BriefActions>(c.analysis.get(), c.table.get(), c.controller.get(), c.window.get());
        ComparisonBrief::Options options = c.actions->options();
        options.title = Title;
        options.subtitle = Subtitle;
        const QString ours = m_dir.filePath(name + u"-workbench.docx"_s);
        const auto written = c.actions->exportTo(ours, options);
        QVERIFY2(written, qPrintable(written.error()));
        const QString theirs = m_dir.filePath(name + u"-cli.docx"_s);
        QVERIFY(runCli({u"brief"_s, u"--project"_s, c.project, u"--out"_s, theirs, u"--title"_s, Title, u"--subtitle"_s, Subtitle}));
        c.workbench = OoxmlCheck::unzip(readFile(ours));
        c.cli = OoxmlCheck::unzip(readFile(theirs));
        c.body = DocxCheck::read(c.workbench.value(u"word/document.xml"_s));
        if (const QString keep = qEnvironmentVariable("DUIZHAO_OOXML_SAMPLE_DIR"); !keep.isEmpty())
            QFile::copy(ours, QDir(keep).filePath(name + u".docx"_s));
    }

    Case &current()
    {
        QFETCH(QString, name);
        return m_cases.at(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The CLI runs with LC_ALL=C.UTF-8: English, as here.
        TranslationLoader::instance()->setLanguage(u"en"_s);
        QVERIFY(m_dir.isValid());
        prepare(u"five samples"_s, Test::seedPaths());
        const QStringList mixed = mixedReports(m_dir.path());
        QCOMPARE(mixed.size(), 6);
        prepare(u"twelve mixed"_s, Test::seedPaths() + mixed);
        QCOMPARE(m_cases.at(u"five samples"_s).ids.size(), 5);
        QCOMPARE(m_cases.at(u"twelve mixed"_s).ids.size(), 12);
        const QDir recurrence(QStringLiteral(DUIZHAO_TEST_DATA_DIR "/recurrence"));
        prepare(u"three years of a body"_s,
            {recurrence.filePath(u"changxing-2022.txt"_s), recurrence.filePath(u"changxing-2023.txt"_s), recurrence.filePath(u"changxing-2024.txt"_s)});
    }

    void cases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("five samples") << u"five samples"_s;
        QTest::newRow("twelve mixed") << u"twelve mixed"_s;
    }

    void complete_data()
    {
        cases_data();
    }

    void complete()
    {
        const Case &c = current();
        const QStringList problems = OoxmlCheck::packageProblems(c.workbench);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        if (const QString why = OoxmlCheck::schemaValidationUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        for (const OoxmlCheck::Parts *parts : {&c.workbench, &c.cli}) {
            const QString errors = OoxmlCheck::schemaErrors(u"wml.xsd"_s, DocxCheck::wordParts(*parts));
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        }
    }

    void sameAsTheCli_data()
    {
        cases_data();
    }

    void sameAsTheCli()
    {
        const Case &c = current();
        QVERIFY(!c.cli.isEmpty());
        QCOMPARE(c.cli.value(u"word/document.xml"_s), c.workbench.value(u"word/document.xml"_s));
        QCOMPARE(c.cli.keys(), c.workbench.keys());
    }

    void titleAndContents_data()
    {
        cases_data();
    }

    void titleAndContents()
    {
        const Case &c = current();
        QCOMPARE(DocxCheck::paragraphsIn(c.body, u"Title"_s), QStringList {Title});
        QCOMPARE(DocxCheck::paragraphsIn(c.body, u"Subtitle"_s), QStringList {Subtitle});
        const QStringList headings = DocxCheck::paragraphsIn(c.body, u"Heading1"_s);
        QVERIFY(headings.size() >= 6);
        QStringList entries;
        for (const QString &entry : DocxCheck::paragraphsIn(c.body, u"TOC1"_s))
            entries.append(entry.chopped(1)); // the tab before the page number
        QCOMPARE(entries, headings);
        QCOMPARE(c.body.pageReferences, c.body.bookmarks);
    }

    void indicatorTableIsTheViews_data()
    {
        cases_data();
    }

    void indicatorTableIsTheViews()
    {
        const Case &c = current();
        const IndicatorTableModel &model = *c.table;
        const DocxCheck::Table table = c.body.tables.at(0);
        QCOMPARE(table.rows.size(), model.rowCount() + 1);
        QCOMPARE(table.rows.at(0).size(), model.columnCount() + 1);
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(table.rows.at(0).at(column + 1), model.indicatorLabel(model.indicatorIds().at(column)));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(table.rows.at(row + 1).at(0), model.comparison().reports.at(row).displayName());
            for (int column = 0; column < model.columnCount(); ++column)
                QCOMPARE(table.rows.at(row + 1).at(column + 1), model.index(row, column).data().toString());
        }
        const int column = int(model.indicatorIds().indexOf(QString::fromUtf16(Indicator)));
        QCOMPARE(table.rows.at(1).at(column + 1), u"20 ✎"_s);
        QVERIFY(table.headerRepeats);
    }

    void sentencesNameTheHighestAndLowest_data()
    {
        cases_data();
    }

    void sentencesNameTheHighestAndLowest()
    {
        const Case &c = current();
        const IndicatorTableModel &model = *c.table;
        const QStringList names = model.comparison().reportNames();
        const QStringList paragraphs = DocxCheck::paragraphsIn(c.body, QString());
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString id = model.indicatorIds().at(column);
            const QString label = model.indicatorLabel(id);
            const auto found = std::find_if(paragraphs.cbegin(), paragraphs.cend(), [&label](const QString &p) {
                return p.startsWith(label + u':');
            });
            QVERIFY2(found != paragraphs.cend(), qPrintable(label));
            // The extremes, computed here from the figures the table shows.
            int highest = -1;
            int lowest = -1;
            int given = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                const auto value = model.figure(row, id).value;
                if (!value)
                    continue;
                ++given;
                if (highest < 0 || value->toDouble() > model.figure(highest, id).value->toDouble())
                    highest = row;
                if (lowest < 0 || value->toDouble() < model.figure(lowest, id).value->toDouble())
                    lowest = row;
            }
            if (given == 0) {
                QVERIFY2(found->contains(u"no report gives a figure"_s), qPrintable(*found));
                continue;
            }
            const bool alike = model.figure(highest, id).value->toDouble() == model.figure(lowest, id).value->toDouble();
            for (const int row : {highest, lowest}) {
                // Named, unless every report that gives a figure gives the same one.
                if (given == 1 || !alike)
                    QVERIFY2(found->contains(names.at(row)), qPrintable(*found + u" lacks "_s + names.at(row)));
                QString shown = model.index(row, column).data().toString();
                shown.remove(u" ✎"_s).remove(u'*');
                QVERIFY2(found->contains(shown + model.indicatorUnit(id)), qPrintable(*found + u" lacks "_s + shown));
            }
            if (given > 1)
                QVERIFY2(found->contains(u"%1 of %2 reports"_s.arg(given).arg(model.rowCount())), qPrintable(*found));
        }
    }

    void weaknessMatrixIsTheHeatMap_data()
    {
        cases_data();
    }

    void weaknessMatrixIsTheHeatMap()
    {
        const Case &c = current();
        WeaknessMatrixModel model;
        model.setChineseLabels(false);
        model.setComparison(c.analysis->comparison(), AnalysisEngines::required().weaknesses.catalog());
        const DocxCheck::Table table = c.body.tables.at(1);
        QCOMPARE(table.rows.size(), model.rowCount() + 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(table.rows.at(row + 1).at(0), model.headerData(row, Qt::Vertical).toString());
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                const int count = index.data(WeaknessMatrixModel::CountRole).toInt();
                const QString expected = index.data(WeaknessMatrixModel::MissingRole).toBool() ? index.data().toString()
                    : count > 0                                                                ? QString::number(count)
                                                                                               : QString();
                QCOMPARE(table.rows.at(row + 1).at(column + 1), expected);
            }
        }
    }

    // Consecutive years of a body: a table under the heat map names each
    // shortcoming admitted again with the year before's words, as the
    // model's recurrences; where no body's years follow, no such table.
    void recurrencesWithBothYearsWords_data()
    {
        cases_data();
        QTest::newRow("three years of a body") << u"three years of a body"_s;
    }

    void recurrencesWithBothYearsWords()
    {
        QFETCH(QString, name);
        const Case &c = current();
        WeaknessMatrixModel model;
        model.setChineseLabels(false);
        model.setComparison(c.analysis->comparison(), AnalysisEngines::required().weaknesses.catalog());
        const TableData expected = model.recurringTable();
        const auto found = std::find_if(c.body.tables.cbegin(), c.body.tables.cend(), [&expected](const DocxCheck::Table &t) {
            return !t.rows.isEmpty() && t.rows.at(0) == expected.header;
        });
        if (name == u"three years of a body")
            QVERIFY(model.hasRecurrenceColumn() && !expected.rows.isEmpty());
        if (expected.rows.isEmpty()) {
            QVERIFY(found == c.body.tables.cend());
            return;
        }
        QVERIFY(found != c.body.tables.cend());
        QCOMPARE(found->rows.size(), expected.rows.size() + 1);
        for (qsizetype row = 0; row < expected.rows.size(); ++row) {
            for (qsizetype column = 0; column < expected.rows.at(row).size(); ++column)
                QCOMPARE(found->rows.at(row + 1).at(column), std::get<QString>(expected.rows.at(row).at(column)));
        }
        // The sentence above names each later report with the report of its year before.
        const QStringList paragraphs = DocxCheck::paragraphsIn(c.body, QString());
        for (const WeaknessMatrixModel::RecurringItem &r : model.recurring()) {
            const QString later = model.reportLabels().at(r.report);
            const QString earlier = model.reportLabels().at(r.earlierReport);
            QVERIFY2(std::any_of(paragraphs.cbegin(), paragraphs.cend(),
                         [&](const QString &p) {
                             return p.contains(later + u" admits again"_s) && p.contains(earlier);
                         }),
                qPrintable(later));
        }
    }

    void auditIsTheAuditViews_data()
    {
        cases_data();
    }

    void auditIsTheAuditViews()
    {
        const Case &c = current();
        const TableData expected = AuditFormat::table(c.audit->model()->audits());
        // After the weakness matrix (and the recurrences, where a body's years are compared).
        const auto found = std::find_if(c.body.tables.cbegin() + 2, c.body.tables.cend(), [&expected](const DocxCheck::Table &t) {
            return !t.rows.isEmpty() && t.rows.at(0) == expected.header;
        });
        QVERIFY(found != c.body.tables.cend());
        const DocxCheck::Table &table = *found;
        QCOMPARE(table.rows.size(), expected.rows.size() + 1);
        for (qsizetype row = 0; row < expected.rows.size(); ++row) {
            for (qsizetype column = 0; column < expected.rows.at(row).size(); ++column)
                QCOMPARE(table.rows.at(row + 1).at(column), std::get<QString>(expected.rows.at(row).at(column)));
        }
        // Each check's findings named in the summary, with their reports, as many as the table has.
        const QStringList paragraphs = DocxCheck::paragraphsIn(c.body, QString());
        const auto summary = std::find_if(paragraphs.cbegin(), paragraphs.cend(), [](const QString &p) {
            return p.contains(AuditFormat::checkLabel(AuditCheckId::Signature) + u':');
        });
        QVERIFY(summary != paragraphs.cend());
        for (const AuditCheckId id : {AuditCheckId::Signature, AuditCheckId::Figures, AuditCheckId::Shortcomings}) {
            QStringList found;
            for (const ReportAudit &audit : c.audit->model()->audits()) {
                const AuditCheck *check = audit.check(id);
                if (check && check->status == AuditStatus::Finding)
                    found.append(audit.displayName);
            }
            if (found.isEmpty())
                continue;
            const qsizetype at = summary->indexOf(AuditFormat::checkLabel(id) + u": "_s + QString::number(found.size()) + u" finding"_s);
            QVERIFY2(at >= 0, qPrintable(*summary));
            for (const QString &name : std::as_const(found))
                QVERIFY2(summary->indexOf(name, at) > at, qPrintable(name));
        }
    }

    void chartsArePictures_data()
    {
        cases_data();
    }

    void chartsArePictures()
    {
        const Case &c = current();
        int reported = 0;
        for (const QString &id : c.table->indicatorIds()) {
            bool any = false;
            for (int row = 0; row < c.table->rowCount(); ++row)
                any = any || c.table->figure(row, id).value.has_value();
            reported += any ? 1 : 0;
        }
        QCOMPARE(c.body.pictures, reported);
        int media = 0;
        for (auto it = c.workbench.cbegin(); it != c.workbench.cend(); ++it)
            media += it.key().startsWith(u"word/media/") ? 1 : 0;
        QCOMPARE(media, reported);
    }

    void annotationUnderItsTheme_data()
    {
        cases_data();
    }

    void annotationUnderItsTheme()
    {
        const Case &c = current();
        WeaknessMatrixModel model;
        model.setChineseLabels(false);
        model.setComparison(c.analysis->comparison(), AnalysisEngines::required().weaknesses.catalog());
        const QString theme = annotationTheme(c.analysis->comparison(), 0, c.annotation.span.start, model, false);
        QVERIFY(!theme.isEmpty());
        // The theme's heading, then the quote, then the note with the report and severity.
        const QList<DocxCheck::Paragraph> &p = c.body.paragraphs;
        const auto quote = std::find_if(p.cbegin(), p.cend(), [](const DocxCheck::Paragraph &x) {
            return x.style == u"Quote";
        });
        QVERIFY(quote != p.cend());
        QCOMPARE(quote->text, u"“%1”"_s.arg(c.annotation.quote.simplified()));
        QVERIFY((quote - 1)->style == u"Heading2");
        QVERIFY2((quote - 1)->text.endsWith(theme), qPrintable((quote - 1)->text));
        const QString note = (quote + 1)->text;
        QVERIFY2(note.contains(c.annotation.note) && note.contains(c.analysis->comparison().reportNames().at(0)) && note.contains(u"high"_s)
                && note.contains(u"督察"_s),
            qPrintable(note));
    }
};

QTEST_MAIN(TestBrief)
#include "tst_brief.moc"
