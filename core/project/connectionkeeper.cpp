#include "project/connectionkeeper.h"

#include "project/analystsession.h"
#include "project/projectchangefeed.h"
#include "project/projectstore.h"
#include "project/store_debug.h"

namespace Dz
{

namespace
{

constexpr int LongestDelay = 30;

} // namespace

ConnectionKeeper::ConnectionKeeper(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionKeeper::attempt);
}

int ConnectionKeeper::retryDelay(int attempt)
{
    return attempt >= 5 ? LongestDelay : qMin(LongestDelay, 1 << qMax(0, attempt));
}

void ConnectionKeeper::watch(ProjectStore *store, AnalystSession *session, ProjectChangeFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_retry.stop();
    m_attempts = 0;
    const bool wasOffline = !m_offline.isEmpty();
    m_offline.clear();
    m_store = store;
    m_session = session;
    m_feed = feed;
    if (m_feed) {
        connect(m_feed, &ProjectChangeFeed::failed, this, &ConnectionKeeper::connectionLost);
    }
    if (wasOffline)
        Q_EMIT cameOnline(0);
}

bool ConnectionKeeper::checkConnection(const QString &failure)
{
    if (!isOnline())
        return true;
    if (m_store && m_store->database().isConnectionLost()) {
        connectionLost(failure);
        return true;
    }
    return false;
}

void ConnectionKeeper::connectionLost(const QString &reason)
{
    if (!isOnline() || !m_store)
        return;
    m_offline = reason.isEmpty() ? tr("the connection to the server was lost") : reason;
    m_attempts = 0;
    qCWarning(lcStore).noquote() << "offline:" << m_offline;
    if (m_session)
        m_session->setOffline(m_offline);
    Q_EMIT wentOffline(m_offline);
    m_retry.start(retryDelay(m_attempts) * 1000);
    Q_EMIT retryScheduled(retryDelay(m_attempts), m_offline);
}

void ConnectionKeeper::reconnectNow()
{
    if (isOnline())
        return;
    m_retry.stop();
    attempt();
}

void ConnectionKeeper::attempt()
{
    if (isOnline() || !m_store)
        return;
    auto again = m_store->database().reconnect();
    if (again && m_session)
        m_session->setOffline({});
    // The feed reads what was committed meanwhile, which the session applies.
    int caughtUp = 0;
    if (again && m_feed) {
        const QMetaObject::Connection counting = connect(m_feed, &ProjectChangeFeed::changed, this, [&caughtUp] {
            ++caughtUp;
        });
        again = m_feed->reconnect();
        disconnect(counting);
    }
    if (!again) {
        if (m_session)
            m_session->setOffline(m_offline);
        ++m_attempts;
        const int delay = retryDelay(m_attempts);
        qCInfo(lcStore).noquote() << "still offline, next attempt in" << delay << "s:" << again.error();
        m_retry.start(delay * 1000);
        Q_EMIT retryScheduled(delay, again.error());
        return;
    }
    m_offline.clear();
    m_attempts = 0;
    qCInfo(lcStore) << "online again;" << caughtUp << "changes caught up";
    Q_EMIT cameOnline(caughtUp);
}

} // namespace Dz
