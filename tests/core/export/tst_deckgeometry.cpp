// Decks fit for a 局长: for comparisons of 5, 12 and 30 reports of mixed
// bodies (the five samples and reports of other bodies, levels and years
// from tests/data/identity), every shape on every slide of the deck
// `duizhao-cli deck` makes lies inside the slide and overlaps no other;
// every table row is as tall as its text needs and no word is broken, both
// measured with Qt's own text layout of Noto Sans CJK (the face LibreOffice
// puts in for 微软雅黑), independently of the estimate the writer uses; and
// every bar chart's value axis starts at zero.

#include "analysis/analysisengines.h"
#include "audit/auditor.h"
#include "base/translationloader.h"
#include "export/comparisondeck.h"
#include "export/ooxml/deckparts.h"
#include "mixedreports.h"
#include "models/indicatortablemodel.h"
#include "ooxmlcheck.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

constexpr qint64 SlideWidth = Internal::SlideWidth;
constexpr qint64 SlideHeight = Internal::SlideHeight;
// Text is measured at 10 pixels per point, so one pixel is 1270 EMU.
constexpr double EmuPerPixel = 12700.0 / 10.0;

struct Box {
    QString name;
    qint64 x = 0, y = 0, cx = 0, cy = 0;
    bool valid = false;
};

struct Cell {
    QString text;
    int size = 1800;
    bool bold = false;
};

struct Table {
    Box frame {};
    QList<qint64> widths {};
    QList<qint64> heights {};
    QList<QList<Cell>> rows {};
    qint64 marginX = 91440, marginY = 45720;
};

struct TextBox {
    Box box;
    QString text; // paragraphs joined by \n
    int size = 1800;
    bool bold = false;
    bool placeholder = false;
};

struct Slide {
    QList<Box> shapes;
    QList<Table> tables;
    QList<TextBox> texts;
};

// The shapes of a slide, with their frames, text and table grids, read
// with QXmlStreamReader (not the writer's code).
Slide readSlide(const QByteArray &xml)
{
    Slide slide;
    QXmlStreamReader r(xml);
    int depth = 0;
    int shapeDepth = -1;
    bool inTable = false;
    QString paragraph;
    QStringList paragraphs;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            const auto name = r.qualifiedName();
            if ((name == u"p:sp" || name == u"p:graphicFrame" || name == u"p:pic") && shapeDepth < 0) {
                shapeDepth = depth;
                slide.shapes.append(Box {});
                paragraphs.clear();
                if (name == u"p:sp")
                    slide.texts.append(TextBox {});
            } else if (shapeDepth >= 0 && name == u"p:cNvPr") {
                slide.shapes.last().name = OoxmlCheck::attribute(r, u"name"_s);
            } else if (shapeDepth >= 0 && name == u"a:off" && !slide.shapes.last().valid) {
                slide.shapes.last().x = OoxmlCheck::attribute(r, u"x"_s).toLongLong();
                slide.shapes.last().y = OoxmlCheck::attribute(r, u"y"_s).toLongLong();
            } else if (shapeDepth >= 0 && name == u"a:ext" && !slide.shapes.last().valid) {
                slide.shapes.last().cx = OoxmlCheck::attribute(r, u"cx"_s).toLongLong();
                slide.shapes.last().cy = OoxmlCheck::attribute(r, u"cy"_s).toLongLong();
                slide.shapes.last().valid = true;
            } else if (name == u"p:ph" && !slide.texts.isEmpty()) {
                slide.texts.last().placeholder = true;
            } else if (name == u"a:tbl") {
                inTable = true;
                slide.tables.append(Table {slide.shapes.last()});
            } else if (inTable && name == u"a:gridCol") {
                slide.tables.last().widths.append(OoxmlCheck::attribute(r, u"w"_s).toLongLong());
            } else if (inTable && name == u"a:tr") {
                slide.tables.last().heights.append(OoxmlCheck::attribute(r, u"h"_s).toLongLong());
                slide.tables.last().rows.append(QList<Cell>());
            } else if (inTable && name == u"a:tc") {
                slide.tables.last().rows.last().append(Cell {});
                paragraphs.clear();
            } else if (inTable && name == u"a:tcPr") {
                slide.tables.last().marginX = OoxmlCheck::attribute(r, u"marL"_s).toLongLong();
                slide.tables.last().marginY = OoxmlCheck::attribute(r, u"marT"_s).toLongLong();
            } else if (name == u"a:rPr" || name == u"a:endParaRPr") {
                const int size = OoxmlCheck::attribute(r, u"sz"_s).toInt();
                const bool bold = OoxmlCheck::attribute(r, u"b"_s) == u"1";
                if (inTable && !slide.tables.last().rows.isEmpty() && !slide.tables.last().rows.last().isEmpty()) {
                    slide.tables.last().rows.last().last().size = size;
                    slide.tables.last().rows.last().last().bold = bold;
                } else if (shapeDepth >= 0 && !slide.texts.isEmpty()) {
                    slide.texts.last().size = size;
                    slide.texts.last().bold = bold;
                }
            } else if (name == u"a:p") {
                paragraph.clear();
            } else if (name == u"a:t") {
                paragraph += r.readElementText();
                --depth;
            }
        } else if (r.isEndElement()) {
            const auto name = r.qualifiedName();
            if (name == u"a:p") {
                paragraphs.append(paragraph);
                if (inTable && !slide.tables.last().rows.isEmpty() && !slide.tables.last().rows.last().isEmpty())
                    slide.tables.last().rows.last().last().text = paragraphs.join(u'\n');
                else if (shapeDepth >= 0 && !slide.texts.isEmpty())
                    slide.texts.last().text = paragraphs.join(u'\n');
            } else if (name == u"a:tc") {
                paragraphs.clear();
            } else if (name == u"a:tbl") {
                inTable = false;
            }
            if (depth == shapeDepth) {
                if (name == u"p:sp")
                    slide.texts.last().box = slide.shapes.last();
                shapeDepth = -1;
            }
            --depth;
        }
    }
    return slide;
}

