#pragma once

#include "reading/report.h"

#include <QFrame>

class QLabel;

namespace Dz
{

class ReportView;
struct TextMark;

/**
 * One report in the compare view: a header (district · year), the report's
 * highlighted text, and a banner that says so when the report has nothing
 * for the node being compared (未报告), instead of leaving the text where it was.
 */
class CompareColumn final : public QFrame
{
    Q_OBJECT

public:
    explicit CompareColumn(int reportIndex, QWidget *parent = nullptr);

    int reportIndex() const
    {
        return m_reportIndex;
    }
    ReportView *view() const
    {
        return m_view;
    }

    void setReport(const Report &report, const QList<TextMark> &marks);
    /// The nodes a section can be assigned to: id and label, in menu order.
    void setNodes(const QList<std::pair<QString, QString>> &nodes);
    /// Brings @p sections (the first at the top) into view and the text back in place of the banner.
    void showSections(const QList<int> &sections);
    /// Shows the banner with @p text (the node has nothing in this report) in place of the text.
    void showMissing(const QString &text);
    void hideMissing();
    bool isShowingMissing() const;
    /// Whether the compared node is the column's focus (a thin frame marks it).
    void setCurrent(bool current);

Q_SIGNALS:
    /// The analyst asked to place section @p section of this column's report in @p node.
    void assignRequested(int section, const QString &node);
    /// The analyst asked to annotate @p span (the selection).
    void annotateRequested(Dz::TextSpan span);
    /// The column's text got the focus (click, Tab).
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &position);

    int m_reportIndex = -1;
    QLabel *m_header = nullptr;
    QLabel *m_missing = nullptr;
    ReportView *m_view = nullptr;
    QList<std::pair<QString, QString>> m_nodes;
};

} // namespace Dz
