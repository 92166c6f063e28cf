#pragma once

// The parts of a Word document that do not depend on its content: styles
// (GB/T 9704's 仿宋, 黑体 and 楷体 with their alternatives), the font table,
// settings, the page-number footer and the application properties.

#include <QByteArray>

namespace Dz::Internal
{

QByteArray docxStylesXml();
QByteArray docxFontTableXml();
QByteArray docxSettingsXml();
QByteArray docxFooterXml();
QByteArray docxAppXml();

} // namespace Dz::Internal
