// Every per-section pass in linear time (issue 24, item 4): a report of
// many short sections, four times as many, takes about four times as long,
// whatever the shape of its sections. Event counting searched to the
// report's end for every section: 40,000 short lines took 15 s, 200,000
// more than five minutes. Timed as a ratio in one run, so a slow or busy
// machine does not decide it.

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportanalysis.h"
#include "analysis/reportpipeline.h"
#include "audit/auditor.h"
#include "sectionfixtures.h"

#include <QTest>
#include <ctime>

#include <limits>

using namespace Qt::StringLiterals;

namespace
{

// Reading, analysing and auditing one report, the least of two runs.
qint64 pipelineNs(const QString &text)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 2; ++run) {
        // Processor time, not wall time: a busy machine must not decide it.
        const std::clock_t started = std::clock();
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"many.txt"_s);
        const Dz::Comparison comparison = Dz::Comparison::analyse(Dz::AnalysisEngines::required(), {report});
        const QList<Dz::ReportAudit> audits = Dz::Auditor().audit(comparison);
        if (audits.size() != 1)
            qFatal("no audit");
        best = qMin(best, qint64(double(std::clock() - started) * 1e9 / CLOCKS_PER_SEC));
    }
    return best;
}

} // namespace

using Dz::Test::SectionShape;

Q_DECLARE_METATYPE(SectionShape)

class TestSectionScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearInSections_data()
    {
        QTest::addColumn<SectionShape>("shape");
        QTest::newRow("numbered items") << SectionShape::NumberedItems;
        QTest::newRow("sub-headings") << SectionShape::SubHeadings;
        QTest::newRow("enumerations") << SectionShape::Enumerations;
        QTest::newRow("shortcomings") << SectionShape::Shortcomings;
        QTest::newRow("bare lines") << SectionShape::BareLines;
        QTest::newRow("mixed parts") << SectionShape::Mixed;
    }

    void linearInSections()
    {
        QFETCH(SectionShape, shape);
        const int small = 4000;
        const QString smaller = Dz::Test::manySectionsReport(shape, small);
        const QString larger = Dz::Test::manySectionsReport(shape, small * 4);
        // The sections are there to be counted.
        const Dz::Report report = Dz::ReportPipeline::readText(smaller, u"many.txt"_s);
        if (shape != SectionShape::BareLines)
            QVERIFY2(report.sections.size() >= small / 2, qPrintable(QString::number(report.sections.size())));
        const qint64 a = pipelineNs(smaller);
        const qint64 b = pipelineNs(larger);
        const double ratio = double(b) / double(qMax<qint64>(a, 1));
        // Linear is about 4; quadratic 16. Small reports are dominated by fixed costs, so a floor of 0.3 s.
        QVERIFY2(ratio < 8 || b < 300000000,
            qPrintable(u"%1 ms for %2 sections, %3 ms for four times as many (%4x)"_s.arg(a / 1000000).arg(small).arg(b / 1000000).arg(ratio, 0, 'f', 1)));
    }
};

QTEST_GUILESS_MAIN(TestSectionScaling)
#include "tst_sectionscaling.moc"
