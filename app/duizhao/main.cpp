// duizhao: the workbench. Everything but the command line lives in DuizhaoUi.

#include "base/terminaltext.h"
#include "base/translationloader.h"
#include "compare/compareview.h"
#include "help/helpactions.h"
#include "help/welcomedialog.h"
#include "models/alignmenttreemodel.h"
#include "outline/outlinemodel.h"
#include "project/projectstore.h"
#include "project/reportlistmodel.h"
#include "reading/samplereports.h"
#include "report/outlinepane.h"
#include "window/analysiscontroller.h"
#include "window/languagemenu.h"
#include "window/mainwindow.h"
#include "window/viewnavigation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

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
    // The audit runs after the comparison: a picture shows its results, not "Auditing…".
    if (window.analysis()->isAuditing()) {
        QEventLoop loop;
        QObject::connect(window.analysis(), &Dz::AnalysisController::auditChanged, &loop, [&loop] {
            QTimer::singleShot(200, &loop, &QEventLoop::quit);
        });
        QTimer::singleShot(LoadTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!window.grab().save(file)) {
        err() << QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(file) << Qt::endl;
        return 1;
    }
    err() << QCoreApplication::translate("main", "Screenshot written to %1.").arg(file) << Qt::endl;
    return 0;
}

/// Whether the arguments ask for --help or --version, which print and exit
/// without a window (and so must work where there is no display).
bool asksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (qstrcmp(arg, "--") == 0)
            break;
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(arg, option) == 0)
                return true;
        }
    }
    return false;
}

bool hasOption(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc && qstrcmp(argv[i], "--") != 0; ++i) {
        if (qstrcmp(argv[i], name) == 0 || (qstrncmp(argv[i], name, qstrlen(name)) == 0 && argv[i][qstrlen(name)] == '='))
            return true;
    }
    return false;
}

/// Whether Qt can open a window. On X11 and Wayland desktops Qt aborts when
/// neither display is there and no platform was chosen; elsewhere (Windows,
/// macOS) there always is one.
bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || hasOption(argc, argv, "-platform") || hasOption(argc, argv, "--platform");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

/// The options, made once the application (and its translations) exist.
struct CommandLine {
    CommandLine();

    QCommandLineParser parser;
    const QCommandLineOption selfTest {
        u"self-test"_s, QCoreApplication::translate("main", "Open the window on the built-in samples, check they load, and exit (0 on success).")};
    const QCommandLineOption screenshot {
        u"screenshot"_s, QCoreApplication::translate("main", "Load the reports, save a picture of the window to <file> and exit."), u"file"_s};
    const QCommandLineOption view {
        u"view"_s, QCoreApplication::translate("main", "Start on this view: compare, matrix, indicators, weaknesses, report or audit."), u"view"_s};
    const QCommandLineOption node {
        u"node"_s, QCoreApplication::translate("main", "Bring the compare view to this section of the scheme, e.g. P1.T05 or P2."), u"node"_s};
};

CommandLine::CommandLine()
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Compare the rule-of-law reports of government bodies side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({selfTest, screenshot, view, node});
    parser.addPositionalArgument(u"files"_s,
        QCoreApplication::translate("main",
            "A project (.duizhao) to open, or report files to import into a new untitled project (plain text, saved web pages, .docx, PDF, "
            "OFD; .doc, .wps, .rtf and .odt where LibreOffice is installed). "
            "Without any, the last project opens, or the built-in samples in an untitled project."),
        u"[PROJECT | FILE...]"_s);
}

