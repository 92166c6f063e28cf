#include "analysiscontroller.h"

#include "analysis/analysisengines.h"
#include "uilogging.h"

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
    connect(&m_watcher, &QFutureWatcher<Comparison>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<Comparison>::finished, this, &AnalysisController::handleFinished);
}

AnalysisController::~AnalysisController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void AnalysisController::analyse(const QList<Report> &reports, const QList<qint64> &keys)
{
    if (!m_engines) {
        qCWarning(lcUi) << "no analysis:" << m_engineError;
        return;
    }
    if (m_watcher.isRunning()) {
        // The running analysis is stale: cancel it and start this one when it ends.
        m_pending = reports;
        m_pendingKeys = keys;
        m_hasPending = true;
        m_watcher.cancel();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&Comparison::analyseAll, m_engines, reports, m_corrections, keys));
    Q_EMIT started(int(reports.size()));
}

void AnalysisController::cancel()
{
    m_hasPending = false;
    m_pending.clear();
    m_pendingKeys.clear();
    m_watcher.cancel();
}

bool AnalysisController::isAnalysing() const
{
    return m_watcher.isRunning() || m_hasPending;
}

void AnalysisController::handleFinished()
{
    const QFuture<Comparison> future = m_watcher.future();
    const bool done = !future.isCanceled() && future.resultCount() > 0;
    if (done) {
        m_comparison = future.result();
        // Corrections made while the worker ran apply now.
        if (m_comparison.corrections != m_corrections)
            realign();
    }
    if (m_hasPending) {
        m_hasPending = false;
        analyse(std::exchange(m_pending, {}), std::exchange(m_pendingKeys, {}));
    }
    if (done)
        Q_EMIT comparisonChanged();
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

void AnalysisController::setValueOverrides(const QList<ValueOverride> &overrides)
{
    if (overrides == m_overrides)
        return;
    m_overrides = overrides;
    Q_EMIT valueOverridesChanged();
}

void AnalysisController::realign()
{
    if (!m_engines)
        return;
    m_comparison.corrections = m_corrections;
    m_comparison.realign(*m_engines);
}

} // namespace Dz
