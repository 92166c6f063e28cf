// The deck is the project's: slides added, moved, edited and removed are
// undoable commands, the title slide's title and subtitle and each slide's
// title and note can be rewritten, the deck comes back when the project is
// opened again, a slide with nothing to show is refused saying why, and the
// dock's buttons show icons without any icon theme.

#include "../core/export/ooxmlcheck.h"
#include "base/translationloader.h"
#include "deck/deckpane.h"
#include "indicators/indicatorspane.h"
#include "project/projectcontroller.h"
#include "window/mainwindow.h"

#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestDeckPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    std::unique_ptr<MainWindow> loadedWindow(const QString &project = {})
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return window;
        QSignalSpy analysed(window.get(), &MainWindow::analysisFinished);
        if (project.isEmpty())
            window->openSamples();
        else if (const auto opened = window->openProject(project); !opened)
            qWarning("%s", qPrintable(opened.error()));
        if (!analysed.wait(30000))
            qWarning("no comparison within 30 s");
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    void emptySlidesAreRefusedSayingWhy_data()
    {
        QTest::addColumn<bool>("chart");
        QTest::addColumn<QString>("why");
        QTest::newRow("a chart without a figure") << true << u"No report gives a figure"_s;
        QTest::newRow("a table without rows") << false << u"has no rows"_s;
    }

    void emptySlidesAreRefusedSayingWhy()
    {
        QFETCH(bool, chart);
        QFETCH(QString, why);
        DeckPane pane;
        QSignalSpy asked(&pane, &DeckPane::editRequested);
        ChartData data;
        data.title = u"罚没金额"_s;
        data.categories = {u"滨海 · 2024"_s};
        data.series = {{u"罚没金额"_s, {std::nullopt}, {}, {}, QString()}};
        TableData table;
        table.title = u"Copied passages: 滨海 · 2024"_s;
        table.header = {u"Passage"_s};
        const auto added = chart ? pane.addChart(data, true) : pane.addTable(table, true);
        QVERIFY(!added);
        QVERIFY2(added.error().contains(why), qPrintable(added.error()));
        QCOMPARE(asked.size(), 0);
    }

    void iconsWithoutATheme()
    {
        // The offscreen platform has no icon theme: Duizhao's own icons stand in.
        DeckPane pane;
        for (const QString &name : {u"slideUp"_s, u"slideDown"_s, u"slideRemove"_s, u"slideEdit"_s, u"deckExport"_s}) {
            auto *button = pane.findChild<QPushButton *>(name);
            QVERIFY2(button && !button->icon().isNull(), qPrintable(name));
            QVERIFY(!button->icon().pixmap(16, 16).isNull());
            QVERIFY(!button->text().isEmpty());
        }
    }

    void editsAreUndoableAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deck.duizhao"_s);
        {
            auto window = loadedWindow();
            DeckPane *deck = window->deckPane();
            IndicatorsPane *indicators = window->indicatorsPane();
            indicators->setChartedIndicators({u"penalty_cases"_s, u"admin_reconsideration"_s});
            QCOMPARE(indicators->charts().size(), 2);
            Q_EMIT indicators->addToDeckRequested(indicators->charts());
            QCOMPARE(deck->deck().slides.size(), 2); // a slide each: small multiples on their own axes
            Q_EMIT deck->indicatorTableRequested();
            QCOMPARE(deck->deck().slides.size(), 3);

            deck->setTitle(u"2024年度卫健系统法治政府建设对照"_s);
            deck->setSubtitle(u"供局长办公会参阅"_s);
            deck->editSlide(0, u"行政处罚案件数对比"_s, u"海门仅含双随机检查案件。"_s);
            deck->moveSlide(2, 0);
            QCOMPARE(deck->deck().slides.at(0).kind, DeckSlide::Kind::Table);
            QCOMPARE(deck->deck().slides.at(1).title(), u"行政处罚案件数对比"_s);

            // Each a step of Undo, in order.
            window->undoStack()->undo();
            QCOMPARE(deck->deck().slides.at(0).title(), u"行政处罚案件数对比"_s);
            window->undoStack()->undo();
            QVERIFY(deck->deck().slides.at(0).title() != u"行政处罚案件数对比"_s);
            window->undoStack()->redo();
            window->undoStack()->redo();
            QCOMPARE(deck->deck().title, u"2024年度卫健系统法治政府建设对照"_s);
            QCOMPARE(window->findChild<QLineEdit *>(u"deckTitle"_s)->text(), u"2024年度卫健系统法治政府建设对照"_s);

            // Exported with the analyst's words.
            const QString pptx = dir.filePath(u"d.pptx"_s);
            QVERIFY(deck->exportTo(pptx));
            QFile file(pptx);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto parts = OoxmlCheck::unzip(file.readAll());
            QVERIFY(OoxmlCheck::texts(parts.value(u"ppt/slides/slide1.xml"_s), u"a:t"_s).contains(u"2024年度卫健系统法治政府建设对照"_s));
            QVERIFY(OoxmlCheck::texts(parts.value(u"ppt/slides/slide1.xml"_s), u"a:t"_s).contains(u"供局长办公会参阅"_s));
            bool noted = false;
            for (auto it = parts.cbegin(); it != parts.cend(); ++it)
                noted =
                    noted || (it.key().startsWith(u"ppt/slides/slide"_s) && OoxmlCheck::texts(it.value(), u"a:t"_s).contains(u"海门仅含双随机检查案件。"_s));
            QVERIFY(noted);
            QVERIFY(window->project()->saveAs(path));
        }
        // Kept in the project: the deck comes back as it was.
        auto window = loadedWindow(path);
        const Deck &deck = window->deckPane()->deck();
        QCOMPARE(deck.title, u"2024年度卫健系统法治政府建设对照"_s);
        QCOMPARE(deck.slides.size(), 3);
        QCOMPARE(deck.slides.at(1).note(), u"海门仅含双随机检查案件。"_s);
        QCOMPARE(deck.slides.at(1).chart.series.constFirst().values.size(), 5);
    }
};

QTEST_MAIN(TestDeckPane)
#include "tst_deckpane.moc"
