// The stages issue 21 changed, each as a multiple of a floor measured in the
// same run: weakness classification (WeaknessExtractor over every report),
// follow-ups of plans and recurring shortcomings (FollowUpTracker over every
// pair of consecutive years of a body), the heat map's recurrences
// (WeaknessMatrixModel), copying (CopyIndex, with each report's body and
// order where the build has them, so that copying has a direction), the
// whole audit (Auditor) and the whole analysis (Comparison::analyse, then
// the audit). On N synthetic reports made from the seeds
// (Dz::Bench::SyntheticReports) and on the five samples (their stages
// repeated until a round takes about 200 ms, the least of five rounds kept,
// so that they take measurable time).
//
// The floor is one pass over the same texts counting letters and digits,
// repeated until it takes at least 50 ms of CPU, the smallest of three
// kept: a load that slows the stages slows it too, so the ratios can be
// compared between runs and between builds on a busy machine. Each stage is
// likewise measured in three rounds (five for the small sets) and its least
// time kept (a shared machine slows a run now and then, never speeds one up). Times are
// the process's CPU time (every thread); the time on the clock is shown
// beside them (the audit reads pairs of years on every core). The source compiles against the
// core as it was before issue 21 too, so the same bench can be built at an
// older commit. Usage:
//   bench_meaning [N [FILE...]]
// N synthetic reports (300 by default); FILEs, when given, are a third set
// (a body's consecutive years, e.g. tests/data/audit/qingshi-*.txt and
// tests/data/recurrence/changxing-*.txt), so that follow-ups and
// recurrences are measured on real-shaped pairs too.

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportpipeline.h"
#include "audit/auditor.h"
#include "audit/auditrules.h"
#include "audit/copyindex.h"
#include "audit/followuptracker.h"
#include "audit/reportparts.h"
#include "base/widthfolding.h"
#include "models/weaknessmatrixmodel.h"
#include "reading/samplereports.h"
#include "syntheticreports.h"

#if __has_include("audit/reportorder.h")
#include "audit/reportorder.h"
#define DZ_BENCH_COPY_DIRECTION 1
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

/// What @p work takes: CPU seconds (every thread), and seconds on the clock.
struct Took {
    double cpu = 0;
    double wall = 0;
    Took operator+(const Took &o) const
    {
        return {cpu + o.cpu, wall + o.wall};
    }
};

Took timed(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    const double start = cpuSeconds();
    work();
    return {cpuSeconds() - start, double(clock.nsecsElapsed()) / 1e9};
}

/// CPU seconds per pass of the floor over @p texts: the least of three measures.
double floorOf(const QStringList &texts)
{
    double best = 0;
    for (int round = 0; round < 3; ++round) {
        qint64 letters = 0;
        int passes = 0;
        const double start = cpuSeconds();
        do {
            for (const QString &text : texts) {
                for (const QChar c : text)
                    letters += c.isLetterOrNumber() ? 1 : 0;
            }
            ++passes;
        } while (cpuSeconds() - start < 0.05);
        const double perPass = (cpuSeconds() - start) / passes;
        if (round == 0 || perPass < best)
            best = perPass;
        if (letters == 0)
            return 0;
    }
    return best;
}

struct Stage {
    const char *name;
    Took took;
};

/// What the stages found, so that a run shows they did their work.
struct Found {
    int pairs = 0; ///< consecutive years of a body
    int items = 0; ///< weakness items
    int themed = 0; ///< of which with a theme
    int plans = 0; ///< plan items followed up
    int recurring = 0; ///< shortcomings admitted again (FollowUpTracker)
    int passages = 0; ///< copied passages
};

