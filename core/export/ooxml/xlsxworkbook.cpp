#include "export/ooxml/xlsxworkbook.h"

#include "base/tabledata.h"
#include "export/filesaving.h"
#include "export/ooxml/deckparts.h"
#include "export/ooxml/ooxmlpackage.h"
#include "export/ooxml/ooxmlwriting.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using namespace Internal;

// Empty text is no cell, like a gap: a spreadsheet tells "" from blank
// (ISBLANK, Go To Special), and the analyst sees an empty cell.
bool isBlank(const CellValue &cell)
{
    if (const auto *text = std::get_if<QString>(&cell))
        return text->isEmpty();
    return std::holds_alternative<std::monostate>(cell);
}

// docProps/app.xml of a workbook: the program, and the sheets by name.
QByteArray workbookAppPropertiesXml(const QList<XlsxSheet> &sheets)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"Properties"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s);
    w.writeNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"_s, u"vt"_s);
    w.writeTextElement(u"Application"_s, u"Duizhao"_s);
    w.writeStartElement(u"TitlesOfParts"_s);
    w.writeStartElement(u"vt:vector"_s);
    w.writeAttribute(u"size"_s, QString::number(sheets.size()));
    w.writeAttribute(u"baseType"_s, u"lpstr"_s);
    for (const XlsxSheet &sheet : sheets)
        writeTextElement(w, u"vt:lpstr"_s, sheet.name);
    w.writeEndElement();
    w.writeEndElement();
    return part.finish();
}

// Characters Excel does not allow in a sheet name.
constexpr QStringView ForbiddenSheetCharacters = u"[]:*?/\\";

bool isWide(QChar ch)
{
    // CJK ideographs, kana, Hangul and full-width forms take two columns.
    const char16_t u = ch.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || QChar::isSurrogate(u);
}

// Column width in Excel's units (widths of '0'), so Chinese headers are not cut off.
double displayWidth(const CellValue &cell)
{
    QString text;
    if (const auto *s = std::get_if<QString>(&cell))
        text = *s;
    else if (const auto *d = std::get_if<double>(&cell))
        text = xmlNumber(*d);
    double width = 0;
    for (const QChar ch : std::as_const(text))
        width += isWide(ch) ? 2.0 : 1.0;
    return width;
}

struct SharedStrings {
    QStringList list;
    QHash<QString, int> index;
    int uses = 0;

    int add(const QString &text)
    {
        ++uses;
        const auto it = index.constFind(text);
        if (it != index.cend())
            return it.value();
        list.append(text);
        index.insert(text, int(list.size() - 1));
        return int(list.size() - 1);
    }
};

// Leading or trailing spaces and line breaks survive only with xml:space="preserve".
void writeTextKeepingSpace(QXmlStreamWriter &w, const QString &text)
{
    w.writeStartElement(u"t"_s);
    const QString safe = xmlSafe(text);
    if (!safe.isEmpty() && (safe.front().isSpace() || safe.back().isSpace() || safe.contains(u'\n')))
        w.writeAttribute(u"xml:space"_s, u"preserve"_s);
    w.writeCharacters(safe);
    w.writeEndElement();
}

