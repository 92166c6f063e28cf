#pragma once

#include <QString>
#include <QStringList>

namespace Dz
{

/**
 * One colour per district, the same in every chart of a comparison and in
 * its exports: districts take the palette's colours in the order they first
 * appear among the reports.
 */
class DistrictPalette
{
public:
    explicit DistrictPalette(const QStringList &districtsInReportOrder);

    /// "#RRGGBB" for @p district; a district the palette was not made with
    /// gets a colour from its name, stable across runs.
    QString colour(const QString &district) const;

private:
    QStringList m_districts;
};

} // namespace Dz
