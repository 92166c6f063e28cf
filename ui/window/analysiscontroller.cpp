#include "window/analysiscontroller.h"

#include "analysis/analysisengines.h"
#include "common/uilogging.h"
#include "project/projectanalysis.h"

#include <QtConcurrentRun>

namespace Dz
{

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
{
    const auto engines = AnalysisEngines::builtIn();
    if (engines)
        m_engines = engines.value();
    else
        m_engineError = engines.error();
    connect(&m_watcher, &QFutureWatcher<Result<Comparison>>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<Result<Comparison>>::finished, this, &AnalysisController::handleFinished);
}

AnalysisController::~AnalysisController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void AnalysisController::compare(const QString &projectPath, const QList<qint64> &ids)
{
    if (!m_engines) {
        qCWarning(lcUi) << "no analysis:" << m_engineError;
        return;
    }
    if (m_watcher.isRunning()) {
        // The running comparison is stale: cancel it and start this one when it ends.
        m_pendingProject = projectPath;
        m_pendingIds = ids;
        m_hasPending = true;
        m_watcher.cancel();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&ProjectAnalysis::compareInBackground, projectPath, ids, m_corrections));
    Q_EMIT started(int(ids.size()));
}

void AnalysisController::cancel()
{
    m_hasPending = false;
    m_pendingIds.clear();
    m_watcher.cancel();
}

bool AnalysisController::isAnalysing() const
{
    return m_watcher.isRunning() || m_hasPending;
}

void AnalysisController::handleFinished()
{
    const QFuture<Result<Comparison>> future = m_watcher.future();
    const bool done = !future.isCanceled() && future.resultCount() > 0;
    QString error;
    if (done) {
        Result<Comparison> result = future.result();
        if (result) {
            m_comparison = std::move(result).value();
            // Corrections made while the worker ran apply now.
            if (m_comparison.corrections != m_corrections)
                realign();
        } else
            error = result.error();
    }
    if (m_hasPending) {
        m_hasPending = false;
        compare(std::exchange(m_pendingProject, {}), std::exchange(m_pendingIds, {}));
    }
    if (done && error.isEmpty())
        Q_EMIT comparisonChanged();
    else if (!error.isEmpty())
        Q_EMIT failed(error);
    else if (!isAnalysing())
        Q_EMIT canceled();
}

bool AnalysisController::setCorrections(const QList<AlignmentCorrection> &corrections)
{
    if (corrections == m_corrections)
        return false;
    m_corrections = corrections;
    if (m_comparison.isEmpty())
        return false;
    realign();
    Q_EMIT comparisonChanged();
    return true;
}

const IndicatorCatalog *AnalysisController::indicatorCatalog() const
{
    return m_engines ? &m_engines->indicators.catalog() : nullptr;
}

const WeaknessCatalog *AnalysisController::weaknessCatalog() const
{
    return m_engines ? &m_engines->weaknesses.catalog() : nullptr;
}

void AnalysisController::realign()
{
    if (!m_engines)
        return;
    m_comparison.corrections = m_corrections;
    m_comparison.realign(*m_engines);
}

} // namespace Dz