QByteArray worksheetXml(const XlsxSheet &sheet, bool selected, SharedStrings &strings)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"worksheet"_s);
    w.writeDefaultNamespace(Ns::sml.toString());
    w.writeNamespace(Ns::r.toString(), u"r"_s);

    int columns = 0;
    QList<double> widths;
    for (const QList<CellValue> &row : sheet.rows) {
        columns = std::max(columns, int(row.size()));
        if (widths.size() < row.size())
            widths.resize(row.size(), 0.0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    const QString lastCell = cellName(std::max(0, int(sheet.rows.size()) - 1), std::max(0, columns - 1));
    writeEmpty(w, u"dimension"_s, {{u"ref"_s, lastCell == u"A1"_s ? lastCell : u"A1:"_s + lastCell}});

    w.writeStartElement(u"sheetViews"_s);
    w.writeStartElement(u"sheetView"_s);
    if (selected)
        w.writeAttribute(u"tabSelected"_s, u"1"_s);
    w.writeAttribute(u"workbookViewId"_s, u"0"_s);
    if (sheet.headerRows > 0 && sheet.headerRows < sheet.rows.size()) {
        // Frozen header rows stay visible while scrolling through districts.
        writeEmpty(w, u"pane"_s,
            {{u"ySplit"_s, QString::number(sheet.headerRows)}, {u"topLeftCell"_s, cellName(sheet.headerRows, 0)}, {u"activePane"_s, u"bottomLeft"_s},
                {u"state"_s, u"frozen"_s}});
    }
    w.writeEndElement(); // sheetView
    w.writeEndElement(); // sheetViews
    writeEmpty(w, u"sheetFormatPr"_s, {{u"defaultRowHeight"_s, u"16.5"_s}});

    if (!widths.isEmpty()) {
        w.writeStartElement(u"cols"_s);
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString number = QString::number(c + 1);
            const double width = std::clamp(widths[c] + 2.0, 8.0, 60.0);
            writeEmpty(w, u"col"_s, {{u"min"_s, number}, {u"max"_s, number}, {u"width"_s, xmlNumber(width)}, {u"customWidth"_s, u"1"_s}});
        }
        w.writeEndElement();
    }

    w.writeStartElement(u"sheetData"_s);
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QList<CellValue> &row = sheet.rows[r];
        const bool anyCell = std::any_of(row.cbegin(), row.cend(), [](const CellValue &cell) {
            return !isBlank(cell);
        });
        if (!anyCell)
            continue;
        const bool header = r < sheet.headerRows;
        w.writeStartElement(u"row"_s);
        w.writeAttribute(u"r"_s, QString::number(r + 1));
        for (qsizetype c = 0; c < row.size(); ++c) {
            const CellValue &cell = row[c];
            // A gap is no cell at all: an empty cell reads as blank, never as 0.
            if (isBlank(cell))
                continue;
            w.writeStartElement(u"c"_s);
            w.writeAttribute(u"r"_s, cellName(int(r), int(c)));
            if (header)
                w.writeAttribute(u"s"_s, u"1"_s);
            if (const auto *text = std::get_if<QString>(&cell)) {
                w.writeAttribute(u"t"_s, u"s"_s);
                w.writeTextElement(u"v"_s, QString::number(strings.add(*text)));
            } else {
                w.writeTextElement(u"v"_s, xmlNumber(std::get<double>(cell)));
            }
            w.writeEndElement(); // c
        }
        w.writeEndElement(); // row
    }
    w.writeEndElement(); // sheetData
    writeEmpty(w, u"pageMargins"_s,
        {{u"left"_s, u"0.7"_s}, {u"right"_s, u"0.7"_s}, {u"top"_s, u"0.75"_s}, {u"bottom"_s, u"0.75"_s}, {u"header"_s, u"0.3"_s}, {u"footer"_s, u"0.3"_s}});
    return part.finish();
}

QByteArray sharedStringsXml(const SharedStrings &strings)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"sst"_s);
    w.writeDefaultNamespace(Ns::sml.toString());
    w.writeAttribute(u"count"_s, QString::number(strings.uses));
    w.writeAttribute(u"uniqueCount"_s, QString::number(strings.list.size()));
    for (const QString &text : strings.list) {
        w.writeStartElement(u"si"_s);
        writeTextKeepingSpace(w, text);
        w.writeEndElement();
    }
    return part.finish();
}

