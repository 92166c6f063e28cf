#pragma once

// A private PostgreSQL server for the tests of server projects: a cluster
// made with initdb in a temporary folder, run by pg_ctl on a Unix socket
// there (no TCP port), and removed again. One per test executable: start()
// it in initTestCase(), stop() it in cleanupTestCase(); every test makes a
// database of its own (createDatabase()).
//
// With Listen::SocketAndTls it also listens on 127.0.0.1 (a free port) with
// ssl = on, with a self-signed certificate made by openssl at start, so that
// a connection over TCP is encrypted or not as its sslmode asks.
//
// PostgreSQL refuses to run as root, and CI runs the tests as root: there
// the server runs as the unprivileged user "nobody" (setpriv), which owns
// the folder. Elsewhere it runs as the user running the tests.

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

namespace Dz::Test
{

class ServerFixture
{
public:
    /// Where the server listens: its Unix socket alone, or also 127.0.0.1 with TLS.
    enum class Listen { Socket, SocketAndTls };

    explicit ServerFixture(Listen listen = Listen::Socket)
        : m_listen(listen)
    {
    }

    /// The user the tests connect as (the cluster's superuser).
    static QString user()
    {
        return QStringLiteral("duizhao");
    }

    ~ServerFixture()
    {
        stop();
    }

    /// The openssl program (which makes the TLS server's certificate), or empty when it is not installed.
    static QString openssl()
    {
        return QStandardPaths::findExecutable(QStringLiteral("openssl"));
    }

