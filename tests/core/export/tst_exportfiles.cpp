// What exported files are called and how spreadsheets read them: names
// that say what is in them and are safe on every system; CSV in UTF-8 with
// a byte order mark (Excel on a Chinese Windows needs it) and the table's
// translated header; a workbook of a sheet per table.

#include "export/exportnaming.h"
#include "export/tableexport.h"
#include "ooxmlcheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

class TestExportFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("reports");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        const QDate date(2025, 1, 8);
        Q_UNUSED(date)
        QTest::newRow("one report") << u"处罚案件"_s << QStringList {u"滨海 · 2024"_s} << u"png"_s << u"处罚案件 滨海·2024 2025-01-08.png"_s;
        QTest::newRow("three reports") << u"指标"_s << QStringList {u"秦皇岛市卫健委 · 2025"_s, u"广东省卫健委 · 2022"_s, u"昌黎县卫健局 · 2025"_s} << u"xlsx"_s
                                       << u"指标 秦皇岛市卫健委·2025、广东省卫健委·2022、昌黎县卫健局·2025 2025-01-08.xlsx"_s;
        QTest::newRow("many reports") << u"Penalty cases (cases)"_s << QStringList {u"和平 · 2024"_s, u"河西 · 2024"_s, u"南开 · 2023"_s, u"红桥 · 2024"_s}
                                      << u"csv"_s << u"Penalty cases (cases) 和平·2024 and 3 more 2025-01-08.csv"_s;
        QTest::newRow("characters no file system takes")
            << u"Copied: a/b \\ c*?\"<>|"_s << QStringList() << u"md"_s << u"Copied_ a_b _ c______ 2025-01-08.md"_s;
    }

    void names()
    {
        QFETCH(QString, subject);
        QFETCH(QStringList, reports);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        QCOMPARE(ExportNaming::fileName(subject, reports, suffix, QDate(2025, 1, 8)), expected);
    }

    void longNamesAreShortened()
    {
        QStringList reports;
        for (int i = 0; i < 3; ++i)
            reports.append(u"某某自治州人民政府某某局某某分局第%1支队 · 2024"_s.arg(i));
        const QString name = ExportNaming::fileName(u"行政复议、行政诉讼、处罚案件、普法活动"_s, reports, u"pptx"_s, QDate(2025, 1, 8));
        QVERIFY2(name.size() <= ExportNaming::MaxLength + 6, qPrintable(name));
        QVERIFY(name.startsWith(u"行政复议"_s));
        QVERIFY(name.endsWith(u"2025-01-08.pptx"_s));
    }

    void csvHasAByteOrderMarkAndItsHeader()
    {
        TableData table;
        table.title = u"薄弱环节"_s;
        table.header = {u"报告"_s, u"类别"_s, u"数量"_s};
        table.rows = {{u"滨海 · 2024"_s, u"不足, 原因"_s, 3.0}, {u"蓟州 · 2020"_s, u"=SUM(A1)"_s, CellValue {}}};
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.csv"_s);
        QVERIFY(TableExport::saveCsv(table, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"报告,类别,数量"_s);
        QCOMPARE(lines.at(1), u"滨海 · 2024,\"不足, 原因\",3"_s);
        QCOMPARE(lines.at(2), u"蓟州 · 2020,\"'=SUM(A1)\","_s); // a formula stays text; a gap stays empty
    }

    void workbookHasASheetPerTable()
    {
        TableData first;
        first.title = u"薄弱环节矩阵"_s;
        first.header = {u"主题"_s, u"滨海 · 2024"_s};
        first.rows = {{u"W01 制度建设"_s, 2.0}};
        TableData second;
        second.title = u"薄弱环节条目"_s;
        second.header = {u"报告"_s, u"原文"_s};
        second.rows = {{u"滨海 · 2024"_s, u"执法人员不足"_s}};
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.xlsx"_s);
        QVERIFY(TableExport::saveXlsx({first, second}, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parts = OoxmlCheck::unzip(file.readAll());
        QVERIFY(OoxmlCheck::packageProblems(parts).isEmpty());
        QCOMPARE(OoxmlCheck::texts(parts.value(u"xl/workbook.xml"_s), u"sheets"_s).size(), 1);
        const Dz::CellRows sheet = OoxmlCheck::readSheet(parts, u"xl/worksheets/sheet1.xml"_s);
        QCOMPARE(sheet.value(1).value(1), CellValue {2.0});
        const Dz::CellRows items = OoxmlCheck::readSheet(parts, u"xl/worksheets/sheet2.xml"_s);
        QCOMPARE(items.value(1).value(1), CellValue {u"执法人员不足"_s});
    }
};

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
