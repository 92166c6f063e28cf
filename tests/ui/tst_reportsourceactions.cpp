#include "project/projectcontroller.h"
#include "report/reportsourceactions.h"

#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using Dz::ProjectController;
using Dz::ReportSourceActions;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportSourceActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"tst_reportsourceactions"_s);
        QSettings().clear();
    }

    void originalFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a file keeps its name") << u"/data/滨海-2024.pdf"_s << u"pdf"_s << u"滨海-2024.pdf"_s;
        QTest::newRow("suffix in capitals") << u"REPORT.DOCX"_s << u"docx"_s << u"REPORT.DOCX"_s;
        QTest::newRow("a pasted report") << u"粘贴的报告"_s << u"html"_s << u"粘贴的报告.html"_s;
        QTest::newRow("a fetched page named by its title") << u"某区2024年法治政府建设情况报告"_s << u"html"_s << u"某区2024年法治政府建设情况报告.html"_s;
        QTest::newRow("text saved as .htm") << u"page.htm"_s << u"text"_s << u"page.htm.txt"_s;
    }

    void originalFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(ReportSourceActions::originalFileName(fileName, format), expected);
    }

    // The file as it was imported comes back byte for byte; an action with no
    // report is disabled, and a failure names the file.
    void savesTheOriginal()
    {
        QTemporaryDir dir;
        const QString page = dir.filePath(u"page.html"_s);
        const QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某区2024年法治政府建设情况报告</title></head><body>"
                                "<div class=\"article\"><h1>某区2024年法治政府建设情况报告</h1><p>一、主要举措和成效</p>"
                                "<p>全年办理行政处罚案件312件，开展普法活动46场。</p><p>二、存在的不足</p><p>执法培训覆盖面不够。</p></div></body></html>";
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(html);
        file.close();

        ProjectController project;
        QVERIFY(project.create(dir.filePath(u"p.duizhao"_s)));
        const auto outcome = Dz::ProjectImporter::importInto(*project.store(), {page, Dz::Test::seedPath(u"000"_s)});
        QCOMPARE(outcome.added, 2);
        const auto summaries = project.store()->reportRecords().reportSummaries().value();

        QWidget window;
        ReportSourceActions actions(&project, &window);
        QVERIFY(!actions.saveOriginalAction()->isEnabled());
        actions.setCurrentReport(summaries.at(0).id);
        QVERIFY(actions.saveOriginalAction()->isEnabled());

        const QString out = dir.filePath(u"out/saved.html"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"out"_s)));
        const auto saved = actions.saveOriginal(summaries.at(0).id, out);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(readAll(out), html);
        const QString text = dir.filePath(u"out/seed.txt"_s);
        QVERIFY(actions.saveOriginal(summaries.at(1).id, text));
        QCOMPARE(readAll(text), readAll(Dz::Test::seedPath(u"000"_s)));

        const QString nowhere = dir.filePath(u"missing-folder/saved.html"_s);
        const auto refused = actions.saveOriginal(summaries.at(0).id, nowhere);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"missing-folder"_s), qPrintable(refused.error()));
        actions.setCurrentReport(0);
        QVERIFY(!actions.saveOriginalAction()->isEnabled());
    }
};

QTEST_MAIN(TestReportSourceActions)
#include "tst_reportsourceactions.moc"
