#include "project/projectcopy.h"

#include "project/projectaddress.h"
#include "project/projectdatabase.h"
#include "project/projectdatabase_p.h"
#include "project/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Tables with an identity id, whose sequence a server moves past the ids copied.
const QStringList IdentityTables = {u"reports"_s, u"alignment_corrections"_s, u"indicator_overrides"_s, u"annotations"_s, u"tags"_s, u"change_log"_s};

} // namespace

QStringList ProjectCopy::tables()
{
    return {u"reports"_s, u"analyses"_s, u"report_originals"_s, u"alignment_corrections"_s, u"indicator_overrides"_s, u"annotations"_s, u"tags"_s,
        u"annotation_tags"_s, u"weakness_catalog"_s, u"comparison_set"_s, u"deck"_s, u"change_log"_s};
}

Result<> ProjectCopy::copy(const QString &from, const QString &to, const std::function<bool(int done, int total)> &progress)
{
    using R = Result<>;
    const bool toFile = !ProjectAddress::isServer(to);
    if (toFile && QFileInfo::exists(to))
        return R::failure(tr("%1 already exists; a project is copied into a new file.").arg(to));
    auto source = ProjectStore::open(from, ProjectStore::Access::ReadOnly);
    if (!source)
        return R::failure(source.error());
    auto target = ProjectStore::open(to, ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
    if (!target)
        return R::failure(target.error());
    // A new file that did not become a copy goes again.
    auto removeFile = qScopeGuard([&target, &to, toFile] {
        if (!toFile)
            return;
        target.value().reset(); // closed (and unlocked) before it goes
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(to + suffix);
    });
    const ProjectDatabasePrivate &in = source.value()->database().data();
    ProjectDatabase &outDatabase = target.value()->database();
    ProjectDatabasePrivate &out = outDatabase.data();
    const QStringList names = tables();
    for (const QString &table : names) {
        auto rows = out.run(u"SELECT count(*) FROM "_s + table);
        if (!rows)
            return R::failure(rows.error());
        if (rows->next() && rows->value(0).toLongLong() > 0)
            return R::failure(tr("%1 already holds a project; a project is copied into a new one.").arg(to));
    }
    auto done = outDatabase.transaction([&]() -> R {
        for (int t = 0; t < names.size(); ++t) {
            const QString &table = names.at(t);
            auto rows = in.run(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s);
            if (!rows)
                return R::failure(rows.error());
            const QSqlRecord record = rows->record();
            QStringList columns;
            QStringList marks;
            for (int c = 0; c < record.count(); ++c) {
                columns.append(u'"' + record.fieldName(c) + u'"');
                marks.append(u"?"_s);
            }
            auto insert = out.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u')');
            if (!insert)
                return R::failure(insert.error());
            QVariantList values(record.count());
            while (rows->next()) {
                for (int c = 0; c < record.count(); ++c) {
                    QVariant value = rows->value(c);
                    // Every column is NOT NULL: an empty blob is read back as a
                    // null one, and must go in as empty bytes.
                    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
                        value = QByteArray("", 0);
                    values[c] = value;
                }
                if (auto r = out.exec(insert.value(), values); !r)
                    return R::failure(tr("%1: row of %2 not copied: %3").arg(to, table, r.error()));
            }
            if (progress && !progress(t + 1, int(names.size())))
                return R::failure(tr("The copy to %1 was canceled; nothing was copied.").arg(to));
        }
        if (out.server) {
            for (const QString &table : IdentityTables) {
                auto r = out.run(
                    u"SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST((SELECT max(id) FROM %1), 1), (SELECT count(*) FROM %1) > 0)"_s.arg(table));
                if (!r)
                    return R::failure(r.error());
            }
        }
        // The search indexes of a file: the trigram one filled itself by
        // trigger, the bigram one is computed here.
        return target.value()->searchIndex().rebuild();
    });
    if (!done)
        return done;
    removeFile.dismiss();
    return {};
}

} // namespace Dz
