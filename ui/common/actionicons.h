#pragma once

namespace Dz
{

/**
 * The action icons shipped with Duizhao (resources/icons/duizhao, an icon
 * theme of their own): where the desktop's icon theme has no icon of a
 * name (it is then the fallback theme), or there is no theme at all (a bare
 * window manager, the offscreen platform: it is then the theme),
 * QIcon::fromTheme() finds Duizhao's own, so no button is left blank.
 */
class ActionIcons
{
public:
    /// Makes the icons the theme or the fallback theme (safe to call again).
    static void install();
};

} // namespace Dz
