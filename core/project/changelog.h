#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dz
{

class ProjectDatabase;

/// One row of a project's change log: who changed which record, when, from what to what.
struct ProjectChange {
    qint64 id = 0; ///< 0 until written; grows with every change
    QDateTime time; ///< UTC
    QString author; ///< the server's session user, or the user of the computer for a file
    QString kind; ///< one of ChangeLog's kinds ("value", "annotation" …)
    QString action; ///< "add", "change" or "remove"
    qint64 reportId = 0; ///< 0 when the record belongs to no report
    QString record; ///< the record's key within its kind (an indicator id, an annotation id); empty for one-of-a-kind records
    QString oldValue; ///< the record before (compact JSON); empty when added
    QString newValue; ///< the record after (compact JSON); empty when removed
};

/// Another analyst changed a record since this one read it: who, when, to what.
struct ChangeConflict {
    QString author; ///< empty when the change was made before the project kept a log
    QDateTime time;
    QString theirValue; ///< the record as stored now (compact JSON); empty when they removed it
};

/**
 * Who changed what, when: the project's change log (table change_log,
 * format 8).
 *
 * AnalystRecords and ReportRecords write a row for every change the analyst
 * makes, inside the change's own transaction, so a change and its row are
 * committed, or rolled back, together. On a server project each row is also
 * announced to the other clients (NOTIFY on channel(), delivered at commit;
 * the payload names the row, never its text), which ProjectChangeFeed
 * listens for.
 *
 * A view over an open ProjectDatabase; it owns nothing.
 */
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectStore)

public:
    explicit ChangeLog(ProjectDatabase &database)
        : m_database(database)
    {
    }

    // The kinds of record the log names.
    static inline const QString Correction = QStringLiteral("correction");
    static inline const QString Value = QStringLiteral("value");
    static inline const QString AnnotationKind = QStringLiteral("annotation");
    static inline const QString Identity = QStringLiteral("identity");
    static inline const QString ComparisonSet = QStringLiteral("comparison_set");
    static inline const QString Deck = QStringLiteral("deck");
    static inline const QString Catalog = QStringLiteral("catalog");

    /// The NOTIFY channel of a server project (PostgreSQL keeps channels per database).
    static QString channel();
    /// The NOTIFY channel that says the project's reports changed (added,
    /// read again, removed): no row of the log, only a sign to list them again.
    static QString reportsChannel();
    /// On a server, inside the transaction that adds, replaces or removes
    /// reports: tells the other clients at commit (one notification per
    /// transaction, however many reports). Nothing for a file.
    Result<> announceReports();

    /// Who the project's changes are written by: the server's session user,
    /// or the user of the computer for a file.
    QString author() const;

    /// Writes @p change (its id, time and author are filled in here) and, on
    /// a server, announces it; call inside the change's transaction. A change
    /// whose old and new value are the same is not written (returns 0).
    Result<qint64> write(const ProjectChange &change);

    /// The changes after @p afterId, oldest first; at most @p limit.
    Result<QList<ProjectChange>> changes(qint64 afterId = 0, int limit = 10000) const;
    /// The changes of one analyst and/or one report (empty and 0: any), newest first.
    Result<QList<ProjectChange>> filtered(const QString &author, qint64 reportId, int limit = 1000) const;
    /// The newest change of one record, if it was ever changed.
    Result<std::optional<ProjectChange>> lastChange(const QString &kind, qint64 reportId, const QString &record) const;
    /// Inside a write's transaction: fails, with @p conflict filled in, when
    /// the record as stored (@p stored) is not the one the analyst started
    /// from (@p startedFrom; both as the log writes them, empty for none) —
    /// another analyst changed it meanwhile. On a server it first takes a
    /// lock on the record until the transaction ends, so that two analysts
    /// checking at once are told apart.
    Result<> lockRecord(const QString &kind, qint64 reportId, const QString &record);
    Result<> checkUnchanged(const QString &kind, qint64 reportId, const QString &record, const QString &stored, const QString &startedFrom,
        std::optional<ChangeConflict> *conflict) const;

    /// The id of the newest change; 0 when none was made.
    Result<qint64> lastId() const;
    /// Everyone who has changed something in the project, sorted.
    Result<QStringList> authors() const;

private:
    Result<QList<ProjectChange>> read(const QString &where, const QVariantList &values, const QString &order, int limit) const;

    ProjectDatabase &m_database;
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::ProjectChange)
