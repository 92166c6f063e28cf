// The workbench's project: temporary at first, import, Save As, New, Open,
// Close, recent projects and the last one, undo stack per project.

#include "project/projectanalysis.h"
#include "project/projectcommand.h"
#include "project/projectcontroller.h"
#include "project/projectimporter.h"
#include "seedfiles.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using Dz::ProjectController;

namespace
{

// @p count distinct reports made from the seeds.
bool writeVariants(const QString &dir, int count)
{
    QDir().mkpath(dir);
    const QStringList seeds = Dz::Test::seedPaths();
    for (int i = 0; i < count; ++i) {
        QFile source(seeds.at(i % seeds.size()));
        QFile copy(dir + u"/r%1.txt"_s.arg(i));
        if (!source.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly))
            return false;
        copy.write(source.readAll() + "\n编号" + QByteArray::number(i));
    }
    return true;
}

} // namespace

class TestProjectController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationDomain(u"duizhao.github.io"_s);
        QCoreApplication::setApplicationName(u"tst_projectcontroller"_s);
    }

    void init()
    {
        QSettings().clear();
    }

    void lifeOfAProject()
    {
        QTemporaryDir dir;
        ProjectController controller;
        QSignalSpy loaded(&controller, &ProjectController::reportsLoaded);
        QVERIFY(controller.isTemporary());
        QVERIFY(controller.store());
        QCOMPARE(controller.store()->reportRecords().reportCount().value(), 0);

        controller.importFiles(Dz::Test::seedPaths());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        auto reports = loaded.takeFirst().at(0).value<Dz::ProjectReports>();
        QCOMPARE(reports.reports.size(), 5);
        QCOMPARE(reports.ids.size(), 5);
        QCOMPARE(controller.reportId(4), reports.ids.at(4));
        QVERIFY(ProjectController::lastProject().isEmpty()); // an untitled project is not remembered

        // An annotation, then Save As: the copy has it, and work goes on in the copy.
        Dz::Annotation a = Dz::Annotation::of(reports.ids.at(0), reports.reports.at(0).text, {10, 14});
        controller.undoStack()->push(Dz::ProjectCommand::addAnnotation(controller.commandContext(), a));
        QCOMPARE(controller.undoStack()->count(), 1);
        const QString saved = dir.filePath(u"seeds.duizhao"_s);
        QVERIFY(controller.saveAs(saved));
        QVERIFY(!controller.isTemporary());
        QCOMPARE(controller.path(), saved);
        QCOMPARE(controller.store()->analystRecords().annotations()->size(), 1);
        QCOMPARE(controller.undoStack()->count(), 0); // commands belonged to the other file
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(loaded.takeFirst().at(0).value<Dz::ProjectReports>().reports.size(), 5);
        QCOMPARE(ProjectController::lastProject(), QFileInfo(saved).absoluteFilePath());

        // New over the file in use is refused.
        QVERIFY(!controller.create(saved));
        QCOMPARE(controller.store()->reportRecords().reportCount().value(), 5);
        // New: empty, remembered first.
        const QString fresh = dir.filePath(u"fresh.duizhao"_s);
        QVERIFY(controller.create(fresh));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(loaded.takeFirst().at(0).value<Dz::ProjectReports>().reports.size(), 0);
        QCOMPARE(controller.recentProjects(), (QStringList {QFileInfo(fresh).absoluteFilePath(), QFileInfo(saved).absoluteFilePath()}));

        // Open the first again.
        QVERIFY(controller.open(saved));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(loaded.takeFirst().at(0).value<Dz::ProjectReports>().reports.size(), 5);
        QCOMPARE(controller.recentProjects().constFirst(), QFileInfo(saved).absoluteFilePath());

        // A file that is not a project: refused, the current project stays.
        const QString text = dir.filePath(u"notes.duizhao"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a project");
        file.close();
        const auto refused = controller.open(text);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(text));
        QCOMPARE(controller.path(), saved);

        // Close: back to an untitled project, and nothing to reopen at the next start.
        controller.close();
        QVERIFY(controller.isTemporary());
        QCOMPARE(controller.store()->reportRecords().reportCount().value(), 0);
        QVERIFY(ProjectController::lastProject().isEmpty());
    }

    void staleAnalysesAreMadeAgainAfterOpening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stale.duizhao"_s);
        qint64 id = 0;
        {
            auto store = Dz::ProjectStore::open(path, Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
            QVERIFY(store);
            QCOMPARE(Dz::ProjectImporter::importInto(*store.value(), {Dz::Test::seedPath(u"004"_s)}).added, 1);
            id = store.value()->reportRecords().reportSummaries()->at(0).id;
            // As an older engine left it.
            QVERIFY(store.value()->reportRecords().storeAnalysis(id, {Dz::ProjectAnalysis::outlineKind(), u"outline-0"_s, QJsonObject {{u"old"_s, true}}, {}}));
        }
        ProjectController controller;
        QSignalSpy refreshed(&controller, &ProjectController::analysesRefreshed);
        QVERIFY(controller.open(path));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30000);
        QCOMPARE(refreshed.at(0).at(0).toInt(), 1);
        const auto record = controller.store()->reportRecords().analysis(id, Dz::ProjectAnalysis::outlineKind()).value();
        QCOMPARE(record->engineVersion, Dz::ProjectAnalysis::engineVersion(Dz::ProjectAnalysis::outlineKind()));
        QVERIFY(!record->data.contains(u"old"_s));
    }

    void cancelKeepsWhatWasImported()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in"_s);
        QVERIFY(writeVariants(in, 400));
        ProjectController controller;
        QSignalSpy canceled(&controller, &ProjectController::importCanceled);
        QSignalSpy finished(&controller, &ProjectController::importFinished);
        QSignalSpy loaded(&controller, &ProjectController::reportsLoaded);
        connect(&controller, &ProjectController::progressChanged, &controller, [&controller](int done) {
            if (done > 0)
                controller.cancelImport();
        });
        controller.importFiles({in});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(canceled.size(), 1);
        QCOMPARE(finished.size(), 0);
        // Whole batches are in, and listed.
        const auto reports = loaded.at(0).at(0).value<Dz::ProjectReports>();
        const int count = controller.store()->reportRecords().reportCount().value();
        QVERIFY2(count > 0 && count < 400, qPrintable(QString::number(count)));
        QCOMPARE(count % Dz::ProjectImporter::BatchSize, 0);
        QCOMPARE(reports.reports.size(), count);
        QVERIFY(!controller.isBusy());
        // It says which it kept, and they can go again in one step.
        QCOMPARE(controller.keptByCanceledImport().size(), count);
        loaded.clear();
        QVERIFY(controller.removeReports(controller.keptByCanceledImport()));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(controller.store()->reportRecords().reportCount().value(), 0);
        QVERIFY(controller.keptByCanceledImport().isEmpty());
    }

    void changingProjectStopsTheImport()
    {
        QTemporaryDir dir;
        // Enough files that the import is still running when the project changes.
        const QString in = dir.filePath(u"in"_s);
        QVERIFY(writeVariants(in, 400));
        ProjectController controller;
        QVERIFY(controller.create(dir.filePath(u"a.duizhao"_s)));
        QSignalSpy canceled(&controller, &ProjectController::importCanceled);
        QSignalSpy progress(&controller, &ProjectController::progressChanged);
        controller.importFiles({in});
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 30000);
        QVERIFY(controller.isBusy());
        QVERIFY(controller.create(dir.filePath(u"b.duizhao"_s)));
        // The window hears that the import ended, and the new project is left alone.
        QCOMPARE(canceled.size(), 1);
        QCOMPARE(controller.store()->reportRecords().reportCount().value(), 0);
        // An import into the new project ends with its own reports alone:
        // nothing of the stopped one arrives after it.
        QSignalSpy finished(&controller, &ProjectController::importFinished);
        controller.importFiles({Dz::Test::seedPath(u"000"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(canceled.size(), 1);
        QCOMPARE(controller.store()->reportRecords().reportCount().value(), 1);
    }

    void lastProjectIsRememberedAtExit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kept.duizhao"_s);
        {
            ProjectController controller;
            QVERIFY(controller.create(path));
            QSettings().remove(u"project/last"_s);
        }
        QCOMPARE(ProjectController::lastProject(), QFileInfo(path).absoluteFilePath());
    }

    void secondWindowIsRefusedUntilTheFirstCloses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.duizhao"_s);
        ProjectController first;
        QVERIFY(first.create(path));
        // Another process holding it is what the lock file is for; within a
        // process the lock is shared, so stand in for the other process with a
        // lock file naming a live process of this name.
        first.close();
        QFile lock(path + u".lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        ProjectController second;
        // Nor is it replaced by a new project.
        const auto notReplaced = second.create(path);
        QVERIFY(!notReplaced);
        QVERIFY(notReplaced.error().contains(u"another program"_s));
        QVERIFY(QFileInfo(path).size() > 0);
        const auto refused = second.open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(path) && refused.error().contains(u"another program"_s), qPrintable(refused.error()));
        QVERIFY(second.isTemporary());
        // Read-only is allowed, and refuses imports with a message.
        QVERIFY(second.open(path, Dz::ProjectStore::Access::ReadOnly));
        QVERIFY(second.isReadOnly());
        QSignalSpy failed(&second, &ProjectController::failed);
        second.importFiles(Dz::Test::seedPaths());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(path));
    }
};

QTEST_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"
