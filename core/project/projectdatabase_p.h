#pragma once

// Private to core/project: the Qt Sql side of ProjectDatabase, for the parts
// of a project that run statements. Never include this from a public header.

#include "base/result.h"
#include "project/store_debug.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace Dz
{

class ProjectFile;
class ProjectLock;

class ProjectDatabasePrivate
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    /// Prepares and runs @p sql with @p values bound in order; every failure
    /// is a message naming the file.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    /// A prepared statement to run many times (a bulk insert); exec() it with exec().
    Result<QSqlQuery> prepare(const QString &sql) const;
    /// Binds @p values to @p query and runs it.
    Result<> exec(QSqlQuery &query, const QVariantList &values) const;
    struct Written {
        qint64 insertId = 0;
        int rowsAffected = 0;
    };
    /// Runs the write @p sql (an INSERT, UPDATE or DELETE) through a statement
    /// prepared once per connection: the import's hot path.
    Result<Written> write(const QString &sql, const QVariantList &values);
    QString sqlError(const QSqlError &error) const;
    /// @p fileSql on an SQLite file, @p serverSql on a server.
    const QString &sql(const QString &fileSql, const QString &serverSql) const
    {
        return server ? serverSql : fileSql;
    }
    /// @p insertSql, which inserts one row with an id, made to give that id
    /// to write() (RETURNING on a server; SQLite says it anyway).
    QString returningId(const QString &insertSql) const
    {
        return server ? insertSql + QStringLiteral(" RETURNING id") : insertSql;
    }

    QString path;
    QString connection;
    QSqlDatabase db;
    /// The file held open for as long as the connection (ProjectFile).
    std::shared_ptr<ProjectFile> file;
    std::shared_ptr<ProjectLock> lock;
    bool readOnly = false;
    /// A PostgreSQL database (QPSQL) rather than an SQLite file.
    bool server = false;
    int transactionDepth = 0;
    /// A statement failed because the connection to the server was lost (sqlError()).
    mutable bool connectionLost = false;
    /// Who this connection's changes are written by (ChangeLog): the
    /// server's session user, or the user of the computer for a file.
    QString author;
    /// How the connection to a server is secured (pg_stat_ssl), read once at opening.
    ProjectDatabase::ConnectionSecurity security;
    /// The statements write() prepared, by SQL text; cleared before the connection closes.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
};

} // namespace Dz
