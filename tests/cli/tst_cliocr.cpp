// duizhao-cli --ocr: a scanned PDF is refused with a pointer to --ocr, and
// read by Tesseract with it, by import and by the report commands.

#include "reading/pdfocr.h"
#include "scanfixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliOcr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const auto tesseract = Dz::PdfOcr::program(); !tesseract)
            QSKIP(qPrintable(tesseract.error()));
        QVERIFY(m_dir.isValid());
        QVERIFY(Dz::Test::writeScan(m_dir.filePath(u"scan.pdf"_s)));
    }

    void scans_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // in stdout when ok, else in stderr
        QTest::newRow("import") << QStringList {u"import"_s, u"p1.duizhao"_s} << false << u"--ocr"_s;
        QTest::newRow("import --ocr") << QStringList {u"import"_s, u"--ocr"_s, u"p2.duizhao"_s} << true << u"1 report added"_s;
        QTest::newRow("outline") << QStringList {u"outline"_s} << false << u"--ocr"_s;
        QTest::newRow("outline --ocr") << QStringList {u"outline"_s, u"--ocr"_s, u"--format"_s, u"text"_s} << true << u"主要举措和成效"_s;
    }

    void scans()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s, args + QStringList {u"scan.pdf"_s});
        QVERIFY(process.waitForFinished(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode() == 0, ok);
        QVERIFY2((ok ? out : err).contains(expected), qPrintable(out + u'\n' + err));
        if (!ok)
            QVERIFY2(err.contains(u"scan.pdf"_s), qPrintable(err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCliOcr)
#include "tst_cliocr.moc"
