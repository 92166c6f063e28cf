#pragma once

#include "report.h"

#include <QPlainTextEdit>

namespace Dz
{

class ReportHighlighter;

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

Q_SIGNALS:
    /// The cursor moved to @p position (by the user or by showSection()).
    void positionChanged(qsizetype position);

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateExtraSelections();
    QTextCursor cursorFor(TextSpan span) const;
    /// @p position as a document position, kept inside the document.
    int clamped(qsizetype position) const;
    /// The repaired section whose heading is at @p position, or -1.
    int repairedHeadingAt(qsizetype position) const;

    Report m_report;
    ReportHighlighter *m_highlighter = nullptr;
    int m_markedSection = -1;
};

} // namespace Dz
