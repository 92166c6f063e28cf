#include "compare/sectionscrollsync.h"

#include "compare/comparecolumn.h"
#include "report/reportview.h"

#include <QScrollBar>

namespace Dz
{

SectionScrollSync::SectionScrollSync(QObject *parent)
    : QObject(parent)
{
}

void SectionScrollSync::setComparison(const Comparison *comparison)
{
    m_comparison = comparison;
    m_lastNode.clear();
}

void SectionScrollSync::setColumns(const QList<CompareColumn *> &columns)
{
    for (const QPointer<CompareColumn> &column : std::as_const(m_columns)) {
        if (column)
            column->view()->verticalScrollBar()->disconnect(this);
    }
    m_columns.clear();
    for (int i = 0; i < columns.size(); ++i) {
        m_columns.append(columns.at(i));
        QScrollBar *bar = columns.at(i)->view()->verticalScrollBar();
        connect(bar, &QAbstractSlider::actionTriggered, this, [this, i] {
            m_userScrolled = i;
        });
        connect(bar, &QScrollBar::valueChanged, this, [this, i] {
            follow(i);
        });
    }
}

void SectionScrollSync::setMissingText(std::function<QString(const QString &)> missingText)
{
    m_missingText = std::move(missingText);
}

void SectionScrollSync::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

std::pair<QString, double> SectionScrollSync::placeOf(int column) const
{
    if (!m_comparison || column < 0 || column >= m_columns.size() || !m_columns.at(column))
        return {};
    const CompareColumn *c = m_columns.at(column);
    const int report = c->reportIndex();
    const qsizetype position = c->view()->topPosition();
    const Comparison::Place place = m_comparison->placeAt(report, position);
    if (place.node.isEmpty())
        return {};
    return {place.node, double(position - place.span.start) / double(qMax<qsizetype>(1, place.span.length()))};
}

void SectionScrollSync::align(const QString &node, double fraction, int except)
{
    if (!m_comparison)
        return;
    m_moving = true;
    for (int i = 0; i < m_columns.size(); ++i) {
        CompareColumn *column = m_columns.at(i);
        if (!column || i == except)
            continue;
        const QList<AlignedSection> sections = m_comparison->sectionsIn(node, column->reportIndex());
        if (sections.isEmpty()) {
            column->showMissing(m_missingText ? m_missingText(node) : node);
            continue;
        }
        column->hideMissing();
        const TextSpan span = sections.constFirst().span;
        column->view()->scrollToPosition(span.start + qsizetype(fraction * double(span.length())));
    }
    m_moving = false;
}

void SectionScrollSync::follow(int column)
{
    if (m_moving || !m_comparison || !m_columns.at(column))
        return;
    const bool led = std::exchange(m_userScrolled, -1) == column || m_columns.at(column)->view()->hasFocus();
    if (!led)
        return;
    const auto [node, fraction] = placeOf(column);
    if (node.isEmpty())
        return;
    m_columns.at(column)->hideMissing();
    if (m_enabled)
        align(node, fraction, column);
    if (node != m_lastNode) {
        m_lastNode = node;
        Q_EMIT nodeReached(node);
    }
}

} // namespace Dz