/// The stages on @p texts, each repeated @p repeat times.
QList<Stage> measure(const Dz::AnalysisEngines &engines, const QStringList &texts, const QStringList &names, int repeat, Found *found)
{
    QList<Dz::Report> reports;
    for (int i = 0; i < texts.size(); ++i)
        reports.append(Dz::ReportPipeline::readText(texts.at(i), names.at(i)));
    Dz::Comparison comparison;
    const Took analyse = timed([&] {
        for (int r = 0; r < repeat; ++r)
            comparison = Dz::Comparison::analyse(engines, reports);
    });

    const Took weaknesses = timed([&] {
        for (int r = 0; r < repeat; ++r) {
            for (int i = 0; i < comparison.reports.size(); ++i)
                Q_UNUSED(engines.weaknesses.extract(comparison.reports.at(i), comparison.classifications.at(i)));
        }
    });
    *found = {};
    for (const Dz::ReportWeaknesses &w : std::as_const(comparison.weaknesses)) {
        found->items += int(w.items.size());
        for (const Dz::WeaknessItem &item : w.items)
            found->themed += item.theme.isEmpty() ? 0 : 1;
    }

    // Follow-ups as the Auditor finds them: each report with the year before of its body.
    std::vector<std::unique_ptr<Dz::ReportParts>> parts;
    for (int i = 0; i < comparison.reports.size(); ++i)
        parts.push_back(std::make_unique<Dz::ReportParts>(comparison.alignment, comparison.reports.at(i), i));
    QList<std::pair<int, int>> years;
    QStringList keys;
    for (const Dz::Report &report : std::as_const(comparison.reports))
        keys.append(Dz::Auditor::bodyKey(report));
    for (int i = 0; i < comparison.reports.size(); ++i) {
        const QString &key = keys.at(i);
        for (int j = 0; j < comparison.reports.size() && !key.isEmpty() && comparison.reports.at(i).year() > 0; ++j) {
            if (j != i && comparison.reports.at(j).year() == comparison.reports.at(i).year() - 1 && keys.at(j) == key) {
                years.append({j, i});
                break;
            }
        }
    }
    found->pairs = int(years.size());
    const Dz::FollowUpTracker tracker(engines.classifier.scheme(), engines.weaknesses.catalog(), Dz::AuditRules::builtIn());
    const Took followUps = timed([&] {
        for (int r = 0; r < repeat; ++r) {
            for (const auto &[j, i] : std::as_const(years)) {
                const Dz::FollowUpInput earlier {
                    &comparison.reports.at(j), &comparison.classifications.at(j), parts[std::size_t(j)].get(), &comparison.weaknesses.at(j)};
                const Dz::FollowUpInput later {
                    &comparison.reports.at(i), &comparison.classifications.at(i), parts[std::size_t(i)].get(), &comparison.weaknesses.at(i)};
                const Dz::FollowUp f = tracker.compare(earlier, later);
                if (r == 0) {
                    found->plans += int(f.plans.size());
                    found->recurring += int(f.recurring.size());
                }
            }
        }
    });

    const Took heatMap = timed([&] {
        for (int r = 0; r < repeat; ++r) {
            Dz::WeaknessMatrixModel model;
            model.setComparison(comparison, engines.weaknesses.catalog());
        }
    });

    QStringList folded;
    for (const QString &text : texts)
        folded.append(Dz::foldWidth(text));
    const Took copies = timed([&] {
        for (int r = 0; r < repeat; ++r) {
            Dz::CopyIndex index;
            for (int i = 0; i < folded.size(); ++i) {
#ifdef DZ_BENCH_COPY_DIRECTION
                Dz::ReportOrder order;
                order.year = comparison.reports.at(i).year();
                index.add(folded.at(i), {}, Dz::Auditor::bodyKey(comparison.reports.at(i)), order);
#else
                index.add(folded.at(i));
#endif
            }
            for (int i = 0; i < folded.size(); ++i) {
                const Dz::CopyFindings f = index.findings(i);
                found->passages += r == 0 ? int(f.passages.size()) : 0;
            }
        }
    });

    const Dz::Auditor auditor;
    const Took audit = timed([&] {
        for (int r = 0; r < repeat; ++r)
            Q_UNUSED(auditor.audit(comparison));
    });

    return {{"weakness classification", weaknesses}, {"follow-ups and recurrences", followUps}, {"heat map (recurrences)", heatMap},
        {"copying (with direction)", copies}, {"audit (all of it)", audit}, {"analysis (Comparison::analyse)", analyse},
        {"whole: analysis + audit", analyse + audit}};
}

/// Each stage's least time over @p rounds.
QList<Stage> least(const QList<QList<Stage>> &rounds)
{
    QList<Stage> out = rounds.value(0);
    for (const QList<Stage> &round : rounds) {
        for (int i = 0; i < out.size() && i < round.size(); ++i) {
            out[i].took.cpu = std::min(out[i].took.cpu, round[i].took.cpu);
            out[i].took.wall = std::min(out[i].took.wall, round[i].took.wall);
        }
    }
    return out;
}

constexpr int Rounds = 3;
/// A small set's stages take a few milliseconds: five rounds of many runs each.
constexpr int SmallRounds = 5;

