#pragma once

#include "analysis/comparison.h"
#include "indicators/indicatorcatalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace Dz
{

/// An analyst's value for one indicator of one report, in place of the extracted one.
struct ValueOverride {
    int report = -1; ///< row: index into the comparison's reports
    QString indicator;
    Decimal value;
    QString note;

    friend bool operator==(const ValueOverride &a, const ValueOverride &b)
    {
        return a.report == b.report && a.indicator == b.indicator && a.value == b.value && a.note == b.note;
    }
};

/**
 * Reports × indicators: each cell the value with its qualifier (`≥175`,
 * `≈20`, `4*` for a partial scope, `✎` for an analyst's value, `—` not
 * reported), the evidence sentence as tooltip, and roles for sorting,
 * charting and jumping to the evidence.
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
    void setOverrides(const QList<ValueOverride> &overrides);
    const QList<ValueOverride> &overrides() const
    {
        return m_overrides;
    }
    /// The override of @p indicator in report @p row, or nullptr.
    const ValueOverride *overrideAt(int row, const QString &indicator) const;
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

    Comparison m_comparison;
    IndicatorCatalog m_catalog;
    QList<ValueOverride> m_overrides;
    bool m_chinese = true;
};

} // namespace Dz