QFont faceAt(int size, bool bold)
{
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPixelSize(size / 10); // hundredths of a point → 10 pixels a point
    font.setBold(bold);
    return font;
}

// LibreOffice puts a quarter em between Chinese and Latin text (its
// "autospace", on by default): a four-per-em space stands in for it.
QString autospaced(const QString &text)
{
    const auto wide = [](QChar c) {
        return c.unicode() >= 0x2E80 || (c.unicode() >= 0x2000 && c.unicode() <= 0x2BFF) || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
    };
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && !text.at(i - 1).isSpace() && !text.at(i).isSpace() && wide(text.at(i - 1)) != wide(text.at(i)))
            out += QChar(0x2005);
        out += text.at(i);
    }
    return out;
}

// The lines Qt's layout gives @p text in @p width EMU; -1 when a word alone is wider.
int linesOf(const QString &text, int size, bool bold, qint64 width)
{
    const QFont font = faceAt(size, bold);
    int lines = 0;
    for (const QString &paragraph : autospaced(text).split(u'\n')) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        int count = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width / EmuPerPixel);
            ++count;
            if (line.naturalTextWidth() > width / EmuPerPixel + 0.5)
                return -1; // a word wider than the line: it would be broken
        }
        layout.endLayout();
        lines += std::max(count, 1);
    }
    return lines;
}

qint64 lineHeightOf(int size, bool bold)
{
    return qint64(QFontMetricsF(faceAt(size, bold)).lineSpacing() * EmuPerPixel);
}

QString describe(const Box &box)
{
    return u"%1 [%2, %3, %4 × %5]"_s.arg(box.name).arg(box.x).arg(box.y).arg(box.cx).arg(box.cy);
}

} // namespace

