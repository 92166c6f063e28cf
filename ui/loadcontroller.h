#pragma once

#include "reportloader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace Dz
{

/**
 * Loads report files on a worker thread (Dz::ReportLoader::loadAll through
 * QtConcurrent) and hands the outcome back on the GUI thread.
 *
 * Requests made while a load runs are queued and start when it ends, so a
 * drop during loading is not lost.
 */
class LoadController final : public QObject
{
    Q_OBJECT

public:
    explicit LoadController(QObject *parent = nullptr);
    ~LoadController() override;

    void load(const QStringList &paths);
    /// Stops the running load and drops queued ones.
    void cancel();
    bool isLoading() const;

Q_SIGNALS:
    void started(int fileCount);
    /// @p done files of @p total are read; @p file is the one being read.
    void progressChanged(int done, int total, const QString &file);
    void loaded(const Dz::LoadOutcome &outcome);
    void canceled();

private:
    void start(const QStringList &paths);
    void handleFinished();

    QFutureWatcher<LoadOutcome> m_watcher;
    QStringList m_queued;
    bool m_loading = false; ///< until the result is handed over, not only until the worker ends
};

} // namespace Dz
