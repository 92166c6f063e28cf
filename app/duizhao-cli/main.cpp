// duizhao-cli: the headless front end. Each command reads its files with
// Dz::ReportLoader and prints through the core's formatters; an unreadable
// file gives an error entry and a non-zero exit while the others go on.

#include "alignment.h"
#include "alignmentformat.h"
#include "indicatorextractor.h"
#include "indicatorformat.h"
#include "outlineformat.h"
#include "reportloader.h"
#include "sectionclassifier.h"
#include "translationloader.h"
#include "weaknessextractor.h"
#include "weaknessformat.h"

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

// The readable reports of @p files; each unreadable one is named on stderr
// and makes the exit code SomeFilesFailed.
QList<Dz::Report> loadReports(const QStringList &files, int &exitCode)
{
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
    return reports;
}

int runAlign(const QStringList &files, const QString &format)
{
    int exitCode = Ok;
    const QList<Dz::Report> reports = loadReports(files, exitCode);
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

int runIndicators(const QStringList &files, const QString &format, const Dz::IndicatorCatalog &catalog)
{
    int exitCode = Ok;
    const Dz::IndicatorExtractor extractor(catalog);
    QList<Dz::ReportIndicators> results;
    for (const Dz::Report &report : loadReports(files, exitCode))
        results.append(extractor.extract(report, classifier().classify(report)));
    if (format == u"json"_s)
        out() << QString::fromUtf8(QJsonDocument(Dz::IndicatorFormat::toJson(results)).toJson(QJsonDocument::Indented));
    else if (format == u"csv"_s)
        out() << Dz::IndicatorFormat::toCsv(results);
    else
        out() << Dz::IndicatorFormat::toText(results);
    out().flush();
    return exitCode;
}

int runWeaknesses(const QStringList &files, const QString &format, const Dz::WeaknessCatalog &catalog)
{
    int exitCode = Ok;
    const Dz::WeaknessExtractor extractor(catalog);
    QList<Dz::ReportWeaknesses> results;
    for (const Dz::Report &report : loadReports(files, exitCode))
        results.append(extractor.extract(report, classifier().classify(report)));
    if (format == u"json"_s)
        out() << QString::fromUtf8(QJsonDocument(Dz::WeaknessFormat::toJson(results)).toJson(QJsonDocument::Indented));
    else if (format == u"csv"_s)
        out() << Dz::WeaknessFormat::toCsv(results, catalog);
    else
        out() << Dz::WeaknessFormat::toText(results, catalog);
    out().flush();
    return exitCode;
}

// False (with a message) when @p command does not print @p format.
bool checkFormat(const QString &command, const QString &format, const QStringList &formats)
{
    if (formats.contains(format))
        return true;
    err() << QCoreApplication::translate("main", "%1: unknown format “%2” (use %3).").arg(command, format, formats.join(u", "_s)) << Qt::endl;
    return false;
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
        u"format"_s, QCoreApplication::translate("main", "Output format: json, text or csv (outline: json or text)."), u"format"_s, u"json"_s);
    parser.addOption(formatOption);
    const QCommandLineOption indicatorOption(u"indicator"_s,
        QCoreApplication::translate("main", "indicators: only these indicators (comma-separated ids, e.g. penalty_cases,emergency_drills)."), u"ids"_s);
    parser.addOption(indicatorOption);
    const QCommandLineOption catalogOption(u"catalog"_s,
        QCoreApplication::translate(
            "main", "indicators, weaknesses: read the indicator definitions or weakness themes from this JSON file instead of the built-in ones."),
        u"file"_s);
    parser.addOption(catalogOption);
    parser.addPositionalArgument(u"command"_s,
        QCoreApplication::translate("main",
            "outline: headings, levels, metadata and section classification of each report; align: the reports side by side by section; indicators: figures "
            "such as penalty cases with their evidence; weaknesses: the shortcomings each report admits, by theme."));
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
    const QStringList allFormats {u"json"_s, u"text"_s, u"csv"_s};
    if (command == u"outline"_s) {
        if (!checkFormat(command, format, {u"json"_s, u"text"_s}))
            return UsageError;
        return runOutline(args, format);
    }
    if (command == u"align"_s) {
        if (!checkFormat(command, format, allFormats))
            return UsageError;
        return runAlign(args, format);
    }
    if (command == u"indicators"_s) {
        if (!checkFormat(command, format, allFormats))
            return UsageError;
        auto catalog = parser.isSet(catalogOption) ? Dz::IndicatorCatalog::loadFile(parser.value(catalogOption)) : Dz::IndicatorCatalog::builtIn();
        if (catalog && parser.isSet(indicatorOption))
            catalog = catalog->subset(parser.value(indicatorOption).split(u',', Qt::SkipEmptyParts));
        if (!catalog) {
            err() << catalog.error() << Qt::endl;
            return UsageError;
        }
        return runIndicators(args, format, catalog.value());
    }
    if (command == u"weaknesses"_s) {
        if (!checkFormat(command, format, allFormats))
            return UsageError;
        const auto catalog = parser.isSet(catalogOption) ? Dz::WeaknessCatalog::loadFile(parser.value(catalogOption)) : Dz::WeaknessCatalog::builtIn();
        if (!catalog) {
            err() << catalog.error() << Qt::endl;
            return UsageError;
        }
        return runWeaknesses(args, format, catalog.value());
    }
    err() << QCoreApplication::translate("main", "Unknown command “%1”. Commands: outline, align, indicators, weaknesses.").arg(command) << Qt::endl;
    return UsageError;
}
