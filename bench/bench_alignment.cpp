// Classifies and aligns at least 10,000 sections (the five seeds, repeated
// under different file names) and prints sections per second. Usage:
//   bench_alignment [SECTIONS] [--scheme FILE]

#include "alignment/alignment.h"
#include "alignment/scheme.h"
#include "alignment/sectionclassifier.h"
#include "analysis/reportpipeline.h"
#include "reading/samplereports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = app.arguments().mid(1);
    qsizetype wanted = 10000;
    QString schemePath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--scheme" && i + 1 < args.size())
            schemePath = args.at(++i);
        else
            wanted = std::max<qsizetype>(1, args.at(i).toLongLong());
    }

    const auto scheme = schemePath.isEmpty() ? Dz::Scheme::builtIn() : Dz::Scheme::loadFile(schemePath);
    if (!scheme) {
        err << scheme.error() << Qt::endl;
        return 1;
    }
    QList<Dz::Report> seeds;
    for (const QString &path : Dz::sampleReportPaths()) {
        auto report = Dz::ReportPipeline::readFile(path);
        if (!report) {
            err << report.error() << Qt::endl;
            return 1;
        }
        seeds.append(report.value());
    }
    if (seeds.isEmpty()) {
        err << u"no built-in sample reports"_s << Qt::endl;
        return 1;
    }

    QList<Dz::Report> reports;
    qsizetype sections = 0;
    while (sections < wanted) {
        Dz::Report copy = seeds.at(reports.size() % seeds.size());
        copy.filePath = u"copy-%1-"_s.arg(reports.size()) + QFileInfo(copy.filePath).fileName();
        sections += copy.sections.size();
        reports.append(std::move(copy));
    }

    const Dz::SectionClassifier classifier(scheme.value());
    QElapsedTimer timer;
    timer.start();
    QList<Dz::ReportClassification> classifications;
    classifications.reserve(reports.size());
    for (const Dz::Report &report : std::as_const(reports))
        classifications.append(classifier.classify(report));
    const qint64 classifyNs = timer.nsecsElapsed();
    timer.restart();
    const Dz::Alignment alignment = Dz::Alignment::compute(classifier.scheme(), reports, classifications);
    const qint64 alignNs = timer.nsecsElapsed();

    // The worst case for the similarity path: nothing classified, so every
    // heading of the first two levels looks for partners in every other report.
    timer.restart();
    const Dz::Alignment unclassified = Dz::Alignment::compute(classifier.scheme(), reports, {});
    const qint64 similarityNs = timer.nsecsElapsed();

    const double total = double(classifyNs + alignNs) / 1e9;
    out << u"reports: "_s << reports.size() << u", sections: "_s << sections << Qt::endl;
    out << u"classify: "_s << QString::number(classifyNs / 1e6, 'f', 1) << u" ms, "_s << QString::number(sections / (classifyNs / 1e9), 'f', 0)
        << u" sections/s"_s << Qt::endl;
    out << u"align: "_s << QString::number(alignNs / 1e6, 'f', 1) << u" ms ("_s << alignment.pairs().size() << u" similarity pairs)"_s << Qt::endl;
    out << u"classify + align: "_s << QString::number(total * 1e3, 'f', 1) << u" ms, "_s << QString::number(sections / total, 'f', 0) << u" sections/s"_s
        << Qt::endl;
    out << u"align without classification (similarity pairs for every heading): "_s << QString::number(similarityNs / 1e6, 'f', 1) << u" ms, "_s
        << unclassified.pairs().size() << u" pairs, "_s << QString::number(sections / (similarityNs / 1e9), 'f', 0) << u" sections/s"_s << Qt::endl;
    return 0;
}