/// How many runs of a small set's stages take about 200 ms of CPU (20 at least):
/// a short measure is what a busy machine blurs most.
int runsFor(const Dz::AnalysisEngines &engines, const QStringList &texts, const QStringList &names)
{
    Found ignored;
    const double once = measure(engines, texts, names, 1, &ignored).constLast().took.cpu; // also warms the caches up
    return std::clamp(int(std::ceil(0.2 / std::max(once, 1e-6))), 20, 5000);
}

void report(QTextStream &out, const QString &title, const QList<Stage> &stages, double floor, int repeat, const Found &found)
{
    out << title << Qt::endl;
    out << "  found: " << found.items << " weakness items (" << found.themed << " with a theme), " << found.pairs << " pairs of consecutive years of a body, "
        << found.plans << " plan items followed up, " << found.recurring << " shortcomings admitted again, " << found.passages << " copied passages"
        << Qt::endl;
    out << "  floor (one pass over the texts): " << QString::number(floor * 1000, 'f', 2) << " ms CPU" << Qt::endl;
    for (const Stage &s : stages) {
        out << "  " << QString::fromLatin1(s.name).leftJustified(32) << QString::number(s.took.cpu / repeat * 1000, 'f', 1).rightJustified(10) << " ms CPU"
            << QString::number(s.took.cpu / repeat / floor, 'f', 1).rightJustified(10) << "× the floor"
            << QString::number(s.took.wall / repeat * 1000, 'f', 1).rightJustified(10) << " ms wall" << Qt::endl;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = argc > 1 ? qMax(2, QString::fromLocal8Bit(argv[1]).toInt()) : 300;
    const Dz::AnalysisEngines &engines = Dz::AnalysisEngines::required();

    QList<Dz::Report> seeds;
    QStringList sampleTexts;
    QStringList sampleNames;
    for (const QString &path : Dz::sampleReportPaths()) {
        auto read = Dz::ReportPipeline::readFile(path);
        if (!read) {
            out << read.error() << Qt::endl;
            return 1;
        }
        sampleTexts.append(read.value().text);
        sampleNames.append(path.section(u'/', -1));
        seeds.append(std::move(read).value());
    }
    const Dz::Bench::SyntheticReports generator(seeds);
    QStringList texts;
    QStringList names;
    for (int i = 0; i < n; ++i) {
        QString name;
        texts.append(generator.make(i, &name));
        names.append(name);
    }

    const auto megabytes = [](const QStringList &list) {
        qint64 bytes = 0;
        for (const QString &text : list)
            bytes += text.toUtf8().size();
        return QString::number(bytes / 1e6, 'f', 2);
    };
    Found found;
    QList<QList<Stage>> rounds;
    for (int r = 0; r < Rounds; ++r)
        rounds.append(measure(engines, texts, names, 1, &found));
    const QList<Stage> synthetic = least(rounds);
    const double syntheticFloor = floorOf(texts);
    report(out, u"%1 synthetic reports, %2 MB:"_s.arg(n).arg(megabytes(texts)), synthetic, syntheticFloor, 1, found);

    const int repeat = runsFor(engines, sampleTexts, sampleNames);
    rounds.clear();
    for (int r = 0; r < SmallRounds; ++r)
        rounds.append(measure(engines, sampleTexts, sampleNames, repeat, &found));
    const QList<Stage> samples = least(rounds);
    const double sampleFloor = floorOf(sampleTexts);
    report(
        out, u"the five samples, %1 MB (each stage %2 times; times per run):"_s.arg(megabytes(sampleTexts)).arg(repeat), samples, sampleFloor, repeat, found);

    QStringList fileTexts;
    QStringList fileNames;
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        auto read = Dz::ReportPipeline::readFile(path);
        if (!read) {
            out << read.error() << Qt::endl;
            return 1;
        }
        fileTexts.append(read.value().text);
        fileNames.append(path.section(u'/', -1));
    }
    if (!fileTexts.isEmpty()) {
        const int fileRepeat = runsFor(engines, fileTexts, fileNames);
        rounds.clear();
        for (int r = 0; r < SmallRounds; ++r)
            rounds.append(measure(engines, fileTexts, fileNames, fileRepeat, &found));
        const QList<Stage> files = least(rounds);
        report(out, u"%1 files given, %2 MB (each stage %3 times; times per run):"_s.arg(fileTexts.size()).arg(megabytes(fileTexts)).arg(fileRepeat), files,
            floorOf(fileTexts), fileRepeat, found);
    }
    return 0;
}
