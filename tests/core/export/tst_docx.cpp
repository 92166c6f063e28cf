// Dz::DocxDocument: a complete package (content types, relationships),
// every WordprocessingML part valid against wml.xsd, text that survives
// escaping, tables read back cell by cell, a table of contents whose
// entries point at the headings' bookmarks, pictures fitted to the text,
// landscape sections, and refusals that add nothing.

#include "docxcheck.h"
#include "export/ooxml/docxdocument.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using Dz::DocxDocument;

namespace
{

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < height / 2; ++y) {
        for (int x = 0; x < width / 2; ++x)
            image.setPixel(x, y, qRgb(0x1f, 0x38, 0x64));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

OoxmlCheck::Parts parts(const DocxDocument &document)
{
    const auto bytes = document.toBytes();
    if (!bytes)
        qWarning("toBytes failed: %s", qPrintable(bytes.error()));
    return bytes ? OoxmlCheck::unzip(bytes.value()) : OoxmlCheck::Parts {};
}

DocxCheck::Body body(const DocxDocument &document)
{
    return DocxCheck::read(parts(document).value(u"word/document.xml"_s));
}

Dz::TableData sampleTable()
{
    Dz::TableData table;
    table.title = u"各报告指标"_s;
    table.header = {u"报告"_s, u"处罚案件"_s, u"罚没金额"_s};
    table.rows = {{u"滨海 · 2024"_s, 200.0, Dz::CellValue()}, {u"湖滨 · 2025"_s, u"67"_s, 182536.0}, {u"海门 · 2024"_s, u"4*"_s, 18.2536}};
    table.note = u"≥ 至少；* 仅部分范围"_s;
    table.source = u"来源：法治政府建设情况报告"_s;
    return table;
}

// A document with every kind of block.
DocxDocument fullDocument()
{
    DocxDocument document;
    document.addParagraph(u"滨海与湖滨的对照"_s, DocxDocument::Style::Title);
    document.addParagraph(u"2 份报告 · 2025-06-01"_s, DocxDocument::Style::Subtitle);
    document.addTableOfContents(u"目录"_s);
    document.addPageBreak();
    document.addHeading(u"一、概况"_s, 1);
    document.addParagraph(u"本简报比较两份报告。"_s);
    document.addHeading(u"（一）指标"_s, 2);
    if (!document.addTable(sampleTable()))
        qWarning("the table was refused");
    document.setOrientation(DocxDocument::Orientation::Landscape);
    if (!document.addTable(sampleTable()))
        qWarning("the table was refused");
    document.setOrientation(DocxDocument::Orientation::Portrait);
    document.addHeading(u"二、图表"_s, 1);
    if (!document.addPicture(png(1920, 960), u"处罚案件（件）"_s))
        qWarning("the picture was refused");
    document.addParagraph(u"“原文”"_s, DocxDocument::Style::Quote);
    return document;
}

} // namespace

