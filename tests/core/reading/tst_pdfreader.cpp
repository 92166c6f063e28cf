#include "reading/pdfreader.h"

#include "readerfixtures.h"
#include "reading/documentreader.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

const QStringList paragraphs = {
    u"关于2024年法治政府建设情况的报告"_s,
    u"一、主要举措和成效"_s,
    u"2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届三中全会精神，深入学习贯彻习近平法治思想，全年开展普法宣传活动126次，覆盖群众3.5万人次，办理行政复议案件15件。"_s,
    u"（一）加强组织领导。局党组专题研究法治政府建设工作4次，制定年度工作要点，明确责任分工，推动各项任务落到实处，形成一级抓一级、层层抓落实的工作格局。"_s,
    u"二、存在的不足和原因"_s,
    u"执法人员专业能力有待提升，基层执法力量相对薄弱，执法规范化、信息化水平还需要进一步提高。"_s,
};

} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsParagraphs_data()
    {
        QTest::addColumn<bool>("indent");
        QTest::newRow("first-line indent") << true;
        QTest::newRow("flush left") << false;
    }

    void readsParagraphs()
    {
        QFETCH(bool, indent);
        // One page: a running header cannot be told from a title there, so none.
        const QByteArray bytes = Dz::Test::pdf(paragraphs, QString(), indent);
        QCOMPARE(Dz::DocumentReader::forContent(bytes, u"a.docx"_s).format(), u"pdf"_s);
        auto doc = Dz::PdfReader().read(bytes, u"report.pdf"_s);
        QVERIFY2(doc, qPrintable(doc.error()));
        if (doc->text.split(u'\n') != paragraphs)
            qWarning().noquote() << doc->text;
        QCOMPARE(doc->text.split(u'\n'), paragraphs);
        QCOMPARE(doc->format, u"pdf"_s);
    }

    void manyPages()
    {
        QStringList many;
        for (int i = 0; i < 60; ++i)
            many.append(
                u"（%1）第%1项工作：全年开展专项执法检查%1次，检查单位%2家，发现问题%1个并全部整改到位，有关情况已报区政府备案。"_s.arg(i + 1).arg(i * 7 + 3));
        const QByteArray bytes = Dz::Test::pdf(many);
        QElapsedTimer timer;
        timer.start();
        auto doc = Dz::PdfReader().read(bytes, u"long.pdf"_s);
        const qint64 ms = timer.elapsed();
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->text.split(u'\n'), many);
        qInfo("%d paragraphs read in %lld ms", int(many.size()), ms);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");

        const QByteArray good = Dz::Test::pdf(paragraphs);
        QTest::newRow("truncated") << good.left(200) << u"damaged"_s;
        QTest::newRow("no header") << QByteArray("PDF? no, just a file that says .pdf") << u"not a PDF"_s;

        // A scan: pages holding a picture and no text.
        QByteArray scan;
        {
            QBuffer buffer(&scan);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            QImage image(400, 600, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter ip(&image);
            for (int y = 20; y < 580; y += 12)
                ip.fillRect(20, y, 360, 6, Qt::black);
            ip.end();
            painter.drawImage(QRect(0, 0, 4000, 6000), image);
            writer.newPage();
            painter.drawImage(QRect(0, 0, 4000, 6000), image);
        }
        QTest::newRow("scanned") << scan << u"scanned PDF"_s;
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        auto doc = Dz::PdfReader().read(bytes, u"report.pdf"_s);
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(u"report.pdf"_s), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(problem), qPrintable(doc.error()));
    }
};

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
