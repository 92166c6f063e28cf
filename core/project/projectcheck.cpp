#include "project/projectcheck.h"

#include "project/projectdatabase.h"
#include "project/projectdatabase_p.h"
#include "project/projectstore.h"
#include "project/reportrecords.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Dz
{

QStringList ProjectCheckOutcome::summary() const
{
    QStringList lines;
    if (!error.isEmpty())
        lines.append(error);
    if (canceled)
        lines.append(ProjectCheck::tr("%1: the check was canceled before it was done.").arg(project));
    if (!integrity.isEmpty()) {
        if (integrity == u"ok"_s)
            lines.append(ProjectCheck::tr("%1: the database is intact (SQLite's integrity check found nothing wrong).").arg(project));
        else
            lines.append(ProjectCheck::tr("%1: the database is damaged; SQLite's integrity check says: %2").arg(project, integrity));
    }
    if (reports > 0 || !damaged.isEmpty()) {
        if (damaged.isEmpty()) {
            lines.append(ProjectCheck::tr("%1: the texts of all %n report(s) match their content hashes.", nullptr, reports).arg(project));
        } else {
            lines.append(ProjectCheck::tr("%1: %2 of %n report(s) have damaged texts (they no longer match their content hashes):", nullptr, reports)
                    .arg(project)
                    .arg(damaged.size()));
            for (const DamagedReport &d : damaged)
                lines.append(u"  "_s + ProjectCheck::tr("%1 (number %2)").arg(d.fileName).arg(d.id));
        }
    }
    if (!isHealthy() && !canceled) {
        lines.append(ProjectCheck::tr("What to do: damaged reports are left out of every view; import their files again, or go back to a copy of "
                                      "the project saved before the damage (File → Save As makes one)."));
    }
    return lines;
}

ProjectCheckOutcome ProjectCheck::run(const QString &projectPath, const Progress &progress)
{
    ProjectCheckOutcome outcome;
    outcome.project = projectPath;
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly);
    if (!store) {
        outcome.error = store.error();
        return outcome;
    }
    ProjectStore &project = *store.value();
    auto count = project.reportRecords().reportCount();
    const int total = (count ? count.value() : 0) + 1;
    int done = 0;
    bool stopped = false;
    auto step = [&]() {
        stopped = stopped || (progress && !progress(done, total));
        return !stopped;
    };
    if (!step()) {
        outcome.canceled = true;
        return outcome;
    }
    auto integrity = project.database().integrityCheck([&]() {
        return progress && !progress(done, total);
    });
    if (!integrity) {
        if (progress && !progress(done, total)) {
            outcome.canceled = true;
            return outcome;
        }
        outcome.integrity = integrity.error();
    } else {
        outcome.integrity = integrity.value();
    }
    ++done;

    // Every text against its hash, one row at a time: a project of ten
    // thousand reports is never in memory at once.
    const ProjectDatabasePrivate &d = project.database().data();
    auto query = d.prepare(u"SELECT id, file_name, content_hash, text FROM reports ORDER BY id"_s);
    if (!query || !d.exec(query.value(), {})) {
        outcome.error = query ? d.sqlError(query->lastError()) : query.error();
        return outcome;
    }
    const ReportRecords &records = project.reportRecords();
    while (query->next()) {
        if (!step()) {
            outcome.canceled = true;
            return outcome;
        }
        StoredReport stored;
        stored.summary.id = query->value(0).toLongLong();
        stored.summary.fileName = query->value(1).toString();
        stored.summary.contentHash = query->value(2).toString();
        stored.text = query->value(3).toString();
        if (auto damaged = records.damage(stored))
            outcome.damaged.append(std::move(*damaged));
        ++outcome.reports;
        ++done;
    }
    // Reading that stops early meets damaged pages SQLite cannot read past.
    if (query->lastError().isValid())
        outcome.error = d.sqlError(query->lastError());
    if (progress)
        progress(total, total);
    return outcome;
}

void ProjectCheck::runInBackground(QPromise<ProjectCheckOutcome> &promise, const QString &projectPath)
{
    int range = -1;
    ProjectCheckOutcome outcome = run(projectPath, [&promise, &range](int done, int total) {
        if (range != total) {
            range = total;
            promise.setProgressRange(0, total);
        }
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    promise.addResult(std::move(outcome));
}

} // namespace Dz
