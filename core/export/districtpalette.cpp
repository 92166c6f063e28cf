#include "export/districtpalette.h"

#include <QCryptographicHash>

#include <array>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Ten distinct colours that survive projectors and greyscale printing
// reasonably (a colour-blind-safe qualitative palette).
constexpr std::array<const char16_t *, 10> Colours {
    u"#4E79A7",
    u"#F28E2B",
    u"#59A14F",
    u"#E15759",
    u"#76B7B2",
    u"#EDC948",
    u"#B07AA1",
    u"#FF9DA7",
    u"#9C755F",
    u"#BAB0AC",
};

} // namespace

DistrictPalette::DistrictPalette(const QStringList &districtsInReportOrder)
{
    for (const QString &district : districtsInReportOrder) {
        if (!m_districts.contains(district))
            m_districts.append(district);
    }
}

QString DistrictPalette::colour(const QString &district) const
{
    qsizetype index = m_districts.indexOf(district);
    if (index < 0) {
        const QByteArray hash = QCryptographicHash::hash(district.toUtf8(), QCryptographicHash::Md5);
        index = static_cast<unsigned char>(hash.at(0));
    }
    return QString(QStringView(Colours.at(size_t(index) % Colours.size())));
}

} // namespace Dz
