#include "cliinputs.h"

#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "project/projectanalysis.h"
#include "reading/zipreports.h"

#include <QFileInfo>

#include <QHash>
#include <QtConcurrentMap>

namespace Dz
{

CliInputs::CliInputs(const QString &project, const QStringList &files, bool ocr, Reading reading)
    : m_session(std::make_unique<AnalystSession>())
{
    if (!project.isEmpty()) {
        auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
        auto summaries = store ? store.value()->reportRecords().reportSummaries() : Result<QList<ReportSummary>>::failure(store.error());
        auto loaded = summaries ? m_session->load(store.value().get()) : Result<>::failure(summaries.error());
        if (!loaded) {
            m_session->load(nullptr);
            m_inputs.append({project, std::nullopt, loaded.error(), 0, {}});
        } else {
            m_store = std::move(store).value();
            QList<qint64> ids;
            for (const ReportSummary &summary : std::as_const(summaries.value()))
                ids.append(summary.id);
            if (reading == Reading::StoredIndicators) {
                auto indicators = ProjectAnalysis::readIndicators(*m_store, ids);
                if (!indicators) {
                    m_inputs.append({project, std::nullopt, indicators.error(), 0, {}});
                } else {
                    for (qsizetype i = 0; i < ids.size(); ++i) {
                        ReportAnalysis analysis;
                        // The identity the project holds (the analyst's applied), for the labels.
                        analysis.report = summaries->at(i).listedReport();
                        analysis.indicators = std::move(indicators.value()[i]);
                        m_inputs.append({summaries->at(i).fileName, std::move(analysis), {}, ids.at(i), {}});
                    }
                }
            } else {
                // A report whose stored text is damaged is named, never analysed.
                QList<DamagedReport> damaged;
                auto analyses = ProjectAnalysis::readAll(*m_store, ids, {}, &damaged);
                if (!analyses) {
                    m_inputs.append({project, std::nullopt, analyses.error(), 0, {}});
                } else {
                    QHash<qint64, QString> damage;
                    for (const DamagedReport &d : std::as_const(damaged))
                        damage.insert(d.id, d.message);
                    qsizetype next = 0;
                    for (qsizetype i = 0; i < ids.size(); ++i) {
                        if (damage.contains(ids.at(i)))
                            m_inputs.append({summaries->at(i).fileName, std::nullopt, damage.value(ids.at(i)), ids.at(i), {}});
                        else
                            m_inputs.append({summaries->at(i).fileName, std::move(analyses.value()[next++]), {}, ids.at(i), {}});
                    }
                }
            }
        }
    }
    // A zip stands for the reports in it.
    QStringList reports;
    for (const QString &file : files) {
        if (!ZipReports::isArchiveName(file) || !QFileInfo(file).isFile()) {
            reports.append(file);
            continue;
        }
        QStringList errors;
        reports += ZipReports::reportPaths(file, &errors);
        for (const QString &error : std::as_const(errors))
            m_inputs.append({file, std::nullopt, error, 0, {}});
    }
    // Files are read and analysed on every core, and kept in order.
    PipelineOptions options;
    options.ocr = ocr;
    m_inputs.append(QtConcurrent::blockingMapped(reports, [&options](const QString &file) {
        auto analysed = ReportPipeline().analyseFile(file, options);
        return analysed ? CliInput {file, std::move(analysed->analysis), {}, 0, analysed->document.warnings}
                        : CliInput {file, std::nullopt, analysed.error(), 0, {}};
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
        for (const QString &warning : input.warnings) {
            exitCode = failedCode;
            err << warning << Qt::endl;
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
    Comparison comparison = Comparison::compose(AnalysisEngines::required(), std::move(analyses), m_session->corrections(), keys);
    // The project's weakness themes, as the workbench shows them.
    if (const WeaknessCatalog *catalog = m_session->weaknessCatalog())
        comparison.applyWeaknessCatalog(*catalog);
    return comparison;
}

} // namespace Dz
