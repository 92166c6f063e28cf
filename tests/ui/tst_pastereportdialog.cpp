#include "project/pastereportdialog.h"
#include "project/projectcontroller.h"

#include "project/projectstore.h"

#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Dz::PasteReportDialog;
using Dz::ProjectController;

class TestPasteReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"tst_pastereportdialog"_s);
        QSettings().clear();
    }

    void pastes_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("firstLine");

        // What a browser puts on the clipboard: a fragment with its markup.
        QTest::newRow("HTML from a browser") << u"<html><body><!--StartFragment--><h1>某区2024年法治政府建设情况报告</h1><p>一、主要举措和成效</"
                                                u"p><p>全年开展普法活动12次，办理行政复议案件15件。</p>"
                                                u"<!--EndFragment--></body></html>"_s
                                             << u"某区2024年法治政府建设情况报告 一、主要举措和成效 全年开展普法活动12次"_s << u"html"_s
                                             << u"某区2024年法治政府建设情况报告"_s;
        QTest::newRow("plain text") << QString() << u"某区2024年法治政府建设情况报告\r\n一、主要举措和成效\r\n全年开展普法活动12次，办理行政复议案件15件。"_s
                                    << u"text"_s << u"某区2024年法治政府建设情况报告"_s;
    }

    void pastes()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(QString, format);
        QFETCH(QString, firstLine);
        QMimeData clipboard;
        if (!html.isEmpty())
            clipboard.setHtml(html);
        clipboard.setText(text);
        ProjectController project;
        QSignalSpy loaded(&project, &ProjectController::reportsLoaded);
        PasteReportDialog dialog(&clipboard, &project);
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.document().format, format);
        QCOMPARE(dialog.document().text.section(u'\n', 0, 0), firstLine);
        QVERIFY(!dialog.document().text.contains(u'\r'));
        QCOMPARE(dialog.name(), firstLine);
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"粘贴的报告"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(project.store()->reportRecords().reportCount().value(), 1);
        auto summaries = project.store()->reportRecords().reportSummaries();
        QVERIFY(summaries);
        QCOMPARE(summaries->first().fileName, u"粘贴的报告"_s);
        auto original = project.store()->reportRecords().original(summaries->first().id);
        QVERIFY(original);
        QCOMPARE(original->format, format);
        QVERIFY(!original->bytes.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);

        // The same text again is a duplicate: the dialog stays open and says so.
        PasteReportDialog again(&clipboard, &project);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Rejected));
        QCOMPARE(project.store()->reportRecords().reportCount().value(), 1);
    }

    void emptyClipboard()
    {
        QMimeData clipboard;
        ProjectController project;
        PasteReportDialog dialog(&clipboard, &project);
        QVERIFY(!dialog.problem().isEmpty());
        dialog.accept();
        QCOMPARE(project.store()->reportRecords().reportCount().value(), 0);
    }
};

QTEST_MAIN(TestPasteReportDialog)
#include "tst_pastereportdialog.moc"