/// The application: a QApplication where a window can open, else a
/// QCoreApplication for --help, --version and the message that there is no
/// display. The self-test and screenshots need no screen: offscreen when
/// there is none, as duizhao-cli does for charts.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    const bool information = asksForInformation(argc, argv);
    if (!information && !hasDisplay(argc, argv) && (hasOption(argc, argv, "--self-test") || hasOption(argc, argv, "--screenshot")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A QApplication would abort without a display before printing anything.
    const bool windowed = !information && hasDisplay(argc, argv);
    std::unique_ptr<QCoreApplication> application(windowed ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(u"duizhao"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QCoreApplication::setOrganizationDomain(u"duizhao.github.io"_s);
    if (windowed) {
        QGuiApplication::setApplicationDisplayName(u"Duizhao"_s);
        QGuiApplication::setDesktopFileName(QStringLiteral(DUIZHAO_APP_ID));
    }
    return application;
}

/// Where to start, once the comparison is on screen (connected before the
/// screenshot so the picture shows it).
void startAt(Dz::MainWindow &window, const QString &view, const QString &node)
{
    QObject::connect(
        &window, &Dz::MainWindow::analysisFinished, &window,
        [&window, view, node] {
            // The node first: showing it brings the compare view, which --view may then change.
            if (!node.isEmpty())
                window.navigation()->showNode(node);
            if (!view.isEmpty() && !window.showView(view))
                err() << QCoreApplication::translate("main", "Unknown view “%1” (use compare, matrix, indicators, weaknesses, report or audit).").arg(view)
                      << Qt::endl;
        },
        Qt::SingleShotConnection);
}

/// The self-test or the screenshot, once the reports are loaded and compared.
void checkWhenLoaded(Dz::MainWindow &window, const CommandLine &commandLine)
{
    const QCommandLineParser &parser = commandLine.parser;
    if (parser.isSet(commandLine.selfTest)) {
        whenLoaded(window, [&window] {
            return selfTest(window);
        });
    } else if (parser.isSet(commandLine.screenshot)) {
        const QString file = parser.value(commandLine.screenshot);
        whenLoaded(window, [&window, file] {
            return screenshot(window, file);
        });
    }
}

/// Opens what the command line names: a project, report files, or else the
/// last project or the samples. False when the project cannot be opened.
bool openInitial(Dz::MainWindow &window, const CommandLine &commandLine)
{
    const QCommandLineParser &parser = commandLine.parser;
    // The self-test ignores any files; it and screenshots of nothing named
    // show the samples, whatever was open last.
    const bool samples = parser.isSet(commandLine.selfTest) || parser.isSet(commandLine.screenshot);
    QStringList files;
    if (!parser.isSet(commandLine.selfTest)) {
        for (const QString &arg : parser.positionalArguments())
            files.append(QFileInfo(arg).absoluteFilePath());
    }
    const QString suffix = u"."_s + Dz::ProjectStore::fileSuffix();
    if (files.size() == 1 && files.constFirst().endsWith(suffix)) {
        if (auto opened = window.openProject(files.constFirst()); !opened) {
            err() << opened.error() << Qt::endl;
            return false;
        }
    } else if (!files.isEmpty()) {
        window.openFiles(files);
    } else if (samples) {
        window.openSamples();
    } else {
        window.openLastProjectOrSamples();
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    Dz::TranslationLoader::instance()->setLanguage(Dz::LanguageMenu::savedLanguage());
    CommandLine commandLine;
    // Prints and exits for --help, --version and bad options.
    commandLine.parser.process(*application);
    if (!qobject_cast<QApplication *>(application.get())) {
        err() << QCoreApplication::translate("main",
            "No display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run Duizhao on a desktop; --help, --version, "
            "--self-test and --screenshot also work without one.")
              << Qt::endl;
        return 1;
    }

    Dz::MainWindow window;
    window.show();
    // A first start greets the analyst with the first steps (not the self-test or a screenshot).
    if (!commandLine.parser.isSet(commandLine.selfTest) && !commandLine.parser.isSet(commandLine.screenshot) && Dz::WelcomeDialog::showsAtStart()) {
        QTimer::singleShot(0, &window, [&window] {
            window.helpActions()->showWelcome();
        });
    }
    startAt(window, commandLine.parser.value(commandLine.view), commandLine.parser.value(commandLine.node));
    checkWhenLoaded(window, commandLine);
    if (!openInitial(window, commandLine))
        return 1;
    return QApplication::exec();
}
