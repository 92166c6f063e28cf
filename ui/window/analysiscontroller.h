#pragma once

#include "analysis/comparison.h"
#include "models/indicatortablemodel.h"
#include "project/projectsearch.h"

#include <QFutureWatcher>
#include <QObject>

namespace Dz
{

struct AnalysisEngines;

/**
 * The one owner of the workbench's background work (heaptrack's pattern:
 * one entry per job, signals that carry the results; the panes are views).
 *
 * Keeps the comparison of the reports on screen: reads their stored
 * analyses on a worker thread (ProjectAnalysis::compareInBackground through
 * QtConcurrent) whenever the set of reports changes, and realigns at once
 * when the analyst corrects the alignment. Searches the compared reports
 * and the project on a worker too. Nothing is parsed, analysed or searched
 * on the GUI thread; a new request of a kind drops the running one.
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
    void cancel();
    bool isAnalysing() const;

    /// Searches the compared reports and the project at @p projectPath (none
    /// when empty) for @p query in the background; ends with searchFinished().
    /// A newer search drops an older one's results.
    void search(const QString &query, const QString &projectPath);

    const Comparison &comparison() const
    {
        return m_comparison;
    }
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
    void searchFinished(const Dz::WorkbenchSearch &search);
    void canceled();
    /// The project could not be read; the message names it.
    void failed(const QString &message);

private:
    void handleFinished();
    void realign();
    void applyWeaknessCatalog();

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
};

} // namespace Dz
