// Dz::PptxDeck: the package PowerPoint opens without repair (content types,
// relationship targets, unique ids, ASCII part names), native charts whose
// caches match their embedded workbook with gaps as absent points, Chinese
// fonts, tables, pictures, schema validity, and failures that add nothing.

#include "export/ooxml/chartpart.h"
#include "export/ooxml/pptxdeck.h"
#include "ooxmlcheck.h"
#include "ooxmlsamples.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{

using namespace OoxmlSamples;

OoxmlCheck::Parts sampleParts()
{
    const auto bytes = sampleDeck().toBytes();
    if (!bytes)
        qFatal("toBytes: %s", qPrintable(bytes.error()));
    return OoxmlCheck::unzip(bytes.value());
}

// "Sheet1!$B$2:$B$6" → the cells it names, as the workbook holds them.
QList<Dz::CellValue> cellsOf(const Dz::CellRows &sheet, const QString &formula)
{
    static const QRegularExpression reference(uR"(^Sheet1!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$)"_s);
    const auto match = reference.match(formula);
    if (!match.hasMatch())
        return {};
    const auto [firstRow, firstColumn] = OoxmlCheck::cellPosition(match.captured(1) + match.captured(2));
    auto [lastRow, lastColumn] = std::pair {firstRow, firstColumn};
    if (match.hasCaptured(3))
        std::tie(lastRow, lastColumn) = OoxmlCheck::cellPosition(match.captured(3) + match.captured(4));
    QList<Dz::CellValue> cells;
    for (int r = firstRow; r <= lastRow; ++r) {
        for (int c = firstColumn; c <= lastColumn; ++c)
            cells.append(sheet.value(r).value(c));
    }
    return cells;
}

struct CachedSeries {
    QString nameFormula, name;
    QString categoryFormula;
    QStringList categories;
    QString valueFormula;
    int pointCount = 0;
    QMap<int, double> values; // idx → value; absent idx = gap
};

QList<CachedSeries> readChartCaches(const QByteArray &chartXml)
{
    QList<CachedSeries> series;
    QXmlStreamReader r(chartXml);
    QString section; // "tx", "cat" or "val"
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.qualifiedName();
            if (name == u"c:ser")
                series.append(CachedSeries {});
            else if (series.isEmpty())
                continue;
            else if (name == u"c:tx" || name == u"c:cat" || name == u"c:val")
                section = name.mid(2).toString();
            else if (name == u"c:f") {
                const QString f = r.readElementText();
                (section == u"tx" ? series.last().nameFormula : section == u"cat" ? series.last().categoryFormula : series.last().valueFormula) = f;
            } else if (name == u"c:ptCount" && section == u"val")
                series.last().pointCount = OoxmlCheck::attribute(r, u"val"_s).toInt();
            else if (name == u"c:pt") {
                const int idx = OoxmlCheck::attribute(r, u"idx"_s).toInt();
                r.readNextStartElement();
                const QString v = r.readElementText();
                if (section == u"tx")
                    series.last().name = v;
                else if (section == u"cat")
                    series.last().categories.append(v);
                else if (section == u"val")
                    series.last().values.insert(idx, v.toDouble());
            } else if (name == u"c:dLbls" || name == u"c:dPt" || name == u"c:spPr") {
                section.clear();
            }
        }
    }
    return series;
}

} // namespace

