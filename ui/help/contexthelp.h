#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace Dz
{

/**
 * Which part of the window a widget belongs to, for F1: the window names
 * its views and docks (areas) with the guide's identifiers, and the widget
 * with the focus is looked up through its parents.
 */
class ContextHelp
{
public:
    void addArea(QWidget *area, const QString &id);
    /// The identifier of the innermost area holding @p widget; empty when none does.
    QString idFor(const QWidget *widget) const;

private:
    QList<std::pair<QPointer<QWidget>, QString>> m_areas;
};

} // namespace Dz