class TestDeckGeometry : public QObject
{
    Q_OBJECT

private:
    const AnalysisEngines *m_engines = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        m_engines = AnalysisEngines::builtIn().value();
        QVERIFY2(QFontDatabase::families().contains(u"Noto Sans CJK SC"_s), "fonts-noto-cjk is part of the build environment");
    }

    void everyShapeFits_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("language");
        for (const int count : {5, 12, 30}) {
            for (const QString &language : {u"zh_CN"_s, u"en"_s})
                QTest::addRow("%d reports, %s", count, qPrintable(language)) << count << language;
        }
    }

    void everyShapeFits()
    {
        QFETCH(int, count);
        QFETCH(QString, language);
        TranslationLoader::instance()->setLanguage(language);
        const Comparison comparison = Comparison::analyse(*m_engines, Test::mixedReports(count));
        QCOMPARE(comparison.reports.size(), count);
        IndicatorTableModel table;
        table.setComparison(comparison, m_engines->indicators.catalog());
        table.setChineseLabels(language == u"zh_CN");
        const Deck deck = ComparisonDeck::slides(table, m_engines->weaknesses.catalog(), Auditor().audit(comparison));
        const auto built = deck.build(u"法治政府建设情况对照"_s, Deck::defaultSubtitle(comparison.reportNames(), QDate(2025, 3, 1)), ChartMode::Native);
        QVERIFY2(built, qPrintable(built.error()));
        const auto parts = OoxmlCheck::unzip(built->toBytes().value());
        QVERIFY(OoxmlCheck::packageProblems(parts).isEmpty());

        int tables = 0;
        int charts = 0;
        for (int s = 1; s <= built->slideCount(); ++s) {
            const QString name = u"ppt/slides/slide%1.xml"_s.arg(s);
            const Slide slide = readSlide(parts.value(name));
            QVERIFY2(!slide.shapes.isEmpty(), qPrintable(name));
            // Inside the slide.
            for (const Box &box : slide.shapes) {
                QVERIFY2(box.valid, qPrintable(name + u": "_s + box.name));
                QVERIFY2(box.x >= 0 && box.y >= 0 && box.x + box.cx <= SlideWidth && box.y + box.cy <= SlideHeight,
                    qPrintable(name + u": beyond the slide: "_s + describe(box)));
            }
            // No two overlap.
            for (int a = 0; a < slide.shapes.size(); ++a) {
                for (int b = a + 1; b < slide.shapes.size(); ++b) {
                    const Box &p = slide.shapes.at(a);
                    const Box &q = slide.shapes.at(b);
                    const bool apart = p.x + p.cx <= q.x || q.x + q.cx <= p.x || p.y + p.cy <= q.y || q.y + q.cy <= p.y;
                    QVERIFY2(apart, qPrintable(name + u": "_s + describe(p) + u" overlaps "_s + describe(q)));
                }
            }
            // Every table row holds its text; no word is broken.
            for (const Table &t : slide.tables) {
                ++tables;
                qint64 sum = 0;
                for (const qint64 h : t.heights)
                    sum += h;
                QVERIFY2(sum <= t.frame.cy, qPrintable(name + u": rows taller than their frame"_s));
                for (int r = 0; r < t.rows.size(); ++r) {
                    for (int c = 0; c < t.rows.at(r).size() && c < t.widths.size(); ++c) {
                        const Cell &cell = t.rows.at(r).at(c);
                        // LibreOffice keeps about an em free at a cell's right edge (measured on its PDF:
                        // six characters of 11 pt wrapped in 68 pt), so that is taken off too.
                        const int lines = linesOf(cell.text, cell.size, cell.bold, t.widths.at(c) - 2 * t.marginX - cell.size * 127);
                        QVERIFY2(lines > 0, qPrintable(name + u": a word of “"_s + cell.text + u"” is wider than its column"_s));
                        const qint64 needed = lines * lineHeightOf(cell.size, cell.bold) + 2 * t.marginY;
                        QVERIFY2(needed <= t.heights.at(r),
                            qPrintable(u"%1: row %2 (“%3”) needs %4 EMU, has %5"_s.arg(name).arg(r).arg(cell.text).arg(needed).arg(t.heights.at(r))));
                    }
                }
            }
            // Titles, notes and source lines hold their text.
            for (const TextBox &text : slide.texts) {
                if (text.text.isEmpty())
                    continue;
                const qint64 inset = text.placeholder ? 91440 : 0;
                const qint64 insetY = text.placeholder ? 45720 : 0;
                const int lines = linesOf(text.text, text.size, text.bold, text.box.cx - 2 * inset);
                QVERIFY2(lines > 0, qPrintable(name + u": a word of “"_s + text.text + u"” is wider than its box"_s));
                QVERIFY2(lines * lineHeightOf(text.size, text.bold) <= text.box.cy - 2 * insetY,
                    qPrintable(u"%1: “%2” needs %3 lines, its box holds fewer"_s.arg(name, text.text).arg(lines)));
            }
        }
        // Every native bar chart starts at zero.
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!it.key().startsWith(u"ppt/charts/chart"_s))
                continue;
            ++charts;
            bool zero = false;
            bool inValueAxis = false;
            OoxmlCheck::forEachElement(it.value(), [&](const QXmlStreamReader &r) {
                if (r.qualifiedName() == u"c:valAx")
                    inValueAxis = true;
                if (inValueAxis && r.qualifiedName() == u"c:min")
                    zero = zero || OoxmlCheck::attribute(r, u"val"_s) == u"0";
            });
            QVERIFY2(zero, qPrintable(it.key() + u": the value axis does not start at 0"_s));
        }
        qInfo("%d reports (%s): %d slides, %d table slides, %d charts", count, qPrintable(language), built->slideCount(), tables, charts);
        QVERIFY(tables >= 3);
        QVERIFY(charts >= 1);
        if (const QString dir = qEnvironmentVariable("DUIZHAO_OOXML_SAMPLE_DIR"); !dir.isEmpty())
            QVERIFY(built->write(u"%1/deck-%2-%3.pptx"_s.arg(dir).arg(count).arg(language)));
    }
};

QTEST_MAIN(TestDeckGeometry)
#include "tst_deckgeometry.moc"
