// Dz::XlsxWorkbook: numbers stay numbers, text survives escaping, gaps are
// absent cells; sheet names follow Excel's rules; the parts are valid
// SpreadsheetML; failures name the file and leave nothing behind.

#include "base/tabledata.h"
#include "export/ooxml/xlsxworkbook.h"
#include "ooxmlcheck.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

using Dz::CellRows;
using Dz::CellValue;

Q_DECLARE_METATYPE(Dz::CellRows)

namespace
{

const CellValue Gap {};

// What reading back gives: trailing gaps of a row and trailing empty rows vanish.
CellRows trimmed(CellRows rows)
{
    for (QList<CellValue> &row : rows) {
        while (!row.isEmpty() && std::holds_alternative<std::monostate>(row.constLast()))
            row.removeLast();
    }
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    return rows;
}

QString show(const CellRows &rows)
{
    QStringList lines;
    for (const QList<CellValue> &row : rows) {
        QStringList cells;
        for (const CellValue &cell : row) {
            if (const auto *d = std::get_if<double>(&cell))
                cells.append(QString::number(*d, 'g', 17));
            else if (const auto *s = std::get_if<QString>(&cell))
                cells.append(u'"' + *s + u'"');
            else
                cells.append(u"·"_s);
        }
        lines.append(cells.join(u" | "_s));
    }
    return lines.join(u'\n');
}

OoxmlCheck::Parts zipped(const Dz::XlsxWorkbook &workbook)
{
    const auto bytes = workbook.toBytes();
    if (!bytes)
        qWarning("toBytes failed: %s", qPrintable(bytes.error()));
    return bytes ? OoxmlCheck::unzip(bytes.value()) : OoxmlCheck::Parts {};
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<CellRows>("rows");
        QTest::newRow("integers and decimals") << CellRows {{175.0, 0.0, -3.0, 18.2536, 1234567890123.0, 0.1}};
        QTest::newRow("chinese text and markup characters") << CellRows {{u"滨海"_s, u"“663”行动 <计划> & 'quotes'"_s, u"≥175"_s, u"未报告"_s}};
        QTest::newRow("spaces and line breaks kept") << CellRows {{u"  leading"_s, u"trailing  "_s, u"two\nlines"_s}};
        QTest::newRow("gap inside a row") << CellRows {{u"蓟州"_s, Gap, 42.0}};
        QTest::newRow("gap at the end of a row") << CellRows {{u"海门"_s, 1.0, Gap}};
        QTest::newRow("empty row between rows") << CellRows {{u"上"_s}, {}, {u"下"_s, 2.5}};
        QTest::newRow("repeated strings") << CellRows {{u"件"_s, u"件"_s}, {u"件"_s, u"次"_s}};
        QList<CellValue> wide;
        for (int i = 0; i < 30; ++i)
            wide.append(double(i));
        QTest::newRow("wide row past column Z") << CellRows {wide,
            {Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, u"AB2"_s}};
        QTest::newRow("chart layout") << CellRows {{Gap, u"处罚案件"_s}, {u"滨海"_s, 175.0}, {u"蓟州"_s, Gap}, {u"海门"_s, 200.0}};
    }

