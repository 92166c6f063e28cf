#pragma once

#include <QString>
#include <QXmlStreamWriter>

// DrawingML text runs with the deck's fonts, shared by slides, tables,
// charts and the theme.
namespace Dz::Internal
{

/// The face for Chinese text. DrawingML names one face per script and has
/// no fallback list; its fallback is the panose, pitch family and charset
/// hints below, from which PowerPoint and WPS pick a GB2312 sans serif where
/// 微软雅黑 is missing. LibreOffice on Linux substitutes Noto Sans CJK SC
/// (tst_pptx_libreoffice checks the fonts of its PDF).
inline constexpr QStringView EastAsianTypeface = u"微软雅黑";
/// The same face by its English family name, for Latin text: the name that
/// macOS and fontconfig match on.
inline constexpr QStringView LatinTypeface = u"Microsoft YaHei";
inline constexpr QStringView TypefacePanose = u"020B0503020204020204";
inline constexpr QStringView TypefacePitchFamily = u"34"; // variable pitch, sans serif (swiss)
inline constexpr QStringView TypefaceCharset = u"-122"; // GB2312 (134) as a signed byte

struct RunStyle {
    /// Hundredths of a point.
    int size = 1800;
    bool bold = false;
    /// "#RRGGBB"; empty inherits.
    QString colour;
};

/// <a:latin …/><a:ea …/> with the hints, as every run, default run and theme font names them.
void writeTypefaces(QXmlStreamWriter &w);

/// A run-properties element (a:rPr, a:defRPr, a:endParaRPr) with
/// lang="zh-CN" altLang="en-US", so spelling and line breaking treat the
/// text as Chinese, and the deck's fonts.
void writeRunProperties(QXmlStreamWriter &w, const QString &element, const RunStyle &style);

/// One a:p per line of @p text; @p align is DrawingML's algn ("l", "ctr", "r") or empty.
void writeParagraphs(QXmlStreamWriter &w, const QString &text, const RunStyle &style, const QString &align = QString());

/// <a:solidFill><a:srgbClr val="…"/></a:solidFill> from "#RRGGBB".
void writeSolidFill(QXmlStreamWriter &w, const QString &colour);

} // namespace Dz::Internal
