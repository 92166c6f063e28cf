// Decks built from the analyst's slides (issue 14, item 16): pictures drawn
// at the slide's size without the note and source the slide carries, and
// table slides with a source line and room above the note.

#include "export/deck.h"
#include "export/indicatorexport.h"
#include "export/ooxml/deckparts.h"
#include "export/ooxml/pptxdeck.h"
#include "ooxmlcheck.h"
#include "ooxmlsamples.h"
#include "weaknesses/weaknesscatalog.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// Every shape's name and the top and height of its frame, from a slide.
struct Shape {
    QString name {};
    qint64 y = 0;
    qint64 cy = 0;
    QString text {};
};

QList<Shape> shapes(const QByteArray &slide)
{
    QList<Shape> found;
    QXmlStreamReader r(slide);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.qualifiedName() == u"p:cNvPr")
            found.append({OoxmlCheck::attribute(r, u"name"_s)});
        else if (!found.isEmpty() && r.qualifiedName() == u"a:off" && found.last().y == 0)
            found.last().y = OoxmlCheck::attribute(r, u"y"_s).toLongLong();
        else if (!found.isEmpty() && r.qualifiedName() == u"a:ext" && found.last().cy == 0)
            found.last().cy = OoxmlCheck::attribute(r, u"cy"_s).toLongLong();
        else if (!found.isEmpty() && r.qualifiedName() == u"a:t")
            found.last().text += r.readElementText();
    }
    return found;
}

const Shape *shapeNamed(const QList<Shape> &all, const QString &prefix)
{
    for (const Shape &s : all) {
        if (s.name.startsWith(prefix))
            return &s;
    }
    return nullptr;
}

} // namespace

