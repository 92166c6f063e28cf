// Copy detection on synthetic reports made from the seeds (other districts,
// years and figures, so most of each report is shared with a fifth of the
// others: the worst case for the index). Prints the time to index N reports
// and to list every report's findings, against a floor measured in the same
// run (one pass over the same texts, counting the characters compared), and
// the time to add reports to a full index, and the same through the Audit
// view's kept index. Then the same index given each report's body (its
// district and seed) and year, as the Audit gives them, so that copying has
// a direction and boilerplate is counted by bodies.
//   build/buildroot/bin/bench_copyindex [N]

#include "analysis/reportpipeline.h"
#include "audit/copyindex.h"
#include "audit/copyindexcache.h"
#include "base/widthfolding.h"
#include "reading/samplereports.h"
#include "syntheticreports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrentMap>

#include <array>
#include <ctime>
#include <numeric>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int added = 100;
    QTextStream out(stdout);

    auto samples = Dz::Bench::SyntheticReports::readSamples();
    if (!samples) {
        out << samples.error() << Qt::endl;
        return 1;
    }
    QList<Dz::Report> seeds = std::move(samples).value();
    const Dz::Bench::SyntheticReports synthetic(seeds);
    QList<QString> texts;
    QStringList bodyKeys;
    QList<Dz::ReportOrder> orders;
    qint64 chars = 0;
    for (int i = 0; i < count + added; ++i) {
        QString name;
        texts.append(Dz::foldWidth(synthetic.make(i, &name)));
        chars += texts.last().size();
        // DISTRICT-YEAR-INDEX.txt: one body per district and seed.
        const QStringList parts = name.split(u'-');
        bodyKeys.append(parts.value(0) + u'|' + QString::number(i % seeds.size()));
        Dz::ReportOrder order;
        order.year = parts.value(1).toInt();
        orders.append(order);
    }
    out << "reports: " << count << " (+" << added << " added later), " << chars / 1024 / 1024
        << " MiB of text, threads: " << QThreadPool::globalInstance()->maxThreadCount() << Qt::endl;

    // Floor: read every text once, as the index must.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t floorStart = std::clock();
    qint64 letters = 0;
    for (int i = 0; i < count; ++i) {
        for (const QChar c : std::as_const(texts.at(i)))
            letters += c.isLetterOrNumber() ? 1 : 0;
    }
    const double floorMs = double(timer.nsecsElapsed()) / 1e6;
    const double floorCpuS = double(std::clock() - floorStart) / CLOCKS_PER_SEC;

    timer.restart();
    const std::clock_t cpuStart = std::clock();
    Dz::CopyIndex index;
    QList<int> ids(count);
    std::iota(ids.begin(), ids.end(), 0);
    const QList<Dz::CopyIndex::Prepared> prepared = QtConcurrent::blockingMapped(ids, [&](int i) {
        return index.prepare(texts.at(i));
    });
    const double prepareMs = double(timer.nsecsElapsed()) / 1e6;
    for (const Dz::CopyIndex::Prepared &p : prepared)
        index.add(p);
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    const QList<int> copied = QtConcurrent::blockingMapped(ids, [&](int i) {
        return int(index.findings(i).passages.size());
    });
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    const double cpuS = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    qint64 passages = 0;
    for (const int n : copied)
        passages += n;

    timer.restart();
    for (int i = count; i < count + added; ++i)
        index.findings(index.add(texts.at(i)));
    const double addMs = double(timer.nsecsElapsed()) / 1e6;

    out << "floor (one pass over the texts, " << letters << " characters compared): " << QString::number(floorMs, 'f', 0) << " ms (CPU "
        << QString::number(floorCpuS, 'f', 2) << " s)" << Qt::endl;
    out << "normalise and fingerprint (parallel): " << QString::number(prepareMs, 'f', 0) << " ms" << Qt::endl;
    out << "index and verify: " << QString::number(indexMs - prepareMs, 'f', 0) << " ms" << Qt::endl;
    out << "findings of every report (parallel): " << QString::number(totalMs - indexMs, 'f', 0) << " ms, " << passages << " passages" << Qt::endl;
    out << "total: " << QString::number(totalMs / 1000, 'f', 2) << " s for " << count << " reports, " << QString::number(totalMs / floorMs, 'f', 1)
        << "× the floor (wall); CPU time of all threads: " << QString::number(cpuS, 'f', 2) << " s, " << QString::number(cpuS / floorCpuS, 'f', 1)
        << "× the floor's" << Qt::endl;
    out << "incremental: " << QString::number(addMs / added, 'f', 2) << " ms per report added to the full index (with its findings)" << Qt::endl;

    // The Audit view's kept index (CopyIndexCache): made once, then given the
    // same reports again, then those and the added ones.
    index = Dz::CopyIndex();
    QList<Dz::CopyIndexCache::Body> bodies;
    for (const QString &text : std::as_const(texts))
        bodies.append({text, {}, {}, {}});
    Dz::CopyIndexCache cache;
    timer.restart();
    cache.update(bodies.mid(0, count));
    const double cacheMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    cache.update(bodies.mid(0, count));
    const double againMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    cache.update(bodies);
    const double grownMs = double(timer.nsecsElapsed()) / 1e6;
    out << "kept index (CopyIndexCache): made in " << QString::number(cacheMs / 1000, 'f', 2)
        << " s; the same reports again: " << QString::number(againMs, 'f', 0) << " ms; " << added << " added: " << QString::number(grownMs, 'f', 0) << " ms; "
        << cache.fingerprinted() << " bodies fingerprinted in all" << Qt::endl;

    // With bodies and years: the direction of every passage, boilerplate by
    // bodies; the reports indexed from the earliest, as the Audit indexes
    // them, then in the order they came.
    QList<int> byYear = ids;
    std::stable_sort(byYear.begin(), byYear.end(), [&orders](int a, int b) {
        return orders.at(a).sortKey() < orders.at(b).sortKey();
    });
    for (const auto &[name, sequence] : {std::pair("by year", byYear), std::pair("as they came", ids)}) {
        timer.restart();
        const std::clock_t directedStart = std::clock();
        Dz::CopyIndex directed;
        for (const int i : sequence)
            directed.add(prepared.at(i), bodyKeys.at(i), orders.at(i));
        const double directedIndexMs = double(timer.nsecsElapsed()) / 1e6;
        const QList<std::array<int, 3>> directions = QtConcurrent::blockingMapped(ids, [&](int i) {
            const Dz::CopyFindings f = directed.findings(i);
            std::array<int, 3> n {};
            for (const Dz::CopiedPassage &p : f.passages)
                ++n[std::size_t(p.direction)];
            return n;
        });
        const double directedMs = double(timer.nsecsElapsed()) / 1e6;
        const double directedCpuS = double(std::clock() - directedStart) / CLOCKS_PER_SEC;
        std::array<qint64, 3> byDirection {};
        for (const auto &n : directions) {
            for (std::size_t d = 0; d < n.size(); ++d)
                byDirection[d] += n[d];
        }
        out << "with bodies and years, indexed " << name << " (" << directed.bodies() << " bodies; fingerprints made above): index and verify "
            << QString::number(directedIndexMs, 'f', 0) << " ms, findings " << QString::number(directedMs - directedIndexMs, 'f', 0) << " ms; passages copied "
            << byDirection[0] << ", copied by " << byDirection[1] << ", shared " << byDirection[2] << "; CPU " << QString::number(directedCpuS, 'f', 2) << " s"
            << Qt::endl;
    }
    return 0;
}
