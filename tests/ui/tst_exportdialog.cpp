// Where exports go: never "/", each kind of export back in the folder it
// last wrote to, others in the last folder of any export; what the
// confirmation says.

#include "base/translationloader.h"
#include "common/exportdialog.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    void foldersAreRemembered()
    {
        const QString first = ExportLocations::folderFor(u"chart"_s);
        QVERIFY(first != u"/"_s);
        QVERIFY(QFileInfo(first).isDir());

        QTemporaryDir charts;
        QTemporaryDir decks;
        ExportLocations::remember(u"chart"_s, charts.filePath(u"处罚案件.png"_s));
        QCOMPARE(ExportLocations::folderFor(u"chart"_s), QFileInfo(charts.path()).absoluteFilePath());
        // A kind not exported yet opens where the last export went.
        QCOMPARE(ExportLocations::folderFor(u"deck"_s), QFileInfo(charts.path()).absoluteFilePath());
        ExportLocations::remember(u"deck"_s, decks.filePath(u"d.pptx"_s));
        QCOMPARE(ExportLocations::folderFor(u"deck"_s), QFileInfo(decks.path()).absoluteFilePath());
        QCOMPARE(ExportLocations::folderFor(u"chart"_s), QFileInfo(charts.path()).absoluteFilePath());
        QCOMPARE(ExportLocations::proposedPath(u"chart"_s, u"行政复议 滨海·2024 2025-01-08.png"_s),
            QDir(charts.path()).filePath(u"行政复议 滨海·2024 2025-01-08.png"_s));
    }

    void aFolderThatWentIsForgotten()
    {
        QString gone;
        {
            QTemporaryDir dir;
            gone = dir.path();
            ExportLocations::remember(u"table"_s, dir.filePath(u"t.csv"_s));
        }
        QVERIFY(ExportLocations::folderFor(u"table"_s) != gone);
        QVERIFY(QFileInfo(ExportLocations::folderFor(u"table"_s)).isDir());
    }

    void confirmationSaysWhatAndWhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"指标 滨海·2024 2025-01-08.xlsx"_s);
        const QString text = ExportLocations::confirmation(path, 12 * 1024);
        QVERIFY2(text.contains(u"指标 滨海·2024 2025-01-08.xlsx"_s), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(dir.path())), qPrintable(text));
        QVERIFY2(text.contains(u"12"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
