// Server project addresses: taken apart, refused with the reason, and made
// again from their parts (the Open Server Project dialog makes them).

#include "project/projectaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Dz::ProjectAddress;

Q_DECLARE_METATYPE(Dz::ProjectAddress::Server)

class ProjectAddressTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isServer_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<bool>("server");
        QTest::newRow("file") << u"/home/a/区县报告.duizhao"_s << false;
        QTest::newRow("relative file") << u"reports.duizhao"_s << false;
        QTest::newRow("file named like a scheme") << u"postgresql.duizhao"_s << false;
        QTest::newRow("postgresql") << u"postgresql://li@db.example.org:5433/fazhi"_s << true;
        QTest::newRow("postgres, upper case") << u"POSTGRES://db/fazhi"_s << true;
    }
    void isServer()
    {
        QFETCH(QString, project);
        QFETCH(bool, server);
        QCOMPARE(ProjectAddress::isServer(project), server);
    }

    void parsed_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("all parts") << u"postgresql://li@db.example.org:5433/fazhi2025"_s << u"db.example.org"_s << 5433 << u"fazhi2025"_s << u"li"_s
                                   << QString();
        QTest::newRow("default port") << u"postgres://db.example.org/fazhi"_s << u"db.example.org"_s << 5432 << u"fazhi"_s << QString() << QString();
        QTest::newRow("socket folder and sslmode") << u"postgresql:///fazhi?host=%2Fvar%2Frun%2Fpostgresql&sslmode=disable"_s << u"/var/run/postgresql"_s
                                                   << 5432 << u"fazhi"_s << QString() << u"disable"_s;
        QTest::newRow("query overrides") << u"postgresql://a@h:1/db?port=6000&user=wang&sslmode=require"_s << u"h"_s << 6000 << u"db"_s << u"wang"_s
                                         << u"require"_s;
        QTest::newRow("IPv6") << u"postgresql://li@[2001:db8::5]:5432/fazhi"_s << u"2001:db8::5"_s << 5432 << u"fazhi"_s << u"li"_s << QString();
        QTest::newRow("Chinese database name") << u"postgresql://li@db/%E6%B3%95%E6%B2%BB"_s << u"db"_s << 5432 << u"法治"_s << u"li"_s << QString();
    }
    void parsed()
    {
        QFETCH(QString, address);
        const auto server = ProjectAddress::parseServer(address);
        QVERIFY2(server, qPrintable(server.error()));
        QTEST(server->host, "host");
        QTEST(server->port, "port");
        QTEST(server->database, "database");
        QTEST(server->user, "user");
        QTEST(server->sslMode, "sslMode");
    }

    void refused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("why");
        QTest::newRow("a file") << u"reports.duizhao"_s << u"not a server project address"_s;
        QTest::newRow("a password") << u"postgresql://li:secret@db/fazhi"_s << u"must not hold a password"_s;
        QTest::newRow("no database") << u"postgresql://li@db:5432/"_s << u"names no database"_s;
        QTest::newRow("a path, not a database") << u"postgresql://li@db/a/b"_s << u"names no database"_s;
        QTest::newRow("port out of range") << u"postgresql://li@db/fazhi?port=70000"_s << u"is not a port"_s;
        QTest::newRow("not a URL") << u"postgresql://li@db:port/fazhi"_s << u"not a server project address"_s;
    }
    void refused()
    {
        QFETCH(QString, address);
        QFETCH(QString, why);
        const auto server = ProjectAddress::parseServer(address);
        QVERIFY(!server);
        QVERIFY2(server.error().contains(why), qPrintable(server.error()));
        // The message never repeats a password.
        QVERIFY2(!server.error().contains(u"secret"_s), qPrintable(server.error()));
    }

    void madeAndTakenApart_data()
    {
        QTest::addColumn<ProjectAddress::Server>("server");
        QTest::addColumn<QString>("address");
        QTest::newRow("host") << ProjectAddress::Server {u"db.example.org"_s, 5432, u"fazhi2025"_s, u"li"_s, {}}
                              << u"postgresql://li@db.example.org:5432/fazhi2025"_s;
        QTest::newRow("tls required") << ProjectAddress::Server {u"10.0.0.7"_s, 6432, u"district"_s, u"wang"_s, u"require"_s}
                                      << u"postgresql://wang@10.0.0.7:6432/district?sslmode=require"_s;
        QTest::newRow("socket folder") << ProjectAddress::Server {u"/tmp/duizhao sockets"_s, 5432, u"fazhi"_s, u"li"_s, {}}
                                       << u"postgresql://li@localhost:5432/fazhi?host=%2Ftmp%2Fduizhao%20sockets"_s;
        QTest::newRow("IPv6") << ProjectAddress::Server {u"2001:db8::5"_s, 5432, u"fazhi"_s, u"li"_s, u"verify-full"_s}
                              << u"postgresql://li@[2001:db8::5]:5432/fazhi?sslmode=verify-full"_s;
        QTest::newRow("Chinese database, user with a dot")
            << ProjectAddress::Server {u"db"_s, 5432, u"法治2025"_s, u"zhang.san"_s, {}} << u"postgresql://zhang.san@db:5432/%E6%B3%95%E6%B2%BB2025"_s;
    }
    void madeAndTakenApart()
    {
        QFETCH(ProjectAddress::Server, server);
        QFETCH(QString, address);
        QCOMPARE(ProjectAddress::serverAddress(server), address);
        const auto parsed = ProjectAddress::parseServer(address);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->host, server.host);
        QCOMPARE(parsed->port, server.port);
        QCOMPARE(parsed->database, server.database);
        QCOMPARE(parsed->user, server.user);
        QCOMPARE(parsed->sslMode, server.sslMode);
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("name");
        QTest::newRow("file") << u"/home/a/区县报告.duizhao"_s << u"区县报告.duizhao"_s;
        QTest::newRow("server") << u"postgresql://li@db.example.org:5433/fazhi2025"_s << u"fazhi2025 on db.example.org"_s;
        QTest::newRow("socket") << u"postgresql:///fazhi?host=%2Ftmp"_s << u"fazhi on /tmp"_s;
    }
    void displayName()
    {
        QFETCH(QString, project);
        QTEST(ProjectAddress::displayName(project), "name");
    }
};

QTEST_GUILESS_MAIN(ProjectAddressTest)
#include "tst_projectaddress.moc"
