#include "help/contexthelp.h"

namespace Dz
{

void ContextHelp::addArea(QWidget *area, const QString &id)
{
    m_areas.append({area, id});
}

QString ContextHelp::idFor(const QWidget *widget) const
{
    // The nearest ancestor that is an area: a dock inside a view wins over the view.
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        for (const auto &[area, id] : m_areas) {
            if (area == w)
                return id;
        }
    }
    return QString();
}

} // namespace Dz
