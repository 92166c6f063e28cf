#include "briefcommand.h"

#include "analysis/analysisengines.h"
#include "audit/audit.h"
#include "base/translationloader.h"
#include "charts/chartexporter.h"
#include "export/comparisonbrief.h"
#include "models/indicatortablemodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Dz::Cli
{

int runBrief(const CliInputs &inputs, const BriefRequest &request, QTextStream &err)
{
    int exitCode = 0;
    Comparison comparison = inputs.comparison(err, exitCode, 1);
    if (request.themes)
        comparison.applyWeaknessCatalog(*request.themes);
    // An empty brief over the analyst's old one would be a loss, not an output.
    if (comparison.reports.isEmpty()) {
        err << QCoreApplication::translate("main", "brief: nothing to write about (no readable reports); %1 not written.").arg(request.out) << Qt::endl;
        return 1;
    }
    const AnalysisEngines &engines = AnalysisEngines::required();
    const bool chinese = TranslationLoader::instance()->showsChinese();
    IndicatorTableModel table;
    table.setChineseLabels(chinese);
    table.setComparison(comparison, engines.indicators.catalog());
    table.setSession(&inputs.session());

    ComparisonBrief::Sources sources;
    sources.table = &table;
    // The themes the shortcomings were read with: the heat map and the recurrence tables name them.
    sources.weaknesses = &comparison.weaknessCatalog;
    sources.audits = Audit::of(comparison).audits;
    for (const qint64 key : comparison.keys)
        sources.annotations.append(key > 0 ? inputs.session().annotations(key) : QList<Annotation>());

    ComparisonBrief::Options options;
    options.title = request.title;
    options.subtitle = request.subtitle;
    options.grouping = request.grouping == u"report"_s ? ComparisonBrief::Grouping::ByReport : ComparisonBrief::Grouping::ByTheme;
    options.chinese = chinese;
    const auto document = ComparisonBrief::build(sources, options, [](const ChartData &chart, QSize size) {
        return ChartExporter::png(chart, size, ComparisonBrief::PictureScale);
    });
    const auto written = document ? document->write(request.out) : Result<qint64>::failure(document.error());
    if (!written) {
        err << written.error() << Qt::endl;
        return 1;
    }
    err << QCoreApplication::translate("main", "Wrote %1 (%n table(s), %2 chart(s)).", nullptr, document->tableCount())
               .arg(request.out)
               .arg(document->pictureCount())
        << Qt::endl;
    return exitCode;
}

} // namespace Dz::Cli
