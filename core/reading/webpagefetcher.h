#pragma once

#include "reading/sourcedocument.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dz
{

/**
 * Fetches a report from a web address: follows redirects (never from
 * https to http), gives up after a timeout without data, reports progress,
 * can be cancelled, and reads what arrives with the reader its content asks
 * for (a page's charset from its Content-Type header when the page declares
 * none). The address becomes the document's address.
 */
class WebPageFetcher : public QObject
{
    Q_OBJECT

public:
    /// Seconds without data before the transfer is abandoned.
    static constexpr int DefaultTimeoutSeconds = 30;

    explicit WebPageFetcher(QObject *parent = nullptr);
    ~WebPageFetcher() override;

    void setTimeout(int milliseconds);
    /// Starts fetching @p url (http or https); a fetch under way is cancelled first.
    void fetch(const QUrl &url);
    void cancel();
    bool isRunning() const;

    /// The file name a fetched document is known by: the page's last path part, or its host.
    static QString nameFor(const QUrl &url);

Q_SIGNALS:
    void progressed(qint64 received, qint64 total);
    void fetched(const Dz::SourceDocument &document);
    void failed(const QString &message);

private:
    void finish();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    int m_timeout = DefaultTimeoutSeconds * 1000;
    bool m_canceled = false;
    bool m_tooLarge = false; ///< aborted for its size, not canceled
};

} // namespace Dz
