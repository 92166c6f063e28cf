// Time on many sections: the whole analysis of a report (reading, outline,
// identity, classification, indicators, weaknesses, the audit) must grow
// linearly with the number of sections. The input's lines are repeated into
// a report of some thousands of short sections and into one four times as
// long; the longer may take at most eight times as long (linear is four,
// a pass that searches to the report's end for every section sixteen).

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportpipeline.h"
#include "audit/auditor.h"
#include "fuzztext.h"

#include <QStringList>
#include <ctime>

#include <limits>

using namespace Qt::StringLiterals;

namespace
{

qint64 analysisNs(const QString &text)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 2; ++run) {
        // Processor time, not wall time: a busy machine must not decide it.
        const std::clock_t started = std::clock();
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"fuzz.txt"_s);
        const Dz::Comparison comparison = Dz::Comparison::analyse(Dz::AnalysisEngines::required(), {report});
        Dz::Fuzz::require(Dz::Auditor().audit(comparison).size() == 1, "one report, one audit");
        best = qMin(best, qint64(double(std::clock() - started) * 1e9 / CLOCKS_PER_SEC));
    }
    return best;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList lines = Dz::Fuzz::textOf(data, qMin<size_t>(size, 4096)).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return 0;
    // Some thousands of lines: enough that a quadratic pass shows.
    QStringList smaller;
    while (smaller.size() < 3000)
        smaller += lines;
    const QString a = smaller.join(u'\n');
    const QString b = QStringList {a, a, a, a}.join(u'\n');
    const qint64 ta = analysisNs(a);
    const qint64 tb = analysisNs(b);
    // Fixed costs dominate a fast run: the ratio counts past a quarter of a second.
    if (tb > 250000000 && tb > 8 * ta) {
        std::fprintf(stderr, "fuzz: %lld ms for %lld characters, %lld ms for four times as many\n", (long long)(ta / 1000000), (long long)a.size(),
            (long long)(tb / 1000000));
        Dz::Fuzz::require(false, "time grows linearly with the sections");
    }
    return 0;
}
