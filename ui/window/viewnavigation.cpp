#include "window/viewnavigation.h"

#include "compare/alignmentviews.h"
#include "compare/comparecolumn.h"
#include "compare/compareview.h"
#include "models/alignmenttreemodel.h"
#include "report/reportview.h"

#include <QTabWidget>

#include <algorithm>

namespace Dz
{

ViewNavigation::ViewNavigation(QTabWidget *tabs, CompareView *compare, NavigatorView *navigator, const AlignmentTreeModel *nodes, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_compare(compare)
    , m_navigator(navigator)
    , m_nodes(nodes)
{
}

void ViewNavigation::showCompare()
{
    m_tabs->setCurrentWidget(m_compare);
}

bool ViewNavigation::comparing() const
{
    return m_tabs->currentWidget() == m_compare;
}

void ViewNavigation::showSpan(int report, TextSpan span)
{
    showCompare();
    m_compare->showSpan(report, span);
}

void ViewNavigation::showSearchHit(int report, TextSpan span)
{
    showCompare();
    m_compare->showSearchHit(report, span);
}

void ViewNavigation::showFinding(int report, TextSpan span, const QString &reason)
{
    showCompare();
    m_compare->showFinding(report, span, reason);
}

void ViewNavigation::showCopiedPassage(int report, TextSpan span, int other, TextSpan otherSpan)
{
    showCompare();
    m_compare->showCopiedPassage(report, span, other, otherSpan);
}

void ViewNavigation::showNode(const QString &node)
{
    if (node.isEmpty())
        return;
    showCompare();
    m_compare->showNode(node);
    m_navigator->selectNode(node);
}

void ViewNavigation::showNodeOf(const QString &node, int report)
{
    showNode(node);
    if (report >= 0 && report < m_compare->columns().size())
        m_compare->columns().at(report)->view()->setFocus();
}

void ViewNavigation::stepNode(int delta)
{
    const QStringList nodes = m_nodes->nodes();
    if (nodes.isEmpty())
        return;
    const int at = int(nodes.indexOf(m_compare->currentNode()));
    const int next = at < 0 ? 0 : std::clamp(at + delta, 0, int(nodes.size()) - 1);
    showNode(nodes.at(next));
}

} // namespace Dz
