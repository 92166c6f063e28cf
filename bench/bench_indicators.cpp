// Extracts every built-in indicator from a synthetic corpus (the five seeds
// with their figures and districts varied) and prints MB/s of report text
// (UTF-8) on one core. Usage:
//   bench_indicators [MEGABYTES] [--catalog FILE]

#include "indicatorcatalog.h"
#include "indicatorextractor.h"
#include "quantityscanner.h"
#include "reportloader.h"
#include "scheme.h"
#include "sectionclassifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace
{

// Every run of ASCII digits gets another figure of the same length, so
// sentences keep their shape (dates stay dates) while values change.
QString varyFigures(const QString &text, QRandomGenerator &random)
{
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (!result.at(i).isDigit() || result.at(i).unicode() > 0x7f)
            continue;
        qsizetype end = i;
        while (end < result.size() && result.at(end).unicode() < 0x80 && result.at(end).isDigit())
            ++end;
        // Years stay (a 2024 that becomes 7391 would no longer read as a year).
        if (end - i != 4 || !result.mid(i, 2).startsWith(u"20"_s)) {
            for (qsizetype k = i; k < end; ++k)
                result[k] = QChar(u'0' + int(random.bounded(k == i ? 1 : 0, 10)));
        }
        i = end;
    }
    return result;
}

} // namespace

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

    QStringList seeds;
    for (const QString &path : Dz::sampleReportPaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << path << u": "_s << file.errorString() << Qt::endl;
            return 1;
        }
        seeds.append(QString::fromUtf8(file.readAll()));
    }
    const QStringList districts {u"滨海"_s, u"蓟州"_s, u"海门"_s, u"九龙坡"_s, u"湖滨"_s};
    const QStringList renamed {u"西岸"_s, u"东湖"_s, u"南屏"_s, u"北仑"_s, u"清源"_s, u"临江"_s, u"梅岭"_s};

    QRandomGenerator random(20261123);
    QList<Dz::Report> reports;
    qint64 bytes = 0;
    while (bytes < qint64(megabytes * 1024 * 1024)) {
        const qsizetype n = reports.size();
        QString text = varyFigures(seeds.at(n % seeds.size()), random);
        text.replace(districts.at(n % districts.size()), renamed.at(n % renamed.size()));
        bytes += text.toUtf8().size();
        reports.append(Dz::ReportLoader::fromText(text, u"synthetic-%1.txt"_s.arg(n)));
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
