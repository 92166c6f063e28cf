// Writes the corpora bench/cli-vs-ripgrep.sh times: N seed-shaped reports
// (Dz::Bench::SyntheticReports) as UTF-8 files, or one report grown to each
// size from 128 KiB to 8 MiB. Usage:
//   bench_writereports reports N DIR
//   bench_writereports sizes DIR

#include "analysis/reportpipeline.h"
#include "reading/samplereports.h"
#include "syntheticreports.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace
{

bool write(const QString &path, const QString &text, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        err << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    const bool sizes = !args.isEmpty() && args.first() == u"sizes";
    if (args.isEmpty() || (sizes ? args.size() != 2 : (args.size() != 3 || args.first() != u"reports"))) {
        err << "usage: bench_writereports reports N DIR | bench_writereports sizes DIR" << Qt::endl;
        return 2;
    }
    auto samples = Dz::Bench::SyntheticReports::readSamples();
    if (!samples) {
        err << samples.error() << Qt::endl;
        return 1;
    }
    QList<Dz::Report> seeds = std::move(samples).value();
    const Dz::Bench::SyntheticReports generator(seeds);
    const QDir dir(args.last());
    if (!dir.mkpath(u"."_s)) {
        err << args.last() << ": cannot make the folder" << Qt::endl;
        return 1;
    }
    if (!sizes) {
        const int n = args.at(1).toInt();
        for (int i = 0; i < n; ++i) {
            QString name;
            const QString text = generator.make(i, &name);
            if (!write(dir.filePath(u"%1.txt"_s.arg(i, 5, 10, QLatin1Char('0'))), text, err))
                return 1;
        }
        return 0;
    }
    // One report whose body repeats the seeds' bodies until it reaches each size.
    // 8 MiB less a little: the reader refuses files over 8 MiB.
    for (const qint64 kib : {128, 256, 512, 1024, 2048, 4096, 8 * 1024 - 64}) {
        const qint64 limit = kib * 1024;
        QString text;
        qint64 bytes = 0;
        for (int i = 0; bytes < limit; ++i) {
            QString name;
            const QString part = generator.make(i, &name) + u'\n';
            const qint64 partBytes = part.toUtf8().size();
            if (bytes + partBytes > limit && bytes > 0)
                break;
            text += part;
            bytes += partBytes;
        }
        if (!write(dir.filePath(u"size-%1k.txt"_s.arg(kib, 5, 10, QLatin1Char('0'))), text, err))
            return 1;
    }
    return 0;
}
