// Extracts every built-in indicator from a synthetic corpus (the five seeds
// with their figures, districts and years varied: Dz::Bench::SyntheticReports) and prints MB/s of report text
// (UTF-8) on one core. Usage:
//   bench_indicators [MEGABYTES] [--catalog FILE]

#include "alignment/scheme.h"
#include "alignment/sectionclassifier.h"
#include "analysis/reportpipeline.h"
#include "indicators/indicatorcatalog.h"
#include "indicators/indicatorextractor.h"
#include "quantities/quantityscanner.h"
#include "reading/samplereports.h"
#include "syntheticreports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = app.arguments().mid(1);
    double megabytes = 20;
    QString catalogPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--catalog" && i + 1 < args.size())
            catalogPath = args.at(++i);
        else
            megabytes = std::max(0.1, args.at(i).toDouble());
    }
    const auto catalog = catalogPath.isEmpty() ? Dz::IndicatorCatalog::builtIn() : Dz::IndicatorCatalog::loadFile(catalogPath);
    const auto scheme = Dz::Scheme::builtIn();
    if (!catalog || !scheme) {
        err << (catalog ? scheme.error() : catalog.error()) << Qt::endl;
        return 1;
    }

    auto samples = Dz::Bench::SyntheticReports::readSamples();
    if (!samples) {
        err << samples.error() << Qt::endl;
        return 1;
    }
    QList<Dz::Report> seeds = std::move(samples).value();
    // The seeds for other districts and years with other figures, as bench_project imports them.
    const Dz::Bench::SyntheticReports generator(seeds);
    QList<Dz::Report> reports;
    qint64 bytes = 0;
    while (bytes < qint64(megabytes * 1024 * 1024)) {
        QString fileName;
        const QString text = generator.make(int(reports.size()), &fileName);
        bytes += text.toUtf8().size();
        reports.append(Dz::ReportPipeline::readText(text, fileName));
    }

    const Dz::SectionClassifier classifier(scheme.value());
    QList<Dz::ReportClassification> classifications;
    classifications.reserve(reports.size());
    for (const Dz::Report &report : std::as_const(reports))
        classifications.append(classifier.classify(report));

    const Dz::IndicatorExtractor extractor(catalog.value());
    QElapsedTimer timer;
    timer.start();
    qsizetype reported = 0;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const Dz::ReportIndicators result = extractor.extract(reports.at(i), classifications.at(i));
        for (const Dz::IndicatorValue &v : result.values)
            reported += v.figure.isReported() ? 1 : 0;
    }
    const double extractSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    qsizetype quantities = 0;
    for (const Dz::Report &report : std::as_const(reports))
        quantities += Dz::QuantityScanner::builtIn().scan(report.text).size();
    const double scanSeconds = double(timer.nsecsElapsed()) / 1e9;

    const double mb = double(bytes) / (1024 * 1024);
    out << u"corpus: %1 reports, %2 MB (UTF-8)"_s.arg(reports.size()).arg(mb, 0, 'f', 1) << Qt::endl;
    out << u"extraction (%1 indicators, P1 text): %2 s, %3 MB/s, %4 values reported"_s.arg(catalog->indicators().size())
               .arg(extractSeconds, 0, 'f', 2)
               .arg(mb / extractSeconds, 0, 'f', 1)
               .arg(reported)
        << Qt::endl;
    out << u"quantity scan (whole text): %1 s, %2 MB/s, %3 quantities"_s.arg(scanSeconds, 0, 'f', 2).arg(mb / scanSeconds, 0, 'f', 1).arg(quantities)
        << Qt::endl;
    return 0;
}
