#pragma once

#include "analysis/comparison.h"
#include "base/tabledata.h"
#include "weaknesses/weaknesscatalog.h"

#include <QAbstractTableModel>

namespace Dz
{

/**
 * Weakness themes × reports: how many items each report admits under each
 * theme (a heat map; an item with two themes counts under both), with a
 * last row for items no theme fits. A report without a shortcomings part is
 * marked in its column: admitting nothing is a finding too. Rows are the
 * themes of whatever catalog the comparison was read with (built-in, the
 * project's or an analyst's file).
 *
 * When the comparison holds consecutive years of one body (BodyIdentity),
 * a last column counts per theme the shortcomings a later year admits again
 * (RecurrenceMatcher: the same theme and topic, in any words; signs such as
 * 依然 or 尚未根本解决 lower the bar), each with both texts in its tooltip.
 */
class WeaknessMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        CountRole = Qt::UserRole + 1, ///< int
        HeatRole, ///< double 0…1: the count against the largest count in the matrix
        ThemeRole, ///< QString theme id; empty for the row of items without a theme
        ReportRole, ///< int
        MissingRole, ///< bool: the report has no shortcomings part
        ItemsRole, ///< QList<int>: indexes into the report's items
        SecondCountRole, ///< int: of CountRole, the items for which the theme is the second
        RecurrenceRole, ///< bool: the cell is in the recurrence column
    };

    /// A shortcoming a later year of a body admits again.
    struct RecurringItem {
        int report = -1; ///< the later report
        int item = -1; ///< its item
        int earlierReport = -1;
        int earlierItem = -1;
        double score = 0;
        QStringList signs; ///< 依然, 尚未根本解决 …
    };

    explicit WeaknessMatrixModel(QObject *parent = nullptr);

    void setComparison(const Comparison &comparison, const WeaknessCatalog &catalog);
    void setChineseLabels(bool chinese);
    const Comparison &comparison() const
    {
        return m_comparison;
    }
    const WeaknessCatalog &catalog() const
    {
        return m_catalog;
    }
    /// The items of report @p report with theme @p theme (first or second; "" for none), as indexes.
    QList<int> itemsOf(int report, const QString &theme) const;
    /// An item's line in tooltips and exports: its text, then each theme with why.
    QString itemDescription(const WeaknessItem &item) const;
    QString themeLabel(const QString &theme) const;
    /// True when the comparison holds consecutive years of a body: the last column counts recurrences.
    bool hasRecurrenceColumn() const
    {
        return m_recurrenceColumn;
    }
    /// Every shortcoming admitted again, in report order.
    const QList<RecurringItem> &recurring() const
    {
        return m_recurring;
    }
    /// The recurring items whose later item has theme @p theme ("" for none).
    QList<RecurringItem> recurringOf(const QString &theme) const;
    /// The recurrence of item @p item of report @p report, or null when the year before did not admit it.
    const RecurringItem *recurrenceOf(int report, int item) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Items whose theme is at least this sure are "clear" (明确), the others "possible" (可能).
    static constexpr double ClearConfidence = 0.6;
    /// How sure the theme of @p item is, in words: clear, possible, or unclassified (no theme fits).
    static QString certaintyLabel(const WeaknessItem &item);
    /// "shortcoming" or "cause", in words.
    static QString kindLabel(WeaknessKind kind);

    /// The column headers: the compare columns' labels (Report::displayName()), whole.
    QStringList reportLabels() const
    {
        return m_labels;
    }

    /// The matrix as Markdown (a table), and each report's items below it.
    QString toMarkdown() const;
    /// One row per item, with translated headers and words: report, kind,
    /// theme (code and name), how sure, what it was read from, the second
    /// theme, text; with the recurrence column, then also the report of the
    /// year before that admitted the item and its words there.
    TableData itemsTable() const;
    /// The shortcomings admitted again, one row each: the later report, the
    /// theme, its words, the report of the year before and its words, the
    /// signs of recurrence. Empty rows without the recurrence column.
    TableData recurringTable() const;
    /// One row per item, for machines: report, file, missing, kind, its
    /// themes with their topic and deficiency terms, text; with the
    /// recurrence column, then also recurring, earlier_report, earlier_file,
    /// earlier_text, recurrence_score and recurrence_signs.
    QString toCsv() const;

private:
    QString themeAt(int row) const;
    void findRecurrences();
    QVariant recurrenceData(const QString &theme, int role) const;

    Comparison m_comparison;
    WeaknessCatalog m_catalog;
    QStringList m_labels;
    QList<RecurringItem> m_recurring;
    bool m_recurrenceColumn = false;
    int m_maximum = 0;
    bool m_chinese = true;
};

} // namespace Dz
