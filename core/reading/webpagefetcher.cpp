#include "reading/webpagefetcher.h"

#include "reading/documentreader.h"
#include "reading/htmlreader.h"
#include "reading/readlimits.h"

#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <new>

using namespace Qt::StringLiterals;

namespace Dz
{

WebPageFetcher::WebPageFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

WebPageFetcher::~WebPageFetcher()
{
    if (m_reply) {
        m_canceled = true;
        m_reply->abort();
    }
}

void WebPageFetcher::setTimeout(int milliseconds)
{
    m_timeout = milliseconds;
}

bool WebPageFetcher::isRunning() const
{
    return m_reply && m_reply->isRunning();
}

QString WebPageFetcher::nameFor(const QUrl &url)
{
    const QString last = QFileInfo(url.path()).fileName();
    return last.isEmpty() ? url.host() : last;
}

void WebPageFetcher::cancel()
{
    if (!m_reply)
        return;
    m_canceled = true;
    m_reply->abort();
}

void WebPageFetcher::fetch(const QUrl &url)
{
    cancel();
    m_canceled = false;
    m_url = url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s)) {
        Q_EMIT failed(DocumentReader::tr("%1: not a web address (it should start with http:// or https://).").arg(url.toDisplayString()));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setTransferTimeout(m_timeout);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Duizhao/1.0 (report reader)"_s);
    m_reply = m_network->get(request);
    m_tooLarge = false;
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if ((received > DocumentReader::MaxFileSize || total > DocumentReader::MaxFileSize) && m_reply) {
            // Stopped by us, not by the analyst: it must not read as a cancel.
            m_tooLarge = true;
            m_reply->abort();
            return;
        }
        Q_EMIT progressed(received, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, &WebPageFetcher::finish);
}

void WebPageFetcher::finish()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const QString address = m_url.toDisplayString();
    if (m_canceled)
        return;
    if (m_tooLarge) {
        Q_EMIT failed(DocumentReader::tr("%1: the page is larger than %2 MiB, more than any report; it was not fetched.")
                .arg(address)
                .arg(DocumentReader::MaxFileSize / (1024 * 1024)));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        // A transfer timeout aborts the reply as a cancel does, but not by the user.
        Q_EMIT failed(
            DocumentReader::tr("%1: no answer within %n second(s); the site may be down or slow. Try again later.", nullptr, m_timeout / 1000).arg(address));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT failed(status > 0 ? DocumentReader::tr("%1: the site answered %2 (%3).").arg(address).arg(status).arg(reply->errorString())
                                 : DocumentReader::tr("%1: cannot be fetched: %2.").arg(address, reply->errorString()));
        return;
    }
    const QByteArray bytes = reply->readAll();
    const QUrl finalUrl = reply->url();
    const QString name = nameFor(finalUrl);
    Result<SourceDocument> document = Result<SourceDocument>::failure(QString());
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    if (bytes.isEmpty()) {
        document = Result<SourceDocument>::failure(DocumentReader::tr("%1: the site sent an empty page.").arg(address));
    } else if (contentType.startsWith(u"text/html"_s) || contentType.startsWith(u"application/xhtml"_s)) {
        const qsizetype at = contentType.indexOf(u"charset="_s);
        QString charset = at >= 0 ? contentType.mid(at + 8).section(u';', 0, 0).remove(u'"').trimmed() : QString();
        // As DocumentReader::readBytes does: memory that runs out costs this page only.
        try {
            document = HtmlReader::readWithCharset(bytes, address, charset);
        } catch (const std::bad_alloc &) {
            document = Result<SourceDocument>::failure(ReadLimits::outOfMemory(address));
        }
    } else {
        document = DocumentReader::readBytes(bytes, address);
    }
    if (!document) {
        Q_EMIT failed(document.error());
        return;
    }
    document->address = finalUrl.toDisplayString();
    Q_EMIT fetched(document.value());
}

} // namespace Dz
