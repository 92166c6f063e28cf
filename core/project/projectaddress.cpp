#include "project/projectaddress.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Dz
{

Result<ProjectAddress::Server> ProjectAddress::parseServer(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!isServer(address) || !url.isValid())
        return Failure(tr("%1 is not a server project address (%2).").arg(address, url.isValid() ? u"postgresql://…"_s : url.errorString()));
    // Passwords belong in the password file (~/.pgpass) or the desktop's
    // keychain, never in an address that ends up in lists of recent projects.
    if (!url.password().isEmpty())
        return Failure(
            tr("%1: an address must not hold a password; put it in the PostgreSQL password file (~/.pgpass) instead.").arg(url.toString(QUrl::RemovePassword)));
    Server server;
    server.host = url.host();
    server.port = url.port(DefaultPort);
    server.user = url.userName();
    server.database = url.path().mid(1);
    // libpq's query parameters: host= (a socket folder), port=, user=, sslmode=.
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"host"_s))
        server.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"port"_s))
        server.port = query.queryItemValue(u"port"_s).toInt();
    if (query.hasQueryItem(u"user"_s))
        server.user = query.queryItemValue(u"user"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"sslmode"_s))
        server.sslMode = query.queryItemValue(u"sslmode"_s);
    if (server.database.isEmpty() || server.database.contains(u'/'))
        return Failure(tr("%1: the address names no database (postgresql://user@host:port/database).").arg(address));
    if (server.port <= 0 || server.port > 65535)
        return Failure(tr("%1: %2 is not a port.").arg(address).arg(server.port));
    return server;
}

QString ProjectAddress::serverAddress(const Server &server)
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    QUrlQuery query;
    if (server.host.startsWith(u'/')) {
        // A socket folder is no host name: libpq takes it as host=.
        url.setHost(u"localhost"_s);
        query.addQueryItem(u"host"_s, QString::fromLatin1(QUrl::toPercentEncoding(server.host)));
    } else {
        url.setHost(server.host.isEmpty() ? u"localhost"_s : server.host);
    }
    url.setPort(server.port);
    url.setUserName(server.user);
    url.setPath(u'/' + server.database);
    if (!server.sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, server.sslMode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ProjectAddress::displayName(const QString &project)
{
    if (!isServer(project))
        return QFileInfo(project).fileName();
    const Result<Server> server = parseServer(project);
    if (!server)
        return project;
    return tr("%1 on %2").arg(server->database, server->host.isEmpty() ? u"localhost"_s : server->host);
}

} // namespace Dz
