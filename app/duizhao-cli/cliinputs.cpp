#include "cliinputs.h"

#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "project/projectanalysis.h"

#include <QtConcurrentMap>

namespace Dz
{

CliInputs::CliInputs(const QString &project, const QStringList &files, bool ocr, Reading reading)
    : m_session(std::make_unique<AnalystSession>())
{
    if (!project.isEmpty()) {
        auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
        auto summaries = store ? store.value()->reportSummaries() : Result<QList<ReportSummary>>::failure(store.error());
        auto loaded = summaries ? m_session->load(store.value().get()) : Result<>::failure(summaries.error());
        if (!loaded) {
            m_session->load(nullptr);
            m_inputs.append({project, std::nullopt, loaded.error(), 0});
        } else {
            m_store = std::move(store).value();
            QList<qint64> ids;
            for (const ReportSummary &summary : std::as_const(summaries.value()))
                ids.append(summary.id);
            if (reading == Reading::StoredIndicators) {
                auto indicators = ProjectAnalysis::readIndicators(*m_store, ids);
                if (!indicators) {
                    m_inputs.append({project, std::nullopt, indicators.error(), 0});
                } else {
                    for (qsizetype i = 0; i < ids.size(); ++i) {
                        ReportAnalysis analysis;
                        analysis.report.filePath = summaries->at(i).fileName;
                        analysis.indicators = std::move(indicators.value()[i]);
                        m_inputs.append({summaries->at(i).fileName, std::move(analysis), {}, ids.at(i)});
                    }
                }
            } else if (auto analyses = ProjectAnalysis::readAll(*m_store, ids); !analyses) {
                m_inputs.append({project, std::nullopt, analyses.error(), 0});
            } else {
                for (qsizetype i = 0; i < ids.size(); ++i)
                    m_inputs.append({summaries->at(i).fileName, std::move(analyses.value()[i]), {}, ids.at(i)});
            }
        }
    }
    // Files are read and analysed on every core, and kept in order.
    PipelineOptions options;
    options.ocr = ocr;
    m_inputs.append(QtConcurrent::blockingMapped(files, [&options](const QString &file) {
        auto analysed = ReportPipeline().analyseFile(file, options);
        return analysed ? CliInput {file, std::move(analysed->analysis), {}, 0} : CliInput {file, std::nullopt, analysed.error(), 0};
    }));
}

CliInputs::~CliInputs()
{
    // The session points at the store: it goes first.
    m_session.reset();
}

QList<ReportAnalysis> CliInputs::readable(QTextStream &err, int &exitCode, int failedCode, QList<qint64> *keys) const
{
    QList<ReportAnalysis> analyses;
    for (const CliInput &input : m_inputs) {
        if (!input.analysis) {
            exitCode = failedCode;
            err << input.error << Qt::endl;
            continue;
        }
        analyses.append(*input.analysis);
        if (keys)
            keys->append(input.key);
    }
    return analyses;
}

Comparison CliInputs::comparison(QTextStream &err, int &exitCode, int failedCode) const
{
    QList<qint64> keys;
    QList<ReportAnalysis> analyses = readable(err, exitCode, failedCode, &keys);
    return Comparison::compose(AnalysisEngines::required(), std::move(analyses), m_session->corrections(), keys);
}

} // namespace Dz
