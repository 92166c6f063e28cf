#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamWriter>

#include <optional>
#include <utility>

// Helpers shared by the .pptx and .xlsx writers. Every part is written with
// QXmlStreamWriter so that text from reports (quotes, <, &) is escaped by the
// writer, never by hand.
namespace Dz::Internal
{

namespace Ns
{
inline constexpr QStringView a = u"http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr QStringView c = u"http://schemas.openxmlformats.org/drawingml/2006/chart";
inline constexpr QStringView p = u"http://schemas.openxmlformats.org/presentationml/2006/main";
inline constexpr QStringView r = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr QStringView sml = u"http://schemas.openxmlformats.org/spreadsheetml/2006/main";
} // namespace Ns

using Attributes = QList<std::pair<QString, QString>>;

/// A part being written: the XML declaration Office expects, no indentation.
class XmlPart
{
public:
    XmlPart();
    QXmlStreamWriter &writer()
    {
        return m_writer;
    }
    /// Closes every open element and returns the bytes.
    QByteArray finish();

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

/// <name a="…" …/>
void writeEmpty(QXmlStreamWriter &w, const QString &name, const Attributes &attributes = {});
/// <name val="…"/>, the form of most chart and spreadsheet settings.
void writeVal(QXmlStreamWriter &w, const QString &name, const QString &value);
/// <name>text</name>
void writeTextElement(QXmlStreamWriter &w, const QString &name, const QString &text);

/// Drops characters XML 1.0 cannot carry (C0 controls other than tab and
/// line ends, lone surrogates, U+FFFE/U+FFFF): a parser would reject the
/// whole part for one stray control character copied from a report.
QString xmlSafe(QStringView text);

/// The shortest decimal text that reads back as the same double, with '.'
/// whatever the locale.
QString xmlNumber(double value);

/// 0 → "A", 25 → "Z", 26 → "AA".
QString columnName(int column);
/// Row and column from 0: (0, 1) → "B1".
QString cellName(int row, int column);
/// An absolute reference with the sheet: ("Sheet1", 1, 1, 5, 1) → "Sheet1!$B$2:$B$6".
QString rangeReference(const QString &sheet, int firstRow, int firstColumn, int lastRow, int lastColumn);

/// True for "#RRGGBB".
bool isHexColour(const QString &colour);
/// "#1f4e79" → "1F4E79", the form DrawingML's srgbClr takes.
QString srgb(const QString &colour);

/// Width and height of a PNG from its header (IHDR), so a picture keeps its
/// aspect ratio without being decoded (core links no image library);
/// nullopt for bytes that are no PNG.
std::optional<std::pair<quint32, quint32>> pngSize(const QByteArray &png);

} // namespace Dz::Internal
