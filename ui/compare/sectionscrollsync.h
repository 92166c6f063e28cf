#pragma once

#include "analysis/comparison.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Dz
{

class CompareColumn;

/**
 * Keeps compare columns at the same place by meaning: when one column
 * scrolls, the others show the section of the same scheme node at the same
 * relative position within it, or their 未报告 banner when they have none.
 *
 * One controller for all columns (rather than columns wired to each other),
 * so a column never hears its own echo. Only the analyst's scrolling leads:
 * a scroll bar action (wheel, drag, arrows) or keys in the focused column;
 * a column moved by layout or by showNode() never drags the others.
 */
class SectionScrollSync final : public QObject
{
    Q_OBJECT

public:
    explicit SectionScrollSync(QObject *parent = nullptr);

    void setComparison(const Comparison *comparison);
    void setColumns(const QList<CompareColumn *> &columns);
    /// @p missingText(node) is what a column without the node shows.
    void setMissingText(std::function<QString(const QString &)> missingText);

    void setEnabled(bool enabled);
    /// While suspended, columns move on their own (showNode() places each one).
    void setSuspended(bool suspended)
    {
        m_moving = suspended;
    }
    bool isEnabled() const
    {
        return m_enabled;
    }

    /// The node at the top of column @p column, and how far into its section (0…1).
    std::pair<QString, double> placeOf(int column) const;
    /// Brings every column to @p node at @p fraction of its section.
    void align(const QString &node, double fraction, int except = -1);

Q_SIGNALS:
    /// The node at the top of the column the analyst scrolled changed.
    void nodeReached(const QString &node);

private:
    void follow(int column);

    const Comparison *m_comparison = nullptr;
    QList<QPointer<CompareColumn>> m_columns;
    std::function<QString(const QString &)> m_missingText;
    QString m_lastNode;
    int m_userScrolled = -1; ///< the column whose scroll bar the analyst moved last
    bool m_enabled = true;
    bool m_moving = false; ///< set while this controller scrolls columns itself
};

} // namespace Dz
