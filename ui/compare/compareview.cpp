#include "compare/compareview.h"

#include "base/translationloader.h"
#include "compare/comparecolumn.h"
#include "compare/sectionscrollsync.h"
#include "report/reportview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Evidence of every indicator value (marked) and the other statements (underlined).
QList<TextMark> evidenceMarks(const ReportIndicators &indicators)
{
    QList<TextMark> marks;
    for (const IndicatorValue &v : indicators.values) {
        for (const IndicatorCandidate &c : v.candidates) {
            const bool chosen = c.numberSpan == v.numberSpan && v.figure.isReported();
            TextMark mark;
            mark.span = c.numberSpan;
            mark.kind = chosen ? TextMark::Kind::Evidence : TextMark::Kind::Candidate;
            const QString figure = c.figure.toDisplayString() + c.figure.unit;
            // Words, in the interface's language: never at_least or component.
            const QString label = TranslationLoader::instance()->showsChinese() ? v.labelZh : v.labelEn;
            mark.toolTip = chosen ? CompareView::tr("%1: %2 (%3)").arg(label, v.figure.toDisplayString() + v.figure.unit, qualifierLabel(v.figure.qualifier))
                                  : CompareView::tr("%1: %2, not chosen (%3)").arg(label, figure, candidateRoleLabel(c.role));
            marks.append(mark);
        }
    }
    return marks;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_sync(new SectionScrollSync(this))
{
    setObjectName(u"compareView"_s);
    m_splitter->setChildrenCollapsible(false);
    m_scroll->setWidget(m_splitter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_scroll);

    m_sync->setMissingText([this](const QString &node) {
        return missingText(node);
    });
    connect(m_sync, &SectionScrollSync::nodeReached, this, [this](const QString &node) {
        m_currentNode = node;
        markBoundaries(node);
        Q_EMIT currentNodeChanged(node);
    });
}

void CompareView::setComparison(const Comparison *comparison, const QList<std::pair<QString, QString>> &nodeLabels)
{
    m_comparison = comparison;
    m_nodeLabels = nodeLabels;
    const int count = comparison ? int(comparison->reports.size()) : 0;

    // Columns are kept when the reports stay (a correction only realigns):
    // the analyst's scroll positions survive.
    while (m_columns.size() > count)
        delete m_columns.takeLast();
    for (int i = int(m_columns.size()); i < count; ++i) {
        auto *column = new CompareColumn(i);
        column->setMinimumWidth(MinimumColumnWidth);
        connect(column, &CompareColumn::assignRequested, this, [this, i](int section, const QString &node) {
            Q_EMIT assignRequested(i, section, node);
        });
        connect(column, &CompareColumn::annotateRequested, this, [this, i](TextSpan span) {
            Q_EMIT annotateRequested(i, span);
        });
        connect(column, &CompareColumn::activated, this, [this, i] {
            setCurrentColumn(i);
        });
        m_splitter->addWidget(column);
        m_columns.append(column);
    }
    m_evidenceMarks.resize(count);
    m_annotationMarks.resize(count);
    m_copyMarks.resize(count);
    m_searchMarks.resize(count);
    for (int i = 0; i < count; ++i) {
        CompareColumn *column = m_columns.at(i);
        m_evidenceMarks[i] = evidenceMarks(comparison->indicators.value(i));
        if (column->view()->report().filePath != comparison->reports.at(i).filePath || column->view()->report().text != comparison->reports.at(i).text) {
            m_annotationMarks[i].clear();
            m_copyMarks[i].clear();
            m_searchMarks[i].clear();
            column->setReport(comparison->reports.at(i), m_evidenceMarks.at(i));
            column->view()->zoomIn(m_zoom);
        } else {
            applyMarks(i);
        }
        column->setNodes(nodeLabels);
    }
    m_splitter->setMinimumWidth(count * MinimumColumnWidth);
    m_sync->setComparison(comparison);
    m_sync->setColumns(m_columns);
    setCurrentColumn(qMin(m_currentColumn, count - 1));
    if (!m_currentNode.isEmpty())
        showNode(m_currentNode);
}

void CompareView::showNode(const QString &node)
{
    if (!m_comparison)
        return;
    m_currentNode = node;
    // Each column goes to its own section: no column may drag the others.
    m_sync->setSuspended(true);
    for (CompareColumn *column : std::as_const(m_columns)) {
        QList<int> sections;
        for (const AlignedSection &s : m_comparison->sectionsIn(node, column->reportIndex()))
            sections.append(s.section);
        if (sections.isEmpty())
            column->showMissing(missingText(node));
        else
            column->showSections(sections);
    }
    m_sync->setSuspended(false);
    markBoundaries(node);
    Q_EMIT currentNodeChanged(node);
}

void CompareView::markBoundaries(const QString &node)
{
    if (!m_comparison)
        return;
    QString label = node;
    for (const auto &[id, text] : std::as_const(m_nodeLabels)) {
        if (id == node)
            label = text;
    }
    for (CompareColumn *column : std::as_const(m_columns)) {
        QList<qsizetype> ends;
        for (const AlignedSection &s : m_comparison->sectionsIn(node, column->reportIndex()))
            ends.append(s.span.end);
        column->view()->setBoundaries(ends, tr("end of %1").arg(label));
    }
}

void CompareView::showSearchHit(int report, TextSpan span)
{
    if (report < 0 || report >= m_columns.size())
        return;
    // One search's hit marked at a time, in the colour of a highlighter pen.
    for (int i = 0; i < m_searchMarks.size(); ++i) {
        if (!m_searchMarks.at(i).isEmpty()) {
            m_searchMarks[i].clear();
            applyMarks(i);
        }
    }
    m_searchMarks[report] = {{span, TextMark::Kind::SearchHit, tr("Search hit")}};
    applyMarks(report);
    showSpan(report, span);
}

void CompareView::showFinding(int report, TextSpan span, const QString &reason)
{
    if (report < 0 || report >= m_columns.size())
        return;
    for (int i = 0; i < m_searchMarks.size(); ++i) {
        if (!m_searchMarks.at(i).isEmpty()) {
            m_searchMarks[i].clear();
            applyMarks(i);
        }
    }
    m_searchMarks[report] = {{span, TextMark::Kind::Finding, reason}};
    applyMarks(report);
    CompareColumn *column = m_columns.at(report);
    column->hideMissing();
    m_sync->setSuspended(true);
    column->view()->scrollToPosition(span.start);
    m_sync->setSuspended(false);
    m_scroll->ensureWidgetVisible(column);
    setCurrentColumn(report);
}

void CompareView::showSpan(int report, TextSpan span)
{
    if (report < 0 || report >= m_columns.size())
        return;
    CompareColumn *column = m_columns.at(report);
    column->hideMissing();
    // The hit's column moves alone; the others follow its node afterwards.
    m_sync->setSuspended(true);
    column->view()->showSpan(span);
    m_sync->setSuspended(false);
    column->view()->setFocus();
    m_scroll->ensureWidgetVisible(column);
    setCurrentColumn(report);
}

void CompareView::showCopiedPassage(int report, TextSpan span, int other, TextSpan otherSpan)
{
    const int count = int(m_columns.size());
    if (!m_comparison || report < 0 || report >= count || other < 0 || other >= count || report == other)
        return;
    for (int i = 0; i < m_copyMarks.size(); ++i) {
        if (!m_copyMarks.at(i).isEmpty()) {
            m_copyMarks[i].clear();
            applyMarks(i);
        }
    }
    const auto nameOf = [this](int i) {
        return m_comparison->reports.value(i).displayName();
    };
    m_copyMarks[report] = {{span, TextMark::Kind::Copied, tr("Also in %1").arg(nameOf(other))}};
    m_copyMarks[other] = {{otherSpan, TextMark::Kind::Copied, tr("Also in %1").arg(nameOf(report))}};
    applyMarks(report);
    applyMarks(other);
    // Each column goes to its own copy of the passage: neither drags the other.
    m_sync->setSuspended(true);
    for (const auto &[column, at] : {std::pair(other, otherSpan), std::pair(report, span)}) {
        m_columns.at(column)->hideMissing();
        m_columns.at(column)->view()->showSpan(at);
    }
    m_sync->setSuspended(false);
    m_columns.at(report)->view()->setFocus();
    m_scroll->ensureWidgetVisible(m_columns.at(other));
    m_scroll->ensureWidgetVisible(m_columns.at(report));
    setCurrentColumn(report);
}

void CompareView::setAnnotationMarks(int report, const QList<TextMark> &marks)
{
    if (report < 0 || report >= m_columns.size() || report >= m_annotationMarks.size())
        return;
    m_annotationMarks[report] = marks;
    applyMarks(report);
}

void CompareView::applyMarks(int column)
{
    m_columns.at(column)->view()->setMarks(
        m_evidenceMarks.value(column) + m_annotationMarks.value(column) + m_copyMarks.value(column) + m_searchMarks.value(column));
}

void CompareView::setSyncScrolling(bool enabled)
{
    m_sync->setEnabled(enabled);
}

bool CompareView::syncScrolling() const
{
    return m_sync->isEnabled();
}

void CompareView::zoomIn()
{
    setZoom(m_zoom + 1);
}

void CompareView::zoomOut()
{
    setZoom(m_zoom - 1);
}

void CompareView::setZoom(int steps)
{
    steps = std::clamp(steps, -4, 12);
    m_sync->setSuspended(true);
    for (CompareColumn *column : std::as_const(m_columns)) {
        // The text at the top stays there in the new size.
        const qsizetype top = column->view()->topPosition();
        column->view()->zoomIn(steps - m_zoom);
        column->view()->scrollToPosition(top);
    }
    m_sync->setSuspended(false);
    m_zoom = steps;
}

QString CompareView::missingText(const QString &node) const
{
    QString label = node;
    for (const auto &[id, text] : m_nodeLabels) {
        if (id == node)
            label = id + u' ' + text;
    }
    return tr("Not reported\n%1").arg(label);
}

void CompareView::setCurrentColumn(int column)
{
    m_currentColumn = qMax(0, column);
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns.at(i)->setCurrent(i == m_currentColumn);
}

void CompareView::changeEvent(QEvent *event)
{
    // Banners carry translated text: show the node again in the new language.
    if (event->type() == QEvent::LanguageChange && !m_currentNode.isEmpty())
        showNode(m_currentNode);
    QWidget::changeEvent(event);
}

} // namespace Dz
