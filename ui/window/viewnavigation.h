#pragma once

#include "base/textspan.h"

#include <QObject>
#include <QString>

class QTabWidget;
class QWidget;

namespace Dz
{

class AlignmentTreeModel;
class CompareView;
class NavigatorView;

/**
 * Where the workbench goes when a view asks to show something: the evidence
 * of a figure, a weakness item, an annotation, a search hit or an audit
 * finding is shown in the Compare view, in its report's column; a scheme
 * node is shown there and selected in the navigator.
 *
 * The window connects every view's "show this" signal here, so that each
 * way of getting to the compare view is written once.
 */
class ViewNavigation final : public QObject
{
    Q_OBJECT

public:
    ViewNavigation(QTabWidget *tabs, CompareView *compare, NavigatorView *navigator, const AlignmentTreeModel *nodes, QObject *parent = nullptr);

    /// The passage @p span of compared report @p report, in its column.
    void showSpan(int report, Dz::TextSpan span);
    /// A search hit of compared report @p report, marked in its column.
    void showSearchHit(int report, Dz::TextSpan span);
    /// The passage an audit finding rests on, marked with @p reason.
    void showFinding(int report, Dz::TextSpan span, const QString &reason);
    /// A passage and the one it was copied from (or to), both marked.
    void showCopiedPassage(int report, Dz::TextSpan span, int other, Dz::TextSpan otherSpan);
    /// Scheme node @p node in every column, selected in the navigator.
    void showNode(const QString &node);
    /// Node @p node with the focus in report @p report's column.
    void showNodeOf(const QString &node, int report);
    /// The node @p delta places after (before, when negative) the current one.
    void stepNode(int delta);
    /// The Compare view, when another tab is current.
    void showCompare();
    /// True when the Compare view is the current tab.
    bool comparing() const;

private:
    QTabWidget *m_tabs;
    CompareView *m_compare;
    NavigatorView *m_navigator;
    const AlignmentTreeModel *m_nodes;
};

} // namespace Dz