class TestDocx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packageIsComplete()
    {
        const OoxmlCheck::Parts p = parts(fullDocument());
        QVERIFY(!p.isEmpty());
        const QStringList problems = OoxmlCheck::packageProblems(p);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        for (const QString &part : {u"word/document.xml"_s, u"word/styles.xml"_s, u"word/settings.xml"_s, u"word/fontTable.xml"_s, u"word/footer1.xml"_s,
                 u"word/media/image1.png"_s, u"docProps/core.xml"_s, u"docProps/app.xml"_s})
            QVERIFY2(p.contains(part), qPrintable(part));
        // The document part is what _rels/.rels points at, with the main content type.
        QCOMPARE(OoxmlCheck::relationships(p, QString()).values().contains(u"word/document.xml"_s), true);
        QVERIFY(p.value(u"[Content_Types].xml"_s).contains("wordprocessingml.document.main+xml"));
        QVERIFY(OoxmlCheck::texts(p.value(u"docProps/core.xml"_s), u"dc:title"_s).contains(u"滨海与湖滨的对照"_s));
    }

    void partsAreValid()
    {
        if (const QString why = OoxmlCheck::schemaValidationUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const OoxmlCheck::Parts p = parts(fullDocument());
        const OoxmlCheck::Parts word = DocxCheck::wordParts(p);
        QCOMPARE(word.size(), 5);
        const QString errors = OoxmlCheck::schemaErrors(u"wml.xsd"_s, word);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        const QString app = OoxmlCheck::schemaErrors(u"shared-documentPropertiesExtended.xsd"_s, {{u"app.xml"_s, p.value(u"docProps/app.xml"_s)}});
        QVERIFY2(app.isEmpty(), qPrintable(app));
    }

    void textSurvives_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QStringList>("read");
        QTest::newRow("markup characters") << u"“663”行动 <计划> & 'quotes'"_s << QStringList {u"“663”行动 <计划> & 'quotes'"_s};
        QTest::newRow("a line per paragraph") << u"第一段\n第二段"_s << QStringList {u"第一段"_s, u"第二段"_s};
        QTest::newRow("tabs kept") << u"名称\t数值"_s << QStringList {u"名称\t数值"_s};
        QTest::newRow("control characters dropped") << u"报告\x0b正文\x01"_s << QStringList {u"报告正文"_s};
        QTest::newRow("characters beyond the BMP") << u"𠀀字"_s << QStringList {u"𠀀字"_s};
        QTest::newRow("spaces at the ends kept") << u"  两端  "_s << QStringList {u"  两端  "_s};
    }

    void textSurvives()
    {
        QFETCH(QString, written);
        QFETCH(QStringList, read);
        DocxDocument document;
        document.addParagraph(written);
        QStringList texts;
        for (const DocxCheck::Paragraph &p : body(document).paragraphs)
            texts.append(p.text);
        QCOMPARE(texts, read);
    }

    void tableReadsBack()
    {
        DocxDocument document;
        QVERIFY(document.addTable(sampleTable()));
        const DocxCheck::Body b = body(document);
        QCOMPARE(b.tables.size(), 1);
        const DocxCheck::Table &t = b.tables.constFirst();
        QVERIFY(t.headerRepeats);
        const QList<QStringList> expected {{u"报告"_s, u"处罚案件"_s, u"罚没金额"_s}, {u"滨海 · 2024"_s, u"200"_s, QString()},
            {u"湖滨 · 2025"_s, u"67"_s, u"182536"_s}, {u"海门 · 2024"_s, u"4*"_s, u"18.2536"_s}};
        QCOMPARE(t.rows, expected);
        // Figures line up on their last digit, as shown text ("4*") or numbers;
        // names keep the table style's alignment.
        QCOMPARE(t.alignments.at(2), (QStringList {QString(), u"right"_s, u"right"_s}));
        QCOMPARE(t.alignments.at(0), (QStringList {u"center"_s, u"center"_s, u"center"_s}));
        // The caption above, the note and the source below.
        QCOMPARE(DocxCheck::paragraphsIn(b, u"Caption"_s), QStringList {u"各报告指标"_s});
        QCOMPARE(DocxCheck::paragraphsIn(b, u"BriefNote"_s), QStringList {u"≥ 至少；* 仅部分范围"_s});
        QCOMPARE(DocxCheck::paragraphsIn(b, u"BriefSource"_s), QStringList {u"来源：法治政府建设情况报告"_s});
    }

    void wideTablesBreakNoWord_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<bool>("smaller");
        // Headers of long English words: a few fit at the table's 10 pt, eleven
        // (the audit's) do not, even on a page turned, and are set smaller.
        QTest::newRow("three columns") << 3 << false << false;
        QTest::newRow("six, portrait") << 6 << false << true;
        QTest::newRow("six, landscape") << 6 << true << false;
        QTest::newRow("eleven, landscape") << 11 << true << true;
        QTest::newRow("sixteen, landscape") << 16 << true << true;
    }

    void wideTablesBreakNoWord()
    {
        QFETCH(int, columns);
        QFETCH(bool, landscape);
        QFETCH(bool, smaller);
        const QStringList words {u"Shortcomings"_s, u"Signature"_s, u"Requirements"_s, u"Timeliness"_s, u"Publication"_s, u"Recurring"_s};
        Dz::TableData table;
        for (int c = 0; c < columns; ++c)
            table.header.append(words.at(c % words.size()) + u' ' + QString::number(c + 1));
        table.rows = {QList<Dz::CellValue>(columns, u"met: 12.5%"_s)};
        DocxDocument document;
        if (landscape)
            document.setOrientation(DocxDocument::Orientation::Landscape);
        QVERIFY(document.addTable(table));
        // The grid's widths and the runs' sizes, read back from the part.
        QXmlStreamReader xml(parts(document).value(u"word/document.xml"_s));
        QList<int> widths;
        QList<int> sizes;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.qualifiedName() == u"w:gridCol")
                widths.append(xml.attributes().value(u"w:w"_s).toInt());
            else if (xml.qualifiedName() == u"w:sz")
                sizes.append(xml.attributes().value(u"w:val"_s).toInt());
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(widths.size(), columns);
        const int textWidth = int(std::lround(document.textWidthEmu() / 635.0)); // 635 EMU a twip
        QVERIFY2(qAbs(std::accumulate(widths.cbegin(), widths.cend(), 0) - textWidth) <= 1, qPrintable(QString::number(textWidth)));
        QCOMPARE(!sizes.isEmpty(), smaller);
        const int size = sizes.isEmpty() ? 20 : sizes.constFirst();
        QVERIFY(size >= 14 && size <= 20);
        QVERIFY(std::all_of(sizes.cbegin(), sizes.cend(), [size](int s) {
            return s == size;
        }));
        // Each column holds its longest word ("Requirements": 12 letters) at that size, with the cell's margins.
        for (int c = 0; c < columns; ++c) {
            const double longest = words.at(c % words.size()).size();
            QVERIFY2(widths.at(c) >= int(longest * 125 * size / 20 + 260) || size == 14, qPrintable(u"column %1: %2"_s.arg(c).arg(widths.at(c))));
        }
    }

    void contentsPointAtTheHeadings()
    {
        const DocxDocument document = fullDocument();
        QCOMPARE(document.headingCount(), 3);
        const DocxCheck::Body b = body(document);
        QCOMPARE(DocxCheck::paragraphsIn(b, u"Heading1"_s), (QStringList {u"一、概况"_s, u"二、图表"_s}));
        QCOMPARE(DocxCheck::paragraphsIn(b, u"Heading2"_s), QStringList {u"（一）指标"_s});
        // One entry per heading, in order, in the levels' styles, each
        // linked to its heading's bookmark and numbered by a PAGEREF to it.
        QStringList entries = DocxCheck::paragraphsIn(b, u"TOC1"_s) + DocxCheck::paragraphsIn(b, u"TOC2"_s);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(DocxCheck::paragraphsIn(b, u"TOC1"_s), (QStringList {u"一、概况\t"_s, u"二、图表\t"_s}));
        QCOMPARE(b.bookmarks.size(), 3);
        QCOMPARE(b.hyperlinkAnchors, b.bookmarks);
        QCOMPARE(b.pageReferences, b.bookmarks);
        QCOMPARE(DocxCheck::paragraphsIn(b, u"TOCHeading"_s), QStringList {u"目录"_s});
    }

    void orientation_data()
    {
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("portrait only") << QStringList {} << QStringList {u"portrait"_s};
        QTest::newRow("the same twice is one section") << QStringList {u"portrait"_s, u"portrait"_s} << QStringList {u"portrait"_s};
        QTest::newRow("a landscape table") << QStringList {u"landscape"_s, u"portrait"_s} << QStringList {u"portrait"_s, u"landscape"_s, u"portrait"_s};
        QTest::newRow("ending landscape") << QStringList {u"landscape"_s} << QStringList {u"portrait"_s, u"landscape"_s};
    }

    void orientation()
    {
        QFETCH(QStringList, changes);
        QFETCH(QStringList, sections);
        DocxDocument document;
        document.addParagraph(u"开头"_s);
        for (const QString &change : changes) {
            const auto orientation = change == u"landscape" ? DocxDocument::Orientation::Landscape : DocxDocument::Orientation::Portrait;
            document.setOrientation(orientation);
            QCOMPARE(document.orientation(), orientation);
            // GB/T 9704's text block: 156 mm wide, 225 mm on a page turned (36000 EMU a millimetre).
            const double millimetres = document.textWidthEmu() / 36000.0;
            QVERIFY2(qAbs(millimetres - (orientation == DocxDocument::Orientation::Landscape ? 225 : 156)) < 0.5, qPrintable(QString::number(millimetres)));
            QVERIFY(document.addTable(sampleTable()));
        }
        QCOMPARE(body(document).orientations, sections);
    }

    void picturesFitTheText_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("share");
        QTest::newRow("wide chart") << 1920 << 960 << 1.0;
        QTest::newRow("narrower share") << 1920 << 960 << 0.85;
        QTest::newRow("tall picture is held to half the page") << 400 << 2000 << 1.0;
        QTest::newRow("tiny picture grows to the width") << 40 << 20 << 1.0;
    }

    void picturesFitTheText()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, share);
        DocxDocument document;
        const qint64 textWidth = document.textWidthEmu();
        QVERIFY(document.addPicture(png(width, height), u"图"_s, share));
        const DocxCheck::Body b = body(document);
        QCOMPARE(b.pictures, 1);
        const auto [cx, cy] = b.pictureExtents.constFirst();
        QVERIFY(cx <= qint64(textWidth * share) + 1);
        // A4's text block is 156 × 225 mm: half of it is 112.5 mm (36000 EMU a
        // millimetre; the page is set in twips, so within a tenth of one).
        const qint64 halfPage = qint64(112.6 * 36000);
        QVERIFY(cy <= halfPage);
        QVERIFY(qAbs(double(cx) / cy - double(width) / height) < 0.01);
        // Either as wide as it may be, or as tall.
        QVERIFY(cx >= qint64(textWidth * share) - 1 || cy >= qint64(112.4 * 36000));
    }

    void refusalsAddNothing()
    {
        DocxDocument document;
        const auto table = document.addTable({u"空表"_s, {}, {}, {}, {}});
        QVERIFY(!table);
        QVERIFY2(table.error().contains(u"空表"_s), qPrintable(table.error()));
        const auto picture = document.addPicture("GIF89a not a png", u"不是图"_s);
        QVERIFY(!picture);
        QVERIFY2(picture.error().contains(u"不是图"_s), qPrintable(picture.error()));
        QCOMPARE(document.tableCount(), 0);
        QCOMPARE(document.pictureCount(), 0);
        QCOMPARE(body(document).tables.size(), 0);
        QVERIFY(!parts(document).contains(u"word/media/image1.png"_s));
    }

    void sameContentSameBytes()
    {
        const QDateTime when(QDate(2025, 6, 1), QTime(9, 30), QTimeZone::UTC);
        DocxDocument a = fullDocument();
        DocxDocument b = fullDocument();
        a.setCreated(when);
        b.setCreated(when);
        const auto first = a.toBytes();
        const auto second = b.toBytes();
        QVERIFY(first && second);
        QCOMPARE(first.value(), second.value());
    }

    void writesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"简报.docx"_s);
        const auto written = fullDocument().write(path);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(QFileInfo(path).size(), written.value());
        // A folder that cannot be written names it, and leaves nothing.
        const QString nowhere = dir.filePath(u"no/such/folder/简报.docx"_s);
        const auto failed = fullDocument().write(nowhere);
        QVERIFY(!failed);
        QVERIFY(!QFileInfo::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestDocx)
#include "tst_docx.moc"
