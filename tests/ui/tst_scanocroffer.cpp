// Read with OCR: an import that meets a scanned PDF offers OCR, and reads it
// again with OCR in the background (or not, when declined; or stops, when canceled).

#include "project/projectcontroller.h"
#include "project/scanocroffer.h"
#include "reading/pdfocr.h"
#include "scanfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Dz::ProjectController;

namespace
{

bool writeText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(u"某某区2024年法治政府建设情况报告\n一、主要举措\n全年开展执法检查12次。\n"_s.toUtf8()) > 0;
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
        QVERIFY(Dz::Test::writeScan(scan));
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
        QCOMPARE(controller.store()->reportRecords().reportCount().value(), reports);
        if (accept) {
            const auto second = finished.at(1).at(0).value<Dz::ImportOutcome>();
            QCOMPARE(second.added, 1);
            QVERIFY(second.scans.isEmpty());
            bool found = false;
            const auto summaries = controller.store()->reportRecords().reportSummaries();
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
        QVERIFY(Dz::Test::writeScan(scan));
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
        QCOMPARE(controller.store()->reportRecords().reportCount().value(), 0);
    }
};

QTEST_MAIN(TestScanOcrOffer)
#include "tst_scanocroffer.moc"
