#pragma once

#include "analysis/comparison.h"
#include "models/indicatortablemodel.h"

#include <QFutureWatcher>
#include <QObject>

namespace Dz
{

struct AnalysisEngines;
class WeaknessCatalog;

/**
 * Keeps the comparison of the reports on screen: reads their stored
 * analyses on a worker thread (ProjectAnalysis::compareInBackground through
 * QtConcurrent) whenever the set of reports changes, and realigns at once
 * when the analyst corrects the alignment. Nothing is parsed or analysed on
 * the GUI thread. A new request cancels the running one.
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
    /// The engines' weakness themes; nullptr when the engines could not be made.
    const WeaknessCatalog *weaknessCatalog() const;

    /// Why the engines could not be made (a broken built-in data file); empty when fine.
    QString engineError() const
    {
        return m_engineError;
    }

Q_SIGNALS:
    void started(int reportCount);
    void progressChanged(int done, int total, const QString &report);
    void comparisonChanged();
    void canceled();
    /// The project could not be read; the message names it.
    void failed(const QString &message);

private:
    void handleFinished();
    void realign();

    const AnalysisEngines *m_engines = nullptr;
    QString m_engineError;
    QFutureWatcher<Result<Comparison>> m_watcher;
    Comparison m_comparison;
    QList<AlignmentCorrection> m_corrections;
    QString m_pendingProject;
    QList<qint64> m_pendingIds;
    bool m_hasPending = false;
};

} // namespace Dz
