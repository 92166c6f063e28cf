#include "reportview.h"

#include "reporthighlighter.h"

#include <QHelpEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

ReportView::ReportView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new ReportHighlighter(document()))
{
    setReadOnly(true);
    // Keyboard selection and copying stay available in a read-only view.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Files dropped here go to the main window, which opens them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        Q_EMIT positionChanged(textCursor().position());
    });
}

void ReportView::setReport(const Report &report)
{
    m_report = report;
    m_markedSection = -1;
    setPlainText(m_report.text);
    updateExtraSelections();
}

void ReportView::showSection(int sectionIndex)
{
    if (sectionIndex < 0 || sectionIndex >= m_report.sections.size())
        return;
    m_markedSection = sectionIndex;
    updateExtraSelections();

    const Section &section = m_report.sections.at(sectionIndex);
    QTextCursor cursor(document());
    cursor.setPosition(clamped(section.span.start));
    // Scrolling to the end first makes ensureCursorVisible() put the heading
    // at the top rather than at the bottom edge.
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    setTextCursor(cursor);
    ensureCursorVisible();
}

int ReportView::clamped(qsizetype position) const
{
    const qsizetype last = document()->characterCount() - 1;
    return int(std::clamp<qsizetype>(position, 0, std::max<qsizetype>(last, 0)));
}

QTextCursor ReportView::cursorFor(TextSpan span) const
{
    QTextCursor cursor(document());
    cursor.setPosition(clamped(span.start));
    cursor.setPosition(clamped(span.end), QTextCursor::KeepAnchor);
    return cursor;
}

void ReportView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;

    QTextCharFormat furniture;
    furniture.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    furniture.setBackground(palette().color(QPalette::AlternateBase));
    for (const Block &block : std::as_const(m_report.blocks)) {
        if (block.kind == BlockKind::Furniture && block.span.isValid())
            selections.append({cursorFor(block.span), furniture});
    }

    QTextCharFormat repaired;
    repaired.setUnderlineStyle(QTextCharFormat::DotLine);
    repaired.setUnderlineColor(QColor(0xd0, 0x70, 0x00));
    for (const Section &section : std::as_const(m_report.sections)) {
        if (!section.repaired.isEmpty() && section.headingSpan.isValid())
            selections.append({cursorFor(section.headingSpan), repaired});
    }

    if (m_markedSection >= 0) {
        const Section &section = m_report.sections.at(m_markedSection);
        QTextCharFormat marked;
        QColor background = palette().color(QPalette::Highlight);
        background.setAlpha(60);
        marked.setBackground(background);
        marked.setProperty(QTextFormat::FullWidthSelection, true);
        const TextSpan heading = section.headingSpan.isValid() ? section.headingSpan : TextSpan {section.span.start, section.span.start};
        selections.append({cursorFor(heading), marked});
    }
    setExtraSelections(selections);
}

int ReportView::repairedHeadingAt(qsizetype position) const
{
    for (int i = 0; i < m_report.sections.size(); ++i) {
        const Section &section = m_report.sections.at(i);
        if (!section.repaired.isEmpty() && section.headingSpan.contains(position))
            return i;
    }
    return -1;
}

bool ReportView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int section = repairedHeadingAt(cursorForPosition(help->pos()).position());
        if (section >= 0) {
            QToolTip::showText(help->globalPos(), tr("Repaired heading: %1").arg(m_report.sections.at(section).repaired), viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ReportView::changeEvent(QEvent *event)
{
    // The greyed furniture and the heading mark follow the palette.
    if (event->type() == QEvent::PaletteChange)
        updateExtraSelections();
    QPlainTextEdit::changeEvent(event);
}

} // namespace Dz
