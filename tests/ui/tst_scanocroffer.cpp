// Read with OCR: an import that meets a scanned PDF offers OCR, and reads it
// again with OCR in the background (or not, when declined; or stops, when canceled).

#include "projectcontroller.h"
#include "reading/pdfocr.h"
#include "scanocroffer.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Dz::ProjectController;

namespace
{

// A one-page scan: Chinese text painted on a picture (A4 at 150 dpi), the
// picture put into a PDF, no text layer.
bool writeScan(const QString &path)
{
    QImage page(1240, 1754, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    QPainter ip(&page);
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPixelSize(34);
    ip.setFont(font);
    ip.setPen(Qt::black);
    const QStringList lines = {u"关于2024年法治政府建设情况的报告"_s, u"一、主要举措和成效"_s, u"全年办理行政处罚案件386件，开展普法宣传活动126次。"_s,
        u"二、存在的不足和原因"_s, u"基层执法力量相对薄弱，执法人员专业能力有待提升。"_s};
    int y = 200;
    for (const QString &line : lines) {
        ip.drawText(150, y, line);
        y += 70;
    }
    ip.end();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(150);
    QPainter painter(&writer);
    painter.drawImage(QRect(QPoint(0, 0), painter.viewport().size()), page);
    return painter.end();
}

bool writeText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(u"某某区2024年法治政府建设情况报告\n一、主要举措\n全年开展执法检查12次。\n"_s.toUtf8()) > 0;
}

} // namespace

class TestScanOcrOffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"tst_scanocroffer"_s);
        if (const auto tesseract = Dz::PdfOcr::program(); !tesseract)
            QSKIP(qPrintable(tesseract.error()));
    }

    void offers_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<int>("reports");
        QTest::newRow("read with OCR") << true << 2;
        QTest::newRow("declined") << false << 1;
    }

    void offers()
    {
        QFETCH(bool, accept);
        QFETCH(int, reports);
        QTemporaryDir dir;
        const QString scan = dir.filePath(u"scan.pdf"_s);
        QVERIFY(writeScan(scan));
        QVERIFY(writeText(dir.filePath(u"text.txt"_s)));
        ProjectController controller;
        Dz::ScanOcrOffer offer(&controller, nullptr);
        QStringList asked;
        offer.setAsk([&](const QStringList &scans) {
            asked = scans;
            return accept;
        });
        QSignalSpy offered(&offer, &Dz::ScanOcrOffer::offered);
        QSignalSpy finished(&controller, &ProjectController::importFinished);
        controller.importFiles({dir.filePath(u"text.txt"_s), scan});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), accept ? 2 : 1, 180000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 30000);
        QCOMPARE(offered.size(), 1);
        QCOMPARE(asked, QStringList {scan});
        QCOMPARE(offered.at(0).at(1).toBool(), accept);
        QCOMPARE(controller.store()->reportCount().value(), reports);
        if (accept) {
            const auto second = finished.at(1).at(0).value<Dz::ImportOutcome>();
            QCOMPARE(second.added, 1);
            QVERIFY(second.scans.isEmpty());
            bool found = false;
            const auto summaries = controller.store()->reportSummaries();
            QVERIFY(summaries);
            for (const Dz::ReportSummary &s : summaries.value())
                found = found || s.encoding == Dz::PdfOcr::ocrEncoding();
            QVERIFY(found);
        }
        QCOMPARE(finished.size(), accept ? 2 : 1); // asked once only
    }

    void cancelStopsTheOcr()
    {
        QTemporaryDir dir;
        const QString scan = dir.filePath(u"scan.pdf"_s);
        QVERIFY(writeScan(scan));
        ProjectController controller;
        Dz::ScanOcrOffer offer(&controller, nullptr);
        offer.setAsk([](const QStringList &) {
            return true;
        });
        QSignalSpy started(&controller, &ProjectController::importStarted);
        QSignalSpy canceled(&controller, &ProjectController::importCanceled);
        QElapsedTimer clock;
        connect(&controller, &ProjectController::importStarted, &controller, [&] {
            if (started.size() == 2) { // the OCR import (the spy is connected first)
                clock.start();
                QTimer::singleShot(500, &controller, &ProjectController::cancelImport);
            }
        });
        controller.importFiles({scan});
        QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, 60000);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 30000);
        QCOMPARE(controller.store()->reportCount().value(), 0);
    }
};

QTEST_MAIN(TestScanOcrOffer)
#include "tst_scanocroffer.moc"
