#pragma once

#include "base/result.h"
#include "project/changelog.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Dz
{

class ProjectDatabase;

/**
 * The changes other analysts make to a server project, as they are
 * committed: the workbench's live view of its team.
 *
 * The feed holds a connection of its own to the project (read-only) and
 * LISTENs on ChangeLog::channel(); each NOTIFY (sent in the transaction of a
 * change, so delivered when it commits) makes it read the change log after
 * the last row it has seen and emit changed() for each new row, oldest
 * first. A notification only says that there is something to read, so
 * changes that arrive together are read in one query, and none is lost when
 * notifications are merged. The rows written through the workbench's own
 * connection come too (the session they were made in knows them already:
 * AnalystSession::applyChange reads the same record again, which changes
 * nothing).
 *
 * A file project has no other analysts writing at the same time: its feed is
 * idle (isLive() is false) and never emits.
 *
 * Notifications arrive through the event loop of the thread that opened the feed.
 *
 * A connection that breaks says nothing by itself, so the feed also reads
 * the log every heartbeatInterval() (which finds a change whose notification
 * was lost too): when that fails, failed() says the connection is gone.
 * reconnect() connects again, listens again and catches up on everything
 * after lastSeen(): what was committed while the feed was away.
 */
class ProjectChangeFeed final : public QObject
{
    Q_OBJECT

public:
    /// The feed of the project at @p path: live for a server address, idle for a file.
    static Result<std::unique_ptr<ProjectChangeFeed>> open(const QString &path, QObject *parent = nullptr);
    ~ProjectChangeFeed() override;

    bool isLive() const
    {
        return !m_path.isEmpty();
    }
    /// The newest change the feed has passed on (or found when it started).
    qint64 lastSeen() const
    {
        return m_lastSeen;
    }
    /// Reads the change log after lastSeen() now and emits what is new
    /// (what a notification does; also for a caller that wants to be sure).
    Result<> catchUp();
    /// After failed(): connects to the server again, listens again, and
    /// emits the changes committed since lastSeen().
    Result<> reconnect();

    /// How often the feed looks at the log without being told.
    static constexpr int HeartbeatMs = 3000;
    void setHeartbeatInterval(int milliseconds)
    {
        m_heartbeat.setInterval(milliseconds);
    }
    int heartbeatInterval() const
    {
        return m_heartbeat.interval();
    }

Q_SIGNALS:
    /// A change committed to the project, in the order of the log.
    void changed(const Dz::ProjectChange &change);
    /// Reports were added, read again or removed (by anyone): the list is to be read again.
    void reportsChanged();
    /// The feed could not read the log (the connection was lost): @p message says why.
    void failed(const QString &message);

private:
    explicit ProjectChangeFeed(QObject *parent);
    /// Listens on @p database, which becomes the feed's connection.
    Result<> listen(std::unique_ptr<ProjectDatabase> database);
    /// catchUp(), or failed() with why not.
    void read();

    QString m_path;
    std::unique_ptr<ProjectDatabase> m_database;
    qint64 m_lastSeen = 0;
    QTimer m_heartbeat;
    bool m_failed = false; ///< failed() was emitted; quiet until reconnect()
};

} // namespace Dz