class TestPptx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Item 14: the number format that says a label, or none where no format can.
    void dataLabelFormats_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("format"); // empty: typed text stays
        QTest::newRow("lower bound") << u"≥175"_s << 175.0 << u"\"≥\"0"_s;
        QTest::newRow("approximate") << u"≈200"_s << 200.0 << u"\"≈\"0"_s;
        QTest::newRow("grouped decimal") << u"3,211.5"_s << 3211.5 << u"#,##0.0"_s;
        QTest::newRow("partial scope") << u"200*"_s << 200.0 << u"0\"*\""_s;
        QTest::newRow("edited by the analyst") << u"≥12.25✎"_s << 12.25 << u"\"≥\"0.00\"✎\""_s;
        QTest::newRow("upper bound beside the value") << u"≤300"_s << 250.0 << QString();
        QTest::newRow("range") << u"100–200"_s << 150.0 << QString();
        QTest::newRow("no number") << u"未报告"_s << 0.0 << QString();
        QTest::newRow("quote in the text") << u"\"约\"5"_s << 5.0 << QString();
    }

    void dataLabelFormats()
    {
        QFETCH(QString, label);
        QFETCH(double, value);
        QFETCH(QString, format);
        QCOMPARE(Dz::Internal::dataLabelFormat(label, value).value_or(QString()), format);
    }

    // Item 15: a CJK axis title (件) stands upright; a Latin one lies along the axis.
    void axisTitleOrientation_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("vert");
        QTest::addColumn<QString>("rot");
        QTest::newRow("件") << u"件"_s << u"eaVert"_s << u"0"_s;
        QTest::newRow("万元") << u"万元"_s << u"eaVert"_s << u"0"_s;
        QTest::newRow("latin") << u"cases"_s << u"horz"_s << u"-5400000"_s;
    }

    void axisTitleOrientation()
    {
        QFETCH(QString, title);
        QFETCH(QString, vert);
        QFETCH(QString, rot);
        Dz::ChartData chart = OoxmlSamples::districtChart();
        chart.valueAxisTitle = title;
        const QByteArray xml = Dz::Internal::chartPartXml(chart, u"rId1"_s);
        QXmlStreamReader r(xml);
        bool inTitle = false;
        bool found = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.qualifiedName() == u"c:title")
                inTitle = true;
            if (inTitle && r.isStartElement() && r.qualifiedName() == u"a:bodyPr") {
                QCOMPARE(OoxmlCheck::attribute(r, u"vert"_s), vert);
                QCOMPARE(OoxmlCheck::attribute(r, u"rot"_s), rot);
                found = true;
                break;
            }
        }
        QVERIFY(found);
    }

    void packageIsComplete()
    {
        const auto parts = sampleParts();
        QVERIFY(!parts.isEmpty());
        const QStringList problems = OoxmlCheck::packageProblems(parts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        for (const QString &required : {u"_rels/.rels"_s, u"docProps/app.xml"_s, u"docProps/core.xml"_s, u"ppt/presentation.xml"_s,
                 u"ppt/slideMasters/slideMaster1.xml"_s, u"ppt/slideLayouts/slideLayout1.xml"_s, u"ppt/theme/theme1.xml"_s, u"ppt/slides/slide7.xml"_s,
                 u"ppt/charts/chart1.xml"_s, u"ppt/charts/_rels/chart1.xml.rels"_s, u"ppt/embeddings/chart1-data.xlsx"_s, u"ppt/media/image1.png"_s})
            QVERIFY2(parts.contains(required), qPrintable(required));
        QVERIFY(!parts.contains(u"ppt/slides/slide8.xml"_s));
        QCOMPARE(OoxmlCheck::relationships(parts, QString()).value(u"rId1"_s), u"ppt/presentation.xml"_s);
    }

    void contentTypesComeFirst()
    {
        // Streaming readers take the first entry for [Content_Types].xml; the
        // first local file header's name starts at byte 30.
        const QByteArray bytes = sampleDeck().toBytes().value();
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QCOMPARE(bytes.mid(30, 19), QByteArray("[Content_Types].xml"));
    }

    void contentTypes_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("contentType");
        const QString pml = u"application/vnd.openxmlformats-officedocument.presentationml."_s;
        QTest::newRow("presentation") << u"/ppt/presentation.xml"_s << pml + u"presentation.main+xml"_s;
        QTest::newRow("slide") << u"/ppt/slides/slide2.xml"_s << pml + u"slide+xml"_s;
        QTest::newRow("chart") << u"/ppt/charts/chart1.xml"_s << u"application/vnd.openxmlformats-officedocument.drawingml.chart+xml"_s;
        QTest::newRow("theme") << u"/ppt/theme/theme1.xml"_s << u"application/vnd.openxmlformats-officedocument.theme+xml"_s;
        QTest::newRow("png by extension") << u"png"_s << u"image/png"_s;
        QTest::newRow("xlsx by extension") << u"xlsx"_s << u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s;
    }

    void contentTypes()
    {
        QFETCH(QString, part);
        QFETCH(QString, contentType);
        QString found;
        OoxmlCheck::forEachElement(sampleParts().value(u"[Content_Types].xml"_s), [&](const QXmlStreamReader &r) {
            if (OoxmlCheck::attribute(r, u"PartName"_s) == part || OoxmlCheck::attribute(r, u"Extension"_s) == part)
                found = OoxmlCheck::attribute(r, u"ContentType"_s);
        });
        QCOMPARE(found, contentType);
    }

    void idsAreUnique()
    {
        const auto parts = sampleParts();
        QList<quint64> slideIds, masterIds;
        OoxmlCheck::forEachElement(parts.value(u"ppt/presentation.xml"_s), [&](const QXmlStreamReader &r) {
            if (r.qualifiedName() == u"p:sldId")
                slideIds.append(OoxmlCheck::attribute(r, u"id"_s).toULongLong());
            else if (r.qualifiedName() == u"p:sldMasterId")
                masterIds.append(OoxmlCheck::attribute(r, u"id"_s).toULongLong());
        });
        OoxmlCheck::forEachElement(parts.value(u"ppt/slideMasters/slideMaster1.xml"_s), [&](const QXmlStreamReader &r) {
            if (r.qualifiedName() == u"p:sldLayoutId")
                masterIds.append(OoxmlCheck::attribute(r, u"id"_s).toULongLong());
        });
        QCOMPARE(slideIds.size(), 7);
        QCOMPARE(QSet<quint64>(slideIds.cbegin(), slideIds.cend()).size(), slideIds.size());
        for (const quint64 id : std::as_const(slideIds))
            QVERIFY(id >= 256 && id < 2147483648u);
        QCOMPARE(masterIds.size(), 3);
        QCOMPARE(QSet<quint64>(masterIds.cbegin(), masterIds.cend()).size(), masterIds.size());
        for (const quint64 id : std::as_const(masterIds))
            QVERIFY(id >= 2147483648u);

        // Shape ids are unique within each slide, master and layout.
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!it.key().startsWith(u"ppt/slide") || !it.key().endsWith(u".xml"))
                continue;
            QStringList ids;
            OoxmlCheck::forEachElement(it.value(), [&](const QXmlStreamReader &r) {
                if (r.qualifiedName() == u"p:cNvPr")
                    ids.append(OoxmlCheck::attribute(r, u"id"_s));
            });
            QVERIFY2(ids.size() >= 2, qPrintable(it.key()));
            QVERIFY2(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size(), qPrintable(it.key() + u": "_s + ids.join(u' ')));
        }
    }

    void slideSizeIsWidescreen()
    {
        bool found = false;
        OoxmlCheck::forEachElement(sampleParts().value(u"ppt/presentation.xml"_s), [&](const QXmlStreamReader &r) {
            if (r.qualifiedName() == u"p:sldSz") {
                found = true;
                QCOMPARE(OoxmlCheck::attribute(r, u"cx"_s).toLongLong() * 9, OoxmlCheck::attribute(r, u"cy"_s).toLongLong() * 16);
            }
        });
        QVERIFY(found);
    }

    void nativeChartMatchesItsWorkbook_data()
    {
        QTest::addColumn<QString>("chartPart");
        QTest::addColumn<int>("series");
        QTest::newRow("columns over districts") << u"ppt/charts/chart1.xml"_s << 1;
        QTest::newRow("lines over years") << u"ppt/charts/chart2.xml"_s << 2;
        QTest::newRow("horizontal bars") << u"ppt/charts/chart3.xml"_s << 1;
    }

    void nativeChartMatchesItsWorkbook()
    {
        QFETCH(QString, chartPart);
        QFETCH(int, series);
        const auto parts = sampleParts();
        const QByteArray chart = parts.value(chartPart);
        QVERIFY(!chart.isEmpty());
        const auto rels = OoxmlCheck::relationships(parts, chartPart);
        QString externalData;
        OoxmlCheck::forEachElement(chart, [&](const QXmlStreamReader &r) {
            if (r.qualifiedName() == u"c:externalData")
                externalData = OoxmlCheck::attribute(r, u"r:id"_s);
        });
        const QString embedded = rels.value(externalData);
        QVERIFY2(embedded.startsWith(u"ppt/embeddings/"), qPrintable(embedded));
        const auto workbook = OoxmlCheck::unzip(parts.value(embedded));
        QVERIFY2(!workbook.isEmpty(), "the embedded workbook is not a zip");
        QVERIFY(OoxmlCheck::packageProblems(workbook).isEmpty());
        QVERIFY(OoxmlCheck::texts(workbook.value(u"xl/workbook.xml"_s), u"sheets"_s).size() == 1);
        const Dz::CellRows sheet = OoxmlCheck::readSheet(workbook, u"xl/worksheets/sheet1.xml"_s);

        const QList<CachedSeries> caches = readChartCaches(chart);
        QCOMPARE(caches.size(), series);
        for (const CachedSeries &cache : caches) {
            QCOMPARE(cellsOf(sheet, cache.nameFormula), QList<Dz::CellValue> {cache.name});
            QList<Dz::CellValue> categories;
            for (const QString &category : cache.categories)
                categories.append(category);
            QCOMPARE(cellsOf(sheet, cache.categoryFormula), categories);
            const QList<Dz::CellValue> cells = cellsOf(sheet, cache.valueFormula);
            QCOMPARE(cells.size(), cache.pointCount);
            for (int i = 0; i < cells.size(); ++i) {
                if (cache.values.contains(i))
                    QCOMPARE(cells[i], Dz::CellValue {cache.values.value(i)});
                else // a gap: no point in the cache and an empty cell, never 0
                    QVERIFY2(std::holds_alternative<std::monostate>(cells[i]), qPrintable(cache.valueFormula));
            }
        }
        QVERIFY(chart.contains("<c:dispBlanksAs val=\"gap\"/>"));
    }

    void districtChartContent()
    {
        const auto parts = sampleParts();
        const QByteArray chart = parts.value(u"ppt/charts/chart1.xml"_s);
        const QList<CachedSeries> caches = readChartCaches(chart);
        QCOMPARE(caches.size(), 1);
        const CachedSeries &cases = caches.constFirst();
        QCOMPARE(cases.name, u"处罚案件（件）"_s);
        // 九龙坡 has no figure in any series: its label travels with the category.
        QCOMPARE(cases.categories, (QStringList {u"滨海"_s, u"蓟州"_s, u"海门"_s, u"九龙坡（未报告）"_s, u"湖滨"_s}));
        QCOMPARE(cases.pointCount, 5);
        QCOMPARE(cases.values.keys(), (QList<int> {0, 1, 2, 4}));
        QCOMPARE(cases.values.value(2), 0.0); // a reported zero stays a point
        QCOMPARE(cases.values.value(4), 3211.5);

        // The lower bound: a hatched point 0 and its "≥175" label; the
        // orange point 4 is solid; no label for the gap.
        QMap<int, QString> labels;
        QMap<int, QString> fills;
        QXmlStreamReader r(chart);
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement() || (r.qualifiedName() != u"c:dLbl" && r.qualifiedName() != u"c:dPt"))
                continue;
            const bool label = r.qualifiedName() == u"c:dLbl";
            r.readNextStartElement();
            const int idx = OoxmlCheck::attribute(r, u"val"_s).toInt();
            QString content;
            int depth = 2; // inside the point and its c:idx
            while (depth > 0 && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement()) {
                    ++depth;
                    if (!label && (r.qualifiedName() == u"a:pattFill" || r.qualifiedName() == u"a:solidFill"))
                        content += r.qualifiedName().toString() + u' ' + OoxmlCheck::attribute(r, u"prst"_s);
                    if (label && r.qualifiedName() == u"a:t")
                        content += r.readElementText(), --depth;
                    if (label && r.qualifiedName() == u"c:numFmt")
                        content += u"format "_s + OoxmlCheck::attribute(r, u"formatCode"_s);
                } else if (r.isEndElement()) {
                    --depth;
                }
            }
            (label ? labels : fills).insert(idx, content);
        }
        // Item 14: value labels whose number formats carry the marks, so
        // that an edited value keeps a true label; no label of typed text.
        // Points whose label is the plain value need no label of their own.
        QCOMPARE(labels.keys(), (QList<int> {0, 4}));
        QCOMPARE(labels.value(0), u"format \"≥\"0"_s);
        QCOMPARE(labels.value(4), u"format #,##0.0"_s);
        QCOMPARE(fills.keys(), (QList<int> {0, 4}));
        QVERIFY2(fills.value(0).startsWith(u"a:pattFill wdUpDiag"), qPrintable(fills.value(0)));
        QVERIFY2(fills.value(4).startsWith(u"a:solidFill"), qPrintable(fills.value(4)));

        // The chart slide carries the title, the chart frame, the note and the source line.
        const QByteArray slide = parts.value(u"ppt/slides/slide2.xml"_s);
        const QStringList texts = OoxmlCheck::texts(slide, u"a:t"_s);
        QCOMPARE(texts, (QStringList {districtChart().title, districtChart().note, districtChart().source}));
        QVERIFY(slide.contains("uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""));
        QCOMPARE(OoxmlCheck::relationships(parts, u"ppt/slides/slide2.xml"_s).value(u"rId2"_s), u"ppt/charts/chart1.xml"_s);
    }

    void chineseFontsEverywhere()
    {
        const auto parts = sampleParts();
        int runs = 0;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!it.key().startsWith(u"ppt/") || !it.key().endsWith(u".xml"))
                continue;
            QXmlStreamReader r(it.value());
            while (!r.atEnd()) {
                r.readNext();
                if (!r.isStartElement() || r.qualifiedName() != u"a:rPr")
                    continue;
                ++runs;
                QCOMPARE(OoxmlCheck::attribute(r, u"lang"_s), u"zh-CN"_s);
                QCOMPARE(OoxmlCheck::attribute(r, u"altLang"_s), u"en-US"_s);
                QString east, latin;
                while (r.readNextStartElement()) {
                    if (r.qualifiedName() == u"a:ea")
                        east = OoxmlCheck::attribute(r, u"typeface"_s);
                    else if (r.qualifiedName() == u"a:latin")
                        latin = OoxmlCheck::attribute(r, u"typeface"_s);
                    r.skipCurrentElement();
                }
                QVERIFY2(east == u"微软雅黑", qPrintable(it.key()));
                QVERIFY2(!latin.isEmpty(), qPrintable(it.key()));
            }
        }
        QVERIFY(runs > 20);
        const QByteArray theme = parts.value(u"ppt/theme/theme1.xml"_s);
        QCOMPARE(theme.count("<a:ea typeface=\"微软雅黑\""), 2); // major and minor fonts
        QVERIFY(theme.contains("<a:font script=\"Hans\" typeface=\"微软雅黑\"/>"));
    }

    void pictureSlide()
    {
        const auto parts = sampleParts();
        QCOMPARE(parts.value(u"ppt/media/image1.png"_s), TinyPng);
        const auto rels = OoxmlCheck::relationships(parts, u"ppt/slides/slide3.xml"_s);
        QCOMPARE(rels.value(u"rId2"_s), u"ppt/media/image1.png"_s);
        qint64 cx = 0, cy = 0;
        QString embed;
        bool inPicture = false;
        OoxmlCheck::forEachElement(parts.value(u"ppt/slides/slide3.xml"_s), [&](const QXmlStreamReader &r) {
            if (r.qualifiedName() == u"p:pic")
                inPicture = true;
            if (inPicture && r.qualifiedName() == u"a:blip")
                embed = OoxmlCheck::attribute(r, u"r:embed"_s);
            if (inPicture && r.qualifiedName() == u"a:ext" && cx == 0) {
                cx = OoxmlCheck::attribute(r, u"cx"_s).toLongLong();
                cy = OoxmlCheck::attribute(r, u"cy"_s).toLongLong();
            }
        });
        QCOMPARE(embed, u"rId2"_s);
        QVERIFY(cy > 0);
        QVERIFY2(std::abs(double(cx) / double(cy) - 4.0 / 3.0) < 0.001, "the picture keeps its 4:3 aspect ratio");
        QVERIFY(!parts.value(u"ppt/slides/slide3.xml"_s).contains("c:chart"));
    }

    void tableSlide()
    {
        const auto parts = sampleParts();
        const QByteArray slide = parts.value(u"ppt/slides/slide4.xml"_s);
        QCOMPARE(slide.count("<a:tr "), 6); // header and five districts
        QCOMPARE(slide.count("<a:gridCol "), 3);
        const QStringList texts = OoxmlCheck::texts(slide, u"a:t"_s);
        QVERIFY(texts.contains(u"各区指标对照"_s));
        QVERIFY(texts.contains(u"九龙坡"_s));
        QVERIFY(texts.contains(u"104"_s));
        QVERIFY(!texts.contains(u"103"_s)); // the gap stays empty
        QVERIFY(texts.contains(u"来源：各区报告"_s));
        QVERIFY(slide.contains("<a:pPr algn=\"r\"/>")); // figures right-aligned
    }

    // Long tables continue on further slides with the header repeated, every
    // row once; short ones stay on one (set smaller, down to 10 pt, first).
    void longTablesContinue_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("minimumSlides");
        QTest::addColumn<int>("maximumSlides");
        QTest::newRow("no rows, header only") << 0 << 1 << 1;
        QTest::newRow("twelve rows") << 12 << 1 << 1;
        QTest::newRow("thirty rows") << 30 << 2 << 3;
        QTest::newRow("a hundred rows") << 100 << 5 << 9;
    }

    void longTablesContinue()
    {
        QFETCH(int, rows);
        QFETCH(int, minimumSlides);
        QFETCH(int, maximumSlides);
        Dz::PptxDeck deck;
        deck.addTitleSlide(u"标题"_s);
        const auto first = deck.addTableSlide(districtTable(rows));
        QVERIFY2(first.isValid(), qPrintable(first.error()));
        QCOMPARE(first.value(), 2);
        const int slides = deck.slideCount() - 1;
        QVERIFY2(slides >= minimumSlides && slides <= maximumSlides, qPrintable(QString::number(slides)));
        const auto parts = OoxmlCheck::unzip(deck.toBytes().value());
        int dataRows = 0;
        for (int s = 2; s <= 1 + slides; ++s) {
            const QByteArray slide = parts.value(u"ppt/slides/slide%1.xml"_s.arg(s));
            const int tableRows = int(slide.count("<a:tr "));
            dataRows += tableRows - 1;
            QCOMPARE(OoxmlCheck::texts(slide, u"a:t"_s).value(1), u"地区"_s); // header repeated
            // The table ends above the source line (tst_deckgeometry checks every shape).
            qint64 tableBottom = 0;
            qint64 sourceTop = 0;
            QString shape;
            OoxmlCheck::forEachElement(slide, [&](const QXmlStreamReader &r) {
                if (r.qualifiedName() == u"p:cNvPr")
                    shape = OoxmlCheck::attribute(r, u"name"_s);
                else if (r.qualifiedName() == u"a:off" && shape.startsWith(u"Source"_s) && sourceTop == 0)
                    sourceTop = OoxmlCheck::attribute(r, u"y"_s).toLongLong();
                else if (r.qualifiedName() == u"a:off" && shape.startsWith(u"Table"_s) && tableBottom == 0)
                    tableBottom = OoxmlCheck::attribute(r, u"y"_s).toLongLong();
                else if (r.qualifiedName() == u"a:ext" && shape.startsWith(u"Table"_s) && tableBottom < 2000000)
                    tableBottom += OoxmlCheck::attribute(r, u"cy"_s).toLongLong();
            });
            QVERIFY2(
                tableBottom > 0 && tableBottom <= sourceTop, qPrintable(u"slide %1: table to %2, source from %3"_s.arg(s).arg(tableBottom).arg(sourceTop)));
        }
        QCOMPARE(dataRows, rows);
        QVERIFY(OoxmlCheck::packageProblems(parts).isEmpty());
    }

    // Bars start at zero: 6180 against 5567 is drawn as what it is, not 3:1.
    void valueAxisStartsAtZero()
    {
        const auto parts = sampleParts();
        int charts = 0;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!it.key().startsWith(u"ppt/charts/chart"_s))
                continue;
            ++charts;
            QStringList valueAxisMinimums;
            bool inValueAxis = false;
            OoxmlCheck::forEachElement(it.value(), [&](const QXmlStreamReader &r) {
                if (r.qualifiedName() == u"c:valAx" || r.qualifiedName() == u"c:catAx")
                    inValueAxis = r.qualifiedName() == u"c:valAx";
                else if (inValueAxis && r.qualifiedName() == u"c:min")
                    valueAxisMinimums.append(OoxmlCheck::attribute(r, u"val"_s));
            });
            QVERIFY2(valueAxisMinimums.contains(u"0"_s), qPrintable(it.key()));
        }
        QCOMPARE(charts, 4);
    }

    // Horizontal bars list the first category at the top, the value axis at the bottom.
    void horizontalBars()
    {
        const QByteArray chart = sampleParts().value(u"ppt/charts/chart3.xml"_s);
        QVERIFY(chart.contains("<c:barDir val=\"bar\"/>"));
        QVERIFY(chart.contains("<c:orientation val=\"maxMin\"/>"));
        QVERIFY(chart.contains("<c:crosses val=\"max\"/>"));
    }

    // A true year axis: the years are the x values, one tick a year.
    void yearAxis()
    {
        const QByteArray chart = sampleParts().value(u"ppt/charts/chart4.xml"_s);
        QVERIFY(chart.contains("<c:scatterChart>"));
        QStringList xs;
        bool inX = false;
        QXmlStreamReader r(chart);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.qualifiedName() == u"c:xVal")
                inX = true;
            else if (r.isEndElement() && r.qualifiedName() == u"c:xVal")
                inX = false;
            else if (inX && r.isStartElement() && r.qualifiedName() == u"c:v")
                xs.append(r.readElementText());
        }
        QCOMPARE(xs, (QStringList {u"2018"_s, u"2020"_s, u"2021"_s}));
        QVERIFY(chart.contains("<c:majorUnit val=\"1\"/>"));
        // Its workbook holds the years as numbers.
        QVERIFY(!chart.contains("<c:cat>"));
    }

    // A long bar chart continues on slides of one scale.
    void longBarChartsContinue()
    {
        Dz::ChartData chart = manyBodiesChart();
        const QList<Dz::ChartData> pages = Dz::PptxDeck::chartPages(chart);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).categories.size() + pages.at(1).categories.size(), 20);
        QVERIFY(pages.at(0).valueAxisMaximum.has_value());
        QCOMPARE(pages.at(0).valueAxisMaximum, pages.at(1).valueAxisMaximum);
        QVERIFY(*pages.at(0).valueAxisMaximum >= chart.maximumValue());
        QVERIFY(pages.at(1).title.contains(chart.title));
        QCOMPARE(Dz::PptxDeck::chartPages(districtChart()).size(), 1);
    }

    void schemaValid_data()
    {
        QTest::addColumn<QString>("xsd");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("count");
        QTest::newRow("slides") << u"pml.xsd"_s << uR"(^ppt/slides/slide\d+\.xml$)"_s << 7;
        QTest::newRow("presentation and properties") << u"pml.xsd"_s << uR"(^ppt/(presentation|presProps|viewProps)\.xml$)"_s << 3;
        QTest::newRow("master and layouts") << u"pml.xsd"_s << uR"(^ppt/slide(Masters|Layouts)/\w+\.xml$)"_s << 3;
        QTest::newRow("theme and table styles") << u"dml-main.xsd"_s << uR"(^ppt/(theme/theme1|tableStyles)\.xml$)"_s << 2;
        QTest::newRow("charts") << u"dml-chart.xsd"_s << uR"(^ppt/charts/chart\d+\.xml$)"_s << 4;
        QTest::newRow("embedded workbooks") << u"sml.xsd"_s << uR"(^ppt/embeddings/chart\d+-data\.xlsx!xl/.*\.xml$)"_s << 16;
        QTest::newRow("extended properties") << u"shared-documentPropertiesExtended.xsd"_s << uR"(^docProps/app\.xml$)"_s << 1;
        // Item 16: the workbooks behind the charts carry their document properties too.
        QTest::newRow("embedded workbooks' properties")
            << u"shared-documentPropertiesExtended.xsd"_s << uR"(^ppt/embeddings/chart\d+-data\.xlsx!docProps/app\.xml$)"_s << 4;
    }

    void schemaValid()
    {
        QFETCH(QString, xsd);
        QFETCH(QString, pattern);
        QFETCH(int, count);
        if (const QString why = OoxmlCheck::schemaValidationUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(u"schema validation skipped: "_s + why));
        OoxmlCheck::Parts all = sampleParts();
        // The embedded workbooks' parts too, as "embedding!part".
        for (const QString &name : all.keys()) {
            if (!name.endsWith(u".xlsx"))
                continue;
            const auto inner = OoxmlCheck::unzip(all.value(name));
            for (auto it = inner.cbegin(); it != inner.cend(); ++it)
                all.insert(name + u'!' + it.key(), it.value());
        }
        const QRegularExpression select(pattern);
        OoxmlCheck::Parts selected;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (select.match(it.key()).hasMatch())
                selected.insert(QString(it.key()).replace(u'!', u'_'), it.value());
        }
        QCOMPARE(selected.size(), count);
        const QString errors = OoxmlCheck::schemaErrors(xsd, selected);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void sameDeckSameBytes()
    {
        // Reproducible exports: a deck written twice at the same recorded time is byte for byte the same.
        const QDateTime created(QDate(2024, 3, 1), QTime(9, 30), QTimeZone::UTC);
        Dz::PptxDeck first = sampleDeck();
        first.setCreated(created);
        Dz::PptxDeck second = sampleDeck();
        second.setCreated(created);
        const auto a = first.toBytes();
        QVERIFY(a.isValid());
        QCOMPARE(a.value(), second.toBytes().value());
        const auto parts = OoxmlCheck::unzip(a.value());
        QCOMPARE(OoxmlCheck::texts(parts.value(u"docProps/core.xml"_s), u"dcterms:created"_s), QStringList {u"2024-03-01T09:30:00Z"_s});
        second.setCreated(created.addSecs(3600));
        QVERIFY(a.value() != second.toBytes().value());
    }

    void controlCharactersDropped()
    {
        Dz::ChartData chart = districtChart();
        chart.title = u"处罚\x07案件"_s;
        chart.categories[0] = u"滨海\x01"_s;
        Dz::PptxDeck deck;
        QVERIFY(deck.addChartSlide(chart).isValid());
        const auto parts = OoxmlCheck::unzip(deck.toBytes().value());
        for (const QString &part : {u"ppt/slides/slide1.xml"_s, u"ppt/charts/chart1.xml"_s, u"docProps/core.xml"_s}) {
            QXmlStreamReader reader(parts.value(part));
            while (!reader.atEnd())
                reader.readNext();
            QVERIFY2(!reader.hasError(), qPrintable(part + u": "_s + reader.errorString()));
        }
        QCOMPARE(OoxmlCheck::texts(parts.value(u"ppt/slides/slide1.xml"_s), u"a:t"_s).constFirst(), u"处罚案件"_s);
        QCOMPARE(OoxmlCheck::texts(parts.value(u"ppt/charts/chart1.xml"_s), u"c:v"_s).value(1), u"滨海"_s);
    }

    void badCharts_data()
    {
        QTest::addColumn<Dz::ChartData>("chart");
        QTest::addColumn<QString>("mentions");
        Dz::ChartData chart = districtChart();
        chart.series[0].values.removeLast();
        QTest::newRow("fewer values than categories") << chart << u"4"_s;
        chart = districtChart();
        chart.series[0].labels.append(u"多余"_s);
        QTest::newRow("more labels than categories") << chart << u"6"_s;
        chart = districtChart();
        chart.series[0].pointStyles[1].fill = u"blue"_s;
        QTest::newRow("colour not #RRGGBB") << chart << u"blue"_s;
        chart = districtChart();
        chart.series[0].values[1] = std::nan("");
        QTest::newRow("not a number") << chart << chart.series[0].name;
        chart = districtChart();
        chart.categories.clear();
        QTest::newRow("no categories") << chart << chart.title;
        chart = districtChart();
        chart.series.clear();
        QTest::newRow("no series") << chart << chart.title;
    }

    void badCharts()
    {
        QFETCH(Dz::ChartData, chart);
        QFETCH(QString, mentions);
        for (const Dz::ChartMode mode : {Dz::ChartMode::Native, Dz::ChartMode::Picture}) {
            Dz::PptxDeck deck;
            const auto added = deck.addChartSlide(chart, mode, TinyPng);
            QVERIFY(!added.isValid());
            QVERIFY2(added.error().contains(mentions), qPrintable(added.error()));
            QCOMPARE(deck.slideCount(), 0);
            const auto parts = OoxmlCheck::unzip(deck.toBytes().value());
            QVERIFY(!parts.contains(u"ppt/charts/chart1.xml"_s));
            QVERIFY(!parts.contains(u"ppt/media/image1.png"_s));
        }
    }

    void pictureMustBePng_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("JPEG") << QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000");
        QTest::newRow("truncated PNG") << TinyPng.left(20);
    }

    void pictureMustBePng()
    {
        QFETCH(QByteArray, bytes);
        Dz::PptxDeck deck;
        const auto added = deck.addChartSlide(districtChart(), Dz::ChartMode::Picture, bytes);
        QVERIFY(!added.isValid());
        QVERIFY2(added.error().contains(districtChart().title), qPrintable(added.error()));
        QCOMPARE(deck.slideCount(), 0);
    }

    void tableWithoutColumns()
    {
        Dz::PptxDeck deck;
        Dz::TableData table;
        table.title = u"空表"_s;
        const auto added = deck.addTableSlide(table);
        QVERIFY(!added.isValid());
        QVERIFY(added.error().contains(u"空表"_s));
        QCOMPARE(deck.slideCount(), 0);
    }

    void writeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"对照.pptx"_s);
        const auto written = sampleDeck().write(path);
        QVERIFY2(written.isValid(), qPrintable(written.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), written.value());
        QVERIFY(OoxmlCheck::packageProblems(OoxmlCheck::unzip(file.readAll())).isEmpty());

        // For a look in PowerPoint, WPS or LibreOffice:
        // DUIZHAO_OOXML_SAMPLE_DIR=/some/folder ctest -R tst_pptx
        if (const QString keep = qEnvironmentVariable("DUIZHAO_OOXML_SAMPLE_DIR"); !keep.isEmpty()) {
            const auto kept = sampleDeck().write(QDir(keep).filePath(u"duizhao-sample.pptx"_s));
            QVERIFY2(kept.isValid(), qPrintable(kept.error()));
        }
    }

    // The schema check must be able to fail: parts broken on purpose are refused.
    void schemaCatchesErrors_data()
    {
        QTest::addColumn<QString>("xsd");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("unknown chart element") << u"dml-chart.xsd"_s << u"ppt/charts/chart1.xml"_s << QByteArray("<c:plotArea>")
                                               << QByteArray("<c:plotArea><c:bogus/>");
        QTest::newRow("chart elements out of order") << u"dml-chart.xsd"_s << u"ppt/charts/chart1.xml"_s << QByteArray("<c:plotVisOnly val=\"1\"/>")
                                                     << QByteArray("");
        QTest::newRow("bad attribute value on a slide")
            << u"pml.xsd"_s << u"ppt/slides/slide2.xml"_s << QByteArray("noGrp=\"1\"") << QByteArray("noGrp=\"maybe\"");
        QTest::newRow("slide id below 256") << u"pml.xsd"_s << u"ppt/presentation.xml"_s << QByteArray("id=\"256\"") << QByteArray("id=\"255\"");
    }

    void schemaCatchesErrors()
    {
        QFETCH(QString, xsd);
        QFETCH(QString, part);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        if (const QString why = OoxmlCheck::schemaValidationUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(u"schema validation skipped: "_s + why));
        QByteArray xml = sampleParts().value(part);
        QVERIFY(xml.contains(from));
        if (to.isEmpty()) {
            // Move the element to the end of its parent instead of deleting it.
            xml.replace(from, "");
            xml.replace("</c:chart>", QByteArray(from + "</c:chart>"));
        } else {
            xml.replace(from, to);
        }
        QVERIFY(!OoxmlCheck::schemaErrors(xsd, {{part, xml}}).isEmpty());
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        {
            QFile plain(dir.filePath(u"plain.txt"_s));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write("not a folder");
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &relative : {u"plain.txt/out.pptx"_s, u"missing/out.pptx"_s}) {
            const QString path = dir.filePath(relative);
            const auto written = sampleDeck().write(path);
            QVERIFY(!written.isValid());
            QVERIFY2(written.error().contains(u"out.pptx"_s), qPrintable(written.error()));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    }
};

QTEST_GUILESS_MAIN(TestPptx)
#include "tst_pptx.moc"
