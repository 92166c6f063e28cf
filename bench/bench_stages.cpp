// Where the CLI's time goes: each stage of reading and analysing seed-shaped
// reports (Dz::Bench::SyntheticReports), in ms per MB of UTF-8 text. Usage:
//   bench_pipeline [REPORTS]

#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "base/widthfolding.h"
#include "identity/identityscanner.h"
#include "identity/metadataextractor.h"
#include "outline/outlineparser.h"
#include "reading/furnituredetector.h"
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
    // What the identity reader costs once per process: the gazetteer (with
    // its ~38,600 townships) read from the resource and its tries built.
    QElapsedTimer startup;
    startup.start();
    const Dz::Gazetteer &gazetteer = Dz::Gazetteer::builtIn();
    const qint64 gazetteerNs = startup.nsecsElapsed();
    Dz::IdentityScanner::builtIn();
    const qint64 scannerNs = startup.nsecsElapsed() - gazetteerNs;
    out << "gazetteer: " << gazetteer.divisions().size() << " units read in " << QString::number(gazetteerNs / 1e6, 'f', 1) << " ms, tries built in "
        << QString::number(scannerNs / 1e6, 'f', 1) << " ms" << Qt::endl;
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    QList<Dz::Report> seeds;
    for (const QString &path : Dz::sampleReportPaths())
        seeds.append(Dz::ReportPipeline::readFile(path).value());
    const Dz::Bench::SyntheticReports generator(seeds);
    QStringList texts;
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        QString name;
        texts.append(generator.make(i, &name));
        bytes += texts.last().toUtf8().size();
    }
    const Dz::AnalysisEngines &engines = Dz::AnalysisEngines::required();
    qint64 names = 0, fold = 0, furniture = 0, outline = 0, metadata = 0, load = 0, classify = 0, extract = 0;
    QElapsedTimer t;
    for (const QString &text : std::as_const(texts)) {
        t.start();
        const QString folded = Dz::foldWidth(text);
        fold += t.nsecsElapsed();
        t.start();
        const Dz::FurnitureScan scan = Dz::FurnitureDetector::scan(folded);
        const QString masked = Dz::FurnitureDetector::masked(folded, scan.blocks);
        furniture += t.nsecsElapsed();
        t.start();
        const Dz::Outline o = Dz::OutlineParser::parse(text, masked);
        outline += t.nsecsElapsed();
        t.start();
        const auto mentions = Dz::IdentityScanner::builtIn().scan(masked);
        names += t.nsecsElapsed();
        t.start();
        const Dz::ReportMetadata m = Dz::MetadataExtractor::extract(text, masked, o, scan);
        metadata += t.nsecsElapsed();
        t.start();
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"x.txt"_s);
        load += t.nsecsElapsed();
        t.start();
        const Dz::ReportClassification c = engines.classifier.classify(report);
        classify += t.nsecsElapsed();
        t.start();
        const Dz::ReportIndicators values = engines.indicators.extract(report, c);
        extract += t.nsecsElapsed();
    }
    const double mb = bytes / 1e6;
    out << n << " reports, " << mb << " MB" << Qt::endl;
    for (const auto &[name, ns] : {std::pair {"fold", fold}, {"furniture", furniture}, {"outline", outline}, {"metadata", metadata},
             {"  of which the name scan", names}, {"load (all of the above)", load}, {"classify", classify}, {"indicators", extract}})
        out << QString::fromLatin1(name).leftJustified(26) << QString::number(ns / 1e6 / mb, 'f', 1) << " ms/MB" << Qt::endl;
    return 0;
}