    /// Where initdb and pg_ctl are (Debian: /usr/lib/postgresql/N/bin), or
    /// empty when no server is installed.
    static QString binDir()
    {
        const QByteArray forced = qgetenv("DUIZHAO_PG_BINDIR");
        if (!forced.isEmpty())
            return QString::fromLocal8Bit(forced);
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
            return a.toInt() > b.toInt();
        });
        for (const QString &v : versions) {
            const QString bin = root.filePath(v + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        return {};
    }

    /// Makes and starts the cluster; an empty string, or what went wrong.
    QString start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return QStringLiteral("no PostgreSQL server is installed (initdb and pg_ctl in /usr/lib/postgresql/*/bin)");
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/dz-pg-XXXXXX"));
        if (!m_dir->isValid())
            return QStringLiteral("cannot make a temporary folder: ") + m_dir->errorString();
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody)
                return QStringLiteral("running as root, and there is no user \"nobody\" to run the server as");
            m_uid = nobody->pw_uid;
            m_gid = nobody->pw_gid;
            if (::chown(QFile::encodeName(m_dir->path()).constData(), *m_uid, m_gid) != 0)
                return QStringLiteral("cannot give %1 to nobody").arg(m_dir->path());
        }
        const QString data = dataDir();
        if (QString e = runTool(QStringLiteral("initdb"),
                {QStringLiteral("-D"), data, QStringLiteral("-U"), user(), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                    QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-N")});
            !e.isEmpty())
            return e;
        if (m_listen == Listen::SocketAndTls) {
            if (QString e = makeCertificate(); !e.isEmpty())
                return e;
            m_port = freeTcpPort();
            if (m_port == 0)
                return QStringLiteral("no free TCP port on 127.0.0.1");
        }
        if (QString e = startServer(); !e.isEmpty())
            return e;
        return {};
    }

    /// Starts the server again after stopServer() (the fault tests).
    QString startServer()
    {
        // The socket in the folder, no TCP unless TLS is asked for, no fsync: a throwaway cluster.
        QString options = QStringLiteral("-k %1 -p %2 -F -c max_connections=40").arg(m_dir->path()).arg(port());
        if (m_listen == Listen::SocketAndTls)
            options += QStringLiteral(" -h 127.0.0.1 -c ssl=on -c ssl_cert_file=%1 -c ssl_key_file=%2").arg(certificate(), key());
        else
            options += QStringLiteral(" -h ''");
        const QString e = runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
        m_running = e.isEmpty();
        return e;
    }

    /// Stops the server at once, as a crash or a restart would (-m immediate).
    QString stopServer()
    {
        if (!m_running)
            return {};
        closeConnections();
        m_running = false;
        return runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    }

    /// Stops the server and removes the cluster.
    void stop()
    {
        stopServer();
        m_dir.reset();
    }

    bool isRunning() const
    {
        return m_running;
    }

    /// The port: of the socket's name, and of 127.0.0.1 with Listen::SocketAndTls.
    int port() const
    {
        return m_port;
    }

    /// The server's certificate (Listen::SocketAndTls).
    QString certificate() const
    {
        return m_dir ? m_dir->filePath(QStringLiteral("server.crt")) : QString();
    }

    /// The folder of the server's socket (its "host").
    QString socketDir() const
    {
        return m_dir ? m_dir->path() : QString();
    }

    /// The address of database @p name on this server, for @p role (the
    /// superuser by default; another role must be made first, exec()).
    QString address(const QString &name, const QString &role = user()) const
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4").arg(role).arg(port()).arg(name, socketDir());
    }

    /// The address of database @p name over TCP to 127.0.0.1 with libpq's
    /// @p sslMode (Listen::SocketAndTls).
    QString tcpAddress(const QString &name, const QString &sslMode) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=%4").arg(user()).arg(port()).arg(name, sslMode);
    }

    /// Makes an empty database @p name (a letter or underscore, then
    /// letters, digits, underscores) and gives its address, or an empty
    /// string and @p error.
    QString createDatabase(const QString &name, QString *error = nullptr)
    {
        const QString failure = exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return {};
        }
        return address(name);
    }

    /// Runs @p sql as the superuser in database @p database ("postgres" by
    /// default): an empty string, or the error.
    QString exec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const QString name = QStringLiteral("dz-test-admin-") + database;
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            db.setHostName(socketDir());
            db.setPort(port());
            db.setUserName(user());
            db.setDatabaseName(database);
            if (!db.open())
                return db.lastError().text();
        }
        QSqlQuery q(db);
        if (!q.exec(sql))
            return q.lastError().text();
        return {};
    }

    /// The rows of @p sql in @p database, each row's columns joined by "|";
    /// std::nullopt when it fails.
    std::optional<QStringList> rows(const QString &sql, const QString &database)
    {
        if (!exec(QStringLiteral("SELECT 1"), database).isEmpty())
            return std::nullopt;
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("dz-test-admin-") + database, false));
        if (!q.exec(sql))
            return std::nullopt;
        QStringList list;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns.append(q.value(i).toString());
            list.append(columns.join(u'|'));
        }
        return list;
    }

    /// Closes every connection exec() opened.
    static void closeConnections()
    {
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names) {
            if (name.startsWith(QStringLiteral("dz-test-admin-")))
                closeConnection(name.mid(14));
        }
    }

    /// Closes the connections exec() opened to databases other than "postgres".
    static void closeConnection(const QString &database)
    {
        const QString name = QStringLiteral("dz-test-admin-") + database;
        if (!QSqlDatabase::contains(name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    QString dataDir() const
    {
        return m_dir->filePath(QStringLiteral("data"));
    }

    QString key() const
    {
        return m_dir->filePath(QStringLiteral("server.key"));
    }

    // A self-signed certificate for localhost and 127.0.0.1, its key
    // readable by the server's user alone (the server refuses it otherwise).
    QString makeCertificate()
    {
        const QString program = openssl();
        if (program.isEmpty())
            return QStringLiteral("openssl is not installed: it makes the TLS server's certificate");
        if (QString e = runProgram(program,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), key(), QStringLiteral("-out"), certificate(), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
                QStringLiteral("openssl"));
            !e.isEmpty())
            return e;
        if (!QFile::setPermissions(key(), QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return QStringLiteral("cannot make %1 readable by its owner alone").arg(key());
        return {};
    }

    // A TCP port on 127.0.0.1 nothing listens on now (the system picks it).
    static int freeTcpPort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return 0;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof(address);
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    // Runs a server tool as the server's user; an empty string, or its output.
    QString runTool(const QString &tool, const QStringList &arguments) const
    {
        return runProgram(m_bin + u'/' + tool, arguments, tool);
    }

    // Runs @p program as the server's user; an empty string, or its output.
    QString runProgram(const QString &program, const QStringList &arguments, const QString &tool) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
        if (m_uid) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                return QStringLiteral("running as root, and setpriv (util-linux) is missing");
            process.start(setpriv,
                QStringList {QStringLiteral("--reuid=%1").arg(*m_uid), QStringLiteral("--regid=%1").arg(m_gid), QStringLiteral("--clear-groups"),
                    QStringLiteral("--"), program}
                    + arguments);
        } else {
            process.start(program, arguments);
        }
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            QString log;
            QFile file(m_dir->filePath(QStringLiteral("server.log")));
            if (file.open(QIODevice::ReadOnly))
                log = QString::fromLocal8Bit(file.readAll().right(2000));
            return QStringLiteral("%1 failed (%2): %3 %4").arg(tool, process.errorString(), QString::fromLocal8Bit(process.readAll()), log);
        }
        return {};
    }

    Listen m_listen = Listen::Socket;
    int m_port = 5432;
    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<uid_t> m_uid;
    gid_t m_gid = 0;
    bool m_running = false;
};

} // namespace Dz::Test
