#include "project/projectcontroller.h"

#include "common/workbench_debug.h"
#include "project/projectanalysis.h"
#include "project/projectlock.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

const auto RecentKey = u"project/recent";
const auto LastKey = u"project/last";

ProjectReports readReports(const QString &path)
{
    ProjectReports result;
    result.project = path;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    auto summaries = store ? store.value()->reportRecords().reportSummaries() : Result<QList<ReportSummary>>::failure(store.error());
    if (!summaries) {
        result.errors.append(summaries.error());
        return result;
    }
    for (const ReportSummary &summary : std::as_const(summaries.value())) {
        result.ids.append(summary.id);
        result.reports.append(summary.listedReport());
    }
    return result;
}

} // namespace

ProjectController::ProjectController(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_session(new AnalystSession(this))
    , m_keeper(new ConnectionKeeper(this))
{
    // Reports imported or removed by another analyst (or by this one: read again, harmlessly).
    m_othersReports.setSingleShot(true);
    m_othersReports.setInterval(OthersReportsDelayMs);
    connect(&m_othersReports, &QTimer::timeout, this, [this] {
        if (!m_importing)
            reloadReports();
    });
    connect(&m_import, &QFutureWatcher<ImportOutcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_import.progressMaximum(), m_import.progressText());
    });
    connect(&m_import, &QFutureWatcher<ImportOutcome>::finished, this, &ProjectController::handleImportFinished);
    connect(&m_loading, &QFutureWatcher<ProjectReports>::finished, this, &ProjectController::handleReportsLoaded);
    connect(&m_refresh, &QFutureWatcher<int>::finished, this, [this] {
        if (!m_refresh.isCanceled() && m_refresh.future().resultCount() > 0) {
            // Reports read again by a newer reader may have another identity:
            // the list takes it from the project, so its labels are the ones
            // their analyses give (before and after Save As, at every open).
            if (m_refresh.result() > 0 && !m_importing)
                reloadReports();
            Q_EMIT analysesRefreshed(m_refresh.result());
        }
    });
    openTemporary();
}

ProjectController::~ProjectController()
{
    // The workers have their own connections, but must not outlive the
    // files. No signals: the window listening may be half destroyed (the
    // undo stack, a child, would announce its clearing after m_store is gone).
    m_undoStack->blockSignals(true);
    stopWork(false);
    if (!isTemporary() && m_store)
        QSettings().setValue(LastKey, QFileInfo(path()).absoluteFilePath());
}

void ProjectController::stopWork(bool announce)
{
    const bool wasImporting = m_importing;
    m_queued.clear();
    m_import.cancel();
    m_refresh.cancel();
    m_import.waitForFinished();
    m_loading.waitForFinished();
    m_refresh.waitForFinished();
    m_importing = false;
    m_reloadPending = false;
    if (wasImporting && announce)
        Q_EMIT importCanceled();
}

QString ProjectController::path() const
{
    return m_store ? m_store->database().path() : QString();
}

bool ProjectController::isReadOnly() const
{
    return m_store && m_store->database().isReadOnly();
}

bool ProjectController::isBusy() const
{
    return m_importing || m_loading.isRunning();
}

void ProjectController::setStore(std::unique_ptr<ProjectStore> store, std::unique_ptr<QTemporaryDir> temporary)
{
    stopWork();
    m_keeper->watch(nullptr, nullptr, nullptr);
    // Commands point at the old store.
    m_undoStack->clear();
    m_session->load(nullptr);
    m_store = std::move(store);
    m_temporary = std::move(temporary); // the old temporary project goes with its folder, after its store
    m_reportIds.clear();
    // Listening before the session reads the project: a change committed
    // in between is read twice rather than missed.
    m_feed.reset();
    if (m_store) {
        if (auto feed = ProjectChangeFeed::open(path(), this)) {
            m_feed = std::move(feed).value();
            connect(m_feed.get(), &ProjectChangeFeed::changed, m_session, [this](const ProjectChange &change) {
                if (auto applied = m_session->applyChange(change); !applied)
                    Q_EMIT failed(applied.error());
            });
            // A feed that fails lost its connection: the keeper says so and connects again.
            connect(m_feed.get(), &ProjectChangeFeed::reportsChanged, &m_othersReports, qOverload<>(&QTimer::start));
        } else {
            // The project is open; only the other analysts' changes will not show until it is opened again.
            Q_EMIT failed(feed.error());
        }
    }
    loadSession();
    m_keeper->watch(m_store.get(), m_session, m_feed.get());
    Q_EMIT projectChanged();
    if (m_temporary) {
        // A new temporary project is empty: nothing to read.
        Q_EMIT reportsLoaded(ProjectReports {path(), {}, {}, {}});
        return;
    }
    reloadReports();
    refreshAnalyses();
}

