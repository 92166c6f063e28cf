#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Dz
{

class AnalystSession;
class ProjectChangeFeed;
class ProjectStore;

/**
 * Keeps a server project reachable: notices that its connection was lost,
 * says so, refuses the analyst's changes meanwhile, and connects again by
 * itself.
 *
 * A connection breaks silently, so the keeper is told: by the change feed
 * (ProjectChangeFeed::failed(), which it follows) or by whoever saw a write
 * fail (checkConnection()). It then makes the session offline
 * (AnalystSession::setOffline(): a change is refused with a message saying
 * it was not saved; nothing is kept to be written later, so nothing is
 * written behind the analyst's back once the server is back) and tries to
 * connect again after 1, 2, 4, 8, 16 and then every 30 seconds, or at once
 * with reconnectNow(). Connected again, the store and the feed are new
 * connections, and the feed catches up on the change log after the last
 * change it had seen, so what others changed meanwhile reaches the session.
 *
 * A file project never goes offline.
 */
class ConnectionKeeper final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionKeeper(QObject *parent = nullptr);

    /// The delay before attempt @p attempt (from 0) to connect again, in seconds.
    static int retryDelay(int attempt);

    /// What to keep connected (nullptr: nothing); a project that was offline is forgotten.
    void watch(ProjectStore *store, AnalystSession *session, ProjectChangeFeed *feed);
    bool isOnline() const
    {
        return m_offline.isEmpty();
    }
    /// Why the project cannot be reached; empty while online.
    QString offlineReason() const
    {
        return m_offline;
    }
    /// After a failed read or write: when the store's connection was what
    /// failed, goes offline; returns true when offline.
    bool checkConnection(const QString &failure);
    /// Goes offline for @p reason (once) and starts trying to connect again.
    void connectionLost(const QString &reason);
    /// Tries to connect again now (the window's Reconnect), whatever the delay left.
    void reconnectNow();

Q_SIGNALS:
    /// The project cannot be reached any more: @p reason says why.
    void wentOffline(const QString &reason);
    /// An attempt to connect again failed (@p reason); the next is in @p seconds.
    void retryScheduled(int seconds, const QString &reason);
    /// Connected again; @p caughtUp changes made meanwhile were read.
    void cameOnline(int caughtUp);

private:
    void attempt();

    ProjectStore *m_store = nullptr; ///< not owned; watch() is called again before it goes
    QPointer<AnalystSession> m_session;
    QPointer<ProjectChangeFeed> m_feed;
    QString m_offline;
    int m_attempts = 0;
    QTimer m_retry;
};

} // namespace Dz
