// Two workbenches on one server project (issue 27): what the analyst in
// window A changes (a value, an annotation) appears in window B's view
// within two seconds, through B's ProjectChangeFeed, updating the cell
// concerned, not reloading the comparison; a change to what B changed
// meanwhile asks B who changed it to what; both changes are in each
// window's Changes view. A window whose server stops and starts again says
// it is offline, refuses an edit and connects again by itself; reports
// another analyst adds and removes reach its list. The windows are saved as
// PNGs (DUIZHAO_SHOT_DIR, default the temporary folder) to be looked at.

#include "base/translationloader.h"
#include "indicators/indicatorspane.h"
#include "models/indicatortablemodel.h"
#include "project/analystsession.h"
#include "project/changelistmodel.h"
#include "project/connectionkeeper.h"
#include "project/projectchangefeed.h"
#include "project/projectcommand.h"
#include "project/projectcontroller.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "serverfixture.h"
#include "testtiming.h"
#include "window/analysiscontroller.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestLiveWindows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Test::ServerFixture m_server;
    QString m_serverProblem;

    static int rowOf(const MainWindow &window, const QString &district)
    {
        const IndicatorTableModel *model = window.indicatorModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->comparison().reports.at(row).displayName().startsWith(district))
                return row;
        }
        return -1;
    }

    // A window on @p address, its comparison made.
    static std::unique_ptr<MainWindow> windowOn(const QString &address, bool importSamples)
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return {};
        if (auto opened = window->project()->open(address); !opened) {
            qWarning("cannot open %s: %s", qPrintable(address), qPrintable(opened.error()));
            return {};
        }
        if (importSamples)
            window->openSamples();
        // The five samples compared, nothing left to do.
        const bool ready = QTest::qWaitFor(
            [&window] {
                return window->indicatorModel()->rowCount() == 5 && !window->isLoading();
            },
            Test::scaledTimeout(60000));
        if (!ready) {
            qWarning("no comparison of the samples within 60 s");
            return {};
        }
        QTest::qWait(200);
        return window;
    }

    static void saveShot(MainWindow &window, const QString &name)
    {
        const QString dir = qEnvironmentVariableIsSet("DUIZHAO_SHOT_DIR") ? qEnvironmentVariable("DUIZHAO_SHOT_DIR") : QDir::tempPath();
        const QString path = dir + u'/' + name;
        QVERIFY(window.grab().save(path));
        qInfo("saved %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        TranslationLoader::instance()->setLanguage(u"en"_s);
        m_serverProblem = m_server.start();
        if (!m_serverProblem.isEmpty() && qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(m_serverProblem));
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }

    void aChangeInOneWindowAppearsInTheOther()
    {
        if (!m_serverProblem.isEmpty())
            QSKIP(qPrintable(m_serverProblem));
        QString error;
        const QString address = m_server.createDatabase(u"live_windows"_s, &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        QVERIFY(ProjectStore::open(address, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing));

        auto a = windowOn(address, true);
        QVERIFY(a);
        auto b = windowOn(address, false);
        QVERIFY(b);
        QVERIFY(b->project()->changeFeed() && b->project()->changeFeed()->isLive());
        // The window says how it reaches the server: here a Unix socket, no TLS.
        const auto *connection = b->findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY(connection && connection->isVisibleTo(b.get()));
        QVERIFY2(connection->text().contains(u"not encrypted"_s), qPrintable(connection->text()));
        QCOMPARE(b->indicatorModel()->rowCount(), a->indicatorModel()->rowCount());
        QVERIFY(a->showView(u"indicators"_s));
        QVERIFY(b->showView(u"indicators"_s));

        // A says 海门's penalty cases are not reported; B's cell says so too,
        // by its own dataChanged, without the comparison being made again.
        const int rowA = rowOf(*a, u"海门"_s);
        const int rowB = rowOf(*b, u"海门"_s);
        QVERIFY(rowA >= 0 && rowB >= 0);
        const int columnB = int(b->indicatorModel()->indicatorIds().indexOf(u"penalty_cases"_s));
        const QModelIndex cellB = b->indicatorModel()->index(rowB, columnB);
        QVERIFY(cellB.data().toString() != u"— ✎"_s);
        QSignalSpy cellChanged(b->indicatorModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy reanalysed(b.get(), &MainWindow::analysisFinished);
        QElapsedTimer sinceChange;
        sinceChange.start();
        Q_EMIT a->indicatorsPane()->notReportedRequested(rowA, u"penalty_cases"_s, u"只有双随机检查中的案件"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cellB.data().toString(), u"— ✎"_s, Test::scaledTimeout(2000));
        qInfo("window B showed window A's value after %lld ms", sinceChange.elapsed());
        QVERIFY(!cellChanged.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(cellChanged)) {
            // The one row concerned, not the table.
            QCOMPARE(signal.at(0).toModelIndex().row(), rowB);
            QCOMPARE(signal.at(1).toModelIndex().row(), rowB);
        }
        QVERIFY(reanalysed.isEmpty());

        // An annotation made in A is in B's session of that report.
        const qint64 report = a->analysis()->comparison().keys.at(rowA);
        const QString text = a->project()->store()->reportRecords().report(report).value().text;
        const qsizetype at = text.indexOf(u"行政"_s);
        QVERIFY(at >= 0);
        Annotation note = Annotation::of(report, text, {at, at + 4});
        note.note = u"请核对统计口径"_s;
        a->project()->undoStack()->push(ProjectCommand::addAnnotation(a->project()->commandContext(), note));
        QTRY_COMPARE_WITH_TIMEOUT(b->project()->session()->annotations(report).size(), 1, Test::scaledTimeout(2000));
        QCOMPARE(b->project()->session()->annotations(report).constFirst().note, note.note);

        // Both changes are in each window's Changes view, newest first, in
        // words: A's own (its session said so), B's through its feed.
        for (MainWindow *window : {a.get(), b.get()}) {
            auto *dock = window->findChild<QDockWidget *>(u"changesDock"_s);
            QVERIFY(dock);
            dock->show();
            const auto *table = window->findChild<QTableView *>(u"changesTable"_s);
            QVERIFY(table);
            const QAbstractItemModel *changes = table->model();
            QTRY_COMPARE_WITH_TIMEOUT(changes->rowCount(), 2, Test::scaledTimeout(2000));
            for (int row = 0; row < 2; ++row) {
                QCOMPARE(changes->index(row, ChangeListModel::AuthorColumn).data().toString(), Test::ServerFixture::user());
                QVERIFY(changes->index(row, ChangeListModel::ReportColumn).data().toString().startsWith(u"海门"_s));
            }
            QCOMPARE(changes->index(0, ChangeListModel::WhatColumn).data().toString(), u"annotation"_s);
            QCOMPARE(changes->index(0, ChangeListModel::ChangeColumn).data().toString(), u"none → “%1”: 请核对统计口径"_s.arg(note.quote));
            QCOMPARE(changes->index(1, ChangeListModel::WhatColumn).data().toString(), u"value of Penalty cases"_s);
            QCOMPARE(changes->index(1, ChangeListModel::ChangeColumn).data().toString(), u"the figure found in the report → not reported"_s);
        }

        saveShot(*a, u"duizhao-live-window-a.png"_s);
        saveShot(*b, u"duizhao-live-window-b.png"_s);

        // B edits the annotation it read; A had changed it meanwhile, before
        // B heard of it: B is asked, keeps A's, and nothing is overwritten.
        Annotation seenByB = b->project()->session()->annotations(report).constFirst();
        Annotation changedByA = a->project()->session()->annotations(report).constFirst();
        changedByA.note = u"口径已核对"_s;
        QVERIFY(a->project()->store()->analystRecords().updateAnnotation(changedByA)); // past A's session: B cannot have heard yet
        QList<ChangeConflict> asked;
        b->project()->setConflictHandler([&asked](const ChangeConflict &conflict, const QString &) {
            asked.append(conflict);
            return false;
        });
        Annotation editedByB = seenByB;
        editedByB.status = Annotation::Status::Reviewed;
        b->project()->undoStack()->push(ProjectCommand::editAnnotation(b->project()->commandContext(), seenByB, editedByB));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).author, Test::ServerFixture::user());
        QVERIFY(asked.at(0).theirValue.contains(u"口径已核对"_s));
        QCOMPARE(b->project()->undoStack()->count(), 0); // kept theirs: nothing to undo
        QCOMPARE(a->project()->store()->analystRecords().annotation(changedByA.id).value().status, Annotation::Status::Open);
        QCOMPARE(b->project()->session()->annotations(report).constFirst().note, u"口径已核对"_s);
    }

    // The server goes away mid-session and comes back (issue 27's fault
    // test): the window says it is offline, refuses an edit with a message
    // saying it was not saved (nothing is kept to be written later), connects
    // again by itself, and reads what another analyst changed meanwhile.
    void aLostConnectionIsSaidAndMadeGood()
    {
        if (!m_serverProblem.isEmpty())
            QSKIP(qPrintable(m_serverProblem));
        QString error;
        const QString address = m_server.createDatabase(u"lost_connection"_s, &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        QVERIFY(ProjectStore::open(address, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing));
        auto window = windowOn(address, true);
        QVERIFY(window);
        ConnectionKeeper *keeper = window->project()->connectionKeeper();
        QVERIFY(keeper->isOnline());
        const auto *connection = window->findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY(connection);
        auto *reconnect = window->findChild<QAction *>(u"reconnectAction"_s);
        QVERIFY(reconnect && reconnect->isVisible() && !reconnect->isEnabled());
        const int row = rowOf(*window, u"海门"_s);
        QVERIFY(row >= 0);
        const qint64 report = window->analysis()->comparison().keys.at(row);
        QSignalSpy offline(keeper, &ConnectionKeeper::wentOffline);
        QSignalSpy online(keeper, &ConnectionKeeper::cameOnline);

        QVERIFY2(m_server.stopServer().isEmpty(), "the server did not stop");
        // Nothing is being written: the change feed's heartbeat finds out.
        QTRY_VERIFY_WITH_TIMEOUT(!keeper->isOnline(), Test::scaledTimeout(3 * ProjectChangeFeed::HeartbeatMs));
        QCOMPARE(offline.size(), 1);
        QVERIFY2(connection->text().contains(u"offline"_s), qPrintable(connection->text()));
        QVERIFY2(window->windowTitle().contains(u"(offline)"_s), qPrintable(window->windowTitle()));
        QVERIFY(reconnect->isEnabled());
        saveShot(*window, u"duizhao-offline-window.png"_s);

        // An edit while offline is refused, said to be unsaved, and not kept.
        Q_EMIT window->indicatorsPane()->notReportedRequested(row, u"penalty_cases"_s, u"停电期间的修改"_s);
        QCOMPARE(window->project()->undoStack()->count(), 0);
        QVERIFY(!window->project()->session()->value(report, u"penalty_cases"_s));
        QVERIFY2(window->errors().join(u'\n').contains(u"Not saved"_s), qPrintable(window->errors().join(u'\n')));

        QVERIFY2(m_server.startServer().isEmpty(), "the server did not start again");
        // Another analyst writes as soon as the server is back, perhaps before this window has reconnected.
        auto other = ProjectStore::open(address);
        QVERIFY2(other, qPrintable(other.error()));
        AnalystSession otherSession;
        QVERIFY(otherSession.load(other.value().get()));
        AnalystValue drills;
        drills.reportId = report;
        drills.indicatorId = u"emergency_drills"_s;
        drills.value = Decimal::fromParts(7);
        drills.note = u"含两次桌面推演"_s;
        QVERIFY(otherSession.setValue(drills));

        // Connected again by itself (the first attempts come after 1, 2 and 4 s).
        QTRY_VERIFY_WITH_TIMEOUT(keeper->isOnline(), Test::scaledTimeout(30000));
        QCOMPARE(online.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window->project()->session()->value(report, u"emergency_drills"_s), Test::scaledTimeout(2000));
        QCOMPARE(window->project()->session()->value(report, u"emergency_drills"_s)->note, drills.note);
        QVERIFY2(!connection->text().contains(u"offline"_s), qPrintable(connection->text()));
        QVERIFY(!window->windowTitle().contains(u"(offline)"_s));
        QVERIFY(!reconnect->isEnabled());
        const auto *changes = window->findChild<QTableView *>(u"changesTable"_s);
        QVERIFY(changes);
        QTRY_COMPARE_WITH_TIMEOUT(
            changes->model()->index(0, ChangeListModel::WhatColumn).data().toString(), u"value of Emergency drills"_s, Test::scaledTimeout(2000));

        // Online again: the feed listens again, and edits are saved.
        drills.value = Decimal::fromParts(8);
        QVERIFY(otherSession.setValue(drills));
        QTRY_VERIFY2_WITH_TIMEOUT(window->project()->session()->value(report, u"emergency_drills"_s)->value == Decimal::fromParts(8),
            qPrintable(window->errors().join(u'\n')), Test::scaledTimeout(2000));
        Q_EMIT window->indicatorsPane()->notReportedRequested(row, u"penalty_cases"_s, u"恢复后的修改"_s);
        QCOMPARE(window->project()->undoStack()->count(), 1);
        QVERIFY(window->project()->session()->value(report, u"penalty_cases"_s));
    }

    // Reports another analyst adds or removes reach an open window's report
    // list by themselves (the feed's reports channel; one reload a burst).
    void anotherAnalystsReportsArrive()
    {
        if (!m_serverProblem.isEmpty())
            QSKIP(qPrintable(m_serverProblem));
        QString error;
        const QString address = m_server.createDatabase(u"others_reports"_s, &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        QVERIFY(ProjectStore::open(address, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing));
        auto window = windowOn(address, true);
        QVERIFY(window);
        const auto *list = window->findChild<QListView *>(u"reportList"_s);
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 5);

        auto other = ProjectStore::open(address);
        QVERIFY2(other, qPrintable(other.error()));
        NewReport added;
        added.fileName = u"宜兴市市场监督管理局2024年法治政府建设工作情况报告.txt"_s;
        added.sourcePath = u"/shared/"_s + added.fileName;
        added.encoding = u"UTF-8"_s;
        added.text = u"宜兴市市场监督管理局2024年法治政府建设工作情况报告\n一、工作成效\n全年查办各类案件128件。\n"_s;
        added.contentHash = ProjectImporter::contentHash(added.text);
        const auto id = other.value()->addReport(added);
        QVERIFY2(id, qPrintable(id.error()));
        const int wait = Test::scaledTimeout(2000 + ProjectController::OthersReportsDelayMs);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 6, wait);
        QVERIFY(other.value()->reportRecords().removeReport(id.value()));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 5, wait);
    }
};

QTEST_MAIN(TestLiveWindows)

#include "tst_livewindows.moc"
