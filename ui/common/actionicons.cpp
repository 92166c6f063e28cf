#include "common/actionicons.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace Dz
{

void ActionIcons::install()
{
    // The icons are a theme of their own (:/duizhao/icons/duizhao/index.theme):
    // the theme when the desktop has none, else the fallback of the desktop's.
    const QString path = u":/duizhao/icons"_s;
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(path)) {
        paths.append(path);
        QIcon::setThemeSearchPaths(paths);
    }
    const QString own = u"duizhao"_s;
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == own)
        QIcon::setThemeName(own);
    else
        QIcon::setFallbackThemeName(own);
}

} // namespace Dz