QByteArray stylesXml()
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"styleSheet"_s);
    w.writeDefaultNamespace(Ns::sml.toString());

    // Charset 134 (GB2312) lets Excel and WPS pick a Chinese font where
    // 微软雅黑 is missing.
    const auto font = [&w](bool bold) {
        w.writeStartElement(u"font"_s);
        if (bold)
            writeEmpty(w, u"b"_s);
        writeVal(w, u"sz"_s, u"11"_s);
        writeVal(w, u"name"_s, u"微软雅黑"_s);
        writeVal(w, u"family"_s, u"2"_s);
        writeVal(w, u"charset"_s, u"134"_s);
        w.writeEndElement();
    };
    w.writeStartElement(u"fonts"_s);
    w.writeAttribute(u"count"_s, u"2"_s);
    font(false);
    font(true);
    w.writeEndElement();

    // The first two fills are reserved by Excel (none, gray125).
    w.writeStartElement(u"fills"_s);
    w.writeAttribute(u"count"_s, u"2"_s);
    for (const QString &pattern : {u"none"_s, u"gray125"_s}) {
        w.writeStartElement(u"fill"_s);
        writeEmpty(w, u"patternFill"_s, {{u"patternType"_s, pattern}});
        w.writeEndElement();
    }
    w.writeEndElement();

    w.writeStartElement(u"borders"_s);
    w.writeAttribute(u"count"_s, u"1"_s);
    w.writeStartElement(u"border"_s);
    for (const QString &side : {u"left"_s, u"right"_s, u"top"_s, u"bottom"_s, u"diagonal"_s})
        writeEmpty(w, side);
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(u"cellStyleXfs"_s);
    w.writeAttribute(u"count"_s, u"1"_s);
    writeEmpty(w, u"xf"_s, {{u"numFmtId"_s, u"0"_s}, {u"fontId"_s, u"0"_s}, {u"fillId"_s, u"0"_s}, {u"borderId"_s, u"0"_s}});
    w.writeEndElement();

    w.writeStartElement(u"cellXfs"_s);
    w.writeAttribute(u"count"_s, u"2"_s);
    writeEmpty(w, u"xf"_s, {{u"numFmtId"_s, u"0"_s}, {u"fontId"_s, u"0"_s}, {u"fillId"_s, u"0"_s}, {u"borderId"_s, u"0"_s}, {u"xfId"_s, u"0"_s}});
    writeEmpty(w, u"xf"_s,
        {{u"numFmtId"_s, u"0"_s}, {u"fontId"_s, u"1"_s}, {u"fillId"_s, u"0"_s}, {u"borderId"_s, u"0"_s}, {u"xfId"_s, u"0"_s}, {u"applyFont"_s, u"1"_s}});
    w.writeEndElement();

    w.writeStartElement(u"cellStyles"_s);
    w.writeAttribute(u"count"_s, u"1"_s);
    writeEmpty(w, u"cellStyle"_s, {{u"name"_s, u"Normal"_s}, {u"xfId"_s, u"0"_s}, {u"builtinId"_s, u"0"_s}});
    w.writeEndElement();
    return part.finish();
}

QByteArray workbookXml(const QList<XlsxSheet> &sheets)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"workbook"_s);
    w.writeDefaultNamespace(Ns::sml.toString());
    w.writeNamespace(Ns::r.toString(), u"r"_s);
    w.writeStartElement(u"bookViews"_s);
    writeEmpty(w, u"workbookView"_s, {{u"activeTab"_s, u"0"_s}});
    w.writeEndElement();
    w.writeStartElement(u"sheets"_s);
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        // Sheet i is rId(i+1) in workbook.xml.rels: the sheets are related first.
        writeEmpty(w, u"sheet"_s, {{u"name"_s, sheets[i].name}, {u"sheetId"_s, QString::number(i + 1)}, {u"r:id"_s, u"rId"_s + QString::number(i + 1)}});
    }
    w.writeEndElement();
    return part.finish();
}

} // namespace

Result<QString> XlsxWorkbook::checkSheetName(const QString &name, const QStringList &taken)
{
    const auto failure = [&name](const QString &why) {
        return Result<QString>::failure(tr("“%1” cannot be a sheet name: %2").arg(name, why));
    };
    if (name.trimmed().isEmpty())
        return failure(tr("it is empty."));
    if (name.size() > MaxSheetNameLength)
        return failure(tr("it is longer than %n characters.", nullptr, MaxSheetNameLength));
    for (const QChar ch : name) {
        if (ForbiddenSheetCharacters.contains(ch))
            return failure(tr("it contains “%1”; none of [ ] : * ? / \\ may be used.").arg(ch));
        if (ch.unicode() < 0x20)
            return failure(tr("it contains a control character."));
    }
    if (name.startsWith(u'\'') || name.endsWith(u'\''))
        return failure(tr("it begins or ends with an apostrophe."));
    if (name.compare(u"History"_s, Qt::CaseInsensitive) == 0)
        return failure(tr("Excel reserves it."));
    for (const QString &other : taken) {
        if (other.compare(name, Qt::CaseInsensitive) == 0)
            return failure(tr("another sheet has it."));
    }
    return name;
}

