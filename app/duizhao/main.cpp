// duizhao: the workbench. Everything but the command line lives in DuizhaoUi.

#include "alignment/alignmenttreemodel.h"
#include "base/terminaltext.h"
#include "base/translationloader.h"
#include "compareview.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "outline/outlinemodel.h"
#include "outlinepane.h"
#include "project/projectstore.h"
#include "project/reportlistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace
{

constexpr int LoadTimeoutMs = 60 * 1000;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// Runs @p check once the window has loaded and compared the reports, or
/// fails after a timeout.
void whenLoaded(Dz::MainWindow &window, std::function<int()> check)
{
    QObject::connect(
        &window, &Dz::MainWindow::analysisFinished, &window,
        [check] {
            // Let the view lay out and highlight before looking at it.
            QTimer::singleShot(200, qApp, [check] {
                QCoreApplication::exit(check());
            });
        },
        Qt::SingleShotConnection);
    // Nothing could be read: say so now, not when the timeout runs out.
    QObject::connect(&window, &Dz::MainWindow::loadFinished, &window, [&window] {
        if (window.reportModel()->rowCount() > 0)
            return;
        for (const QString &error : window.errors())
            err() << Dz::Internal::terminalSafe(error) << Qt::endl;
        err() << QCoreApplication::translate("main", "No report could be read; there is nothing to show.") << Qt::endl;
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(LoadTimeoutMs, qApp, [] {
        err() << QCoreApplication::translate("main", "Timed out waiting for the reports to load.") << Qt::endl;
        QCoreApplication::exit(1);
    });
}

int selfTest(const Dz::MainWindow &window)
{
    const int reports = window.reportModel()->rowCount();
    const int headings = window.outlinePane()->model()->rowCount();
    const int columns = int(window.compareView()->columns().size());
    const int nodes = int(window.alignmentModel()->nodes().size());
    err() << QCoreApplication::translate("main", "Self-test: %1 reports, %2 top-level headings in the first, %3 columns compared on %4 sections, %5 problems.")
                 .arg(reports)
                 .arg(headings)
                 .arg(columns)
                 .arg(nodes)
                 .arg(window.errors().size())
          << Qt::endl;
    const int expected = int(Dz::sampleReportPaths().size());
    return reports == expected && expected == 5 && headings > 0 && columns == expected && nodes > 5 && window.errors().isEmpty() ? 0 : 1;
}

int screenshot(Dz::MainWindow &window, const QString &file)
{
    if (!window.grab().save(file)) {
        err() << QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(file) << Qt::endl;
        return 1;
    }
    err() << QCoreApplication::translate("main", "Screenshot written to %1.").arg(file) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"duizhao"_s);
    QApplication::setApplicationDisplayName(u"Duizhao"_s);
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setOrganizationDomain(u"duizhao.github.io"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(DUIZHAO_APP_ID));
    Dz::TranslationLoader::instance()->setLanguage(Dz::LanguageMenu::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Compare the rule-of-law reports of government bodies side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTestOption(
        u"self-test"_s, QCoreApplication::translate("main", "Open the window on the built-in samples, check they load, and exit (0 on success)."));
    parser.addOption(selfTestOption);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QCoreApplication::translate("main", "Load the reports, save a picture of the window to <file> and exit."), u"file"_s);
    parser.addOption(screenshotOption);
    const QCommandLineOption viewOption(
        u"view"_s, QCoreApplication::translate("main", "Start on this view: compare, matrix, indicators, weaknesses or report."), u"view"_s);
    parser.addOption(viewOption);
    const QCommandLineOption nodeOption(
        u"node"_s, QCoreApplication::translate("main", "Bring the compare view to this section of the scheme, e.g. P1.T05 or P2."), u"node"_s);
    parser.addOption(nodeOption);
    parser.addPositionalArgument(u"files"_s,
        QCoreApplication::translate("main",
            "A project (.duizhao) to open, or report files to import into a new untitled project (text: UTF-8, UTF-16 or GB18030). "
            "Without any, the last project opens, or the built-in samples in an untitled project."),
        u"[PROJECT | FILE...]"_s);
    parser.process(app);

    Dz::MainWindow window;
    window.show();

    QStringList files;
    const QStringList args = parser.positionalArguments();
    for (const QString &arg : args)
        files.append(QFileInfo(arg).absoluteFilePath());
    if (parser.isSet(selfTestOption))
        files.clear();

    // Where to start, once the comparison is on screen (connected before the
    // screenshot so the picture shows it).
    const QString view = parser.value(viewOption);
    const QString node = parser.value(nodeOption);
    QObject::connect(
        &window, &Dz::MainWindow::analysisFinished, &window,
        [&window, view, node] {
            if (!view.isEmpty() && !window.showView(view))
                err() << QCoreApplication::translate("main", "Unknown view “%1” (use compare, matrix, indicators, weaknesses or report).").arg(view)
                      << Qt::endl;
            if (!node.isEmpty())
                window.showNode(node);
        },
        Qt::SingleShotConnection);

    if (parser.isSet(selfTestOption)) {
        whenLoaded(window, [&window] {
            return selfTest(window);
        });
    } else if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        whenLoaded(window, [&window, file] {
            return screenshot(window, file);
        });
    }

    const QString suffix = u"."_s + Dz::ProjectStore::fileSuffix();
    if (files.size() == 1 && files.constFirst().endsWith(suffix)) {
        if (auto opened = window.openProject(files.constFirst()); !opened) {
            err() << opened.error() << Qt::endl;
            return 1;
        }
    } else if (!files.isEmpty()) {
        window.openFiles(files);
    } else {
        // The self-test and screenshots always show the samples, whatever was open last.
        if (parser.isSet(selfTestOption) || parser.isSet(screenshotOption))
            window.openSamples();
        else
            window.openLastProjectOrSamples();
    }
    return QApplication::exec();
}
