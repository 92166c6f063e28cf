#pragma once

#include "analysis/comparison.h"
#include "indicators/indicatorcatalog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Dz
{

class AnalystSession;
struct AnalystValue;

/**
 * Reports × indicators: each cell the value with its qualifier (`≥175`,
 * `≈20`, `4*` for a partial scope, `✎` for an analyst's value, `—` not
 * reported), the evidence sentence as tooltip, and roles for sorting,
 * charting and jumping to the evidence.
 *
 * The analyst's values come from an AnalystSession (the comparison's keys
 * are the reports' project ids); a value edit updates its one cell.
 */
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        ValueRole = Qt::UserRole + 1, ///< double, or an invalid QVariant when there is no value
        SortRole, ///< double; rows without a value sort first
        IndicatorRole, ///< QString id of the column
        ReportRole, ///< int: row = report index
        QualifierRole, ///< QString: exact, at_least … (the override's: exact)
        EvidenceRole, ///< QString: the sentence the value rests on
        EvidenceStartRole, ///< qlonglong; -1 without evidence
        EvidenceEndRole,
        OverriddenRole, ///< bool
        CandidatesRole, ///< QStringList: the statements an analyst may choose ("3次 — sentence")
    };

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setComparison(const Comparison &comparison, const IndicatorCatalog &catalog);
    /// Where the analyst's values are read from (nullptr: none, as for
    /// reports that are in no project).
    void setSession(const AnalystSession *session);
    /// The analyst's value of @p indicator in report @p row, or nullptr.
    const AnalystValue *overrideAt(int row, const QString &indicator) const;
    /// The extracted value (no override) of @p indicator in report @p row.
    const IndicatorValue *extracted(int row, const QString &indicator) const;
    /// The figure shown: the override's, or the extracted one.
    IndicatorFigure figure(int row, const QString &indicator) const;
    const Comparison &comparison() const
    {
        return m_comparison;
    }
    QStringList indicatorIds() const;
    /// "处罚案件" or "Penalty cases".
    QString indicatorLabel(const QString &id) const;
    /// The unit the catalog gives the indicator (件, 次, 元 …).
    QString indicatorUnit(const QString &id) const;
    void setChineseLabels(bool chinese);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The table as CSV (RFC 4180): a display column and a value column per indicator.
    QString toCsv() const;

private:
    QString display(int row, const QString &indicator) const;
    void updateValue(qint64 reportId, const QString &indicatorId);
    void updateAll();

    Comparison m_comparison;
    IndicatorCatalog m_catalog;
    QPointer<const AnalystSession> m_session;
    bool m_chinese = true;
};

} // namespace Dz