QString XlsxWorkbook::sheetNameFrom(const QString &text, const QStringList &taken)
{
    QString base;
    for (const QChar ch : text.simplified()) {
        if (ForbiddenSheetCharacters.contains(ch) || ch.unicode() < 0x20)
            base.append(u'_');
        else
            base.append(ch);
    }
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty() || base.compare(u"History"_s, Qt::CaseInsensitive) == 0)
        base = u"Sheet"_s;
    base = base.left(MaxSheetNameLength);
    // A cut surrogate pair would leave half a character.
    if (!base.isEmpty() && base.back().isHighSurrogate())
        base.chop(1);
    QString name = base;
    for (int n = 2; !checkSheetName(name, taken); ++n) {
        const QString suffix = u" ("_s + QString::number(n) + u')';
        name = base.left(MaxSheetNameLength - suffix.size()) + suffix;
    }
    return name;
}

Result<XlsxWorkbook> XlsxWorkbook::fromTable(const TableData &table)
{
    CellRows rows;
    int headerRows = 0;
    if (!table.header.isEmpty()) {
        QList<CellValue> header;
        for (const QString &title : table.header)
            header.append(title);
        rows.append(header);
        headerRows = 1;
    }
    rows.append(table.rows);
    // Notes and sources travel with the numbers, under a blank row.
    if (!table.note.isEmpty() || !table.source.isEmpty())
        rows.append(QList<CellValue> {});
    if (!table.note.isEmpty())
        rows.append(QList<CellValue> {table.note});
    if (!table.source.isEmpty())
        rows.append(QList<CellValue> {table.source});

    XlsxWorkbook workbook;
    const auto added = workbook.addSheet(sheetNameFrom(table.title), rows, headerRows);
    if (!added)
        return Failure(added.error());
    return workbook;
}

Result<int> XlsxWorkbook::addSheet(const QString &name, const CellRows &rows, int headerRows)
{
    const auto checked = checkSheetName(name, sheetNames());
    if (!checked)
        return Failure(checked.error());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const CellValue &cell = rows[r][c];
            const QString where = cellName(int(r), int(c));
            if (const auto *number = std::get_if<double>(&cell); number && !std::isfinite(*number))
                return Result<int>::failure(tr("Sheet “%1”, cell %2: %3 is not a number a spreadsheet can hold.").arg(name, where, xmlNumber(*number)));
            if (const auto *text = std::get_if<QString>(&cell); text && text->size() > MaxCellTextLength)
                return Result<int>::failure(
                    tr("Sheet “%1”, cell %2: the text is longer than the %3 characters a cell can hold.").arg(name, where, QString::number(MaxCellTextLength)));
        }
    }
    m_sheets.append({name, rows, std::max(0, headerRows)});
    return int(m_sheets.size() - 1);
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const XlsxSheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

void XlsxWorkbook::setCreated(const QDateTime &created)
{
    m_created = created;
}

Result<QByteArray> XlsxWorkbook::toBytes() const
{
    if (m_sheets.isEmpty())
        return Result<QByteArray>::failure(tr("A workbook needs at least one sheet."));

    OoxmlPackage package;
    package.setCreated(m_created);
    const QString workbook = u"xl/workbook.xml"_s;
    package.addRelationship(QString(), RelType::officeDocument, workbook);

    SharedStrings strings;
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        const QString file = u"worksheets/sheet"_s + QString::number(i + 1) + u".xml"_s;
        package.addPart(
            u"xl/"_s + file, u"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"_s, worksheetXml(m_sheets[i], i == 0, strings));
        package.addRelationship(workbook, RelType::worksheet, file);
    }
    package.addPart(workbook, u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"_s, workbookXml(m_sheets));
    package.addPart(u"xl/styles.xml"_s, u"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"_s, stylesXml());
    package.addRelationship(workbook, RelType::styles, u"styles.xml"_s);
    package.addPart(u"xl/sharedStrings.xml"_s, u"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"_s, sharedStringsXml(strings));
    package.addRelationship(workbook, RelType::sharedStrings, u"sharedStrings.xml"_s);
    // Document properties, as the decks have them: who made it and when.
    package.addRelationship(QString(), RelType::coreProperties, u"docProps/core.xml"_s);
    package.addRelationship(QString(), RelType::extendedProperties, u"docProps/app.xml"_s);
    package.addPart(u"docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s,
        corePropertiesXml(m_sheets.constFirst().name, package.created()));
    package.addPart(u"docProps/app.xml"_s, u"application/vnd.openxmlformats-officedocument.extended-properties+xml"_s, workbookAppPropertiesXml(m_sheets));
    return package.toBytes();
}

Result<qint64> XlsxWorkbook::write(const QString &path) const
{
    return FileSaving::save(toBytes(), path);
}

} // namespace Dz
