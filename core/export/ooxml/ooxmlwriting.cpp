#include "export/ooxml/ooxmlwriting.h"

#include <QLocale>
#include <QtEndian>

#include <cctype>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

XmlPart::XmlPart()
    : m_writer(&m_bytes)
{
    m_writer.setAutoFormatting(false);
    // standalone="yes" as Office writes it; some readers look for it.
    m_writer.writeStartDocument(u"1.0"_s, true);
}

QByteArray XmlPart::finish()
{
    m_writer.writeEndDocument();
    return m_bytes;
}

void writeEmpty(QXmlStreamWriter &w, const QString &name, const Attributes &attributes)
{
    w.writeEmptyElement(name);
    for (const auto &[key, value] : attributes)
        w.writeAttribute(key, value);
}

void writeVal(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeEmptyElement(name);
    w.writeAttribute(u"val"_s, value);
}

void writeTextElement(QXmlStreamWriter &w, const QString &name, const QString &text)
{
    w.writeTextElement(name, xmlSafe(text));
}

QString xmlSafe(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = text[i].unicode();
        if (QChar::isHighSurrogate(ch)) {
            if (i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                safe.append(text[i]);
                safe.append(text[i + 1]);
                ++i;
            }
            continue;
        }
        if (QChar::isLowSurrogate(ch))
            continue;
        if (ch < 0x20 && ch != u'\t' && ch != u'\n' && ch != u'\r')
            continue;
        if (ch == 0xFFFE || ch == 0xFFFF)
            continue;
        safe.append(text[i]);
    }
    return safe;
}

QString xmlNumber(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString cellName(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

QString rangeReference(const QString &sheet, int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    const auto absolute = [](int row, int column) {
        return u'$' + columnName(column) + u'$' + QString::number(row + 1);
    };
    // A sheet name with anything but letters, digits and '_' must be quoted,
    // with its own apostrophes doubled.
    bool plain = !sheet.isEmpty();
    for (const QChar ch : sheet)
        plain = plain && ch.unicode() < 0x80 && (ch.isLetterOrNumber() || ch == u'_');
    const QString quoted = plain ? sheet : u'\'' + QString(sheet).replace(u"'"_s, u"''"_s) + u'\'';
    QString reference = quoted + u'!' + absolute(firstRow, firstColumn);
    if (firstRow != lastRow || firstColumn != lastColumn)
        reference += u':' + absolute(lastRow, lastColumn);
    return reference;
}

bool isHexColour(const QString &colour)
{
    if (colour.size() != 7 || colour.front() != u'#')
        return false;
    for (qsizetype i = 1; i < colour.size(); ++i) {
        if (!isxdigit(colour.at(i).toLatin1()))
            return false;
    }
    return true;
}

QString srgb(const QString &colour)
{
    return colour.mid(1).toUpper();
}

std::optional<std::pair<quint32, quint32>> pngSize(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (png.size() < 24 || !png.startsWith(signature) || png.mid(12, 4) != "IHDR")
        return std::nullopt;
    const quint32 width = qFromBigEndian<quint32>(png.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(png.constData() + 20);
    if (width == 0 || height == 0)
        return std::nullopt;
    return std::pair {width, height};
}

} // namespace Dz::Internal
