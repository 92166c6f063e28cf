#pragma once

#include "reading/report.h"

#include <QPlainTextEdit>

namespace Dz
{

class ReportHighlighter;

/// A stretch of text the view marks, with what hovering it tells.
struct TextMark {
    enum class Kind {
        Evidence, ///< the number an indicator's value rests on
        Candidate, ///< another statement that could give the value
        Annotation, ///< a passage the analyst annotated
        UrgentAnnotation, ///< one of high severity or flagged
        Copied, ///< a passage another report shares (the Audit's copied text)
        SearchHit, ///< a hit of the search, marked until the next search
        Finding, ///< the passage an audit finding rests on
    };
    TextSpan span;
    Kind kind = Kind::Evidence;
    QString toolTip;
};

/**
 * A report's text, read-only and highlighted. Furniture (web-page residue) is
 * greyed, the current heading marked, and a repaired heading explains its
 * repair in a tooltip.
 *
 * Positions are the report's UTF-16 positions: the document holds the report
 * text unchanged, one character per QString index.
 */
class ReportView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ReportView(QWidget *parent = nullptr);

    /// Shows @p report; an empty Report clears the view.
    void setReport(const Report &report);
    const Report &report() const
    {
        return m_report;
    }

    /// Moves the cursor to section @p sectionIndex's start, marks its heading
    /// and scrolls it to the top.
    void showSection(int sectionIndex);
    /// Marks @p marks (indicator evidence, search hits) over the highlighting.
    void setMarks(const QList<TextMark> &marks);
    /// Draws a rule where the node being compared ends in the text (at each
    /// of @p ends, text positions), labelled @p label, so that the analyst
    /// sees where its section stops and the next one begins.
    void setBoundaries(const QList<qsizetype> &ends, const QString &label);
    const QList<qsizetype> &boundaries() const
    {
        return m_boundaries;
    }
    /// Selects @p span and scrolls it into view.
    void showSpan(TextSpan span);
    /// Shows the first place @p query stands in the report (full and half
    /// width alike); false when it is not there.
    bool showFirst(const QString &query);

    /// The text position at the top left of the viewport.
    qsizetype topPosition() const;
    /// Scrolls so that the line holding @p position is the first one shown.
    void scrollToPosition(qsizetype position);

Q_SIGNALS:
    /// The cursor moved to @p position (by the user or by showSection()).
    void positionChanged(qsizetype position);

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateExtraSelections();
    QTextCursor cursorFor(TextSpan span) const;
    /// @p position as a document position, kept inside the document.
    int clamped(qsizetype position) const;
    /// The repaired section whose heading is at @p position, or -1.
    int repairedHeadingAt(qsizetype position) const;
    /// What hovering @p position tells (a repair, an indicator); empty if nothing.
    QString toolTipAt(qsizetype position) const;

    Report m_report;
    ReportHighlighter *m_highlighter = nullptr;
    int m_markedSection = -1;
    QList<TextMark> m_marks;
    QList<qsizetype> m_boundaries;
    QString m_boundaryLabel;
};

} // namespace Dz
