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
        if (kind == ChartKind::YearLine && positions.size() != count)
            return tr("The chart “%1” has %2 year positions for %3 categories.").arg(title, QString::number(positions.size()), QString::number(count));
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

double ChartData::maximumValue() const
{
    double maximum = 0;
    for (const ChartSeries &s : series) {
        for (const std::optional<double> &v : s.values)
            maximum = std::max(maximum, v.value_or(0));
    }
    return maximum;
}

ChartData ChartData::slice(qsizetype first, qsizetype count) const
{
    ChartData part = *this;
    part.categories = categories.mid(first, count);
    if (!positions.isEmpty())
        part.positions = positions.mid(first, count);
    for (ChartSeries &s : part.series) {
        s.values = s.values.mid(first, count);
        if (!s.labels.isEmpty())
            s.labels = s.labels.mid(first, count);
        if (!s.pointStyles.isEmpty())
            s.pointStyles = s.pointStyles.mid(first, count);
    }
    return part;
}

} // namespace Dz
