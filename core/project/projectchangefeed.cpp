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
}

ProjectChangeFeed::~ProjectChangeFeed() = default;

Result<std::unique_ptr<ProjectChangeFeed>> ProjectChangeFeed::open(const QString &path, QObject *parent)
{
    using R = Result<std::unique_ptr<ProjectChangeFeed>>;
    std::unique_ptr<ProjectChangeFeed> feed(new ProjectChangeFeed(parent));
    if (!ProjectAddress::isServer(path))
        return R(std::move(feed));
    auto database = ProjectDatabase::open(path, ProjectDatabase::Access::ReadOnly, ProjectDatabase::Creation::OpenExisting);
    if (!database)
        return R::failure(database.error());
    feed->m_database = std::move(database).value();
    // Where the log stands now: the changes before were read with the project.
    auto last = ChangeLog(*feed->m_database).lastId();
    if (!last)
        return R::failure(last.error());
    feed->m_lastSeen = last.value();
    QSqlDriver *driver = feed->m_database->data().db.driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications) || !driver->subscribeToNotification(ChangeLog::channel()))
        return R::failure(tr("%1: cannot listen for the changes of other analysts (%2).").arg(path, driver->lastError().text()));
    ProjectChangeFeed *self = feed.get();
    connect(driver, &QSqlDriver::notification, self, [self](const QString &name) {
        if (name != ChangeLog::channel())
            return;
        if (auto read = self->catchUp(); !read)
            Q_EMIT self->failed(read.error());
    });
    qCDebug(lcStore) << "listening for changes to" << path << "after" << feed->m_lastSeen;
    return R(std::move(feed));
}

Result<> ProjectChangeFeed::catchUp()
{
    if (!m_database)
        return {};
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
