#pragma once

#include "analysis/comparison.h"

#include <QWidget>

class QScrollArea;
class QSplitter;

namespace Dz
{

class CompareColumn;
struct TextMark;
class SectionScrollSync;

/**
 * Reports side by side, one column each, brought to the same scheme node
 * together. Five columns fit a 1920-pixel screen; more scroll sideways.
 */
class CompareView final : public QWidget
{
    Q_OBJECT

public:
    /// Columns never get narrower than this, so text stays readable.
    static constexpr int MinimumColumnWidth = 260;

    explicit CompareView(QWidget *parent = nullptr);

    /// Shows the reports of @p comparison (kept by reference: it must outlive
    /// the view or be replaced first); @p nodeLabels name the nodes for the
    /// banner and the Assign menu.
    void setComparison(const Comparison *comparison, const QList<std::pair<QString, QString>> &nodeLabels);
    /// Brings every column to its section(s) of @p node, or shows 未报告.
    void showNode(const QString &node);
    QString currentNode() const
    {
        return m_currentNode;
    }
    /// Shows @p span of report @p report (a search hit, evidence) selected.
    void showSpan(int report, TextSpan span);
    /// A passage two reports share (the Audit's copied text): marks @p span in
    /// report @p report's column and @p otherSpan in @p other's, each saying
    /// where else it stands, and brings both into view (the marks of the
    /// previous such passage go).
    void showCopiedPassage(int report, TextSpan span, int other, TextSpan otherSpan);

    /// A search hit: @p span of report @p report marked (until the next
    /// hit) and shown; a selection alone fades when the column loses the focus.
    void showSearchHit(int report, TextSpan span);
    /// The passage an audit finding rests on, marked with @p reason as its tool tip and scrolled into view (not selected).
    void showFinding(int report, TextSpan span, const QString &reason);

    /// The analyst's annotations to mark in column @p report (over the indicator evidence).
    void setAnnotationMarks(int report, const QList<TextMark> &marks);

    void setSyncScrolling(bool enabled);
    bool syncScrolling() const;
    void zoomIn();
    void zoomOut();
    int zoom() const
    {
        return m_zoom;
    }
    void setZoom(int steps);

    QList<CompareColumn *> columns() const
    {
        return m_columns;
    }

Q_SIGNALS:
    void currentNodeChanged(const QString &node);
    void assignRequested(int report, int section, const QString &node);
    void annotateRequested(int report, Dz::TextSpan span);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString missingText(const QString &node) const;
    /// Marks where @p node's sections end in every column.
    void markBoundaries(const QString &node);
    void applyMarks(int column);
    void setCurrentColumn(int column);

    const Comparison *m_comparison = nullptr;
    QList<std::pair<QString, QString>> m_nodeLabels;
    QScrollArea *m_scroll = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<CompareColumn *> m_columns;
    QList<QList<TextMark>> m_evidenceMarks; ///< per column
    QList<QList<TextMark>> m_annotationMarks;
    QList<QList<TextMark>> m_copyMarks;
    QList<QList<TextMark>> m_searchMarks; ///< the search hit or audit finding shown
    SectionScrollSync *m_sync = nullptr;
    QString m_currentNode;
    int m_currentColumn = 0;
    int m_zoom = 0;
};

} // namespace Dz
