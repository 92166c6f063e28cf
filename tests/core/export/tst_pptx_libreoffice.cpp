// Opens the sample deck in LibreOffice, a real consumer, not our own reader
// (opt-in: CTest label "libreoffice", left out of the default run). The deck
// must convert to PDF page for page with the Chinese text in a CJK font, and
// LibreOffice must import the native charts as charts: its own .pptx export
// then carries chart parts with the same figures and the gap still a gap.
// The decks `duizhao-cli deck` makes from 5, 12 and 30 reports of mixed
// bodies render page for page too (tst_deckgeometry checks their shapes;
// DUIZHAO_RENDER_DIR keeps the PDFs, to look at).

#include "analysis/analysisengines.h"
#include "audit/auditor.h"
#include "base/translationloader.h"
#include "export/comparisondeck.h"
#include "mixedreports.h"
#include "models/indicatortablemodel.h"
#include "ooxmlcheck.h"
#include "ooxmlsamples.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OoxmlSamples;
using namespace Dz;

class TestPptxLibreOffice : public QObject
{
    Q_OBJECT

private:
    QString m_soffice;
    QTemporaryDir m_dir;
    QString m_deck;

    // Converts @p deck (the sample deck by default); returns the converted file's path, or empty.
    QString convert(const QString &format, const QString &outputFolder, const QString &deck = {})
    {
        // The first start on a fresh profile sometimes only sets the profile
        // up and converts nothing: give it a second try.
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (const QString converted = convertOnce(format, outputFolder, deck.isEmpty() ? m_deck : deck); !converted.isEmpty())
                return converted;
        }
        return QString();
    }

    QString convertOnce(const QString &format, const QString &outputFolder, const QString &deck)
    {
        QProcess soffice;
        // A profile of its own, so a running office or a first-start wizard cannot interfere.
        const QString profile = QUrl::fromLocalFile(m_dir.filePath(u"profile"_s)).toString();
        soffice.start(m_soffice,
            {u"--headless"_s, u"--norestore"_s, u"-env:UserInstallation="_s + profile, u"--convert-to"_s, format, u"--outdir"_s, outputFolder, deck});
        if (!soffice.waitForFinished(300000)) {
            soffice.kill();
            qWarning("soffice did not finish");
            return QString();
        }
        const QString converted = QDir(outputFolder).filePath(QFileInfo(deck).completeBaseName() + u'.' + format);
        if (soffice.exitCode() != 0 || !QFile::exists(converted)) {
            qWarning("soffice failed: %s %s", soffice.readAllStandardOutput().constData(), soffice.readAllStandardError().constData());
            return QString();
        }
        return converted;
    }

    static int pageCount(const QByteArray &pdf)
    {
        static const QRegularExpression page(uR"(/Type\s*/Page\b(?!s))"_s);
        return int(QString::fromLatin1(pdf).count(page));
    }

    static bool hasCjkFont(const QByteArray &pdf)
    {
        return pdf.contains("CJK") || pdf.contains("WenQuanYi") || pdf.contains("YaHei");
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &name : {u"soffice"_s, u"libreoffice"_s}) {
            m_soffice = QStandardPaths::findExecutable(name);
            if (!m_soffice.isEmpty())
                break;
        }
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed; the package libreoffice-impress provides it");
        QVERIFY(m_dir.isValid());
        m_deck = m_dir.filePath(u"duizhao-sample.pptx"_s);
        const auto written = sampleDeck().write(m_deck);
        QVERIFY2(written.isValid(), qPrintable(written.error()));
    }

    void convertsToPdf()
    {
        const QString pdfPath = convert(u"pdf"_s, m_dir.filePath(u"pdf"_s));
        QVERIFY(!pdfPath.isEmpty());
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QCOMPARE(pageCount(pdf), sampleDeck().slideCount());
        // 微软雅黑 is not on Linux; the substitution must land on a CJK face, not on boxes.
        QVERIFY2(hasCjkFont(pdf), "no CJK font in the PDF");
    }

    void rendersComparisonDecks_data()
    {
        QTest::addColumn<int>("count");
        for (const int count : {5, 12, 30})
            QTest::addRow("%d reports", count) << count;
    }

    // The deck of a comparison of @p count reports, as the CLI makes it, page for page.
    void rendersComparisonDecks()
    {
        QFETCH(int, count);
        TranslationLoader::instance()->setLanguage(u"zh_CN"_s);
        const auto engines = AnalysisEngines::builtIn();
        QVERIFY2(engines, qPrintable(engines.error()));
        const Comparison comparison = Comparison::analyse(*engines.value(), Test::mixedReports(count));
        QCOMPARE(comparison.reports.size(), count);
        IndicatorTableModel table;
        table.setComparison(comparison, engines.value()->indicators.catalog());
        const Deck deck = ComparisonDeck::slides(table, engines.value()->weaknesses.catalog(), Auditor().audit(comparison));
        const auto built = deck.build(Deck::defaultTitle(), Deck::defaultSubtitle(comparison.reportNames(), QDate(2025, 3, 1)), ChartMode::Native);
        QVERIFY2(built, qPrintable(built.error()));
        const QString path = m_dir.filePath(u"deck-%1.pptx"_s.arg(count));
        const auto written = built->write(path);
        QVERIFY2(written.isValid(), qPrintable(written.error()));

        const QString pdfPath = convert(u"pdf"_s, m_dir.filePath(u"decks"_s), path);
        QVERIFY(!pdfPath.isEmpty());
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QCOMPARE(pageCount(pdf), built->slideCount());
        QVERIFY2(hasCjkFont(pdf), "no CJK font in the PDF");
        if (const QString keep = qEnvironmentVariable("DUIZHAO_RENDER_DIR"); !keep.isEmpty()) {
            QFile::remove(QDir(keep).filePath(QFileInfo(pdfPath).fileName()));
            QVERIFY(QFile::copy(pdfPath, QDir(keep).filePath(QFileInfo(pdfPath).fileName())));
        }
        qInfo("%d reports: %d slides rendered", count, built->slideCount());
    }

    void chartsStayCharts()
    {
        const QString pptxPath = convert(u"pptx"_s, m_dir.filePath(u"pptx"_s));
        QVERIFY(!pptxPath.isEmpty());
        QFile file(pptxPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parts = OoxmlCheck::unzip(file.readAll());
        const auto chartsOf = [](const OoxmlCheck::Parts &package) {
            QStringList charts;
            for (auto it = package.cbegin(); it != package.cend(); ++it) {
                if (it.key().startsWith(u"ppt/charts/") && it.key().endsWith(u".xml") && !it.key().contains(u"/_rels/"))
                    charts.append(it.key());
            }
            return charts;
        };
        const QStringList charts = chartsOf(parts);
        // Every native chart of ours (the district chart, the line, the bars on their slides, the year axis) is still a chart.
        const QStringList ours = chartsOf(OoxmlCheck::unzip(sampleDeck().toBytes().value()));
        QCOMPARE(charts.size(), ours.size());
        // The district chart: four figures, 0 among them, and nothing for 九龙坡.
        bool found = false;
        for (const QString &chart : std::as_const(charts)) {
            const QStringList values = OoxmlCheck::texts(parts.value(chart), u"c:v"_s);
            if (!values.contains(u"3211.5"_s))
                continue;
            found = true;
            QVERIFY(values.contains(u"175"_s));
            QVERIFY(values.contains(u"0"_s));
            QVERIFY(values.contains(u"九龙坡（未报告）"_s));
            const QByteArray xml = parts.value(chart);
            const qsizetype from = xml.indexOf("<c:val>");
            const QByteArray numbers = xml.mid(from, xml.indexOf("</c:val>", from) - from);
            QVERIFY2(!numbers.isEmpty() && !numbers.contains("idx=\"3\""), numbers.constData());
            QVERIFY2(xml.contains("<a:pattFill"), "the hatched lower bound lost its pattern");
        }
        QVERIFY2(found, "LibreOffice did not keep the district chart as a chart");
    }
};

QTEST_GUILESS_MAIN(TestPptxLibreOffice)
#include "tst_pptx_libreoffice.moc"