void ProjectController::refreshAnalyses()
{
    if (!m_store || isReadOnly())
        return;
    // On a worker with its own connection; the import does the same after each run.
    m_refresh.setFuture(QtConcurrent::run(
        [](QPromise<int> &promise, const QString &path) {
            auto store = ProjectStore::open(path);
            if (!store)
                return;
            auto count = ProjectAnalysis::refresh(*store.value(), [&promise] {
                return promise.isCanceled();
            });
            if (count)
                promise.addResult(count.value());
            else
                qCWarning(lcUi).noquote() << count.error();
        },
        path()));
}

void ProjectController::openTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto store = dir->isValid()
        ? ProjectStore::open(dir->filePath(u"untitled.duizhao"_s), ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing)
        : Result<std::unique_ptr<ProjectStore>>::failure(tr("Cannot create a temporary folder for the project."));
    if (!store) {
        // Without any project the window still works, but cannot keep reports.
        Q_EMIT failed(store.error());
        return;
    }
    setStore(std::move(store).value(), std::move(dir));
}

Result<> ProjectController::open(const QString &path, ProjectStore::Access access, ProjectStore::Creation creation)
{
    auto store = ProjectStore::open(path, access, creation);
    if (!store)
        return Failure(store.error());
    setStore(std::move(store).value(), nullptr);
    remember(path);
    return {};
}

Result<> ProjectController::create(const QString &path)
{
    if (m_store && QFileInfo(path).absoluteFilePath() == QFileInfo(m_store->database().path()).absoluteFilePath())
        return Result<>::failure(tr("%1 is the project open now; a new project needs another file.").arg(path));
    {
        // Never delete a project another program is working in: take its lock
        // first. The lock is the old file's; the new file takes its own.
        const auto lock = ProjectLock::acquire(path);
        if (!lock)
            return Failure(lock.error());
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Result<>::failure(tr("%1 cannot be replaced.").arg(path));
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    if (!store)
        return Failure(store.error());
    setStore(std::move(store).value(), nullptr);
    remember(path);
    return {};
}

Result<> ProjectController::saveAs(const QString &path)
{
    if (!m_store)
        return Result<>::failure(tr("No project is open."));
    // A running import writes into the file we are leaving: stop it first,
    // so that the copy holds exactly what was imported.
    stopWork();
    if (auto copied = m_store->database().saveCopy(path); !copied)
        return copied;
    return open(path);
}

void ProjectController::close()
{
    QSettings().remove(LastKey);
    openTemporary();
}

void ProjectController::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentProjects();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    QSettings settings;
    settings.setValue(RecentKey, recent);
    settings.setValue(LastKey, absolute);
}

QStringList ProjectController::recentProjects() const
{
    return QSettings().value(RecentKey).toStringList();
}

QString ProjectController::lastProject()
{
    return QSettings().value(LastKey).toString();
}

void ProjectController::loadSession()
{
    if (auto loaded = m_session->load(m_store.get()); !loaded)
        Q_EMIT failed(loaded.error());
}

ProjectCommandContext ProjectController::commandContext()
{
    ProjectCommandContext context;
    context.session = m_session;
    context.failed = [this](const QString &message) {
        // A write the lost connection refused was not saved: the window says so, and is offline now.
        const bool wasOnline = m_keeper->isOnline();
        if (m_keeper->checkConnection(message) && wasOnline)
            Q_EMIT failed(AnalystSession::notSaved(message));
        else
            Q_EMIT failed(message);
    };
    if (m_conflictHandler) {
        context.conflicted = [this](const ChangeConflict &conflict, const QString &what) {
            return m_conflictHandler(conflict, what);
        };
    }
    return context;
}

void ProjectController::importFiles(const QStringList &paths, bool ocr)
{
    if (paths.isEmpty())
        return;
    if (!m_store) {
        Q_EMIT failed(tr("No project is open."));
        return;
    }
    if (isReadOnly()) {
        Q_EMIT failed(tr("%1 is open read-only; reports cannot be added to it.").arg(path()));
        return;
    }
    if (m_importing) {
        (ocr ? m_queuedOcr : m_queued).append(paths);
        return;
    }
    startImport(paths, ocr);
}

