#pragma once

// A private PostgreSQL server for the tests of server projects: a cluster
// made with initdb in a temporary folder, run by pg_ctl on a Unix socket
// there (no TCP port), and removed again. One per test executable: start()
// it in initTestCase(), stop() it in cleanupTestCase(); every test makes a
// database of its own (createDatabase()).
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

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace Dz::Test
{

class ServerFixture
{
public:
    /// The user the tests connect as (the cluster's superuser).
    static QString user()
    {
        return QStringLiteral("duizhao");
    }

    ~ServerFixture()
    {
        stop();
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
        if (QString e = startServer(); !e.isEmpty())
            return e;
        return {};
    }

    /// Starts the server again after stopServer() (the fault tests).
    QString startServer()
    {
        // No TCP, the socket in the folder, no fsync: a throwaway cluster.
        const QString options = QStringLiteral("-h '' -k %1 -p %2 -F -c max_connections=40").arg(m_dir->path()).arg(port());
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

    static int port()
    {
        return 5432;
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

    // Runs a server tool as the server's user; an empty string, or its output.
    QString runTool(const QString &tool, const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
        const QString program = m_bin + u'/' + tool;
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

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<uid_t> m_uid;
    gid_t m_gid = 0;
    bool m_running = false;
};

} // namespace Dz::Test