    void roundTrip()
    {
        QFETCH(CellRows, rows);
        Dz::XlsxWorkbook workbook;
        const auto added = workbook.addSheet(u"数据"_s, rows, 1);
        QVERIFY2(added.isValid(), qPrintable(added.error()));
        const auto parts = zipped(workbook);
        QVERIFY(!parts.isEmpty());
        const CellRows read = OoxmlCheck::readSheet(parts, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY2(read == trimmed(rows), qPrintable(u"read back:\n"_s + show(read) + u"\nwritten:\n"_s + show(rows)));
    }

    void gapsAreAbsentCells()
    {
        Dz::XlsxWorkbook workbook;
        QVERIFY(workbook.addSheet(u"Sheet1"_s, {{u"滨海"_s, 175.0}, {u"蓟州"_s, Gap}, {u"海门"_s, 0.0}}).isValid());
        const auto parts = zipped(workbook);
        QStringList cells;
        OoxmlCheck::forEachElement(parts.value(u"xl/worksheets/sheet1.xml"_s), [&cells](const QXmlStreamReader &r) {
            if (r.name() == u"c")
                cells.append(OoxmlCheck::attribute(r, u"r"_s));
        });
        // B2 is a gap: no cell. B3 is a real zero: a cell.
        QCOMPARE(cells, (QStringList {u"A1"_s, u"B1"_s, u"A2"_s, u"A3"_s, u"B3"_s}));
        QCOMPARE(OoxmlCheck::texts(parts.value(u"xl/worksheets/sheet1.xml"_s), u"v"_s).constLast(), u"0"_s);
    }

    void controlCharactersDropped()
    {
        // Text copied from a report can carry control characters that XML 1.0
        // cannot hold; one would make Excel reject the whole file.
        Dz::XlsxWorkbook workbook;
        QVERIFY(workbook.addSheet(u"Sheet1"_s, {{u"滨海\x01区\x0B"_s, u"\uFFFE甲\tb"_s}}).isValid());
        const auto parts = zipped(workbook);
        QXmlStreamReader reader(parts.value(u"xl/sharedStrings.xml"_s));
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(OoxmlCheck::readSheet(parts, u"xl/worksheets/sheet1.xml"_s), (CellRows {{u"滨海区"_s, u"甲\tb"_s}}));
    }

    void sameWorkbookSameBytes()
    {
        const QDateTime created(QDate(2024, 3, 1), QTime(9, 30), QTimeZone::UTC);
        const auto make = [&created]() {
            Dz::XlsxWorkbook workbook;
            workbook.addSheet(u"指标"_s, {{u"滨海"_s, 175.0}, {u"蓟州"_s, Gap}});
            workbook.setCreated(created);
            return workbook.toBytes().value();
        };
        const QByteArray first = make();
        QVERIFY(!first.isEmpty());
        QCOMPARE(make(), first);
    }

    void sheetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Sheet1") << u"Sheet1"_s << true;
        QTest::newRow("chinese") << u"各区指标对照"_s << true;
        QTest::newRow("31 characters") << QString(31, u'表') << true;
        QTest::newRow("32 characters") << QString(32, u'表') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << u"   "_s << false;
        for (const QChar ch : QStringView(u"[]:*?/\\"))
            QTest::addRow("contains %s", qPrintable(QString(ch))) << (u"处罚"_s + ch + u"案件"_s) << false;
        QTest::newRow("leading apostrophe") << u"'2023"_s << false;
        QTest::newRow("trailing apostrophe") << u"2023'"_s << false;
        QTest::newRow("inner apostrophe") << u"滨海's"_s << true;
        QTest::newRow("reserved History") << u"history"_s << false;
        QTest::newRow("taken, other case") << u"TAKEN"_s << false;
        QTest::newRow("control character") << u"a\tb"_s << false;
    }

    void sheetNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto checked = Dz::XlsxWorkbook::checkSheetName(name, {u"Taken"_s});
        QCOMPARE(checked.isValid(), valid);
        if (!valid)
            QVERIFY2(checked.error().contains(name), qPrintable(checked.error()));

