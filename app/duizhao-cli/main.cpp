// duizhao-cli: the headless front end. Each command reads its files with
// Dz::ReportLoader and prints through the core's formatters; an unreadable
// file gives an error entry and a non-zero exit while the others go on.

#include "alignment.h"
#include "alignmentformat.h"
#include "outlineformat.h"
#include "reportloader.h"
#include "sectionclassifier.h"
#include "translationloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

enum ExitCode {
    Ok = 0,
    SomeFilesFailed = 1,
    UsageError = 2,
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The built-in scheme is compiled in, so failing to load it is a build defect.
const Dz::SectionClassifier &classifier()
{
    static const Dz::SectionClassifier instance = [] {
        auto scheme = Dz::Scheme::builtIn();
        if (!scheme)
            qFatal("%s", qPrintable(scheme.error()));
        return Dz::SectionClassifier(scheme.value());
    }();
    return instance;
}

int runAlign(const QStringList &files, const QString &format)
{
    int exitCode = Ok;
    QList<Dz::Report> reports;
    for (const QString &file : files) {
        auto report = Dz::ReportLoader::load(file);
        if (!report) {
            exitCode = SomeFilesFailed;
            err() << report.error() << Qt::endl;
            continue;
        }
        reports.append(std::move(report).value());
    }
    const Dz::Alignment alignment = Dz::Alignment::compute(classifier(), reports);
    if (format == u"json"_s)
        out() << QString::fromUtf8(QJsonDocument(Dz::AlignmentFormat::toJson(alignment)).toJson(QJsonDocument::Indented));
    else if (format == u"csv"_s)
        out() << Dz::AlignmentFormat::toCsv(alignment);
    else
        out() << Dz::AlignmentFormat::toText(alignment);
    out().flush();
    return exitCode;
}

int runOutline(const QStringList &files, const QString &format)
{
    int exitCode = Ok;
    QJsonArray reports;
    for (const QString &file : files) {
        const auto report = Dz::ReportLoader::load(file);
        if (!report) {
            exitCode = SomeFilesFailed;
            err() << report.error() << Qt::endl;
            if (format == u"json"_s)
                reports.append(Dz::OutlineFormat::errorToJson(file, report.error()));
            continue;
        }
        if (format == u"json"_s) {
            QJsonObject json = Dz::OutlineFormat::toJson(*report);
            Dz::AlignmentFormat::addClassification(json, classifier().classify(*report));
            reports.append(json);
        } else
            out() << Dz::OutlineFormat::toText(*report) << Qt::endl;
    }
    if (format == u"json"_s) {
        const QJsonObject root {{u"reports"_s, reports}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    out().flush();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"duizhao-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The same loader as the GUI: system locale, English where none fits.
    Dz::TranslationLoader::instance()->setLanguage({});

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Reads rule-of-law reports and prints what Duizhao finds in them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption formatOption(
        u"format"_s, QCoreApplication::translate("main", "Output format: json or text (align: also csv)."), u"format"_s, u"json"_s);
    parser.addOption(formatOption);
    parser.addPositionalArgument(u"command"_s,
        QCoreApplication::translate(
            "main", "outline: headings, levels, metadata and section classification of each report; align: the reports side by side by section."));
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("main", "Report files (text: UTF-8, UTF-16 or GB18030)."), u"FILE..."_s);
    parser.process(app);

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err() << parser.helpText();
        return UsageError;
    }
    const QString command = args.takeFirst();
    const QString format = parser.value(formatOption);
    if (args.isEmpty()) {
        err() << QCoreApplication::translate("main", "%1: no files given.").arg(command) << Qt::endl;
        return UsageError;
    }
    if (command == u"outline"_s) {
        if (format != u"json"_s && format != u"text"_s) {
            err() << QCoreApplication::translate("main", "outline: unknown format “%1” (use json or text).").arg(format) << Qt::endl;
            return UsageError;
        }
        return runOutline(args, format);
    }
    if (command == u"align"_s) {
        if (format != u"json"_s && format != u"text"_s && format != u"csv"_s) {
            err() << QCoreApplication::translate("main", "align: unknown format “%1” (use json, text or csv).").arg(format) << Qt::endl;
            return UsageError;
        }
        return runAlign(args, format);
    }
    err() << QCoreApplication::translate("main", "Unknown command “%1”. Commands: outline, align.").arg(command) << Qt::endl;
    return UsageError;
}
