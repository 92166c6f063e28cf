#include "report/reportview.h"

#include "project/reportsearch.h"
#include "report/reporthighlighter.h"

#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
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
    m_marks.clear();
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
    setTextCursor(cursor);
    // The heading at the top, not wherever making the cursor visible put it.
    scrollToPosition(section.span.start);
}

void ReportView::setMarks(const QList<TextMark> &marks)
{
    m_marks = marks;
    updateExtraSelections();
}

void ReportView::setBoundaries(const QList<qsizetype> &ends, const QString &label)
{
    if (ends == m_boundaries && label == m_boundaryLabel)
        return;
    m_boundaries = ends;
    m_boundaryLabel = label;
    viewport()->update();
}

void ReportView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_boundaries.isEmpty())
        return;
    // A dashed rule across the text under the node's last line, with its label.
    QPainter painter(viewport());
    const QColor colour(0x1f, 0x38, 0x64);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    for (const qsizetype end : std::as_const(m_boundaries)) {
        if (end <= 0)
            continue;
        const QRect line = cursorRect(QTextCursor(cursorFor({end - 1, end - 1})));
        const int y = line.bottom() + 3;
        if (y < 0 || y > viewport()->height())
            continue;
        painter.setPen(QPen(colour, 1.5, Qt::DashLine));
        painter.drawLine(4, y, viewport()->width() - 4, y);
        const QString text = u" "_s + m_boundaryLabel + u" "_s;
        const QRect box(
            viewport()->width() - metrics.horizontalAdvance(text) - 10, y - metrics.height() / 2, metrics.horizontalAdvance(text), metrics.height());
        painter.fillRect(box, viewport()->palette().color(QPalette::Base));
        painter.setPen(colour);
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

void ReportView::showSpan(TextSpan span)
{
    if (!span.isValid())
        return;
    scrollToPosition(span.start);
    setTextCursor(cursorFor(span));
}

bool ReportView::showFirst(const QString &query)
{
    const QList<TextSearchHit> hits = searchReports({m_report}, query, 1);
    if (hits.isEmpty())
        return false;
    showSpan(hits.constFirst().span);
    return true;
}

qsizetype ReportView::topPosition() const
{
    return cursorForPosition(QPoint(0, 0)).position();
}

void ReportView::scrollToPosition(qsizetype position)
{
    const QTextBlock block = document()->findBlock(clamped(position));
    if (!block.isValid())
        return;
    // The scroll bar counts laid-out lines: the block's first line plus the
    // line of the position inside the (wrapped) block.
    int line = block.firstLineNumber();
    if (const QTextLayout *layout = block.layout()) {
        const QTextLine textLine = layout->lineForTextPosition(int(clamped(position) - block.position()));
        if (textLine.isValid())
            line += textLine.lineNumber();
    }
    verticalScrollBar()->setValue(line);
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

    for (const TextMark &mark : std::as_const(m_marks)) {
        QTextCharFormat format;
        switch (mark.kind) {
        case TextMark::Kind::Evidence:
            format.setBackground(QColor(0xff, 0xd5, 0x4f, 150));
            format.setFontWeight(QFont::DemiBold);
            break;
        case TextMark::Kind::Candidate:
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(QColor(0xc0, 0x90, 0x00));
            break;
        case TextMark::Kind::Annotation:
            format.setBackground(QColor(0xb8, 0xe0, 0xb0, 140));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(QColor(0x2e, 0x7d, 0x32));
            break;
        case TextMark::Kind::UrgentAnnotation:
            format.setBackground(QColor(0xf4, 0xb6, 0xc2, 150));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
            break;
        case TextMark::Kind::Copied:
            format.setBackground(QColor(0xc5, 0xb3, 0xe6, 170));
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(QColor(0x5e, 0x35, 0xb1));
            break;
        case TextMark::Kind::SearchHit:
            // Seen whether or not the column has the focus (a selection fades without it).
            format.setBackground(QColor(0xff, 0xeb, 0x3b));
            format.setForeground(QColor(0x20, 0x20, 0x20));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(QColor(0xe6, 0x51, 0x00));
            break;
        case TextMark::Kind::Finding:
            format.setBackground(QColor(0xf8, 0xc4, 0xb4, 170));
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(QColor(0xb7, 0x1c, 0x1c));
            break;
        }
        selections.append({cursorFor(mark.span), format});
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

QString ReportView::toolTipAt(qsizetype position) const
{
    QStringList lines;
    const int section = repairedHeadingAt(position);
    if (section >= 0)
        lines.append(tr("Repaired heading: %1").arg(m_report.sections.at(section).repaired));
    for (const TextMark &mark : m_marks) {
        if (mark.span.contains(position) && !mark.toolTip.isEmpty())
            lines.append(mark.toolTip);
    }
    return lines.join(u'\n');
}

bool ReportView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(cursorForPosition(help->pos()).position());
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ReportView::resizeEvent(QResizeEvent *event)
{
    // Wrapping changes with the width, and the scroll bar counts lines: keep
    // the text that was at the top there, not the line number.
    const qsizetype top = topPosition();
    QPlainTextEdit::resizeEvent(event);
    if (!m_report.text.isEmpty())
        scrollToPosition(top);
}

void ReportView::changeEvent(QEvent *event)
{
    // The greyed furniture and the heading mark follow the palette.
    if (event->type() == QEvent::PaletteChange)
        updateExtraSelections();
    QPlainTextEdit::changeEvent(event);
}

} // namespace Dz