class TestDeck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Picture decks: the chart is drawn for the box it fills (so its text is
    // as large there as on screen) and without the slide's note and source.
    void picturesAtSlideSize()
    {
        Dz::Deck deck;
        deck.slides.append({Dz::DeckSlide::Kind::Chart, OoxmlSamples::districtChart(), {}});
        QList<Dz::ChartData> drawn;
        QList<QSize> sizes;
        const auto built = deck.build(u"标题"_s, u"副标题"_s, Dz::ChartMode::Picture, [&](const Dz::ChartData &chart, QSize size) {
            drawn.append(chart);
            sizes.append(size);
            return OoxmlSamples::TinyPng;
        });
        QVERIFY2(built, qPrintable(built.error()));
        QCOMPARE(drawn.size(), 1);
        QVERIFY(drawn.at(0).note.isEmpty());
        QVERIFY(drawn.at(0).source.isEmpty());
        QCOMPARE(drawn.at(0).title, OoxmlSamples::districtChart().title);
        // 96 pixels for each inch of the slide's picture box.
        const QSize size = sizes.at(0);
        QCOMPARE(size, Dz::PptxDeck::pictureSize());
        QVERIFY2(std::abs(size.width() / (double(Dz::Internal::SlideWidth) / 914400) - 96) < 10, qPrintable(QString::number(size.width())));
        // The slide still carries them, once.
        const auto parts = OoxmlCheck::unzip(built->toBytes().value());
        const QList<Shape> slide = shapes(parts.value(u"ppt/slides/slide2.xml"_s));
        QVERIFY(shapeNamed(slide, u"Note"_s));
        QCOMPARE(shapeNamed(slide, u"Source"_s)->text, OoxmlSamples::districtChart().source);
    }

    // The weakness matrix: a source line, and its table clear of the note.
    void weaknessMatrixSlide()
    {
        const auto catalog = Dz::WeaknessCatalog::builtIn();
        QVERIFY2(catalog, qPrintable(catalog.error()));
        const QStringList names {u"滨海 · 2024"_s, u"蓟州 · 2024"_s, u"海门 · 2023"_s, u"九龙坡 · 2022"_s, u"湖滨 · 2024"_s};
        QList<Dz::ReportWeaknesses> weaknesses(names.size());
        const Dz::TableData matrix = Dz::IndicatorExport::weaknessMatrix(weaknesses, names, catalog.value(), QDate(2026, 11, 23));
        QVERIFY2(matrix.source.contains(u"滨海 · 2024"_s) && matrix.source.contains(u"2026-11-23"_s), qPrintable(matrix.source));
        Dz::PptxDeck deck;
        QVERIFY(deck.addTableSlide(matrix));
        const auto parts = OoxmlCheck::unzip(deck.toBytes().value());
        const QByteArray xml = parts.value(u"ppt/slides/slide1.xml"_s);
        const QList<Shape> slide = shapes(xml);
        const Shape *table = shapeNamed(slide, u"Table"_s);
        const Shape *note = shapeNamed(slide, u"Note"_s);
        QVERIFY(table && note && shapeNamed(slide, u"Source"_s));
        // The rows as written add up to the frame, which ends a quarter inch above the note.
        qint64 rows = 0;
        qint64 rowCount = 0;
        OoxmlCheck::forEachElement(xml, [&rows, &rowCount](const QXmlStreamReader &r) {
            if (r.qualifiedName() == u"a:tr") {
                rows += OoxmlCheck::attribute(r, u"h"_s).toLongLong();
                ++rowCount;
            }
        });
        QVERIFY(rowCount >= 2 && rowCount <= matrix.rows.size() + 1);
        QCOMPARE(rows, table->cy);
        QVERIFY2(table->y + rows + 182880 <= note->y, qPrintable(u"table ends at %1, note starts at %2"_s.arg(table->y + rows).arg(note->y)));
    }

    // The deck the project keeps: every figure, label, note and source, and a gap stays a gap.
    void jsonRoundTrip()
    {
        Dz::Deck deck;
        deck.title = u"2024年度法治政府建设对照"_s;
        deck.subtitle = u"局长办公会"_s;
        QVERIFY(deck.add(Dz::DeckSlide::ofChart(OoxmlSamples::districtChart())));
        QVERIFY(deck.add(Dz::DeckSlide::ofChart(OoxmlSamples::yearAxisChart())));
        QVERIFY(deck.add(Dz::DeckSlide::ofTable(OoxmlSamples::districtTable(5))));
        const QJsonObject json = deck.toJson();
        const auto back = Dz::Deck::fromJson(json);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->title, deck.title);
        QCOMPARE(back->slides.size(), 3);
        const Dz::ChartData &chart = back->slides.at(0).chart;
        QCOMPARE(chart.series.constFirst().values, OoxmlSamples::districtChart().series.constFirst().values);
        QCOMPARE(chart.series.constFirst().pointStyles.at(0).hatched, true);
        QCOMPARE(back->slides.at(1).chart.kind, Dz::ChartKind::YearLine);
        QCOMPARE(back->slides.at(1).chart.positions, (QList<double> {2018, 2020, 2021}));
        QVERIFY(std::holds_alternative<std::monostate>(back->slides.at(2).table.rows.at(3).at(1)));
        // Another format, or a slide of no known kind, is refused saying so.
        QJsonObject other = json;
        other.insert(u"format"_s, 99);
        QVERIFY(!Dz::Deck::fromJson(other));
        QVERIFY(Dz::Deck::fromJson({})->slides.isEmpty());
    }

    // A slide with nothing to show is refused, saying why.
    void emptySlides_data()
    {
        QTest::addColumn<bool>("chart");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("figures");
        QTest::addColumn<bool>("refused");
        QTest::newRow("a chart of gaps") << true << 0 << false << true;
        QTest::newRow("a chart with a figure") << true << 0 << true << false;
        QTest::newRow("a table without rows") << false << 0 << false << true;
        QTest::newRow("a table of names only") << false << 3 << false << true;
        QTest::newRow("a table with a figure") << false << 3 << true << false;
    }

    void emptySlides()
    {
        QFETCH(bool, chart);
        QFETCH(int, rows);
        QFETCH(bool, figures);
        QFETCH(bool, refused);
        Dz::DeckSlide slide;
        if (chart) {
            Dz::ChartData data = OoxmlSamples::districtChart();
            if (!figures) {
                for (auto &v : data.series[0].values)
                    v.reset();
            }
            slide = Dz::DeckSlide::ofChart(data);
        } else {
            Dz::TableData table;
            table.title = u"雷同段落：滨海 · 2024"_s;
            table.header = {u"段落"_s, u"字数"_s};
            for (int i = 0; i < rows; ++i)
                table.rows.append({u"滨海 · 2024"_s, figures && i == 1 ? Dz::CellValue {42.0} : Dz::CellValue {}});
            slide = Dz::DeckSlide::ofTable(table);
        }
        Dz::Deck deck;
        const auto added = deck.add(slide);
        QCOMPARE(!added, refused);
        QCOMPARE(deck.slides.size(), refused ? 0 : 1);
        if (refused)
            QVERIFY2(added.error().contains(slide.title()), qPrintable(added.error()));
    }

    // The analyst's title and subtitle stand on the title slide; a long chart continues, also as pictures.
    void titlesAndContinuedCharts()
    {
        Dz::Deck deck;
        deck.title = u"卫健系统二十个部门对照"_s;
        QVERIFY(deck.add(Dz::DeckSlide::ofChart(OoxmlSamples::manyBodiesChart())));
        int drawn = 0;
        const auto built = deck.build(u"默认标题"_s, u"默认副标题"_s, Dz::ChartMode::Picture, [&drawn](const Dz::ChartData &, QSize) {
            ++drawn;
            return OoxmlSamples::TinyPng;
        });
        QVERIFY2(built, qPrintable(built.error()));
        QCOMPARE(drawn, 2);
        QCOMPARE(built->slideCount(), 3);
        const auto parts = OoxmlCheck::unzip(built->toBytes().value());
        const QStringList title = OoxmlCheck::texts(parts.value(u"ppt/slides/slide1.xml"_s), u"a:t"_s);
        QVERIFY(title.contains(u"卫健系统二十个部门对照"_s));
        QVERIFY(title.contains(u"默认副标题"_s)); // no subtitle of the analyst's: the one given
        QVERIFY(!title.contains(u"默认标题"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeck)
#include "tst_deck.moc"
