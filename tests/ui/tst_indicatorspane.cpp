// Corrections an analyst can make: "not reported" with a reason (a false
// value is dropped, not replaced by another number), and "sum these
// statements" for a report that lists components without a total, the
// statements kept as evidence; both undoable, kept in the project, shown in
// the table, its tool tip, the chart and the workbook. Several indicators
// chart on their own axes.

#include "base/translationloader.h"
#include "export/chartdata.h"
#include "export/indicatorexport.h"
#include "indicators/indicatorspane.h"
#include "indicators/sumdialog.h"
#include "models/indicatortablemodel.h"
#include "project/projectcontroller.h"
#include "window/analysiscontroller.h"
#include "window/mainwindow.h"

#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestIndicatorsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    std::unique_ptr<MainWindow> loadedWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return window;
        QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
        window->openSamples();
        if (!analysed.wait(30000))
            qWarning("no comparison within 30 s");
        return window;
    }

    static int rowOf(const MainWindow &window, const QString &district)
    {
        const IndicatorTableModel *model = window.indicatorModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->comparison().reports.at(row).displayName().startsWith(district))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    void notReportedWithAReason()
    {
        auto window = loadedWindow();
        IndicatorsPane *pane = window->indicatorsPane();
        const IndicatorTableModel *model = window->indicatorModel();
        // 海门 states 4 cases of the double-random checks only: a sub-count, not the total.
        const int haimen = rowOf(*window, u"海门"_s);
        QVERIFY(haimen >= 0);
        const int column = int(model->indicatorIds().indexOf(u"penalty_cases"_s));
        const QModelIndex cell = model->index(haimen, column);
        QVERIFY(cell.data(IndicatorTableModel::ValueRole).isValid());
        Q_EMIT pane->notReportedRequested(haimen, u"penalty_cases"_s, u"只有双随机检查中的案件，不是全年总数"_s);
        QCOMPARE(cell.data().toString(), u"— ✎"_s);
        QVERIFY(!cell.data(IndicatorTableModel::ValueRole).isValid());
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Not reported"_s) && tip.contains(u"只有双随机检查中的案件"_s) && tip.contains(u"Extracted: 4"_s), qPrintable(tip));
        // The chart: a gap, said to be the analyst's.
        pane->setChartedIndicators({u"penalty_cases"_s});
        const ChartSeries &series = pane->chartData().series.constFirst();
        QVERIFY(!series.values.at(haimen).has_value());
        QCOMPARE(series.labels.at(haimen), u"Not reported✎"_s);
        // Undo brings the extracted figure back.
        window->undoStack()->undo();
        QCOMPARE(cell.data().toString(), u"4*"_s);
        window->undoStack()->redo();
        QCOMPARE(cell.data().toString(), u"— ✎"_s);

        // Kept in the project: read again, it is still "not reported", with its reason.
        QVERIFY(window->project()->session()->load(window->project()->store()));
        const AnalystValue *kept = window->project()->session()->value(window->analysis()->comparison().keys.at(haimen), u"penalty_cases"_s);
        QVERIFY(kept);
        QCOMPARE(kept->kind, AnalystValue::Kind::NotReported);
        QCOMPARE(kept->note, u"只有双随机检查中的案件，不是全年总数"_s);
    }

    void sumOfStatements()
    {
        auto window = loadedWindow();
        IndicatorsPane *pane = window->indicatorsPane();
        const IndicatorTableModel *model = window->indicatorModel();
        // 滨海 lists its legal-education activities without a total.
        const int binhai = rowOf(*window, u"滨海"_s);
        const IndicatorValue *listed = model->extracted(binhai, u"legal_education_events"_s);
        QVERIFY(listed && !listed->figure.isReported());
        SumDialog dialog(u"普法活动 · 滨海"_s, listed->candidates, model->indicatorUnit(u"legal_education_events"_s));
        auto *statements = dialog.findChild<QListWidget *>(u"sumStatements"_s);
        QVERIFY(statements->count() >= 2);
        dialog.setChecked(0, true);
        dialog.setChecked(1, true);
        const QList<IndicatorPart> parts = dialog.parts();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(dialog.total(), parts.at(0).value + parts.at(1).value);
        Q_EMIT pane->sumRequested(binhai, u"legal_education_events"_s, parts, u"两项活动合计"_s);

        const int column = int(model->indicatorIds().indexOf(u"legal_education_events"_s));
        const QModelIndex cell = model->index(binhai, column);
        QCOMPARE(cell.data().toString(), dialog.total().toString() + u" ✎"_s);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"the sum of 2 statements"_s) && tip.contains(parts.at(0).evidence), qPrintable(tip));
        QVERIFY(window->undoStack()->undoText().contains(u"sum of 2 statements"_s));

        // The workbook carries the statements added up as the value's evidence.
        const auto book = IndicatorExport::workbook(*model);
        QVERIFY(book);
        QTemporaryDir dir;
        QVERIFY(book->write(dir.filePath(u"i.xlsx"_s)));
        const AnalystValue *kept = window->project()->session()->value(window->analysis()->comparison().keys.at(binhai), u"legal_education_events"_s);
        QVERIFY(kept && kept->kind == AnalystValue::Kind::Sum && kept->parts == parts);
    }

    void severalIndicatorsOnTheirOwnAxes()
    {
        auto window = loadedWindow();
        IndicatorsPane *pane = window->indicatorsPane();
        pane->setChartedIndicators({u"penalty_cases"_s, u"admin_reconsideration"_s, u"admin_litigation"_s});
        QCOMPARE(pane->charts().size(), 3);
        for (const ChartData &chart : pane->charts()) {
            QCOMPARE(chart.series.size(), 1);
            QCOMPARE(chart.categories.size(), 5);
        }
        QVERIFY(pane->charts().at(0).title != pane->charts().at(1).title);
    }
};

QTEST_MAIN(TestIndicatorsPane)
#include "tst_indicatorspane.moc"
