// Opens the sample deck in LibreOffice, a real consumer, not our own reader
// (opt-in: CTest label "libreoffice", left out of the default run). The deck
// must convert to PDF page for page with the Chinese text in a CJK font, and
// LibreOffice must import the native charts as charts: its own .pptx export
// then carries chart parts with the same figures and the gap still a gap.

#include "ooxmlcheck.h"
#include "ooxmlsamples.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OoxmlSamples;

class TestPptxLibreOffice : public QObject
{
    Q_OBJECT

private:
    QString m_soffice;
    QTemporaryDir m_dir;
    QString m_deck;

    // Converts the sample deck; returns the converted file's path, or empty.
    QString convert(const QString &format, const QString &outputFolder)
    {
        // The first start on a fresh profile sometimes only sets the profile
        // up and converts nothing: give it a second try.
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (const QString converted = convertOnce(format, outputFolder); !converted.isEmpty())
                return converted;
        }
        return QString();
    }

    QString convertOnce(const QString &format, const QString &outputFolder)
    {
        QProcess soffice;
        // A profile of its own, so a running office or a first-start wizard cannot interfere.
        const QString profile = QUrl::fromLocalFile(m_dir.filePath(u"profile"_s)).toString();
        soffice.start(m_soffice,
            {u"--headless"_s, u"--norestore"_s, u"-env:UserInstallation="_s + profile, u"--convert-to"_s, format, u"--outdir"_s, outputFolder, m_deck});
        if (!soffice.waitForFinished(300000)) {
            soffice.kill();
            qWarning("soffice did not finish");
            return QString();
        }
        const QString converted = QDir(outputFolder).filePath(u"duizhao-sample."_s + format);
        if (soffice.exitCode() != 0 || !QFile::exists(converted)) {
            qWarning("soffice failed: %s %s", soffice.readAllStandardOutput().constData(), soffice.readAllStandardError().constData());
            return QString();
        }
        return converted;
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
        static const QRegularExpression page(uR"(/Type\s*/Page\b(?!s))"_s);
        QCOMPARE(int(QString::fromLatin1(pdf).count(page)), sampleDeck().slideCount());
        // 微软雅黑 is not on Linux; the substitution must land on a CJK face, not on boxes.
        QVERIFY2(pdf.contains("CJK") || pdf.contains("WenQuanYi") || pdf.contains("YaHei"), "no CJK font in the PDF");
    }

    void chartsStayCharts()
    {
        const QString pptxPath = convert(u"pptx"_s, m_dir.filePath(u"pptx"_s));
        QVERIFY(!pptxPath.isEmpty());
        QFile file(pptxPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parts = OoxmlCheck::unzip(file.readAll());
        QStringList charts;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (it.key().startsWith(u"ppt/charts/") && it.key().endsWith(u".xml") && !it.key().contains(u"/_rels/"))
                charts.append(it.key());
        }
        QCOMPARE(charts.size(), 3);
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