void ProjectController::startImport(const QStringList &paths, bool ocr)
{
    qCDebug(lcUi) << "importing" << paths.size() << "paths into" << path();
    m_importing = true;
    m_keptByCancel.clear();
    const auto before = m_store->reportRecords().reportIds();
    m_idsBeforeImport = before ? before.value() : m_reportIds;
    // Folders are counted by the importer; until then, one per path.
    Q_EMIT importStarted(int(paths.size()));
    m_import.setFuture(QtConcurrent::run(ocr ? &ProjectImporter::runWithOcr : &ProjectImporter::run, path(), paths));
}

void ProjectController::cancelImport()
{
    m_queued.clear();
    m_queuedOcr.clear();
    if (m_importing)
        m_import.cancel();
}

void ProjectController::handleImportFinished()
{
    if (!m_importing)
        return; // stopped by a change of project, which reads its own reports
    m_importing = false;
    const QFuture<ImportOutcome> future = m_import.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        // What got in before the cancel stays: say which, so the analyst may remove it.
        m_keptByCancel.clear();
        if (const auto now = m_store ? m_store->reportRecords().reportIds() : Result<QList<qint64>>::failure({}); now) {
            for (const qint64 id : now.value()) {
                if (!m_idsBeforeImport.contains(id))
                    m_keptByCancel.append(id);
            }
        }
        Q_EMIT importCanceled();
    } else
        Q_EMIT importFinished(future.result());
    // Whatever got in, canceled or not, is in the project now; a changed
    // report's annotations were placed again in its new text.
    loadSession();
    reloadReports();
    if (!m_queued.isEmpty() && !m_importing)
        startImport(std::exchange(m_queued, {}), false);
    else if (!m_queuedOcr.isEmpty() && !m_importing)
        startImport(std::exchange(m_queuedOcr, {}), true);
}

void ProjectController::reloadReports()
{
    if (!m_store)
        return;
    if (m_loading.isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_loading.setFuture(QtConcurrent::run(&readReports, path()));
}

void ProjectController::handleReportsLoaded()
{
    if (m_reloadPending) {
        m_reloadPending = false;
        reloadReports();
        return;
    }
    const ProjectReports loaded = m_loading.result();
    if (loaded.project != path())
        return; // read before the project changed
    m_reportIds = loaded.ids;
    Q_EMIT reportsLoaded(loaded);
}

Result<> ProjectController::removeReports(const QList<qint64> &ids)
{
    if (!m_store)
        return Result<>::failure(tr("No project is open."));
    auto removed = m_store->database().transaction([&]() -> Result<> {
        for (const qint64 id : ids) {
            if (auto one = m_store->reportRecords().removeReport(id); !one)
                return one;
        }
        return {};
    });
    if (!removed)
        return removed;
    m_keptByCancel.removeIf([&ids](qint64 id) {
        return ids.contains(id);
    });
    m_undoStack->clear(); // commands may refer to what went with them
    loadSession();
    reloadReports();
    return {};
}

qint64 ProjectController::reportId(int row) const
{
    return row >= 0 && row < m_reportIds.size() ? m_reportIds.at(row) : 0;
}

void ProjectController::readReport(int row)
{
    const qint64 id = reportId(row);
    if (!m_store || id == 0) {
        Q_EMIT failed(tr("No such report."));
        return;
    }
    auto *watcher = new QFutureWatcher<Result<ReportAnalysis>>(this);
    connect(watcher, &QFutureWatcher<Result<ReportAnalysis>>::finished, this, [this, watcher, id, project = path()] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0 || project != path())
            return; // read before the project changed
        const Result<ReportAnalysis> read = watcher->result();
        if (read)
            Q_EMIT reportRead(id, read.value());
        else
            Q_EMIT failed(read.error());
    });
    watcher->setFuture(QtConcurrent::run(
        [](const QString &project, qint64 id) -> Result<ReportAnalysis> {
            auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
            if (!store)
                return Failure(store.error());
            return ProjectAnalysis::read(*store.value(), id);
        },
        path(), id));
}

Result<> ProjectController::removeReport(int row)
{
    const qint64 id = reportId(row);
    if (!m_store || id == 0)
        return Result<>::failure(tr("No such report."));
    auto removed = m_store->reportRecords().removeReport(id);
    if (!removed)
        return removed;
    m_reportIds.removeAt(row);
    // Commands may refer to what was said about it, which went with it.
    m_undoStack->clear();
    loadSession();
    return {};
}

} // namespace Dz
