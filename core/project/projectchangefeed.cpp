#include "project/projectchangefeed.h"

#include "project/projectaddress.h"
#include "project/projectdatabase.h"
#include "project/projectdatabase_p.h"
#include "project/store_debug.h"

#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Dz
{

ProjectChangeFeed::ProjectChangeFeed(QObject *parent)
    : QObject(parent)
{
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ProjectChangeFeed::read);
}

ProjectChangeFeed::~ProjectChangeFeed() = default;

Result<std::unique_ptr<ProjectChangeFeed>> ProjectChangeFeed::open(const QString &path, QObject *parent)
{
    using R = Result<std::unique_ptr<ProjectChangeFeed>>;
    std::unique_ptr<ProjectChangeFeed> feed(new ProjectChangeFeed(parent));
    if (!ProjectAddress::isServer(path))
        return R(std::move(feed));
    feed->m_path = path;
    auto database = ProjectDatabase::open(path, ProjectDatabase::Access::ReadOnly, ProjectDatabase::Creation::OpenExisting);
    if (!database)
        return R::failure(database.error());
    // Where the log stands now: the changes before were read with the project.
    auto last = ChangeLog(*database.value()).lastId();
    if (!last)
        return R::failure(last.error());
    feed->m_lastSeen = last.value();
    if (auto listening = feed->listen(std::move(database).value()); !listening)
        return R::failure(listening.error());
    feed->m_heartbeat.start();
    qCDebug(lcStore) << "listening for changes to" << path << "after" << feed->m_lastSeen;
    return R(std::move(feed));
}

Result<> ProjectChangeFeed::listen(std::unique_ptr<ProjectDatabase> database)
{
    QSqlDriver *driver = database->data().db.driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications) || !driver->subscribeToNotification(ChangeLog::channel())
        || !driver->subscribeToNotification(ChangeLog::reportsChannel()))
        return Result<>::failure(tr("%1: cannot listen for the changes of other analysts (%2).").arg(m_path, driver->lastError().text()));
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == ChangeLog::channel())
            read();
        else if (name == ChangeLog::reportsChannel())
            Q_EMIT reportsChanged();
    });
    m_database = std::move(database);
    return {};
}

void ProjectChangeFeed::read()
{
    if (m_failed)
        return;
    if (auto caught = catchUp(); !caught) {
        m_failed = true;
        qCInfo(lcStore).noquote() << "the change feed stopped:" << caught.error();
        Q_EMIT failed(caught.error());
    }
}

Result<> ProjectChangeFeed::reconnect()
{
    if (!isLive())
        return {};
    // A new connection rather than the old one opened again: it listens
    // afresh. The old one goes first, with the socket it was watching.
    m_database.reset();
    auto database = ProjectDatabase::open(m_path, ProjectDatabase::Access::ReadOnly, ProjectDatabase::Creation::OpenExisting);
    if (!database)
        return Failure(database.error());
    if (auto listening = listen(std::move(database).value()); !listening)
        return listening;
    m_failed = false;
    return catchUp();
}

Result<> ProjectChangeFeed::catchUp()
{
    if (!isLive())
        return {};
    if (!m_database)
        return Result<>::failure(tr("%1: not connected to the server.").arg(m_path));
    auto changes = ChangeLog(*m_database).changes(m_lastSeen);
    if (!changes)
        return Failure(changes.error());
    for (const ProjectChange &change : std::as_const(changes.value())) {
        m_lastSeen = change.id;
        Q_EMIT changed(change);
    }
    return {};
}

} // namespace Dz
