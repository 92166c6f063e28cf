#pragma once

#include "project/changelog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Dz
{

/**
 * The project's change log as a table, newest first: when (local time), who,
 * which report (its label, never its id), what (the record named in words:
 * "value of 处罚案件", "annotation", "identity") and the change, old → new
 * in words.
 *
 * Fed with values (setChanges(), addChanges()) by whoever reads the log
 * (ChangeTracker in the workbench), and with the words it cannot know
 * itself: the reports' labels and the indicators' names. ChangeFilterModel
 * narrows it to one analyst and one report.
 */
class ChangeListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AuthorColumn, ReportColumn, WhatColumn, ChangeColumn, ColumnCount };
    enum Roles {
        AuthorRole = Qt::UserRole + 1, ///< QString: who made the change
        ReportIdRole, ///< qint64: the report's project id, 0 for none
        ChangeIdRole, ///< qint64: the row of the change log
        KindRole, ///< QString: ChangeLog's kind (for code, never shown)
        RecordRole, ///< QString: the record's key within its kind (an indicator id …)
    };

    explicit ChangeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every change (a reset); any order, shown newest first.
    void setChanges(QList<ProjectChange> changes);
    /// Adds changes newer than those listed (on top); one already listed is skipped.
    void addChanges(const QList<ProjectChange> &changes);
    const ProjectChange &change(int row) const
    {
        return m_changes.at(row);
    }
    /// The id of the newest change listed; 0 when none is.
    qint64 lastId() const;
    /// Everyone with a change listed, sorted.
    QStringList authors() const;
    /// The reports with a change listed, as ids, in the order of their labels.
    QList<qint64> reports() const;

    /// The reports' labels ("滨海 · 2024") by project id.
    void setReportLabels(const QHash<qint64, QString> &labels);
    QString reportLabel(qint64 reportId) const;
    /// The indicators' names by id (penalty_cases: 行政处罚案件数).
    void setIndicatorNames(const QHash<QString, QString> &names);
    /// After a change of language: every text again.
    void retranslate();

    /// What @p change changed, in words ("value of 处罚案件", "annotation").
    QString whatOf(const ProjectChange &change) const;
    /// The change in words, old → new.
    QString changeOf(const ProjectChange &change) const;

Q_SIGNALS:
    /// The analysts or the reports listed changed (for filters offering them).
    void choicesChanged();

private:
    QString valueWords(const QString &json) const;
    QString identityChange(const ProjectChange &change) const;
    QString annotationChange(const ProjectChange &change) const;
    QString comparisonSetWords(const QString &json) const;
    void announceAll();

    QList<ProjectChange> m_changes; ///< newest first
    QHash<qint64, QString> m_reportLabels;
    QHash<QString, QString> m_indicatorNames;
};

} // namespace Dz
