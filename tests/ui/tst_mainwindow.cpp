// The workbench on the offscreen platform: it opens on the samples, lists
// them, outlines the selected one, jumps from the outline into the text and
// back, reports unreadable files without a dialog, and retranslates live.

#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "compare/comparecolumn.h"
#include "compare/compareview.h"
#include "models/audittablemodel.h"
#include "outline/outlinemodel.h"
#include "project/projectcommand.h"
#include "project/projectstore.h"
#include "project/reportlistmodel.h"
#include "reading/samplereports.h"
#include "report/outlinepane.h"
#include "report/reportview.h"
#include "window/analysiscontroller.h"
#include "window/languagemenu.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    /// A window with the samples loaded and shown.
    /// The view's text as the report holds it (toPlainText() turns no-break
    /// spaces into spaces, so compare the raw document).
    static QString shownText(const Dz::MainWindow &window)
    {
        return window.reportView()->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
    }

    std::unique_ptr<Dz::MainWindow> loadedWindow()
    {
        auto window = std::make_unique<Dz::MainWindow>();
        new QAbstractItemModelTester(window->reportModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
        new QAbstractItemModelTester(window->outlinePane()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return window;
        window->openSamples();
        return window;
    }

    QMenu *menu(const Dz::MainWindow &window, const QString &objectName)
    {
        return window.findChild<QMenu *>(objectName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dz::TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    void opensWithTheFiveSamples()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        QTRY_VERIFY(!window->isLoading());
        QCOMPARE(window->reportList()->model()->rowCount(), 5);
        QVERIFY(window->errors().isEmpty());

        // Listed as "district · year", sorted as loaded.
        const QString first = window->reportList()->model()->index(0, 0).data().toString();
        QVERIFY2(first.contains(u" · "_s), qPrintable(first));

        // The first report is selected, shown and outlined (read on a worker).
        QCOMPARE(window->reportList()->currentIndex().row(), 0);
        QTRY_VERIFY(!window->reportModel()->report(0).text.isEmpty());
        QTRY_COMPARE(shownText(*window), window->reportModel()->report(0).text);
        QTRY_VERIFY(window->outlinePane()->model()->rowCount() > 0);
        QVERIFY(window->outlinePane()->view()->model()->rowCount() > 0);

        // Loading is followed by comparing the reports; then the status says what was loaded.
        const auto *status = window->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status);
        // …and what is compared, by name.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Loaded 5 reports. Comparing 5 reports: "_s), 30000);
        QVERIFY2(status->text().contains(window->reportModel()->report(0).displayName()), qPrintable(status->text()));
    }

    void selectingAReportShowsIt()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        for (int row = 0; row < 5; ++row) {
            const QModelIndex index = window->reportList()->model()->index(row, 0);
            QTest::mouseClick(window->reportList()->viewport(), Qt::LeftButton, {}, window->reportList()->visualRect(index).center());
            QCOMPARE(window->reportList()->currentIndex().row(), row);
            QTRY_VERIFY(!window->reportModel()->report(row).text.isEmpty());
            const Dz::Report &report = window->reportModel()->report(row);
            QTRY_COMPARE(shownText(*window), report.text);
            QCOMPARE(window->outlinePane()->model()->report().filePath, report.filePath);
            QVERIFY2(window->outlinePane()->model()->rowCount() > 0, qPrintable(report.displayName()));
        }
    }

    void clickingAHeadingJumpsToIt()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        QTreeView *tree = window->outlinePane()->view();
        const auto *model = window->outlinePane()->model();
        QTRY_VERIFY(model->rowCount() >= 2);

        // The second top-level heading's first child, or the heading itself.
        QModelIndex target = model->index(1, 0);
        if (model->rowCount(target) > 0) {
            tree->expand(target);
            target = model->index(0, 0, target);
        }
        tree->scrollTo(target);
        const qsizetype start = target.data(Dz::OutlineModel::StartRole).toLongLong();
        QVERIFY(start > 0);

        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(target).center());
        QCOMPARE(window->reportView()->textCursor().position(), start);
        QCOMPARE(tree->currentIndex(), target);
        // The heading is on screen.
        const QRect cursorRect = window->reportView()->cursorRect();
        QVERIFY(window->reportView()->viewport()->rect().contains(cursorRect.center()));
        QVERIFY(window->reportView()->verticalScrollBar()->value() > 0);
    }

    void focusingTheOutlineDoesNotJump()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        QCOMPARE(window->reportView()->textCursor().position(), 0);
        window->outlinePane()->view()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(window->outlinePane()->view()->hasFocus());
        QCOMPARE(window->reportView()->textCursor().position(), 0);
        QCOMPARE(window->reportView()->verticalScrollBar()->value(), 0);
    }

    void movingTheCursorFollowsInTheOutline()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        const auto *model = window->outlinePane()->model();
        QTRY_VERIFY(model->report().sections.size() >= 3);
        const Dz::Report &report = model->report();
        const int last = int(report.sections.size()) - 1;
        const Dz::Section &section = report.sections.at(last);

        QTextCursor cursor = window->reportView()->textCursor();
        cursor.setPosition(int(section.span.start + 1));
        window->reportView()->setTextCursor(cursor);
        const QModelIndex current = window->outlinePane()->view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(Dz::OutlineModel::SectionIndexRole).toInt(), last);
        // Following the cursor does not move the cursor.
        QCOMPARE(window->reportView()->textCursor().position(), section.span.start + 1);
    }

    void furnitureIsGreyedAndRepairsAreMarked()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        int furnitureSeen = 0;
        int repairsSeen = 0;
        for (int row = 0; row < window->reportModel()->rowCount(); ++row) {
            window->reportList()->setCurrentIndex(window->reportModel()->index(row));
            QTRY_VERIFY(!window->reportView()->report().text.isEmpty());
            const Dz::Report &report = window->reportView()->report();
            const QList<QTextEdit::ExtraSelection> selections = window->reportView()->extraSelections();
            auto selectedAt = [&selections](Dz::TextSpan span) {
                return std::any_of(selections.cbegin(), selections.cend(), [span](const QTextEdit::ExtraSelection &s) {
                    return s.cursor.selectionStart() == span.start && s.cursor.selectionEnd() == span.end;
                });
            };
            for (const Dz::Block &block : report.blocks) {
                if (block.kind == Dz::BlockKind::Furniture && block.span.length() > 0) {
                    QVERIFY2(selectedAt(block.span), qPrintable(report.displayName()));
                    ++furnitureSeen;
                }
            }
            for (const Dz::Section &section : report.sections) {
                if (!section.repaired.isEmpty() && section.headingSpan.length() > 0) {
                    QVERIFY2(selectedAt(section.headingSpan), qPrintable(section.title));
                    ++repairsSeen;
                }
            }
        }
        // The samples carry web-page furniture and repaired headings.
        QVERIFY(furnitureSeen > 0);
        QVERIFY(repairsSeen > 0);
    }

    void unreadableFilesAreListedNotFatal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString empty = dir.filePath(u"empty.txt"_s);
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString missing = dir.filePath(u"missing.txt"_s);

        Dz::MainWindow window;
        window.show();
        QSignalSpy finished(&window, &Dz::MainWindow::loadFinished);
        window.openFiles({empty, Dz::sampleReportPaths().constFirst(), missing});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(window.reportModel()->rowCount(), 1);
        const QStringList errors = window.errors();
        QCOMPARE(errors.size(), 2);
        // Paths that do not exist are found before any file is read.
        QVERIFY2(errors.at(0).contains(u"missing.txt"_s), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(u"empty.txt"_s), qPrintable(errors.at(1)));
        const auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status->text().contains(u"2 files could not be read"_s));
    }

    void removingAReportRemovesIt()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        const QString closed = window->reportModel()->report(0).filePath;
        auto *close = window->findChild<QAction *>(u"removeReportAction"_s);
        QVERIFY(close);
        QVERIFY(menu(*window, u"fileMenu"_s)->actions().contains(close));
        QVERIFY(close->isEnabled());
        close->trigger();
        QCOMPARE(window->reportModel()->rowCount(), 4);
        QCOMPARE(window->project()->store()->reportRecords().reportCount().value(), 4);
        QVERIFY(window->reportView()->report().filePath != closed);
        QTRY_VERIFY(!window->reportView()->toPlainText().isEmpty());
    }

    void droppedFilesOpen()
    {
        Dz::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &Dz::MainWindow::loadFinished);

        // Samples live in resources; drops carry local files, so copy one out.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.txt"_s);
        QVERIFY(QFile::copy(Dz::sampleReportPaths().at(1), path));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(window.reportModel()->rowCount(), 1);
        // Imported into the project, which names reports by file name.
        QCOMPARE(window.reportModel()->report(0).filePath, QFileInfo(path).fileName());
        QCOMPARE(window.project()->store()->reportRecords().reportCount().value(), 1);
    }

    void editMenuUndoesAnalystChanges()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        auto *undo = window->findChild<QAction *>(u"undoAction"_s);
        auto *redo = window->findChild<QAction *>(u"redoAction"_s);
        QVERIFY(undo && redo);
        QVERIFY(menu(*window, u"editMenu"_s)->actions().contains(undo));
        QVERIFY(!undo->isEnabled());

        Dz::ProjectController *project = window->project();
        // Listed reports are read in full, on a worker, when shown or compared; read this one.
        QSignalSpy read(project, &Dz::ProjectController::reportRead);
        project->readReport(2);
        // The window reads what it shows too: wait for this one.
        const auto readBack = [&read, project]() -> Dz::Report {
            for (const QList<QVariant> &arguments : std::as_const(read)) {
                if (arguments.at(0).toLongLong() == project->reportId(2))
                    return arguments.at(1).value<Dz::ReportAnalysis>().report;
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!readBack().text.isEmpty(), 30000);
        const Dz::Report report = readBack();
        const qsizetype at = report.text.indexOf(u"行政"_s);
        QVERIFY(at >= 0);
        project->undoStack()->push(
            Dz::ProjectCommand::addAnnotation(project->commandContext(), Dz::Annotation::of(project->reportId(2), report.text, {at, at + 4})));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), u"&Undo Add annotation"_s);
        QCOMPARE(project->store()->analystRecords().annotations()->size(), 1);
        undo->trigger();
        QCOMPARE(project->store()->analystRecords().annotations()->size(), 0);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(project->store()->analystRecords().annotations()->size(), 1);
    }

    void fileMenuHasTheProjectActions()
    {
        auto window = loadedWindow();
        const QList<QAction *> actions = menu(*window, u"fileMenu"_s)->actions();
        for (const QString &name : {u"newProjectAction"_s, u"openProjectAction"_s, u"saveAsAction"_s, u"closeProjectAction"_s, u"importAction"_s}) {
            auto *action = window->findChild<QAction *>(name);
            QVERIFY2(action && actions.contains(action), qPrintable(name));
        }
        QVERIFY(window->findChild<QMenu *>(u"recentMenu"_s));
        // An untitled project has nothing to close.
        QVERIFY(!window->findChild<QAction *>(u"closeProjectAction"_s)->isEnabled());
    }

    void lastProjectReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"last.duizhao"_s);
        {
            Dz::MainWindow first;
            QSignalSpy finished(&first, &Dz::MainWindow::loadFinished);
            QVERIFY(first.project()->create(path));
            first.openFiles({Dz::sampleReportPaths().at(3)});
            QTRY_VERIFY_WITH_TIMEOUT(!first.isLoading() && first.reportModel()->rowCount() == 1, 30000);
        }
        Dz::MainWindow second;
        QSignalSpy finished(&second, &Dz::MainWindow::loadFinished);
        second.openLastProjectOrSamples();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1 && !second.isLoading(), 30000);
        QCOMPARE(second.project()->path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(second.reportModel()->rowCount(), 1);
        QVERIFY(second.windowTitle().contains(u"last"_s));

        // Gone: the samples instead, and why in the problems list.
        second.project()->close();
        QSettings().setValue(u"project/last"_s, dir.filePath(u"gone.duizhao"_s));
        Dz::MainWindow third;
        third.openLastProjectOrSamples();
        QTRY_COMPARE_WITH_TIMEOUT(third.reportModel()->rowCount(), 5, 30000);
        QVERIFY(third.project()->isTemporary());
        QCOMPARE(third.errors().size(), 1);
        QVERIFY(third.errors().at(0).contains(u"gone.duizhao"_s));
    }

    // A copied passage the Audit found opens both reports in the compare
    // view, the shared text marked in each column and scrolled into view:
    // from the report that took it (抄自) and from the one it was taken from (被抄).
    void copiedPassageIsMarkedInBothColumns_data()
    {
        QTest::addColumn<int>("check");
        QTest::newRow("copied from") << int(Dz::AuditCheckId::Copied);
        QTest::newRow("copied by") << int(Dz::AuditCheckId::CopiedBy);
    }

    void copiedPassageIsMarkedInBothColumns()
    {
        QFETCH(int, check);
        Dz::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString audit = QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/audit/"_s;
        window.openFiles({audit + u"qingshi-2023.txt"_s, audit + u"qingshi-2024.txt"_s});
        QTRY_COMPARE_WITH_TIMEOUT(window.analysis()->comparison().reports.size(), 2, 60000);
        Dz::AuditPane *pane = window.auditPane();
        QTRY_VERIFY_WITH_TIMEOUT(!window.analysis()->isAuditing() && pane->model()->rowCount() == 2, 60000);
        QVERIFY(window.showView(u"audit"_s));

        const int column = 1 + check;
        const Dz::CopyDirection direction = check == int(Dz::AuditCheckId::Copied) ? Dz::CopyDirection::Copied : Dz::CopyDirection::CopiedBy;
        int row = -1;
        for (int r = 0; r < pane->model()->rowCount() && row < 0; ++r)
            row = pane->model()->audits().at(r).copied.passagesOf(direction).isEmpty() ? -1 : r;
        QVERIFY(row >= 0);
        const Dz::ReportAudit &found = pane->model()->audits().at(row);
        // The 2024 report took it from 2023's.
        QCOMPARE(found.year, direction == Dz::CopyDirection::Copied ? 2024 : 2023);
        const Dz::CopiedPassage passage = found.copied.passagesOf(direction).constFirst();
        const int other = passage.other;
        QVERIFY(other >= 0 && other != row);
        const QModelIndex cell = pane->model()->index(row, column);
        // A click explains the finding where it is; a double-click opens it.
        QTest::mouseClick(pane->table()->viewport(), Qt::LeftButton, {}, pane->table()->visualRect(cell).center());
        QCOMPARE(window.tabs()->currentWidget(), pane);
        // The explanation is the clicked column's: copied from, or copied by.
        const Dz::AuditCheck *clicked = found.check(Dz::AuditCheckId(check));
        QVERIFY(clicked);
        QVERIFY2(pane->explanation()->toPlainText().contains(clicked->reason), qPrintable(pane->explanation()->toPlainText()));
        QTest::mouseDClick(pane->table()->viewport(), Qt::LeftButton, {}, pane->table()->visualRect(cell).center());
        QCOMPARE(window.tabs()->currentWidget(), window.compareView());

        const QList<Dz::CompareColumn *> columns = window.compareView()->columns();
        QCOMPARE(columns.size(), 2);
        QCoreApplication::processEvents();
        for (const auto &[at, span] : {std::pair(row, passage.span), std::pair(other, passage.otherSpan)}) {
            const Dz::ReportView *view = columns.at(at)->view();
            const QList<QTextEdit::ExtraSelection> selections = view->extraSelections();
            const bool marked = std::any_of(selections.cbegin(), selections.cend(), [span](const QTextEdit::ExtraSelection &s) {
                return s.cursor.selectionStart() == span.start && s.cursor.selectionEnd() == span.end
                    && s.format.underlineStyle() == QTextCharFormat::DashUnderline && s.format.background().style() != Qt::NoBrush;
            });
            QVERIFY2(marked, qPrintable(u"column %1 does not mark %2–%3"_s.arg(at).arg(span.start).arg(span.end)));
            const QRect shown = view->viewport()->rect();
            const int top = view->cursorForPosition(shown.topLeft()).position();
            const int bottom = view->cursorForPosition(shown.bottomRight()).position();
            QVERIFY2(top <= span.start && span.start <= bottom, qPrintable(u"column %1 shows %2–%3, not %4"_s.arg(at).arg(top).arg(bottom).arg(span.start)));
        }
    }

    void switchingLanguageRetranslates()
    {
        auto window = loadedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->reportModel()->rowCount(), 5, 30000);
        QMenu *file = menu(*window, u"fileMenu"_s);
        QVERIFY(file);
        QCOMPARE(file->title(), u"&File"_s);

        auto *languages = window->findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(languages);
        QCOMPARE(languages->actions().size(), 4); // System, separator, 中文, English
        languages->actions().at(2)->trigger();
        QCOMPARE(Dz::TranslationLoader::instance()->language(), u"zh_CN"_s);
        QTRY_COMPARE(file->title(), u"文件(&F)"_s);
        QVERIFY(languages->title().contains(u"语言"_s));
        const auto *status = window->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY2(status->text().contains(u"5"_s) && !status->text().contains(u"Loaded"_s), qPrintable(status->text()));

        // The choice is kept for the next start.
        QCOMPARE(Dz::LanguageMenu::savedLanguage(), u"zh_CN"_s);

        languages->actions().at(3)->trigger();
        QTRY_COMPARE(file->title(), u"&File"_s);
        QVERIFY2(status->text().startsWith(u"Loaded 5 reports."_s), qPrintable(status->text()));
        QCOMPARE(Dz::LanguageMenu::savedLanguage(), u"en"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
