#include "reading/documentreader.h"
#include "reading/webpagefetcher.h"

#include <QSignalSpy>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// A small HTTP server on 127.0.0.1: /gbk (a GBK page whose charset only the
// header gives), /moved (302 to /gbk), /missing (404), /silent (never
// answers), /huge (says it sends more than any report, then sends slowly).
class LocalServer : public QObject
{
public:
    LocalServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    const QByteArray path = m_request.split(' ').value(1);
                    m_request.clear();
                    answer(socket, path);
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

private:
    void answer(QTcpSocket *socket, const QByteArray &path)
    {
        if (path == "/silent")
            return;
        if (path == "/huge") {
            // Only the start of a page far larger than any report: the fetcher must stop it itself.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + QByteArray::number(qint64(Dz::DocumentReader::MaxFileSize) * 4) + "\r\n\r\n" + QByteArray(4096, 'x'));
            return;
        }
        QByteArray status = "200 OK";
        QByteArray headers;
        QByteArray body;
        if (path == "/gbk") {
            QStringEncoder gbk(u"GB18030");
            QString page =
                u"<html><head><title>某区2024年法治政府建设情况报告_某区政府网</title></head><body><ul><li><a href=\"/\">首页</a></li><li><a href=\"/a\">政务公开</a></li></ul>"_s;
            page += u"<div><p>一、主要举措和成效</p>"_s;
            for (int i = 0; i < 300; ++i)
                page += u"<p>全年开展普法活动12次，覆盖群众3000余人次，依法办理行政复议案件15件。</p>"_s;
            page += u"</div></body></html>"_s;
            body = gbk.encode(page);
            headers = "Content-Type: text/html; charset=GBK\r\n";
        } else if (path == "/moved") {
            status = "302 Found";
            headers = "Location: /gbk\r\n";
        } else {
            status = "404 Not Found";
            headers = "Content-Type: text/plain\r\n";
            body = "not here";
        }
        socket->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_request;
};

} // namespace

class TestWebPageFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetches_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("GBK page, charset from the header") << u"/gbk"_s;
        QTest::newRow("through a redirect") << u"/moved"_s;
    }

    void fetches()
    {
        QFETCH(QString, path);
        LocalServer server;
        Dz::WebPageFetcher fetcher;
        QSignalSpy fetched(&fetcher, &Dz::WebPageFetcher::fetched);
        QSignalSpy failed(&fetcher, &Dz::WebPageFetcher::failed);
        QSignalSpy progressed(&fetcher, &Dz::WebPageFetcher::progressed);
        fetcher.fetch(server.url(path));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size() + failed.size(), 1, 10000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto doc = fetched.first().first().value<Dz::SourceDocument>();
        QCOMPARE(doc.format, u"html"_s);
        QCOMPARE(doc.encoding, u"GB18030"_s);
        QCOMPARE(doc.address, server.url(u"/gbk"_s).toDisplayString());
        QVERIFY(doc.text.startsWith(u"某区2024年法治政府建设情况报告\n一、主要举措和成效\n全年开展普法活动12次"_s));
        QVERIFY(!doc.text.contains(u"政务公开"_s));
        QVERIFY(!progressed.isEmpty());
        QVERIFY(!fetcher.isRunning());
    }

    void fails_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("404") << u"/missing"_s << u"404"_s;
        QTest::newRow("timeout") << u"/silent"_s << u"no answer"_s;
        // Stopped for its size: it says so, never "canceled" nor "no answer".
        QTest::newRow("too large") << u"/huge"_s << u"larger than"_s;
    }

    void fails()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        LocalServer server;
        Dz::WebPageFetcher fetcher;
        fetcher.setTimeout(700);
        QSignalSpy fetched(&fetcher, &Dz::WebPageFetcher::fetched);
        QSignalSpy failed(&fetcher, &Dz::WebPageFetcher::failed);
        fetcher.fetch(server.url(path));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(fetched.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(server.url(path).toDisplayString()), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void refusesOtherSchemes()
    {
        Dz::WebPageFetcher fetcher;
        QSignalSpy failed(&fetcher, &Dz::WebPageFetcher::failed);
        fetcher.fetch(QUrl(u"file:///etc/passwd"_s));
        QCOMPARE(failed.size(), 1);
    }

    void cancels()
    {
        LocalServer server;
        Dz::WebPageFetcher fetcher;
        QSignalSpy fetched(&fetcher, &Dz::WebPageFetcher::fetched);
        QSignalSpy failed(&fetcher, &Dz::WebPageFetcher::failed);
        fetcher.fetch(server.url(u"/silent"_s));
        QTRY_VERIFY(fetcher.isRunning());
        fetcher.cancel();
        QVERIFY(!fetcher.isRunning());
        // The next fetch's page is the first thing heard: the canceled one
        // never reports, neither as fetched nor as failed.
        fetcher.fetch(server.url(u"/gbk"_s));
        QTRY_COMPARE(fetched.size(), 1);
        QVERIFY(failed.isEmpty());
        QVERIFY(fetched.constFirst().constFirst().value<Dz::SourceDocument>().text.contains(u"法治政府建设情况报告"_s));
    }
};

QTEST_GUILESS_MAIN(TestWebPageFetcher)
#include "tst_webpagefetcher.moc"
