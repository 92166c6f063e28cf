#include "reading/docxreader.h"

#include "readerfixtures.h"
#include "reading/documentreader.h"
#include "reading/docxnumbering.h"
#include "reading/zippackage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Dz::Test::DocxParagraph;
using Dz::Test::numberingLevel;

class TestDocxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("chineseCounting 1") << u"chineseCounting"_s << 1 << u"一"_s;
        QTest::newRow("chineseCounting 10") << u"chineseCounting"_s << 10 << u"十"_s;
        QTest::newRow("chineseCounting 11") << u"chineseCounting"_s << 11 << u"十一"_s;
        QTest::newRow("chineseCounting 20") << u"chineseCounting"_s << 20 << u"二十"_s;
        QTest::newRow("chineseCounting 35") << u"chineseCounting"_s << 35 << u"三十五"_s;
        QTest::newRow("chineseCountingThousand 101") << u"chineseCountingThousand"_s << 101 << u"一百零一"_s;
        QTest::newRow("chineseCountingThousand 110") << u"chineseCountingThousand"_s << 110 << u"一百一十"_s;
        QTest::newRow("chineseCountingThousand 1005") << u"chineseCountingThousand"_s << 1005 << u"一千零五"_s;
        QTest::newRow("taiwaneseCountingThousand 12") << u"taiwaneseCountingThousand"_s << 12 << u"十二"_s;
        QTest::newRow("ideographDigital 10") << u"ideographDigital"_s << 10 << u"一〇"_s;
        QTest::newRow("ideographDigital 2024") << u"ideographDigital"_s << 2024 << u"二〇二四"_s;
        QTest::newRow("chineseLegalSimplified 12") << u"chineseLegalSimplified"_s << 12 << u"壹拾贰"_s;
        QTest::newRow("decimal 7") << u"decimal"_s << 7 << u"7"_s;
        QTest::newRow("decimalZero 7") << u"decimalZero"_s << 7 << u"07"_s;
        QTest::newRow("decimalFullWidth 12") << u"decimalFullWidth"_s << 12 << u"１２"_s;
        QTest::newRow("decimalEnclosedCircle 3") << u"decimalEnclosedCircle"_s << 3 << u"③"_s;
        QTest::newRow("decimalEnclosedCircle 21") << u"decimalEnclosedCircle"_s << 21 << u"㉑"_s;
        QTest::newRow("decimalEnclosedParen 2") << u"decimalEnclosedParen"_s << 2 << u"⑵"_s;
        QTest::newRow("decimalEnclosedFullstop 4") << u"decimalEnclosedFullstop"_s << 4 << u"⒋"_s;
        QTest::newRow("ideographTraditional 3") << u"ideographTraditional"_s << 3 << u"丙"_s;
        QTest::newRow("ideographZodiac 2") << u"ideographZodiac"_s << 2 << u"丑"_s;
        QTest::newRow("upperRoman 14") << u"upperRoman"_s << 14 << u"XIV"_s;
        QTest::newRow("lowerLetter 28") << u"lowerLetter"_s << 28 << u"bb"_s;
    }

    void formats()
    {
        QFETCH(QString, format);
        QFETCH(int, value);
        QFETCH(QString, expected);
        QCOMPARE(Dz::DocxNumbering::formatNumber(value, format), expected);
    }

    // Sequences of (numId, ilvl) and the markers Word shows for them.
    void counting_data()
    {
        QTest::addColumn<QByteArray>("numbering");
        QTest::addColumn<QList<QPoint>>("paragraphs"); // x: numId, y: ilvl
        QTest::addColumn<QStringList>("markers");

        const QByteArray outline = "<w:abstractNum w:abstractNumId=\"5\">" + numberingLevel(0, u"chineseCounting"_s, u"%1、"_s)
            + numberingLevel(1, u"chineseCounting"_s, u"（%2）"_s) + numberingLevel(2, u"decimal"_s, u"%3."_s) + numberingLevel(3, u"decimal"_s, u"（%4）"_s)
            + "</w:abstractNum>" + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"5\"/></w:num>";
        QTest::newRow("levels restart after a higher level")
            << outline << QList<QPoint> {{1, 0}, {1, 1}, {1, 2}, {1, 2}, {1, 1}, {1, 2}, {1, 3}, {1, 0}, {1, 1}}
            << QStringList {u"一、"_s, u"（一）"_s, u"1."_s, u"2."_s, u"（二）"_s, u"1."_s, u"（1）"_s, u"二、"_s, u"（一）"_s};

        const QByteArray continuous = "<w:abstractNum w:abstractNumId=\"0\">" + numberingLevel(0, u"chineseCounting"_s, u"（%1）"_s)
            + numberingLevel(1, u"decimal"_s, u"%2."_s, 1, u"<w:lvlRestart w:val=\"0\"/>"_s) + "</w:abstractNum>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/></w:num>";
        QTest::newRow("lvlRestart 0: items numbered through")
            << continuous << QList<QPoint> {{3, 0}, {3, 1}, {3, 1}, {3, 0}, {3, 1}} << QStringList {u"（一）"_s, u"1."_s, u"2."_s, u"（二）"_s, u"3."_s};

        const QByteArray overrides = "<w:abstractNum w:abstractNumId=\"0\">" + numberingLevel(0, u"decimalEnclosedCircle"_s, u"%1"_s) + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
              "<w:numFmt w:val=\"ideographDigital\"/><w:lvlText w:val=\"第%1项\"/></w:lvl></w:lvlOverride></w:num>";
        QTest::newRow("startOverride restarts, level override reformats")
            << overrides << QList<QPoint> {{1, 0}, {1, 0}, {2, 0}, {2, 0}, {4, 0}} << QStringList {u"①"_s, u"②"_s, u"①"_s, u"②"_s, u"第三项 "_s};

        const QByteArray compound = "<w:abstractNum w:abstractNumId=\"0\">" + numberingLevel(0, u"decimal"_s, u"%1"_s)
            + numberingLevel(1, u"decimal"_s, u"%1.%2"_s) + numberingLevel(2, u"decimalFullWidth"_s, u"%1.%2.%3"_s, 1, u"<w:isLgl/>"_s) + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        QTest::newRow("%1.%2 and isLgl") << compound << QList<QPoint> {{1, 0}, {1, 1}, {1, 1}, {1, 2}, {1, 0}, {1, 1}}
                                         << QStringList {u"1"_s, u"1.1"_s, u"1.2"_s, u"1.2.1"_s, u"2"_s, u"2.1"_s};
        QTest::newRow("unknown list, no number") << outline << QList<QPoint> {{9, 0}, {0, 0}} << QStringList {QString(), QString()};
    }

    void counting()
    {
        QFETCH(QByteArray, numbering);
        QFETCH(QList<QPoint>, paragraphs);
        QFETCH(QStringList, markers);
        Dz::DocxNumbering n =
            Dz::DocxNumbering::parse("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + numbering + "</w:numbering>");
        QStringList got;
        for (const QPoint &p : paragraphs)
            got.append(n.next(p.x(), p.y()));
        QCOMPARE(got, markers);
    }

    void readsDocument()
    {
        const QByteArray numbering = "<w:abstractNum w:abstractNumId=\"0\">" + numberingLevel(0, u"chineseCounting"_s, u"%1、"_s)
            + numberingLevel(1, u"chineseCounting"_s, u"（%2）"_s) + "</w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>";
        // Heading 2 carries the list in its style, as Word's outline numbering does.
        const QByteArray styles = "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId "
                                  "w:val=\"7\"/></w:numPr></w:pPr></w:style>"
                                  "<w:style w:type=\"paragraph\" w:styleId=\"3\"><w:name w:val=\"标题 3\"/><w:basedOn w:val=\"2\"/></w:style>";
        QByteArray body = Dz::Test::docxParagraphXml({u"某区2024年法治政府建设情况报告"_s});
        body += Dz::Test::docxParagraphXml({u"主要举措和成效"_s, 7, 0});
        body += Dz::Test::docxParagraphXml({u"加强组织领导"_s, 0, 0, u"2"_s});
        body += "<w:p><w:r><w:t>全年开展</w:t></w:r><w:hyperlink r:id=\"x\"><w:r><w:t>普法活动</w:t></w:r></w:hyperlink>"
                "<w:del><w:r><w:delText>删除的文字</w:delText></w:r></w:del><w:r><w:fldChar "
                "w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                "<w:r><w:t>12次</w:t></w:r><w:r><w:footnoteReference "
                "w:id=\"1\"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>";
        body += "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr>"
                "<w:tr><w:tc><w:p><w:r><w:t>行政处罚</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>35件</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        body += Dz::Test::docxParagraphXml({u"强化执法监督"_s, 0, 0, u"3"_s});
        body += Dz::Test::docxParagraphXml({u"存在的不足"_s, 7, 0});
        body += "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p><w:p/>";
        const QByteArray bytes = Dz::Test::docx(body, numbering, styles);

        QCOMPARE(Dz::DocumentReader::forContent(bytes, u"report.bin"_s).format(), u"docx"_s);
        auto doc = Dz::DocxReader().read(bytes, u"report.docx"_s);
        QVERIFY2(doc, qPrintable(doc.error()));
        const QStringList expected = {u"某区2024年法治政府建设情况报告"_s, u"一、主要举措和成效"_s, u"（一）加强组织领导"_s, u"全年开展普法活动12次。"_s,
            u"项目\t数量"_s, u"行政处罚\t35件"_s, u"（二）强化执法监督"_s, u"二、存在的不足"_s, u"第一行"_s, u"第二行"_s};
        QCOMPARE(doc->text.split(u'\n'), expected);
        QCOMPARE(doc->format, u"docx"_s);
        QCOMPARE(doc->original, bytes);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");

        const QByteArray good = Dz::Test::docx(QList<DocxParagraph> {{u"一、总体情况"_s}});
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"damaged"_s;
        QByteArray garbled = good;
        for (qsizetype i = 40; i < garbled.size() - 200; i += 7)
            garbled[i] = char(garbled.at(i) ^ 0x5A);
        QTest::newRow("garbled") << garbled << u"report.docx"_s;
        QTest::newRow("no text") << Dz::Test::docx(QByteArray("<w:p/><w:p><w:r><w:drawing/></w:r></w:p>")) << u"no text"_s;
        QTest::newRow("not a Word package") << Dz::Test::zip({{u"word/other.xml"_s, "<x/>"}, {u"readme.txt"_s, "hi"}}) << u"word/document.xml"_s;
        // 200 MB of zeros pack into a few hundred KB.
        QByteArray bomb = Dz::Test::zip({{u"[Content_Types].xml"_s, "<Types/>"}, {u"word/document.xml"_s, QByteArray(80 * 1024 * 1024, ' ')}});
        QTest::newRow("zip bomb") << bomb << u"zip bomb"_s;
        QByteArray encrypted("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        encrypted += QByteArray(504, '\0') + QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32) + QByteArray(2048, '\0');
        QTest::newRow("encrypted") << encrypted << u"encrypted"_s;
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        auto doc = Dz::DocumentReader::readBytes(bytes, u"report.docx"_s);
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(u"report.docx"_s), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(problem), qPrintable(doc.error()));
    }

    void resolvesPaths_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sibling") << u"word/document.xml"_s << u"numbering.xml"_s << u"word/numbering.xml"_s;
        QTest::newRow("up") << u"Doc_0/Pages/Page_0/Content.xml"_s << u"../../Res/a.xml"_s << u"Doc_0/Res/a.xml"_s;
        QTest::newRow("absolute") << u"word/document.xml"_s << u"/customXml/item1.xml"_s << u"customXml/item1.xml"_s;
    }

    void resolvesPaths()
    {
        QFETCH(QString, base);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        QCOMPARE(Dz::ZipPackage::resolve(base, target), expected);
    }
};

QTEST_GUILESS_MAIN(TestDocxReader)
#include "tst_docxreader.moc"
