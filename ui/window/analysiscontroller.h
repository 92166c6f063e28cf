#pragma once

#include "analysis/comparison.h"
#include "audit/audit.h"
#include "models/indicatortablemodel.h"
#include "project/projectsearch.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Dz
{

struct AnalysisEngines;
class CopyIndexCache;

/**
 * The one owner of the workbench's background work (heaptrack's pattern:
 * one entry per job, signals that carry the results; the panes are views).
 *
 * Keeps the comparison of the reports on screen: reads their stored
 * analyses on a worker thread (ProjectAnalysis::compareInBackground through
 * QtConcurrent) whenever the set of reports changes, and realigns at once
 * when the analyst corrects the alignment. Audits each comparison it
 * shows on a worker too (Audit::inBackground()), keeping the copy index
 * between audits: reports already fingerprinted are not fingerprinted again.
 * Searches the compared reports and the project on a worker too. Nothing is
 * parsed, analysed, audited or searched on the GUI thread; a new request of
 * a kind drops the running one.
 */
class AnalysisController final : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    /// Compares reports @p ids of the project at @p projectPath (in the
    /// background); ends with comparisonChanged(), or failed().
    void compare(const QString &projectPath, const QList<qint64> &ids);
    /// Stops the running comparison and audit.
    void cancel();
    bool isAnalysing() const;
    /// Whether the audit of the comparison on screen is still to come.
    bool isAuditing() const;

    /// Searches the compared reports and the project at @p projectPath (none
    /// when empty) for @p query in the background; ends with searchFinished().
    /// A newer search drops an older one's results.
    void search(const QString &query, const QString &projectPath);

    const Comparison &comparison() const
    {
        return m_comparison;
    }
    /// The last audit made (auditChanged()); it may be of an earlier
    /// comparison while isAuditing() (Audit::isOf() tells).
    const Audit &audit() const
    {
        return m_audit;
    }
    /// Audits the comparison on screen again (its reasons are written in the
    /// language of the moment: after a language change).
    void auditAgain();
    /// Report bodies fingerprinted for the copy index since the controller was made.
    int fingerprintedReports() const;
    /// The analyst's corrections (from the project); the alignment is made again with them.
    /// Returns whether they changed.
    bool setCorrections(const QList<AlignmentCorrection> &corrections);
    const QList<AlignmentCorrection> &corrections() const
    {
        return m_corrections;
    }

    /// The engines' indicator catalog; nullptr when the engines could not be made.
    const IndicatorCatalog *indicatorCatalog() const;
    /// The weakness themes the comparison is read with: the project's own
    /// (setWeaknessCatalog), else the engines'; nullptr when the engines could not be made.
    const WeaknessCatalog *weaknessCatalog() const;
    /// Reads the comparison's shortcomings with @p catalog from now on (an
    /// invalid one: the built-in themes); emits comparisonChanged() when the
    /// comparison on screen changed. Returns whether it did.
    bool setWeaknessCatalog(const WeaknessCatalog &catalog);

    /// Why the engines could not be made (a broken built-in data file); empty when fine.
    QString engineError() const
    {
        return m_engineError;
    }

Q_SIGNALS:
    void started(int reportCount);
    /// @p what says what is being done ("Reading stored analyses: 3 of 12").
    void progressChanged(int done, int total, const QString &what);
    void comparisonChanged(const Dz::Comparison &comparison);
    /// The comparison on screen is being audited (progressChanged() tells how far).
    void auditStarted();
    /// The audit of the comparison on screen, after each comparisonChanged()
    /// (one per change; a change while auditing drops the stale audit).
    void auditChanged(const Dz::Audit &audit);
    void searchFinished(const Dz::WorkbenchSearch &search);
    void canceled();
    /// The project could not be read; the message names it.
    void failed(const QString &message);

private:
    void handleFinished();
    void realign();
    void applyWeaknessCatalog();
    /// comparisonChanged(), then the audit of the new comparison.
    void publish();
    void startAudit();
    void handleAudited();

    const AnalysisEngines *m_engines = nullptr;
    QString m_engineError;
    QFutureWatcher<Result<Comparison>> m_watcher;
    QFutureWatcher<WorkbenchSearch> m_search;
    Comparison m_comparison;
    QList<AlignmentCorrection> m_corrections;
    WeaknessCatalog m_weaknessCatalog; // the project's; invalid: the engines'
    QString m_pendingProject;
    QList<qint64> m_pendingIds;
    bool m_hasPending = false;
    QFutureWatcher<Audit> m_auditWatcher;
    Audit m_audit;
    std::shared_ptr<CopyIndexCache> m_copies; ///< used by one audit at a time
    /// An audit was started and its end not yet handled (the worker may be done before handleAudited() runs).
    bool m_auditing = false;
    bool m_auditPending = false; ///< the comparison changed while auditing: audit it when the running one ends
};

} // namespace Dz