        Dz::XlsxWorkbook workbook;
        QVERIFY(workbook.addSheet(u"Taken"_s, {{1.0}}).isValid());
        const auto added = workbook.addSheet(name, {{2.0}});
        QCOMPARE(added.isValid(), valid);
        QCOMPARE(workbook.sheets().size(), valid ? 2 : 1);
    }

    void sheetNameFrom_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"处罚案件"_s << u"处罚案件"_s;
        QTest::newRow("forbidden characters") << u"处罚案件/件 [2023]"_s << u"处罚案件_件 _2023_"_s;
        QTest::newRow("apostrophes trimmed") << u"'引用'"_s << u"引用"_s;
        QTest::newRow("too long") << QString(40, u'长') << QString(31, u'长');
        QTest::newRow("empty") << QString() << u"Sheet"_s;
        QTest::newRow("taken gets a number") << u"Taken"_s << u"Taken (2)"_s;
        QTest::newRow("long and taken") << QString(31, u'甲') << (QString(27, u'甲') + u" (2)"_s);
    }

    void sheetNameFrom()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QStringList taken {u"Taken"_s, QString(31, u'甲')};
        const QString name = Dz::XlsxWorkbook::sheetNameFrom(text, taken);
        QCOMPARE(name, expected);
        QVERIFY(Dz::XlsxWorkbook::checkSheetName(name, taken).isValid());
    }

    void fromTable()
    {
        Dz::TableData table;
        table.title = u"行政处罚案件（件）"_s;
        table.header = {u"地区"_s, u"2023年"_s};
        table.rows = {{u"滨海"_s, 175.0}, {u"九龙坡"_s, Gap}};
        table.note = u"≥ 表示下限"_s;
        table.source = u"来源：各区2023年法治政府建设情况报告"_s;
        const auto workbook = Dz::XlsxWorkbook::fromTable(table);
        QVERIFY2(workbook.isValid(), qPrintable(workbook.error()));
        QCOMPARE(workbook->sheetNames(), QStringList {table.title});
        const auto parts = zipped(workbook.value());
        const CellRows read = OoxmlCheck::readSheet(parts, u"xl/worksheets/sheet1.xml"_s);
        const CellRows expected {{u"地区"_s, u"2023年"_s}, {u"滨海"_s, 175.0}, {u"九龙坡"_s}, {}, {table.note}, {table.source}};
        QVERIFY2(read == expected, qPrintable(show(read)));
        // The header row is bold (style 1) and frozen.
        const QByteArray sheet = parts.value(u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(sheet.contains(R"(<c r="A1" s="1" t="s">)"));
        QVERIFY(sheet.contains(R"(state="frozen")"));
    }

    // Item 16: an empty text is no cell, as a gap is (the Evidence sheet
    // wrote "" where a value has no section or evidence).
    void emptyTextIsNoCell()
    {
        Dz::XlsxWorkbook workbook;
        QVERIFY(workbook.addSheet(u"Sheet1"_s, {{u"滨海"_s, QString(), 175.0}, {QString(), QString()}, {u"蓟州"_s, u""_s, u"证据"_s}}).isValid());
        const auto parts = zipped(workbook);
        QStringList cells;
        OoxmlCheck::forEachElement(parts.value(u"xl/worksheets/sheet1.xml"_s), [&cells](const QXmlStreamReader &r) {
            if (r.name() == u"c")
                cells.append(OoxmlCheck::attribute(r, u"r"_s));
        });
        QCOMPARE(cells, (QStringList {u"A1"_s, u"C1"_s, u"A3"_s, u"C3"_s}));
        QVERIFY(!OoxmlCheck::texts(parts.value(u"xl/sharedStrings.xml"_s), u"t"_s).contains(QString()));
    }

    // Item 16: a workbook says who made it and when, as the decks do.
    void documentProperties()
    {
        Dz::XlsxWorkbook workbook;
        workbook.setCreated(QDateTime(QDate(2024, 3, 1), QTime(9, 30), QTimeZone::UTC));
        QVERIFY(workbook.addSheet(u"指标"_s, {{u"地区"_s}}).isValid());
        QVERIFY(workbook.addSheet(u"证据"_s, {{u"x"_s}}).isValid());
        const auto parts = zipped(workbook);
        QCOMPARE(OoxmlCheck::relationships(parts, QString()).values().count(u"docProps/core.xml"_s), 1);
        QCOMPARE(OoxmlCheck::texts(parts.value(u"docProps/core.xml"_s), u"dc:creator"_s), QStringList {u"Duizhao"_s});
        QCOMPARE(OoxmlCheck::texts(parts.value(u"docProps/core.xml"_s), u"dcterms:created"_s), QStringList {u"2024-03-01T09:30:00Z"_s});
        QCOMPARE(OoxmlCheck::texts(parts.value(u"docProps/app.xml"_s), u"vt:lpstr"_s), (QStringList {u"指标"_s, u"证据"_s}));
        const QStringList problems = OoxmlCheck::packageProblems(parts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        if (const QString why = OoxmlCheck::schemaValidationUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(u"schema validation skipped: "_s + why));
        const QString errors = OoxmlCheck::schemaErrors(u"shared-documentPropertiesExtended.xsd"_s, {{u"app.xml"_s, parts.value(u"docProps/app.xml"_s)}});
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void package()
    {
        Dz::XlsxWorkbook workbook;
        QVERIFY(workbook.addSheet(u"指标"_s, {{u"地区"_s, u"件"_s}, {u"滨海"_s, 175.0}}, 1).isValid());
        QVERIFY(workbook.addSheet(u"Sheet 2"_s, {{u"x"_s}}).isValid());
        const auto parts = zipped(workbook);
        const QStringList problems = OoxmlCheck::packageProblems(parts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(parts.contains(u"xl/worksheets/sheet2.xml"_s));
        QCOMPARE(OoxmlCheck::relationships(parts, u"xl/workbook.xml"_s).value(u"rId2"_s), u"xl/worksheets/sheet2.xml"_s);
    }

    void schemaValid()
    {
        if (const QString why = OoxmlCheck::schemaValidationUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(u"schema validation skipped: "_s + why));
        Dz::XlsxWorkbook workbook;
        QVERIFY(workbook.addSheet(u"指标"_s, {{Gap, u"处罚案件"_s}, {u"滨海"_s, 175.0}, {u"蓟州"_s, Gap}}, 1).isValid());
        QVERIFY(workbook.addSheet(u"说明"_s, {{u"  来源 <报告> & 日期"_s}}).isValid());
        auto parts = zipped(workbook);
        OoxmlCheck::Parts spreadsheetParts;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (it.key().startsWith(u"xl/") && it.key().endsWith(u".xml"))
                spreadsheetParts.insert(it.key(), it.value());
        }
        QCOMPARE(spreadsheetParts.size(), 5);
        // Excel writes xml:space="preserve" to keep leading and trailing
        // spaces, and needs it to read them back, but the ECMA-376 schema
        // does not declare the attribute on <t>: validate without it.
        QByteArray &strings = spreadsheetParts[u"xl/sharedStrings.xml"_s];
        QCOMPARE(strings.count(R"( xml:space="preserve")"), 1);
        strings.replace(R"( xml:space="preserve")", "");
        const QString errors = OoxmlCheck::schemaErrors(u"sml.xsd"_s, spreadsheetParts);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void badValues_data()
    {
        QTest::addColumn<CellRows>("rows");
        QTest::addColumn<QString>("cell");
        QTest::newRow("NaN") << CellRows {{1.0}, {2.0, std::nan("")}} << u"B2"_s;
        QTest::newRow("infinity") << CellRows {{std::numeric_limits<double>::infinity()}} << u"A1"_s;
        QTest::newRow("text too long") << CellRows {{Gap, Gap, QString(Dz::XlsxWorkbook::MaxCellTextLength + 1, u'字')}} << u"C1"_s;
    }

    void badValues()
    {
        QFETCH(CellRows, rows);
        QFETCH(QString, cell);
        Dz::XlsxWorkbook workbook;
        const auto added = workbook.addSheet(u"数据"_s, rows);
        QVERIFY(!added.isValid());
        QVERIFY2(added.error().contains(cell) && added.error().contains(u"数据"_s), qPrintable(added.error()));
        QVERIFY(workbook.sheets().isEmpty());
    }

    void emptyWorkbookFails()
    {
        const auto bytes = Dz::XlsxWorkbook().toBytes();
        QVERIFY(!bytes.isValid());
        QVERIFY(!bytes.error().isEmpty());
    }

    void writeFile()
    {
        QTemporaryDir dir;
        Dz::XlsxWorkbook workbook;
        QVERIFY(workbook.addSheet(u"Sheet1"_s, {{1.0}}).isValid());
        const QString path = dir.filePath(u"导出.xlsx"_s);
        const auto written = workbook.write(path);
        QVERIFY2(written.isValid(), qPrintable(written.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), written.value());
        QCOMPARE(OoxmlCheck::readSheet(OoxmlCheck::unzip(file.readAll()), u"xl/worksheets/sheet1.xml"_s), (CellRows {{1.0}}));
    }

    void unwritablePath_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("folder does not exist") << u"missing/folder/out.xlsx"_s;
        QTest::newRow("parent is a file") << u"plain.txt/out.xlsx"_s;
        QTest::newRow("destination is a folder") << u"folder.xlsx"_s;
    }

    void unwritablePath()
    {
        QFETCH(QString, relativePath);
        QTemporaryDir dir;
        {
            QFile plain(dir.filePath(u"plain.txt"_s));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write("not a folder");
        }
        QVERIFY(QDir(dir.path()).mkdir(u"folder.xlsx"_s));
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

        Dz::XlsxWorkbook workbook;
        QVERIFY(workbook.addSheet(u"Sheet1"_s, {{1.0}}).isValid());
        const QString path = dir.filePath(relativePath);
        const auto written = workbook.write(path);
        QVERIFY(!written.isValid());
        QVERIFY2(written.error().contains(QFileInfo(path).fileName()), qPrintable(written.error()));
        // Nothing new next to the destination: no partial file, no temporary file.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
