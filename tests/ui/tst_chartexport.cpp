// Charts drawn off screen: PNG at size and scale, SVG and PDF as vectors,
// Chinese in a CJK font, and failures that name the file.

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QFontInfo>
#include <QFontMetrics>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

ChartData sample()
{
    ChartData chart;
    chart.title = u"处罚案件 (件)"_s;
    chart.categories = {u"滨海 2024"_s, u"蓟州 2020"_s, u"九龙坡 2023"_s};
    ChartSeries s;
    s.name = u"处罚案件"_s;
    s.values = {200, std::nullopt, 314};
    s.labels = {u"200"_s, u"未报告"_s, u"≥314"_s};
    s.pointStyles = {{u"#4E79A7"_s, false}, {u"#F28E2B"_s, false}, {u"#E15759"_s, true}};
    chart.series = {s};
    chart.note = u"≥: at least"_s;
    chart.source = u"Source: three reports"_s;
    return chart;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseHasAFont()
    {
        // fonts-noto-cjk is part of the build environment: no tofu boxes.
        const QFont font = ChartFactory::font(12);
        const QFontMetrics metrics(font);
        for (const QChar c : u"处罚案件未报告滨海"_s)
            QVERIFY2(metrics.inFont(c), qPrintable(QString(c) + u" in "_s + QFontInfo(font).family()));
    }

    // A label's name and year are two lines of the axis, so that a dozen
    // reports keep whole names; markup in a name stays text.
    void categoriesStackNameAndYear()
    {
        ChartData data = sample();
        data.categories = {u"滨海 · 2024"_s, u"秦皇岛市卫健委 · 2025"_s, u"A<B · 2023"_s};
        std::unique_ptr<QChart> chart(ChartFactory::create(data));
        const auto axes = chart->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QBarCategoryAxis *>(axes.constFirst());
        QVERIFY(axis);
        QCOMPARE(axis->categories(), (QStringList {u"滨海<br>2024"_s, u"秦皇岛市卫健委<br>2025"_s, u"A&lt;B<br>2023"_s}));
    }

    void pngHasTheSizeAndScale()
    {
        const QImage image = ChartExporter::image(sample(), {800, 450}, 2);
        QCOMPARE(image.size(), QSize(1600, 900));
        // The bars were drawn: 滨海's colour fills much of the picture.
        int district = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                district += image.pixelColor(x, y) == QColor(0x4E, 0x79, 0xA7) ? 1 : 0;
        }
        QVERIFY2(district > 1000, qPrintable(QString::number(district)));
        const QByteArray png = ChartExporter::png(sample(), {800, 450}, 1);
        QVERIFY(png.startsWith("\x89PNG"));
    }

    void vectorFormats()
    {
        const QByteArray svg = ChartExporter::svg(sample(), {800, 450});
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 800 450\""));
        const QByteArray pdf = ChartExporter::pdf(sample(), {800, 450});
        QVERIFY(pdf.startsWith("%PDF"));
    }

    void saveBySuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("png") << u"c.png"_s << QByteArray("\x89PNG");
        QTest::newRow("svg") << u"c.svg"_s << QByteArray("<?xml");
        QTest::newRow("pdf") << u"c.pdf"_s << QByteArray("%PDF");
    }

    void saveBySuffix()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const auto saved = ChartExporter::save(sample(), path, {640, 360});
        QVERIFY2(saved, qPrintable(saved.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(start));
    }

    void badPathsNameTheFile()
    {
        const auto suffix = ChartExporter::save(sample(), u"/tmp/chart.bmp"_s);
        QVERIFY(!suffix);
        QVERIFY(suffix.error().contains(u"/tmp/chart.bmp"_s));
        const auto unwritable = ChartExporter::save(sample(), u"/nonexistent/dir/chart.png"_s, {320, 240});
        QVERIFY(!unwritable);
        QVERIFY(unwritable.error().contains(u"/nonexistent/dir/chart.png"_s));
        QVERIFY(!QFile::exists(u"/nonexistent/dir/chart.png"_s));
    }
};

QTEST_MAIN(TestChartExport)

#include "tst_chartexport.moc"
