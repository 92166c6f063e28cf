// The compare workspace on the offscreen platform: five samples side by
// side, the navigator's statuses, bringing every column to a node, the
// 未报告 banner, synchronised scrolling, assignments with undo, search,
// the matrix, indicator marks and the remembered layout.

#include "base/translationloader.h"
#include "compare/comparecolumn.h"
#include "compare/compareview.h"
#include "deck/deckpane.h"
#include "indicators/indicatorspane.h"
#include "models/alignmenttreemodel.h"
#include "models/indicatortablemodel.h"
#include "project/projectstore.h"
#include "report/reportview.h"
#include "weaknesses/annotationspane.h"
#include "weaknesses/weaknessboard.h"
#include "weaknesses/weaknesscatalogeditor.h"
#include "window/analysiscontroller.h"
#include "window/mainwindow.h"
#include "window/viewnavigation.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using Dz::AlignmentTreeModel;

class TestCompareView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    std::unique_ptr<Dz::MainWindow> comparedWindow()
    {
        auto window = std::make_unique<Dz::MainWindow>();
        new QAbstractItemModelTester(window->alignmentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
        window->resize(1920, 1080);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return window;
        window->tabs()->setCurrentWidget(window->compareView());
        QSignalSpy analysed(window.get(), &Dz::MainWindow::analysisFinished);
        window->openSamples();
        if (!analysed.wait(30000))
            qWarning("no comparison within 30 s");
        return window;
    }

    // The text of the first line the column shows.
    static QString topLine(const Dz::CompareColumn *column)
    {
        const Dz::ReportView *view = column->view();
        return view->cursorForPosition(QPoint(4, 4)).block().text();
    }

    static void clickNode(Dz::MainWindow &window, const QString &node)
    {
        const QModelIndex index = window.alignmentModel()->indexOfNode(node);
        QVERIFY(index.isValid());
        window.navigator()->scrollTo(index);
        QTest::mouseClick(window.navigator()->viewport(), Qt::LeftButton, {}, window.navigator()->visualRect(index).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        // The remembered layout goes to a scratch folder, not the user's settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        Dz::TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    void fiveSamplesSideBySide()
    {
        auto window = comparedWindow();
        const QList<Dz::CompareColumn *> columns = window->compareView()->columns();
        QCOMPARE(columns.size(), 5);
        const QStringList districts {u"滨海"_s, u"蓟州"_s, u"海门"_s, u"九龙坡"_s, u"湖滨"_s};
        for (int i = 0; i < 5; ++i) {
            const QString header = columns.at(i)->findChild<QLabel *>(u"columnHeader"_s)->text();
            QVERIFY2(header.startsWith(districts.at(i)), qPrintable(header));
            // Five columns fit a 1920-pixel window next to the navigator: no column squeezed below its minimum.
            QVERIFY(columns.at(i)->width() >= Dz::CompareView::MinimumColumnWidth);
            QVERIFY(columns.at(i)->isVisible());
        }
    }

    void navigatorShowsWhatIsMissing()
    {
        auto window = comparedWindow();
        const AlignmentTreeModel *model = window->alignmentModel();
        // 九龙坡 (the fourth report) has no shortcomings part.
        QCOMPARE(model->status(u"P2"_s, 3), AlignmentTreeModel::CellStatus::Missing);
        for (int report : {0, 1, 2, 4})
            QCOMPARE(model->status(u"P2"_s, report), AlignmentTreeModel::CellStatus::Present);
        const QModelIndex cell = model->indexOfNode(u"P2"_s, 4);
        QCOMPARE(cell.data(AlignmentTreeModel::StatusRole).value<AlignmentTreeModel::CellStatus>(), AlignmentTreeModel::CellStatus::Missing);
        QCOMPARE(cell.data().toString(), u"Not reported"_s);
        // P1's themes sit under P1.
        const QModelIndex t05 = model->indexOfNode(u"P1.T05"_s);
        QCOMPARE(t05.parent().data(AlignmentTreeModel::NodeRole).toString(), u"P1"_s);
    }

    void choosingANodeBringsEveryColumnToIt()
    {
        auto window = comparedWindow();
        clickNode(*window, u"P1.T05"_s);
        QCOMPARE(window->compareView()->currentNode(), u"P1.T05"_s);
        const Dz::Comparison &comparison = window->analysis()->comparison();
        for (Dz::CompareColumn *column : window->compareView()->columns()) {
            QVERIFY(!column->isShowingMissing());
            // The section placed in T05 is at the top, and it is about enforcement (执法).
            const QList<Dz::AlignedSection> sections = comparison.sectionsIn(u"P1.T05"_s, column->reportIndex());
            QVERIFY(!sections.isEmpty());
            const qsizetype top = column->view()->topPosition();
            QVERIFY2(sections.constFirst().span.contains(top), qPrintable(topLine(column)));
            QVERIFY2(topLine(column).contains(u"执法"_s), qPrintable(topLine(column)));
        }
    }

    void aMissingNodeShowsNotReported()
    {
        auto window = comparedWindow();
        clickNode(*window, u"P2"_s);
        const QList<Dz::CompareColumn *> columns = window->compareView()->columns();
        QVERIFY(columns.at(3)->isShowingMissing());
        const QString banner = columns.at(3)->findChild<QLabel *>(u"missingBanner"_s)->text();
        QVERIFY2(banner.contains(u"Not reported"_s) && banner.contains(u"P2"_s), qPrintable(banner));
        // The node's name with its code, and no text of another node under the banner.
        QVERIFY2(banner.contains(u"P2 Shortcomings"_s), qPrintable(banner));
        QVERIFY(!columns.at(3)->view()->isVisible());
        for (int i : {0, 1, 2, 4}) {
            QVERIFY(!columns.at(i)->isShowingMissing());
            QVERIFY2(topLine(columns.at(i)).contains(u"不足"_s), qPrintable(topLine(columns.at(i))));
        }
        // Going on to a node 九龙坡 has takes the banner away.
        clickNode(*window, u"P4"_s);
        QVERIFY(!columns.at(3)->isShowingMissing());
        QVERIFY(columns.at(3)->view()->isVisible());
    }

    // Where a node's section ends is marked in every column that has it.
    void theEndOfTheNodeIsMarked()
    {
        auto window = comparedWindow();
        window->navigation()->showNode(u"P1.T05"_s);
        const Dz::Comparison &comparison = window->analysis()->comparison();
        const QList<Dz::CompareColumn *> columns = window->compareView()->columns();
        for (int i = 0; i < columns.size(); ++i) {
            QList<qsizetype> ends;
            for (const Dz::AlignedSection &s : comparison.sectionsIn(u"P1.T05"_s, i))
                ends.append(s.span.end);
            QCOMPARE(columns.at(i)->view()->boundaries(), ends);
        }
    }

    // A search hit stays marked in its column, focused or not, until the next one.
    void searchHitsAreMarked()
    {
        auto window = comparedWindow();
        const Dz::Report &report = window->analysis()->comparison().reports.at(2);
        const qsizetype at = report.text.indexOf(u"行政"_s);
        QVERIFY(at >= 0);
        window->navigation()->showSearchHit(2, {at, at + 2});
        const auto hitIn = [&](int column) {
            for (const QTextEdit::ExtraSelection &selection : window->compareView()->columns().at(column)->view()->extraSelections()) {
                if (selection.format.background().color() == QColor(0xff, 0xeb, 0x3b))
                    return selection.cursor.selectedText();
            }
            return QString();
        };
        QCOMPARE(hitIn(2), u"行政"_s);
        window->compareView()->columns().at(0)->view()->setFocus();
        QCOMPARE(hitIn(2), u"行政"_s);
        const qsizetype other = window->analysis()->comparison().reports.at(0).text.indexOf(u"法治"_s);
        window->navigation()->showSearchHit(0, {other, other + 2});
        QCOMPARE(hitIn(0), u"法治"_s);
        QVERIFY(hitIn(2).isEmpty());
    }

    void scrollingOneColumnKeepsTheOthersAtTheSameNode()
    {
        auto window = comparedWindow();
        window->navigation()->showNode(u"P1.T10"_s);
        const QList<Dz::CompareColumn *> columns = window->compareView()->columns();
        QScrollBar *bar = columns.at(0)->view()->verticalScrollBar();
        // The analyst scrolls 滨海 down into its next section (T05's 案卷 section follows T10).
        for (int i = 0; i < 40; ++i)
            bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        const Dz::Comparison &comparison = window->analysis()->comparison();
        const auto leading = window->compareView()->currentNode();
        QVERIFY(!leading.isEmpty());
        for (int i = 1; i < columns.size(); ++i) {
            const QList<Dz::AlignedSection> sections = comparison.sectionsIn(leading, i);
            if (sections.isEmpty()) {
                QVERIFY2(columns.at(i)->isShowingMissing(), qPrintable(leading));
                continue;
            }
            QVERIFY2(sections.constFirst().span.contains(columns.at(i)->view()->topPosition()), qPrintable(leading + u' ' + topLine(columns.at(i))));
        }

        // Turned off, the others stay where they are.
        window->compareView()->setSyncScrolling(false);
        const int before = columns.at(1)->view()->verticalScrollBar()->value();
        for (int i = 0; i < 40; ++i)
            bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        QCOMPARE(columns.at(1)->view()->verticalScrollBar()->value(), before);
    }

    void assigningASectionAppliesAndUndoes()
    {
        auto window = comparedWindow();
        const AlignmentTreeModel *model = window->alignmentModel();
        // 九龙坡's 二、切实做好依法行政 was placed in T06 without confidence: the analyst moves it to T04.
        const Dz::Comparison &before = window->analysis()->comparison();
        const int section = 4;
        QVERIFY(before.reports.at(3).sections.at(section).title.startsWith(u"切实做好依法行政"_s));
        QCOMPARE(before.alignment.nodeOf(3, section), u"P1.T06"_s);

        Q_EMIT window->compareView()->assignRequested(3, section, u"P1.T04"_s);
        QCOMPARE(window->analysis()->comparison().alignment.nodeOf(3, section), u"P1.T04"_s);
        // Kept in the project file at once.
        QCOMPARE(window->project()->store()->analystRecords().corrections()->size(), 1);
        QVERIFY(model->indexOfNode(u"P1.T04"_s, 4).data(AlignmentTreeModel::CorrectedRole).toBool());
        QCOMPARE(window->undoStack()->count(), 1);
        QVERIFY(window->undoStack()->undoText().contains(u"P1.T04"_s));

        window->undoStack()->undo();
        QCOMPARE(window->analysis()->comparison().alignment.nodeOf(3, section), u"P1.T06"_s);
        QCOMPARE(window->project()->store()->analystRecords().corrections()->size(), 0);
        QVERIFY(!model->indexOfNode(u"P1.T04"_s, 4).data(AlignmentTreeModel::CorrectedRole).toBool());
        window->undoStack()->redo();
        QCOMPARE(window->analysis()->comparison().alignment.nodeOf(3, section), u"P1.T04"_s);
    }

    void searchFindsAndJumps()
    {
        auto window = comparedWindow();
        window->search(u"行政处罚"_s);
        QListWidget *results = window->searchResults();
        // The search runs in the background; its results replace the list.
        QTRY_VERIFY(results->count() >= 5);
        QListWidgetItem *last = results->item(results->count() - 1);
        QVERIFY(last->text().contains(u"行政处罚"_s));
        Q_EMIT results->itemActivated(last);
        const int report = last->data(Qt::UserRole).toInt();
        const Dz::ReportView *view = window->compareView()->columns().at(report)->view();
        QCOMPARE(view->textCursor().selectedText(), u"行政处罚"_s);
        // Full-width and half-width forms find each other.
        window->search(u"(一)"_s);
        QTRY_VERIFY(results->count() > 5 && !results->item(0)->text().contains(u"行政处罚"_s));
    }

    void matrixOpensTheFullSection()
    {
        auto window = comparedWindow();
        window->tabs()->setCurrentWidget(window->matrix());
        const QModelIndex cell = window->alignmentModel()->indexOfNode(u"P1.T10"_s, 2);
        QVERIFY(cell.data().toString().contains(u"法治宣传"_s));
        Q_EMIT window->matrix()->doubleClicked(cell);
        QCOMPARE(window->tabs()->currentWidget(), window->compareView());
        QCOMPARE(window->compareView()->currentNode(), u"P1.T10"_s);
    }

    void indicatorEvidenceIsMarked()
    {
        auto window = comparedWindow();
        const Dz::ReportView *view = window->compareView()->columns().at(0)->view();
        QStringList marked;
        for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
            marked.append(selection.cursor.selectedText());
        // 滨海's penalty cases and inspections rest on these numbers.
        QVERIFY(marked.contains(u"200件"_s));
        QVERIFY(marked.contains(u"6180户次"_s));
    }

    void indicatorTableJumpsToEvidenceAndOverridesUndo()
    {
        auto window = comparedWindow();
        window->showView(u"indicators"_s);
        Dz::IndicatorTableModel *model = window->indicatorModel();
        const int penalty = int(model->indicatorIds().indexOf(u"penalty_cases"_s));
        const QModelIndex cell = model->index(3, penalty);
        QCOMPARE(cell.data().toString(), u"314"_s);

        // Double-click: the evidence in 九龙坡's column, selected.
        QTableView *table = window->indicatorsPane()->table();
        auto *proxy = table->model();
        const QModelIndex shown = proxy->index(3, penalty);
        Q_EMIT table->doubleClicked(shown);
        QCOMPARE(window->tabs()->currentWidget(), window->compareView());
        QCOMPARE(window->compareView()->columns().at(3)->view()->textCursor().selectedText(), u"314件"_s);

        // An analyst's value, then undo and redo.
        Q_EMIT window->indicatorsPane()->overrideRequested(3, u"penalty_cases"_s, Dz::Decimal::fromParts(320), u"incl. 6 late cases"_s);
        QCOMPARE(cell.data().toString(), u"320 ✎"_s);
        window->undoStack()->undo();
        QCOMPARE(cell.data().toString(), u"314"_s);
        window->undoStack()->redo();
        QCOMPARE(cell.data().toString(), u"320 ✎"_s);
        Q_EMIT window->indicatorsPane()->overrideRequested(3, u"penalty_cases"_s, std::nullopt, QString());
        QCOMPARE(cell.data().toString(), u"314"_s);
        window->undoStack()->undo();
        QCOMPARE(cell.data().toString(), u"320 ✎"_s);

        QTemporaryDir dir;
        QVERIFY(window->indicatorsPane()->exportCsv(dir.filePath(u"t.csv"_s)));
        const auto failed = window->indicatorsPane()->exportCsv(u"/nonexistent/dir/t.csv"_s);
        QVERIFY(!failed);
        const QString error = failed.error();
        QVERIFY2(error.contains(u"/nonexistent/dir/t.csv"_s), qPrintable(error));
    }

    void chartsGoIntoTheDeck()
    {
        auto window = comparedWindow();
        window->showView(u"indicators"_s);
        Dz::IndicatorsPane *pane = window->indicatorsPane();
        pane->setChartedIndicators({u"legal_education_events"_s});
        QCOMPARE(pane->chartData().series.constFirst().labels.at(3), u"≥175"_s);
        pane->setSortByValue(true);
        QCOMPARE(pane->chartData().categories.constFirst(), u"九龙坡 · 2023"_s);

        // One report per district: no choice of year layout to offer.
        QVERIFY(!pane->findChild<QComboBox *>(u"chartYears"_s)->isVisibleTo(pane));

        Q_EMIT pane->addToDeckRequested(pane->charts());
        Dz::DeckPane *deck = window->deckPane();
        Q_EMIT deck->indicatorTableRequested();
        Q_EMIT deck->weaknessMatrixRequested();
        QCOMPARE(deck->deck().slides.size(), 3);
        deck->moveSlide(2, 0);
        QCOMPARE(deck->deck().slides.at(0).kind, Dz::DeckSlide::Kind::Table);
        QVERIFY(deck->deck().slides.at(0).table.rows.size() >= 11); // W01–W11
        deck->removeSlide(0);
        QCOMPARE(deck->deck().slides.size(), 2);

        QTemporaryDir dir;
        for (bool pictures : {false, true}) {
            deck->setChartsAsPictures(pictures);
            const QString path = dir.filePath(pictures ? u"pictures.pptx"_s : u"native.pptx"_s);
            const auto written = deck->exportTo(path);
            QVERIFY2(written, qPrintable(written.error()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(2) == "PK");
        }
        const auto failed = deck->exportTo(u"/nonexistent/dir/deck.pptx"_s);
        QVERIFY(!failed);
        const QString error = failed.error();
        QVERIFY2(error.contains(u"/nonexistent/dir/deck.pptx"_s), qPrintable(error));

        const auto workbook = pane->exportXlsx(dir.filePath(u"t.xlsx"_s));
        QVERIFY2(workbook, qPrintable(workbook.error()));
    }

    void weaknessBoardListsAndJumps()
    {
        auto window = comparedWindow();
        QVERIFY(window->showView(u"weaknesses"_s));
        Dz::WeaknessBoard *board = window->weaknessBoard();
        // 湖滨 (the fifth report) admits a shortage of enforcement staff (W03).
        board->showItems(4, u"W03"_s);
        QCOMPARE(board->items()->count(), 1);
        QVERIFY(board->items()->item(0)->text().contains(u"卫生监督执法队伍人员严重不足"_s));
        Q_EMIT board->items()->itemActivated(board->items()->item(0));
        QCOMPARE(window->tabs()->currentWidget(), window->compareView());
        QVERIFY(window->compareView()->columns().at(4)->view()->textCursor().selectedText().startsWith(u"二是卫生监督执法队伍人员严重不足"_s));

        // 九龙坡 admits nothing, and says so.
        board->showItems(3, QString(), true);
        QCOMPARE(board->items()->count(), 1);
        QVERIFY(board->items()->item(0)->text().contains(u"九龙坡"_s));

        const Dz::TableData w03 = board->themeTable(u"W03"_s);
        QCOMPARE(w03.rows.size(), 2); // 海门 and 湖滨
        QVERIFY(w03.note.contains(u"九龙坡"_s));
        QTemporaryDir dir;
        QVERIFY(board->exportMarkdown(dir.filePath(u"w.md"_s)));
        QVERIFY(board->exportCsv(dir.filePath(u"w.csv"_s)));
        const auto failed = board->exportCsv(u"/nonexistent/w.csv"_s);
        QVERIFY(!failed);
        const QString error = failed.error();
        QVERIFY(error.contains(u"/nonexistent/w.csv"_s));
    }

    // The analyst tunes the themes in the editor: the heat map follows, and Undo takes it back.
    void weaknessThemesEditedAndUndone()
    {
        auto window = comparedWindow();
        QVERIFY(window->showView(u"weaknesses"_s));
        QAbstractItemModel *model = window->weaknessBoard()->matrix()->model();
        QCOMPARE(model->rowCount(), 21); // W01–W20 and no theme
        Q_EMIT window->weaknessBoard()->editThemesRequested();
        Dz::WeaknessCatalogEditor *editor = window->weaknessCatalogEditor();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->catalog().themes().size(), 20);

        // W09 renamed: the row says so.
        editor->selectTheme(u"W09"_s);
        editor->findChild<QLineEdit *>(u"themeLabelZh"_s)->setText(u"安全风险（分析员版）"_s);
        editor->findChild<QLineEdit *>(u"themeLabelEn"_s)->setText(u"Safety risks (analyst's)"_s);
        QVERIFY2(editor->applyForm(), qPrintable(editor->problem()));
        // The window speaks English here (initTestCase): the row shows the English name.
        QTRY_VERIFY2(
            model->headerData(8, Qt::Vertical).toString().contains(u"Safety risks (analyst's)"_s), qPrintable(model->headerData(8, Qt::Vertical).toString()));
        QCOMPARE(window->undoStack()->undoText(), u"Edit weakness theme W09 Safety risks (analyst's)"_s);
        QVERIFY(window->project()->session()->weaknessCatalog());
        // A theme applied as shown changes nothing: what the form has no column
        // for is kept (W01's 关键少数 names people), and a term holding a 、
        // (重业务、轻法治, 重审批、轻监管) stays one term, shown in 「」.
        const int edits = window->undoStack()->count();
        for (const QString &id : {u"W01"_s, u"W03"_s, u"W11"_s}) {
            editor->selectTheme(id);
            QVERIFY2(!editor->applyForm(), qPrintable(id));
            QCOMPARE(editor->problem(), Dz::WeaknessCatalogEditor::tr("Nothing changed."));
        }
        QCOMPARE(window->undoStack()->count(), edits);
        bool quoted = false;
        for (int row = 0; row < editor->topicTable()->rowCount(); ++row)
            quoted = quoted || editor->topicTable()->item(row, 2)->text().contains(u"「重审批、轻监管」"_s);
        QVERIFY(quoted);

        // W03 removed: 海门's and 湖滨's staffing items lose it.
        editor->selectTheme(u"W03"_s);
        editor->removeTheme();
        QTRY_COMPARE(model->rowCount(), 20);
        for (const Dz::ReportWeaknesses &w : window->analysis()->comparison().weaknesses) {
            for (const Dz::WeaknessItem &item : w.items)
                QVERIFY(!item.hasTheme(u"W03"_s));
        }
        // An invalid theme is refused in the editor, and nothing changes.
        editor->selectTheme(u"W04"_s);
        editor->topicTable()->item(0, 1)->setText(u"0"_s);
        QVERIFY(!editor->applyForm());
        QVERIFY(editor->problem().contains(u"weight"_s));

        if (const QString shots = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR"); !shots.isEmpty()) {
            editor->selectTheme(u"W11"_s); // terms in 「」 among them
            editor->grab().save(shots + u"/weakness-catalog-editor.png"_s);
            window->grab().save(shots + u"/weakness-board.png"_s);
        }

        window->undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), 21);
        window->undoStack()->undo();
        QTRY_VERIFY(!model->headerData(8, Qt::Vertical).toString().contains(u"analyst's"_s));
        QVERIFY(!window->project()->session()->weaknessCatalog());
        QCOMPARE(editor->catalog().themes().size(), 20);
    }

    void annotationsAreKeptMarkedFilteredAndUndone()
    {
        auto window = comparedWindow();
        const Dz::Report &binhai = window->analysis()->comparison().reports.at(0);
        const qsizetype at = binhai.text.indexOf(u"行政处罚200件"_s);
        QVERIFY(at > 0);
        Dz::Annotation what;
        what.note = u"全年处罚数与检查户次之比偏低"_s;
        what.tags = {u"执法"_s};
        what.severity = Dz::Annotation::Severity::High;
        window->addAnnotation(0, {at, at + 8}, what);
        QCOMPARE(window->project()->store()->analystRecords().annotations()->size(), 1);

        // Marked in 滨海's column, with the note on hover.
        QStringList marked;
        for (const QTextEdit::ExtraSelection &selection : window->compareView()->columns().at(0)->view()->extraSelections())
            marked.append(selection.cursor.selectedText());
        QVERIFY(marked.contains(u"行政处罚200件"_s));

        Dz::AnnotationsPane *pane = window->annotationsPane();
        QCOMPARE(pane->shown().size(), 1);
        QVERIFY2(pane->shown().constFirst().theme.startsWith(u"P1.T05"_s), qPrintable(pane->shown().constFirst().theme));
        pane->setTagFilter(u"执法"_s);
        QCOMPARE(pane->shown().size(), 1);
        pane->setStatusFilter(Dz::Annotation::Status::Reviewed);
        QCOMPARE(pane->shown().size(), 0);
        pane->setStatusFilter(std::nullopt);
        QVERIFY(pane->toMarkdown().contains(u"全年处罚数与检查户次之比偏低"_s));
        QVERIFY(pane->toCsv().contains(u",high,open,"_s));

        // A note on 湖滨's staff shortage goes onto the W03 slide.
        const Dz::WeaknessItem &staff = window->analysis()->comparison().weaknesses.at(4).items.at(3);
        QVERIFY(staff.text.contains(u"人员严重不足"_s));
        Dz::Annotation note;
        note.note = u"与海门同"_s;
        window->addAnnotation(4, staff.headlineSpan, note);
        const Dz::TableData w03 = window->weaknessBoard()->themeTable(u"W03"_s);
        bool noted = false;
        for (const auto &row : w03.rows)
            noted = noted || std::get<QString>(row.at(3)) == u"与海门同"_s;
        QVERIFY(noted);

        // Written into the untitled project: quitting would lose it, so the window asks.
        QVERIFY(window->project()->isTemporary());
        QVERIFY(window->hasUnsavedWork());

        window->undoStack()->undo();
        window->undoStack()->undo();
        QCOMPARE(window->project()->store()->analystRecords().annotations()->size(), 0);
        QCOMPARE(pane->shown().size(), 0);
        QVERIFY(!window->hasUnsavedWork());
    }

    void layoutIsRemembered()
    {
        {
            auto window = comparedWindow();
            window->compareView()->setZoom(2);
            window->findChild<QAction *>(u"syncAction"_s)->setChecked(false);
            window->tabs()->setCurrentWidget(window->matrix());
            window->close();
        }
        auto window = std::make_unique<Dz::MainWindow>();
        QCOMPARE(window->compareView()->zoom(), 2);
        QVERIFY(!window->compareView()->syncScrolling());
        QCOMPARE(window->tabs()->currentWidget(), window->matrix());
        QSettings().clear();
    }
};

QTEST_MAIN(TestCompareView)

#include "tst_compareview.moc"
