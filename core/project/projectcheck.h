#pragma once

#include "project/projectrecords.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>

namespace Dz
{

/// What Check Project found.
struct ProjectCheckOutcome {
    QString project;
    /// SQLite's integrity check: "ok", or its lines saying what is wrong.
    QString integrity;
    int reports = 0; ///< reports whose text was checked against its hash
    QList<DamagedReport> damaged;
    /// Why the check could not be made or finished (the file cannot be
    /// opened, reading stopped on damaged pages); empty when it ran through.
    QString error;
    bool canceled = false;

    /// Nothing wrong was found, and everything was checked.
    bool isHealthy() const
    {
        return error.isEmpty() && !canceled && integrity == QLatin1StringView("ok") && damaged.isEmpty();
    }
    /// Readable lines: the integrity check, the hashes, what to do.
    QStringList summary() const;
};

/**
 * Checks a project file: SQLite's integrity check of the database (pages,
 * indexes, the search tables), then every stored text against the content
 * hash it was stored with. The project is opened read-only, on its own
 * connection, so the workbench may keep it open meanwhile.
 */
class ProjectCheck
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectCheck)

public:
    /// Called with the steps done and the steps in all (the integrity check
    /// is the first, then one a report); false stops the check.
    using Progress = std::function<bool(int done, int total)>;

    static ProjectCheckOutcome run(const QString &projectPath, const Progress &progress = {});
    /// run() on a worker thread: progress per step, stops when canceled.
    static void runInBackground(QPromise<ProjectCheckOutcome> &promise, const QString &projectPath);
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::ProjectCheckOutcome)
