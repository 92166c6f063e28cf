// A server project over TCP with TLS: the private server
// (tests/serverfixture.h) also listens on 127.0.0.1 with ssl = on and a
// self-signed certificate made by openssl at start. What
// ProjectDatabase::connectionSecurity() says (the window's "Server ·
// encrypted") is checked against what libpq's sslmode asks for, and against
// the server's own view of the connection (pg_stat_ssl joined with
// pg_stat_activity, read over the superuser's socket connection).

#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "seedfiles.h"
#include "serverfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Dz::ProjectStore;

class TestServerTls : public QObject
{
    Q_OBJECT

private:
    Dz::Test::ServerFixture m_server {Dz::Test::ServerFixture::Listen::SocketAndTls};
    const QString m_database = u"tls"_s;

    // The TLS connections the server has from 127.0.0.1 opened by Duizhao, as "ssl|version".
    QStringList serverSideTls()
    {
        return m_server
            .rows(u"SELECT s.ssl, coalesce(s.version, '') FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) "
                  u"WHERE a.application_name = 'duizhao' AND a.client_addr = '127.0.0.1'"_s,
                u"postgres"_s)
            .value_or(QStringList {u"cannot read pg_stat_ssl"_s});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // CI installs openssl and the server: there a missing one fails.
        const bool ci = qEnvironmentVariableIsSet("CI");
        if (Dz::Test::ServerFixture::openssl().isEmpty()) {
            if (ci)
                QFAIL("openssl is not installed: it makes the TLS server's certificate");
            QSKIP("openssl is not installed (it makes the TLS server's certificate): the TLS tests are skipped");
        }
        if (const QString problem = m_server.start(); !problem.isEmpty()) {
            if (ci)
                QFAIL(qPrintable(problem));
            QSKIP(qPrintable(u"no server, the TLS tests are skipped: "_s + problem));
        }
        QString error;
        const QString owner = m_server.createDatabase(m_database, &error);
        QVERIFY2(!owner.isEmpty(), qPrintable(error));
        // The project is made over the socket; the tests open it over TCP.
        auto made = ProjectStore::open(owner, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(made, qPrintable(made.error()));
        Dz::NewReport report;
        report.fileName = u"001.txt"_s;
        report.sourcePath = u"/reports/001.txt"_s;
        report.encoding = u"UTF-8"_s;
        report.text = Dz::Test::loadSeed(u"001"_s).text;
        report.contentHash = Dz::ProjectImporter::contentHash(report.text);
        QVERIFY(made.value()->addReport(report));
    }

    void cleanupTestCase()
    {
        Dz::Test::ServerFixture::closeConnections();
        m_server.stop();
    }

    // What libpq's sslmode asks for, over TCP to a server that offers TLS
    // (and over its Unix socket, where there is no TLS).
    void connectionSecurity_data()
    {
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("require") << u"require"_s << true;
        QTest::newRow("prefer (libpq's default)") << u"prefer"_s << true;
        QTest::newRow("allow (plain first)") << u"allow"_s << false;
        QTest::newRow("disable") << u"disable"_s << false;
        QTest::newRow("unix socket") << QString() << false;
    }

    void connectionSecurity()
    {
        QFETCH(QString, sslMode);
        QFETCH(bool, encrypted);
        const QString address = sslMode.isEmpty() ? m_server.address(m_database) : m_server.tcpAddress(m_database, sslMode);
        auto store = ProjectStore::open(address);
        QVERIFY2(store, qPrintable(store.error()));
        const auto security = store.value()->database().connectionSecurity();
        QVERIFY(security.server);
        QCOMPARE(security.encrypted, encrypted);
        if (encrypted)
            QVERIFY2(security.protocol.startsWith(u"TLSv"_s), qPrintable(security.protocol));
        else
            QVERIFY2(security.protocol.isEmpty(), qPrintable(security.protocol));
        // The server sees the same: one connection from 127.0.0.1, with or without TLS.
        const QStringList seen = serverSideTls();
        if (sslMode.isEmpty())
            QCOMPARE(seen, QStringList());
        else
            QCOMPARE(seen, QStringList {encrypted ? u"true|"_s + security.protocol : u"false|"_s});
        // The project reads and writes the same over either.
        QCOMPARE(store.value()->reportRecords().reportCount().value(), 1);
        const Dz::IndicatorOverride value {0, store.value()->reportRecords().reportSummaries().value().constFirst().id, u"legal_education_events"_s, u"12"_s,
            u"over "_s + (sslMode.isEmpty() ? u"socket"_s : sslMode), {}};
        QVERIFY(store.value()->analystRecords().setIndicatorOverride(value));
        QCOMPARE(store.value()->analystRecords().indicatorOverride(value.reportId, value.indicatorId).value()->note, value.note);
    }

    // Checking the server's certificate needs it to be trusted: a
    // self-signed one is refused with the server named, never opened
    // without the check.
    void verifiedConnectionsRefuseAnUntrustedCertificate_data()
    {
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("verify-ca") << u"verify-ca"_s;
        QTest::newRow("verify-full") << u"verify-full"_s;
    }

    void verifiedConnectionsRefuseAnUntrustedCertificate()
    {
        QFETCH(QString, sslMode);
        auto store = ProjectStore::open(m_server.tcpAddress(m_database, sslMode));
        QVERIFY(!store);
        QVERIFY2(store.error().contains(u"127.0.0.1"_s), qPrintable(store.error()));
        QVERIFY2(store.error().contains(u"certificate"_s), qPrintable(store.error()));
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
