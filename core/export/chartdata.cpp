#include "export/chartdata.h"

#include "export/ooxml/ooxmlwriting.h"

#include <cmath>

namespace Dz
{

QString ChartData::problem() const
{
    if (categories.isEmpty())
        return tr("The chart “%1” has no categories.").arg(title);
    if (series.isEmpty())
        return tr("The chart “%1” has no series.").arg(title);
    const qsizetype count = categories.size();
    for (const ChartSeries &s : series) {
        const auto mismatch = [&](qsizetype got) {
            return tr("The chart “%1”: series “%2” has %3 entries for %4 categories.").arg(title, s.name, QString::number(got), QString::number(count));
        };
        if (s.values.size() != count)
            return mismatch(s.values.size());
        if (!s.labels.isEmpty() && s.labels.size() != count)
            return mismatch(s.labels.size());
        if (!s.pointStyles.isEmpty() && s.pointStyles.size() != count)
            return mismatch(s.pointStyles.size());
        for (const std::optional<double> &value : s.values) {
            if (value && !std::isfinite(*value))
                return tr("The chart “%1”: series “%2” has a value that is not a number.").arg(title, s.name);
        }
        QStringList colours {s.colour};
        for (const ChartPointStyle &style : s.pointStyles)
            colours.append(style.fill);
        for (const QString &colour : std::as_const(colours)) {
            if (!colour.isEmpty() && !Internal::isHexColour(colour))
                return tr("The chart “%1”: “%2” is not a colour of the form #RRGGBB.").arg(title, colour);
        }
    }
    return QString();
}

} // namespace Dz
