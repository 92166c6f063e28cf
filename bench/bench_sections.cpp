// Time per section of a report of many short sections, from 1,000 to
// 200,000, in each shape of tests/sectionfixtures.h: every per-section pass
// (outline, identity, classification, indicators, weaknesses, the audit)
// must stay linear, so the time per section must not grow with their
// number. Each size is timed against a floor measured in the same run over
// the same text: one plain scan that counts the event terms and the lines.
// Usage:
//   bench_sections [LARGEST [SHAPE]]   (200000; every shape, or one of
//                                       items, headings, enumerations,
//                                       shortcomings, lines, mixed)

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportanalysis.h"
#include "analysis/reportpipeline.h"
#include "audit/auditor.h"
#include "sectionfixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace
{

// The floor: one pass over the text that counts the lines and the event
// terms, as the least any reading of it must do.
qsizetype plainScan(const QString &text)
{
    qsizetype found = 0;
    const QStringView view(text);
    for (const QStringView term : {u"演练", u"案件", u"普法"}) {
        for (qsizetype at = view.indexOf(term); at >= 0; at = view.indexOf(term, at + term.size()))
            ++found;
    }
    return found + text.count(u'\n');
}

qint64 timeNs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed();
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1) + u" ms"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int largest = argc > 1 ? qMax(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 200000;
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const Dz::AnalysisEngines &engines = Dz::AnalysisEngines::required();
    const Dz::Auditor auditor;
    using Dz::Test::SectionShape;
    const QList<std::pair<QString, SectionShape>> shapes = {{u"items"_s, SectionShape::NumberedItems}, {u"headings"_s, SectionShape::SubHeadings},
        {u"enumerations"_s, SectionShape::Enumerations}, {u"shortcomings"_s, SectionShape::Shortcomings}, {u"lines"_s, SectionShape::BareLines},
        {u"mixed"_s, SectionShape::Mixed}};

    for (const auto &[name, shape] : shapes) {
        if (!only.isEmpty() && only != name)
            continue;
        out << Qt::endl << name << Qt::endl;
        out << u"   lines  sections  characters  read+outline  analysis      audit        all      floor   ratio  µs/section  µs/1k chars"_s << Qt::endl;
        for (const int sections : {1000, 5000, 20000, 50000, 100000, 200000}) {
            if (sections > largest)
                break;
            const QString text = Dz::Test::manySectionsReport(shape, sections);
            qsizetype sink = 0;
            // The floor, three times for a stable figure; the least is kept.
            qint64 floorNs = std::numeric_limits<qint64>::max();
            for (int i = 0; i < 3; ++i)
                floorNs = qMin(floorNs, timeNs([&] {
                    sink += plainScan(text);
                }));
            Dz::Report report;
            const qint64 readNs = timeNs([&] {
                report = Dz::ReportPipeline::readText(text, u"bench.txt"_s);
            });
            const int found = int(report.sections.size());
            Dz::ReportAnalysis analysis;
            const qint64 analysisNs = timeNs([&] {
                analysis = Dz::ReportPipeline(engines).analyse(std::move(report));
            });
            qint64 auditNs = timeNs([&] {
                const Dz::Comparison comparison = Dz::Comparison::compose(engines, {analysis}, {});
                sink += auditor.audit(comparison).size();
            });
            const qint64 all = readNs + analysisNs + auditNs;
            out << QString::number(sections).rightJustified(8) << QString::number(found).rightJustified(10) << QString::number(text.size()).rightJustified(12)
                << ms(readNs).rightJustified(14) << ms(analysisNs).rightJustified(10) << ms(auditNs).rightJustified(11) << ms(all).rightJustified(11)
                << ms(floorNs).rightJustified(11) << QString(QString::number(double(all) / double(qMax<qint64>(1, floorNs)), 'f', 0) + u'x').rightJustified(8)
                << QString::number(double(all) / 1e3 / qMax(1, found), 'f', 1).rightJustified(12)
                << QString::number(double(all) / double(qMax<qsizetype>(1, text.size())), 'f', 1).rightJustified(13) << Qt::endl;
            if (sink < 0)
                out << sink;
        }
    }
    return 0;
}
