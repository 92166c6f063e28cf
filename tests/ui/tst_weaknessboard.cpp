// The heat map read with real labels: whole report labels over the columns
// (wrapped, with tool tips), even for bodies of every level; a theme's row
// header selects the theme and lists its items in every report; how sure a
// theme is, in words; an item pane the analyst can widen; CSV with a byte
// order mark and translated headers, and a workbook.

#include "../core/export/ooxmlcheck.h"
#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "base/translationloader.h"
#include "common/wrappingheaderview.h"
#include "models/weaknessmatrixmodel.h"
#include "seedfiles.h"
#include "weaknesses/weaknessboard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QImage>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestWeaknessBoard : public QObject
{
    Q_OBJECT

private:
    const AnalysisEngines *m_engines = nullptr;
    Comparison m_comparison;

private Q_SLOTS:
    void initTestCase()
    {
        TranslationLoader::instance()->setLanguage(u"zh_CN"_s);
        m_engines = AnalysisEngines::builtIn().value();
        // The samples beside bodies of other levels and kinds: long labels.
        QList<Report> reports = Test::loadSeeds();
        for (const QString &title : {u"河北省秦皇岛市昌黎县卫生健康局2025年法治政府建设情况报告"_s, u"广东省卫生健康委员会2022年法治政府建设情况报告"_s}) {
            reports.append(ReportPipeline::readText(
                title + u"\n一、主要举措和成效\n全年办理行政处罚案件12件。\n二、存在的不足\n一是执法人员不足。二是法治宣传不够深入。\n"_s,
                title.left(8) + u".txt"_s));
        }
        m_comparison = Comparison::analyse(*m_engines, reports);
    }

    void headersShowWholeLabels()
    {
        WeaknessMatrixModel model;
        QAbstractItemModelTester tester(&model);
        model.setComparison(m_comparison, m_engines->weaknesses.catalog());
        WeaknessBoard board(&model);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        auto *header = qobject_cast<WrappingHeaderView *>(board.matrix()->horizontalHeader());
        QVERIFY(header);
        const QFontMetrics metrics(header->font());
        bool wrapped = false;
        for (int i = 0; i < model.columnCount(); ++i) {
            const QString label = model.headerData(i, Qt::Horizontal).toString();
            QCOMPARE(label, m_comparison.reports.at(i).displayName());
            // The whole label fits its section: wrapped into its width, within the header's height.
            const QRect needed = metrics.boundingRect(QRect(0, 0, header->sectionSize(i) - 12, 1000), Qt::AlignCenter | Qt::TextWordWrap, label);
            QVERIFY2(needed.height() + 12 <= header->height(), qPrintable(label));
            QVERIFY2(needed.width() <= header->sectionSize(i) - 12, qPrintable(label));
            wrapped = wrapped || needed.height() > metrics.lineSpacing();
            QVERIFY(model.headerData(i, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(label));
        }
        QVERIFY2(wrapped, "long labels wrap instead of being cut");
        // Theme labels wrap beside their rows, the columns keep the room.
        QVERIFY(board.matrix()->verticalHeader()->width() <= metrics.horizontalAdvance(u"国"_s) * 14 + 12);
    }

    // The labels are drawn, not only measured: every section of both headers
    // has text in it (dark pixels on the section's light face).
    void headersPaintTheirLabels()
    {
        WeaknessMatrixModel model;
        model.setComparison(m_comparison, m_engines->weaknesses.catalog());
        WeaknessBoard board(&model);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        for (QHeaderView *header : {board.matrix()->horizontalHeader(), board.matrix()->verticalHeader()}) {
            const QImage picture = header->grab().toImage();
            if (const QString keep = qEnvironmentVariable("DUIZHAO_GRAB_DIR"); !keep.isEmpty())
                picture.save(keep + (header->orientation() == Qt::Horizontal ? u"/columns.png"_s : u"/rows.png"_s));
            const qreal ratio = picture.devicePixelRatio();
            int checked = 0;
            for (int i = 0; i < header->count(); ++i) {
                const int start = header->sectionViewportPosition(i);
                const QRect section = header->orientation() == Qt::Horizontal ? QRect(start, 0, header->sectionSize(i), header->height())
                                                                              : QRect(0, start, header->width(), header->sectionSize(i));
                if (!header->rect().contains(section))
                    continue; // scrolled out of sight, or only partly in it
                ++checked;
                int dark = 0;
                const QRect inside = section.intersected(header->rect());
                for (int y = inside.top(); y <= inside.bottom(); ++y) {
                    for (int x = inside.left(); x <= inside.right(); ++x)
                        dark += qGray(picture.pixel(int(x * ratio), int(y * ratio))) < 110 ? 1 : 0;
                }
                QVERIFY2(dark > 20,
                    qPrintable(u"%1 section %2 (“%3”) shows no text"_s.arg(header->orientation() == Qt::Horizontal ? u"column"_s : u"row"_s)
                            .arg(i)
                            .arg(model.headerData(i, header->orientation()).toString())));
            }
            QVERIFY(checked >= 5);
        }
    }

    void rowHeaderSelectsItsTheme()
    {
        WeaknessMatrixModel model;
        model.setComparison(m_comparison, m_engines->weaknesses.catalog());
        WeaknessBoard board(&model);
        // The theme with the most items.
        int best = 0;
        int most = 0;
        for (int row = 0; row + 1 < model.rowCount(); ++row) {
            int items = 0;
            for (int c = 0; c < model.columnCount(); ++c)
                items += model.index(row, c).data(WeaknessMatrixModel::CountRole).toInt();
            if (items > most) {
                most = items;
                best = row;
            }
        }
        QVERIFY(most >= 2);
        Q_EMIT board.matrix()->verticalHeader()->sectionClicked(best);
        QVERIFY(board.matrix()->selectionModel()->isRowSelected(best, {}));
        QCOMPARE(board.items()->count(), most);
        QVERIFY(board.findChild<QToolBar *>()->actions().constLast()->isEnabled()); // Add Theme to Deck
        const QString theme = model.index(best, 0).data(WeaknessMatrixModel::ThemeRole).toString();
        QVERIFY(!board.themeTable(theme).rows.isEmpty());
    }

    void certaintyInWords()
    {
        WeaknessMatrixModel model;
        model.setComparison(m_comparison, m_engines->weaknesses.catalog());
        WeaknessBoard board(&model);
        static const QRegularExpression rawNumber(u"\\b[01]\\.\\d\\d\\b"_s);
        QStringList words;
        for (int report = 0; report < m_comparison.reports.size(); ++report) {
            board.showItems(report, QString(), true);
            for (int i = 0; i < board.items()->count(); ++i) {
                const QString text = board.items()->item(i)->text();
                QVERIFY2(!rawNumber.match(text).hasMatch(), qPrintable(text));
                // "[kind] text", then the first theme: "W04 name · 明确 — what it was read from" (or no clear theme).
                const QString first = text.section(u'\n', 1, 1);
                const QString word = first.contains(u" · "_s) ? first.section(u" · "_s, -1).section(u" — "_s, 0, 0) : text.section(u'\n', -1);
                if (!words.contains(word))
                    words.append(word);
            }
        }
        for (const QString &word : std::as_const(words))
            QVERIFY2((QStringList {u"明确"_s, u"可能"_s, model.themeLabel({})}).contains(word) || word.contains(u"没有"_s), qPrintable(word));
        QVERIFY(words.contains(u"明确"_s));
        WeaknessItem unsure;
        unsure.theme = u"W01"_s;
        unsure.confidence = WeaknessMatrixModel::ClearConfidence - 0.01;
        QCOMPARE(WeaknessMatrixModel::certaintyLabel(unsure), u"可能"_s);
        unsure.theme.clear();
        QCOMPARE(WeaknessMatrixModel::certaintyLabel(unsure), u"未归类"_s);
    }

    void itemPaneIsResizable()
    {
        WeaknessMatrixModel model;
        model.setComparison(m_comparison, m_engines->weaknesses.catalog());
        WeaknessBoard board(&model);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QSplitter *splitter = board.splitter();
        QVERIFY(!splitter->childrenCollapsible());
        const int before = board.items()->width();
        splitter->setSizes({600, 800});
        QTRY_VERIFY(board.items()->width() > before);
    }

    void exportsSpeakTheAnalystsLanguage()
    {
        WeaknessMatrixModel model;
        model.setComparison(m_comparison, m_engines->weaknesses.catalog());
        WeaknessBoard board(&model);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"w.csv"_s);
        QVERIFY(board.exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString header = QString::fromUtf8(bytes.mid(3)).section(u"\r\n"_s, 0, 0);
        QVERIFY2(header.startsWith(u"报告,"_s), qPrintable(header));
        QVERIFY(!header.contains(u"confidence"_s));
        QVERIFY(board.exportXlsx(dir.filePath(u"w.xlsx"_s)));
    }

    void workbookOfABodysYears()
    {
        // Three years of one county bureau: the workbook's third sheet lists the shortcomings admitted again.
        QList<Report> reports;
        for (const QString &year : {u"2022"_s, u"2023"_s, u"2024"_s}) {
            auto read = ReportPipeline::readFile(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/recurrence/changxing-"_s + year + u".txt"_s);
            QVERIFY2(read, qPrintable(read.error()));
            reports.append(std::move(read).value());
        }
        const Comparison comparison = Comparison::analyse(*m_engines, reports);
        WeaknessMatrixModel model;
        model.setComparison(comparison, m_engines->weaknesses.catalog());
        const TableData again = model.recurringTable();
        QVERIFY(!again.rows.isEmpty());
        WeaknessBoard board(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recurring.xlsx"_s);
        QVERIFY(board.exportXlsx(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const OoxmlCheck::Parts parts = OoxmlCheck::unzip(file.readAll());
        QVERIFY2(OoxmlCheck::packageProblems(parts).isEmpty(), qPrintable(OoxmlCheck::packageProblems(parts).join(u'\n')));
        QVERIFY(parts.contains(u"xl/worksheets/sheet3.xml"_s));
        const Dz::CellRows third = OoxmlCheck::readSheet(parts, u"xl/worksheets/sheet3.xml"_s);
        // Whatever else the sheet holds above it, each recurrence's words of both years are in it.
        QStringList cells;
        for (const auto &row : third) {
            for (const CellValue &cell : row) {
                if (const auto *text = std::get_if<QString>(&cell))
                    cells.append(*text);
            }
        }
        for (const QList<CellValue> &row : again.rows) {
            QVERIFY(cells.contains(std::get<QString>(row.at(2))));
            QVERIFY(cells.contains(std::get<QString>(row.at(4))));
        }
        // To look at it: DUIZHAO_SHOT_DIR keeps a copy.
        if (const QString keep = qEnvironmentVariable("DUIZHAO_SHOT_DIR"); !keep.isEmpty())
            QFile::copy(path, keep + u"/recurring.xlsx"_s);
    }
};

QTEST_MAIN(TestWeaknessBoard)
#include "tst_weaknessboard.moc"
