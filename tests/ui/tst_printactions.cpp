// File → Print… and Print Preview… on the offscreen platform: each view
// prints to a PDF whose pages carry the header (project, view, date) and
// page numbers and what the view shows (the compare columns of the node,
// the indicator table with its chart, the heat map, the audit table, the
// report), read back with Poppler; the report keeps its highlighting, the
// heat map and the audit their colours; the preview dialog lays out the
// same pages.

#include "audit/auditformat.h"
#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "compare/comparecolumn.h"
#include "compare/compareview.h"
#include "export/chartdata.h"
#include "indicators/indicatorspane.h"
#include "models/audittablemodel.h"
#include "models/indicatortablemodel.h"
#include "print/printactions.h"
#include "report/reportview.h"
#include "weaknesses/weaknessboard.h"
#include "window/analysiscontroller.h"
#include "window/mainwindow.h"
#include "window/viewnavigation.h"

#include <poppler-qt6.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// The text of every page of the PDF at @p path.
QStringList pageTexts(const QString &path)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    QStringList pages;
    if (!document)
        return pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        pages.append(page ? page->text(QRectF()) : QString());
    }
    return pages;
}

} // namespace

class TestPrintActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    // What the view named @p view must print, as the workbench shows it.
    QStringList expectedText(const QString &view) const
    {
        const Comparison &comparison = m_window->analysis()->comparison();
        if (view == u"compare") {
            // Every report's name; 九龙坡 has no shortcomings part.
            QStringList names = comparison.reportNames();
            names.append(u"Not reported"_s);
            return names;
        }
        if (view == u"indicators") {
            const IndicatorTableModel *model = m_window->indicatorModel();
            return {u"Indicators by report"_s, model->indicatorLabel(model->indicatorIds().constFirst()), comparison.reportNames().constFirst()};
        }
        if (view == u"weaknesses") {
            const QAbstractItemModel *model = m_window->weaknessBoard()->matrix()->model();
            return {model->headerData(0, Qt::Vertical).toString(), model->headerData(0, Qt::Horizontal).toString()};
        }
        if (view == u"audit")
            return {AuditFormat::checkLabel(AuditCheckId::Contents), m_window->auditPane()->model()->audits().constFirst().displayName};
        if (view == u"matrix") {
            const QAbstractItemModel *model = m_window->matrix()->model();
            return {model->headerData(1, Qt::Horizontal).toString(), model->index(0, 0).data().toString()};
        }
        // The report on screen: its first heading.
        const Report &report = m_window->reportView()->report();
        return {report.sections.constFirst().title.left(8)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TranslationLoader::instance()->setLanguage(u"en"_s);
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy analysed(m_window.get(), &MainWindow::analysisFinished);
        QSignalSpy audited(m_window->auditPane(), &AuditPane::auditShown);
        m_window->openSamples();
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(audited.count() > 0 && !m_window->analysis()->isAuditing(), 60000);
        QTRY_VERIFY(!m_window->reportView()->report().text.isEmpty());
        // The shortcomings part: 九龙坡 has none.
        m_window->navigation()->showNode(u"P2"_s);
        QCOMPARE(m_window->compareView()->currentNode(), u"P2"_s);
    }

    void printsEachView_data()
    {
        QTest::addColumn<QString>("view");
        for (const char *view : {"compare", "matrix", "indicators", "weaknesses", "report", "audit"})
            QTest::newRow(view) << QString::fromLatin1(view);
    }

    void printsEachView()
    {
        QFETCH(QString, view);
        QVERIFY(m_window->showView(view));
        const QString path = m_dir.filePath(view + u".pdf"_s);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        const int pages = m_window->printActions()->printCurrent(printer);
        QVERIFY(pages > 0);
        const QStringList texts = pageTexts(path);
        QCOMPARE(texts.size(), pages);
        if (const QString shots = qEnvironmentVariable("DUIZHAO_SHOT_DIR"); !shots.isEmpty())
            QFile::copy(path, QDir(shots).filePath(u"print-"_s + view + u".pdf"_s));
        const QString tab = m_window->tabs()->tabText(m_window->tabs()->currentIndex()).remove(u'&');
        for (int i = 0; i < pages; ++i) {
            const QString &text = texts.at(i);
            // Every page: the project, the view, the date, its number.
            QVERIFY2(text.contains(u"Untitled project"_s), qPrintable(text.left(200)));
            QVERIFY2(text.contains(tab), qPrintable(text.left(200)));
            QVERIFY2(text.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(text.left(200)));
            // Poppler reads "1 / 4" back without its spaces.
            QVERIFY2(QString(text).remove(u' ').contains(u"%1/%2"_s.arg(i + 1).arg(pages)), qPrintable(text.right(200)));
        }
        // What was laid out on those pages: the view's text. (The PDF's own
        // text is Poppler's reading of Qt's glyphs, which maps some to CJK
        // radicals and loses digits set in the CJK face: it is compared by size.)
        ViewPrinter::Heading heading;
        const std::unique_ptr<QTextDocument> document = m_window->printActions()->currentDocument(&heading);
        QCOMPARE(heading.view, tab);
        const QString laidOut = document->toPlainText().simplified().remove(u' ');
        for (const QString &expected : expectedText(view))
            QVERIFY2(laidOut.contains(QString(expected).simplified().remove(u' ')), qPrintable(expected + u" not in: "_s + laidOut.left(400)));
        const QString all = texts.join(u'\n').simplified().remove(u' ');
        QVERIFY2(all.size() > laidOut.size() * 8 / 10, qPrintable(u"%1 characters printed of %2"_s.arg(all.size()).arg(laidOut.size())));
    }

    void reportKeepsItsHighlighting()
    {
        m_window->showView(u"report"_s);
        ViewPrinter::Heading heading;
        const std::unique_ptr<QTextDocument> document = m_window->printActions()->currentDocument(&heading);
        // Every character of the report is there...
        QVERIFY(document->toPlainText().contains(m_window->reportView()->report().text.left(200)));
        // ... with the colours the highlighter gave it on screen.
        QSet<QRgb> shown;
        const QTextDocument *screen = m_window->reportView()->document();
        for (QTextBlock block = screen->begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                    shown.insert(range.format.foreground().color().rgb());
            }
        }
        QVERIFY(!shown.isEmpty());
        QSet<QRgb> printed;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.hasProperty(QTextFormat::ForegroundBrush))
                    printed.insert(format.foreground().color().rgb());
            }
        }
        QCOMPARE(printed.intersect(shown), shown);
    }

    void tablesKeepTheirColours_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("heat map") << u"weaknesses"_s;
        QTest::newRow("audit") << u"audit"_s;
        QTest::newRow("indicator table, which has none") << u"indicators"_s;
    }

    void tablesKeepTheirColours()
    {
        QFETCH(QString, view);
        m_window->showView(view);
        const std::unique_ptr<QTextDocument> document = m_window->printActions()->currentDocument(nullptr);
        QTextTable *table = nullptr;
        for (QTextBlock block = document->begin(); block.isValid() && !table; block = block.next())
            table = QTextCursor(block).currentTable();
        QVERIFY(table);
        QAbstractItemView *shown = m_window->weaknessBoard()->matrix();
        if (view == u"audit")
            shown = m_window->auditPane()->table();
        else if (view == u"indicators")
            shown = m_window->indicatorsPane()->table();
        const QAbstractItemModel *model = shown->model();
        // Header row, and a row-header column for the heat map's themes and
        // the indicator table's reports (the audit's row numbers are not printed).
        const int offset = view == u"audit" ? 0 : 1;
        QCOMPARE(table->columns(), model->columnCount() + offset);
        QCOMPARE(table->rows(), model->rowCount() + 1);
        int coloured = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                QColor expected;
                if (view == u"audit")
                    expected = AuditPane::statusColour(index.data(AuditTableModel::StatusRole).toInt());
                else if (view == u"weaknesses")
                    expected = WeaknessBoard::heatColour(index);
                const QTextTableCell cell = table->cellAt(row + 1, column + offset);
                QCOMPARE(cell.firstCursorPosition().block().text(), index.data().toString());
                if (!expected.isValid() || expected.alpha() == 0) {
                    QCOMPARE(cell.format().background().style(), Qt::NoBrush);
                    continue;
                }
                QCOMPARE(cell.format().background().color(), expected);
                ++coloured;
            }
        }
        QCOMPARE(coloured > 0, view != u"indicators");
    }

    void indicatorsPrintTheChart()
    {
        m_window->showView(u"indicators"_s);
        QVERIFY(!m_window->indicatorsPane()->chartData().series.isEmpty());
        const std::unique_ptr<QTextDocument> document = m_window->printActions()->currentDocument(nullptr);
        const QVariant picture = document->resource(QTextDocument::ImageResource, QUrl(u"duizhao://picture"_s));
        QVERIFY(picture.isValid());
        QVERIFY(picture.value<QImage>().width() >= 1920);
        QVERIFY(document->toPlainText().contains(m_window->indicatorsPane()->chartData().source));
    }

    void previewShowsEachView_data()
    {
        printsEachView_data();
    }

    void previewShowsEachView()
    {
        QFETCH(QString, view);
        QVERIFY(m_window->showView(view));
        QPrinter reference(QPrinter::HighResolution);
        reference.setOutputFormat(QPrinter::PdfFormat);
        reference.setOutputFileName(m_dir.filePath(view + u"-reference.pdf"_s));
        const int pages = m_window->printActions()->printCurrent(reference);
        // The action's dialog: its preview lays out the same number of pages.
        int previewed = -1;
        QTimer::singleShot(0, this, [&previewed] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
                preview->updatePreview();
                previewed = preview->pageCount();
                // DUIZHAO_SHOT_DIR=DIR keeps a picture of the preview to look at.
                if (const QString shots = qEnvironmentVariable("DUIZHAO_SHOT_DIR"); !shots.isEmpty()) {
                    dialog->resize(1200, 900);
                    preview->fitInView();
                    QTest::qWait(200);
                    dialog->grab().save(QDir(shots).filePath(u"preview-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".png"_s));
                }
            }
            dialog->reject();
        });
        m_window->printActions()->previewAction()->trigger();
        QCOMPARE(previewed, pages);
    }

    void actionsInTheFileMenu()
    {
        QCOMPARE(m_window->printActions()->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        const auto *menu = m_window->findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(m_window->printActions()->printAction()));
        QVERIFY(menu->actions().contains(m_window->printActions()->previewAction()));
    }
};

QTEST_MAIN(TestPrintActions)
#include "tst_printactions.moc"
