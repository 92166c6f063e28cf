#include "models/annotationtheme.h"

#include "models/weaknessmatrixmodel.h"

namespace Dz
{

QString annotationTheme(const Comparison &comparison, int report, qsizetype position, const WeaknessMatrixModel &weaknesses, bool chinese)
{
    if (report < 0 || report >= comparison.reports.size())
        return QString();
    if (report < comparison.weaknesses.size()) {
        for (const WeaknessItem &item : comparison.weaknesses.at(report).items) {
            if (item.span.contains(position) && !item.theme.isEmpty())
                return weaknesses.themeLabel(item.theme);
        }
    }
    const QString node = comparison.placeAt(report, position).node;
    if (node.isEmpty())
        return QString();
    const SchemeLabel &label = comparison.alignment.rows().at(comparison.alignment.rowIndex(node)).label;
    return node + u' ' + (chinese ? label.zh : label.en);
}

} // namespace Dz
