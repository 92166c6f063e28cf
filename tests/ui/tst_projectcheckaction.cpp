// File → Check Project (issue 24, item 6): SQLite's integrity check and
// every stored text against its hash, on a worker with progress and Cancel;
// damaged reports are named in the result and in Problems.

#include "base/translationloader.h"
#include "project/projectcheckaction.h"
#include "project/projectcontroller.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// A project of the seeds; with @p damaged, the text of the seed it names
// changed in the file by one character.
QString makeProject(const QString &path, const QString &damaged = {})
{
    {
        auto store = Dz::ProjectStore::open(path, Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        for (const QString &seed : Dz::Test::seedPaths())
            store.value()->addReport(Dz::ProjectImporter::prepare(seed).value());
    }
    if (damaged.isEmpty())
        return path;
    QFile seed(Dz::Test::seedPath(damaged));
    seed.open(QIODevice::ReadOnly);
    const QString text = QString::fromUtf8(seed.readAll());
    QFile file(path);
    file.open(QIODevice::ReadWrite);
    QByteArray bytes = file.readAll();
    // The last line but one: a stretch of this report's own.
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    const QString line = lines.at(lines.size() / 2);
    QString changed = line;
    for (QChar &c : changed) {
        if (c.unicode() >= 0x4E00 && c.unicode() < 0x9FFF) {
            c = QChar(char16_t(c.unicode() + 1));
            break;
        }
    }
    const qsizetype at = bytes.indexOf(line.toUtf8());
    if (at < 0)
        qFatal("the seed's line is not in the file");
    bytes.replace(at, line.toUtf8().size(), changed.toUtf8());
    file.seek(0);
    file.write(bytes);
    return path;
}

} // namespace

class TestProjectCheckAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dz::TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    void checksOnAWorker_data()
    {
        QTest::addColumn<QString>("damaged");
        QTest::newRow("healthy") << QString();
        QTest::newRow("one report damaged") << u"003"_s;
    }

    void checksOnAWorker()
    {
        QFETCH(QString, damaged);
        QTemporaryDir dir;
        const QString path = makeProject(dir.filePath(u"p.duizhao"_s), damaged);
        Dz::ProjectController controller;
        QVERIFY(controller.open(path));
        QObject owner;
        Dz::ProjectCheckAction check(&controller, &owner);
        QSignalSpy started(&check, &Dz::ProjectCheckAction::started);
        QSignalSpy progress(&check, &Dz::ProjectCheckAction::progressChanged);
        QSignalSpy finished(&check, &Dz::ProjectCheckAction::finished);
        check.action()->trigger();
        QCOMPARE(started.count(), 1);
        QVERIFY(!check.action()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(check.action()->isEnabled());
        QVERIFY(!progress.isEmpty());
        const auto outcome = finished.constFirst().constFirst().value<Dz::ProjectCheckOutcome>();
        QCOMPARE(outcome.isHealthy(), damaged.isEmpty());
        QCOMPARE(outcome.damaged.size(), damaged.isEmpty() ? 0 : 1);
        if (!damaged.isEmpty())
            QCOMPARE(outcome.damaged.constFirst().fileName, QFileInfo(Dz::Test::seedPath(damaged)).fileName());
    }

    void cancel()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir.filePath(u"p.duizhao"_s));
        Dz::ProjectController controller;
        QVERIFY(controller.open(path));
        QObject owner;
        Dz::ProjectCheckAction check(&controller, &owner);
        QSignalSpy canceled(&check, &Dz::ProjectCheckAction::canceled);
        QSignalSpy finished(&check, &Dz::ProjectCheckAction::finished);
        check.start();
        check.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count() + finished.count(), 1, 30000);
        QCOMPARE(canceled.count(), 1);
        QVERIFY(check.action()->isEnabled());
    }

    // In the window: File → Check Project, a message that stays out of the
    // way, the damage in Problems.
    void inTheWindow()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir.filePath(u"p.duizhao"_s), u"001"_s);
        Dz::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(fileMenu);
        auto *action = window.findChild<QAction *>(u"checkProjectAction"_s);
        QVERIFY(action && fileMenu->actions().contains(action));
        action->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(u"projectCheckResult"_s)) && box->isVisible(), 30000);
        QVERIFY2(box->text().contains(u"damaged"_s), qPrintable(box->text()));
        const QString name = QFileInfo(Dz::Test::seedPath(u"001"_s)).fileName();
        QVERIFY2(box->informativeText().contains(name), qPrintable(box->informativeText()));
        QTRY_VERIFY(window.errors().join(u'\n').contains(name));
        if (const QString shots = qEnvironmentVariable("DUIZHAO_TEST_SHOTS"); !shots.isEmpty()) {
            window.grab().save(shots + u"/check-project-window.png"_s);
            box->grab().save(shots + u"/check-project-result.png"_s);
        }
        box->accept();
    }
};

QTEST_MAIN(TestProjectCheckAction)
#include "tst_projectcheckaction.moc"
