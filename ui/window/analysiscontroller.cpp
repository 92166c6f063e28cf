#include "window/analysiscontroller.h"

#include "analysis/analysisengines.h"
#include "audit/copyindexcache.h"
#include "common/workbench_debug.h"
#include "project/projectanalysis.h"

#include <QtConcurrentRun>

namespace Dz
{

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
    , m_copies(std::make_shared<CopyIndexCache>())
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
    connect(&m_auditWatcher, &QFutureWatcher<Audit>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_auditWatcher.progressMaximum(), tr("Auditing %n report(s)", nullptr, int(m_comparison.reports.size())));
    });
    connect(&m_auditWatcher, &QFutureWatcher<Audit>::finished, this, &AnalysisController::handleAudited);
    connect(&m_search, &QFutureWatcher<WorkbenchSearch>::finished, this, [this] {
        if (m_search.future().resultCount() > 0)
            Q_EMIT searchFinished(m_search.result());
    });
}

AnalysisController::~AnalysisController()
{
    m_watcher.cancel();
    m_auditWatcher.cancel();
    m_watcher.waitForFinished();
    m_auditWatcher.waitForFinished();
    m_search.waitForFinished();
}

void AnalysisController::search(const QString &query, const QString &projectPath)
{
    // setFuture() drops what an older search would bring.
    m_search.setFuture(QtConcurrent::run(&searchWorkbench, query, m_comparison.reports, m_comparison.keys, projectPath, 50));
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
    m_auditPending = false;
    m_auditWatcher.cancel();
}

bool AnalysisController::isAnalysing() const
{
    return m_watcher.isRunning() || m_hasPending;
}

bool AnalysisController::isAuditing() const
{
    return m_auditing;
}

int AnalysisController::fingerprintedReports() const
{
    return m_copies->fingerprinted();
}

void AnalysisController::auditAgain()
{
    if (!m_comparison.isEmpty())
        startAudit();
}

void AnalysisController::publish()
{
    Q_EMIT comparisonChanged(m_comparison);
    startAudit();
}

void AnalysisController::startAudit()
{
    if (m_auditing) {
        // The running audit is of a comparison no longer on screen: this one follows it.
        m_auditPending = true;
        m_auditWatcher.cancel();
        return;
    }
    // The audit before has finished: the copy index is this one's.
    m_auditing = true;
    m_auditWatcher.setFuture(QtConcurrent::run([comparison = m_comparison, copies = m_copies](QPromise<Audit> &promise) {
        Audit::inBackground(promise, comparison, {nullptr, copies.get()});
    }));
    Q_EMIT auditStarted();
}

void AnalysisController::handleAudited()
{
    m_auditing = false;
    if (std::exchange(m_auditPending, false)) {
        startAudit();
        return;
    }
    const QFuture<Audit> future = m_auditWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT canceled();
        return;
    }
    m_audit = future.result();
    Q_EMIT auditChanged(m_audit);
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
            // The project's weakness themes (the stored items were read with the built-in ones).
            applyWeaknessCatalog();
        } else
            error = result.error();
    }
    if (m_hasPending) {
        m_hasPending = false;
        compare(std::exchange(m_pendingProject, {}), std::exchange(m_pendingIds, {}));
    }
    if (done && error.isEmpty()) {
        publish();
        // Reports left out (damaged texts) are named, never shown.
        for (const QString &problem : std::as_const(m_comparison.problems))
            Q_EMIT failed(problem);
    } else if (!error.isEmpty())
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
    publish();
    return true;
}

const IndicatorCatalog *AnalysisController::indicatorCatalog() const
{
    return m_engines ? &m_engines->indicators.catalog() : nullptr;
}

const WeaknessCatalog *AnalysisController::weaknessCatalog() const
{
    if (m_weaknessCatalog.isValid())
        return &m_weaknessCatalog;
    return m_engines ? &m_engines->weaknesses.catalog() : nullptr;
}

bool AnalysisController::setWeaknessCatalog(const WeaknessCatalog &catalog)
{
    if (catalog == m_weaknessCatalog)
        return false;
    m_weaknessCatalog = catalog;
    if (m_comparison.isEmpty())
        return false;
    applyWeaknessCatalog();
    publish();
    return true;
}

void AnalysisController::applyWeaknessCatalog()
{
    // Reading the P2 items of the compared reports again takes milliseconds, like realigning.
    if (const WeaknessCatalog *catalog = weaknessCatalog())
        m_comparison.applyWeaknessCatalog(*catalog);
}

void AnalysisController::realign()
{
    if (!m_engines)
        return;
    m_comparison.corrections = m_corrections;
    m_comparison.realign(*m_engines);
}

} // namespace Dz
