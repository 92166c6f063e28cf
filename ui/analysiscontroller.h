#pragma once

#include "analysis/comparison.h"
#include "indicators/indicatortablemodel.h"

#include <QFutureWatcher>
#include <QObject>

namespace Dz
{

struct AnalysisEngines;
class WeaknessCatalog;

/**
 * Keeps the comparison of the loaded reports: analyses them on a worker
 * thread (Comparison::analyseAll through QtConcurrent) whenever the set of
 * reports changes, and realigns at once when the analyst corrects the
 * alignment. A new request cancels the running one.
 */
class AnalysisController final : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    /// Analyses @p reports (in the background); ends with comparisonChanged().
    /// @p keys (the reports' project ids) come back as the comparison's keys.
    void analyse(const QList<Report> &reports, const QList<qint64> &keys);
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
    /// The analyst's values (from the project), keyed by the compared reports' file paths.
    void setValueOverrides(const QList<ValueOverride> &overrides);
    const QList<ValueOverride> &valueOverrides() const
    {
        return m_overrides;
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
    void valueOverridesChanged();
    void canceled();

private:
    void handleFinished();
    void realign();

    const AnalysisEngines *m_engines = nullptr;
    QString m_engineError;
    QFutureWatcher<Comparison> m_watcher;
    Comparison m_comparison;
    QList<AlignmentCorrection> m_corrections;
    QList<ValueOverride> m_overrides;
    QList<Report> m_pending;
    QList<qint64> m_pendingKeys;
    bool m_hasPending = false;
};

} // namespace Dz
