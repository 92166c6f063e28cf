// Documents that describe something huge or deep (issue 24, items 1, 2 and
// 9): each class is refused by name and reason, or read within bounds,
// never a crash, an abort or gigabytes. The inputs are made here from sizes
// and patterns (hostilefixtures.h).

#include "hostilefixtures.h"
#include "reading/documentreader.h"
#include "reading/docxnumbering.h"
#include "reading/htmlreader.h"
#include "reading/libreofficeconverter.h"
#include "reading/pdfocr.h"
#include "reading/plaintextreader.h"
#include "reading/readlimits.h"
#include "reading/reportreader.h"
#include "testtiming.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;
using Dz::Test::DocxNesting;

Q_DECLARE_METATYPE(Dz::Test::DocxNesting)

namespace
{

Dz::Result<Dz::SourceDocument> read(const QByteArray &bytes, const QString &name)
{
    return Dz::DocumentReader::readBytes(bytes, name);
}

// Letters and spaces that do not compress far: a document's text that is
// large without being a zip bomb.
QString looseText(qsizetype length, quint32 seed)
{
    QRandomGenerator random(seed);
    QString text;
    text.reserve(length);
    while (text.size() < length)
        text += random.bounded(8) == 0 ? QChar(u' ') : QChar(char16_t(u'a' + random.bounded(26)));
    return text;
}

#ifdef Q_OS_UNIX
bool processGone(qint64 pid)
{
    return ::kill(pid_t(pid), 0) != 0;
}

// What --read-limited does: with only @p headroomMb of address space more
// than it uses now, reads each file and says what became of it, one line a
// file. A memory failure must cost that file, not the process.
int readLimited(qint64 headroomMb, const QStringList &files)
{
    QFile status(u"/proc/self/status"_s);
    qint64 usedKb = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmSize:"))
                usedKb = line.mid(7).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    const rlim_t limit = rlim_t(usedKb * 1024 + headroomMb * 1024 * 1024);
    const struct rlimit bound = {limit, limit};
    if (usedKb == 0 || ::setrlimit(RLIMIT_AS, &bound) != 0) {
        std::cout << "no limit" << std::endl;
        return 2;
    }
    for (const QString &file : files) {
        const auto document = Dz::DocumentReader::readFile(file);
        std::cout << (document ? "read " : "refused ") << (document ? QString::number(document->text.size()) : document.error()).toStdString() << std::endl;
    }
    return 0;
}
#endif

} // namespace

class TestReaderLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Item 1: nesting tens of thousands deep crashed the reader (SIGSEGV);
    // it is refused, naming the file, whatever element nests.
    void deepDocxIsRefused_data()
    {
        QTest::addColumn<DocxNesting>("how");
        QTest::addColumn<int>("depth");
        for (const int depth : {ReadLimitsDepth() + 1, 20000}) {
            QTest::addRow("hyperlinks %d", depth) << DocxNesting::Hyperlinks << depth;
            QTest::addRow("tables %d", depth) << DocxNesting::Tables << depth;
            QTest::addRow("text boxes %d", depth) << DocxNesting::TextBoxes << depth;
            QTest::addRow("content controls %d", depth) << DocxNesting::ContentControls << depth;
        }
    }

    void deepDocxIsRefused()
    {
        QFETCH(DocxNesting, how);
        QFETCH(int, depth);
        const QByteArray bytes = Dz::Test::deeplyNestedDocx(depth, how);
        // The whole point: a few kilobytes.
        QVERIFY2(bytes.size() < 64 * 1024, qPrintable(QString::number(bytes.size())));
        const auto document = read(bytes, u"nested.docx"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().startsWith(u"nested.docx: "_s) && document.error().contains(u"levels deep"_s), qPrintable(document.error()));
    }

    // Nesting a document really has is read, at every kind.
    void shallowDocxIsRead_data()
    {
        QTest::addColumn<DocxNesting>("how");
        QTest::newRow("hyperlinks") << DocxNesting::Hyperlinks;
        QTest::newRow("tables") << DocxNesting::Tables;
        QTest::newRow("text boxes") << DocxNesting::TextBoxes;
        QTest::newRow("content controls") << DocxNesting::ContentControls;
    }

    void shallowDocxIsRead()
    {
        QFETCH(DocxNesting, how);
        const auto document = read(Dz::Test::deeplyNestedDocx(40, how, u"嵌套四十层的段落文字。"_s), u"nested.docx"_s);
        QVERIFY2(document, qPrintable(document.error()));
        QVERIFY2(document->text.contains(u"嵌套四十层的段落文字。"_s), qPrintable(document->text));
    }

    // Item 2 and 9: list counters near INT_MAX, below zero, in letters, and
    // level texts of thousands of %1 make no huge text and read nothing out of bounds.
    void numberingIsBounded_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<QString>("levelText");
        QTest::newRow("letters near INT_MAX") << u"lowerLetter"_s << qint64(2147483000) << u"%1."_s;
        QTest::newRow("upper letters at INT_MAX") << u"upperLetter"_s << qint64(2147483647) << u"（%1）"_s;
        QTest::newRow("decimal at INT_MAX") << u"decimal"_s << qint64(2147483647) << u"%1、"_s;
        QTest::newRow("roman near INT_MAX") << u"upperRoman"_s << qint64(2000000000) << u"%1."_s;
        QTest::newRow("ideograph digits below zero") << u"ideographDigital"_s << qint64(-5) << u"%1、"_s;
        QTest::newRow("full width below zero") << u"decimalFullWidth"_s << qint64(-123456) << u"%1."_s;
        QTest::newRow("counting below zero") << u"chineseCounting"_s << qint64(-2147483647) << u"%1、"_s;
        QTest::newRow("thousands of %1") << u"decimal"_s << qint64(1) << u"%1"_s.repeated(5000);
        QTest::newRow("a start past int") << u"lowerLetter"_s << qint64(99999999999) << u"%1)"_s;
    }

    void numberingIsBounded()
    {
        QFETCH(QString, format);
        QFETCH(qint64, start);
        QFETCH(QString, levelText);
        const int paragraphs = 400;
        QElapsedTimer clock;
        clock.start();
        const auto document = read(Dz::Test::numberedDocx(Dz::Test::numberingOf(format, start, levelText), paragraphs), u"list.docx"_s);
        QVERIFY2(document, qPrintable(document.error()));
        QVERIFY2(clock.elapsed() < Dz::Test::scaledTimeout(5000), qPrintable(QString::number(clock.elapsed())));
        const QStringList lines = document->text.split(u'\n');
        QCOMPARE(lines.size(), paragraphs);
        for (int i = 0; i < paragraphs; ++i) {
            const QString own = u"第%1项工作。"_s.arg(i + 1);
            QVERIFY2(lines.at(i).endsWith(own), qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i).size() - own.size() <= Dz::ReadLimits::MaxMarkerLength + 1, qPrintable(lines.at(i).left(100)));
        }
    }

    void formatNumberHoldsItsRange_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative ideograph") << -7 << u"ideographDigital"_s << u"〇"_s;
        QTest::newRow("negative full width") << -42 << u"decimalFullWidth"_s << u"０"_s;
        QTest::newRow("INT_MAX decimal") << 2147483647 << u"decimal"_s << QString::number(Dz::ReadLimits::MaxListNumber);
        QTest::newRow("INT_MIN decimal") << int(-2147483647 - 1) << u"decimal"_s << u"0"_s;
        QTest::newRow("ordinary") << 12 << u"chineseCounting"_s << u"十二"_s;
    }

    void formatNumberHoldsItsRange()
    {
        QFETCH(int, value);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(Dz::DocxNumbering::formatNumber(value, format), expected);
    }

    // Item 2: a glyph advance repeated a hundred thousand times per run made
    // gigabytes of numbers; it costs nothing now.
    void ofdRepeatedAdvances()
    {
        QElapsedTimer clock;
        clock.start();
        const auto document = read(Dz::Test::ofdRepeatedAdvances(2000, 100000), u"glyphs.ofd"_s);
        QVERIFY2(document, qPrintable(document.error()));
        QVERIFY2(clock.elapsed() < Dz::Test::scaledTimeout(10000), qPrintable(QString::number(clock.elapsed())));
        QVERIFY(document->text.contains(u"法治政府建设第1999行"_s));
    }

    // Item 2: one page listed again and again is refused, and so is a list
    // longer than any report.
    void ofdPagesListed_data()
    {
        QTest::addColumn<int>("times");
        QTest::addColumn<QString>("expected");
        QTest::newRow("twice") << 2 << u"only 1 different"_s;
        QTest::newRow("a thousand times") << 1000 << u"only 1 different"_s;
        QTest::newRow("past the page limit") << Dz::ReadLimits::MaxPages + 1 << u"pages"_s;
    }

    void ofdPagesListed()
    {
        QFETCH(int, times);
        QFETCH(QString, expected);
        const auto document = read(Dz::Test::ofdOnePageListed(times), u"pages.ofd"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().startsWith(u"pages.ofd: "_s) && document.error().contains(expected), qPrintable(document.error()));
    }

    // Item 2: a PDF of more pages than a report has is refused before its pages are read.
    void pdfTooManyPages()
    {
        const int pages = Dz::ReadLimits::MaxPages + 500;
        QElapsedTimer clock;
        clock.start();
        const auto document = read(Dz::Test::minimalPdf(pages, "BT /F1 12 Tf 72 720 Td (Report text on every page) Tj ET"), u"long.pdf"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().startsWith(u"long.pdf: "_s) && document.error().contains(QLocale().toString(pages)), qPrintable(document.error()));
        QVERIFY2(clock.elapsed() < Dz::Test::scaledTimeout(20000), qPrintable(QString::number(clock.elapsed())));
    }

    // Item 9: pages whose content is garbage are damaged, blank ones blank; neither "a scan".
    void pdfWithoutTextIsNotAScan_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage operators") << QByteArray("q 1 0 0 1 0 0 cm \x8f\x01\xfe BT ]]] >> Tj Tj Tj 7 Zz 9 Qq ET ET ET Q Q") << u"damaged"_s;
        QTest::newRow("binary noise") << QByteArray("BI /W 4 /H 4 ID \x01\x02\x03 EI {{{ [[[ ((( >>>") << u"damaged"_s;
        QTest::newRow("nothing drawn") << QByteArray() << u"blank"_s;
    }

    void pdfWithoutTextIsNotAScan()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const auto document = read(Dz::Test::minimalPdf(3, content), u"odd.pdf"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().contains(expected), qPrintable(document.error()));
        QVERIFY2(!document.error().contains(u"scan"_s), qPrintable(document.error()));
    }

    // Item 2: a text longer than any report's is refused while reading, from any format.
    void textLongerThanAReport_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        const QString text = looseText(Dz::ReadLimits::MaxTextLength + 4096, 7);
        QList<Dz::Test::DocxParagraph> paragraphs;
        for (qsizetype at = 0; at < text.size(); at += 4000)
            paragraphs.append(Dz::Test::DocxParagraph(text.mid(at, 4000)));
        QTest::newRow("docx") << Dz::Test::docx(paragraphs) << u"long.docx"_s;
        // Thirty pages of 300,000 characters each: small packages, long text.
        QStringList lines;
        for (qsizetype at = 0; at < text.size(); at += 280)
            lines.append(text.mid(at, 280));
        QTest::newRow("ofd") << Dz::Test::ofd(lines, 280, 1100) << u"long.ofd"_s;
        // Chinese in every paragraph, so that it is an article to keep.
        QString article;
        const QStringList prose = Dz::Test::proseParagraphs(int(text.size() / 400) + 1, 40);
        for (qsizetype at = 0, i = 0; at < text.size(); at += 400, ++i)
            article += u"<p>"_s + prose.at(i) + text.mid(at, 400) + u"</p>"_s;
        QTest::newRow("html") << (u"<html><head><meta charset=\"utf-8\"></head><body><div class=\"content\">"_s + article + u"</div></body></html>"_s).toUtf8()
                              << u"long.html"_s;
    }

    void textLongerThanAReport()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        const auto document = read(bytes, name);
        QVERIFY(!document);
        QVERIFY2(document.error().startsWith(name + u": "_s) && document.error().contains(QLocale().toString(Dz::ReadLimits::MaxTextLength)),
            qPrintable(document.error().left(300)));
    }

    // Item 5: unclosed paragraphs, as some sites write them, are paragraphs
    // as a browser shows them; libxml2 alone kept 255 of them, or two lines.
    void unclosedBlocksAreParagraphs_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("count");
        for (const int count : {30, 400, 3000}) {
            QTest::addRow("div %d", count) << u"div"_s << count;
            QTest::addRow("font %d", count) << u"font"_s << count;
            QTest::addRow("section %d", count) << u"section"_s << count;
        }
    }

    void unclosedBlocksAreParagraphs()
    {
        QFETCH(QString, tag);
        QFETCH(int, count);
        const QStringList paragraphs = Dz::Test::proseParagraphs(count);
        const auto document = read(Dz::Test::unclosedBlocksPage(paragraphs, tag).toUtf8(), u"page.html"_s);
        QVERIFY2(document, qPrintable(document.error()));
        QVERIFY2(document->warnings.isEmpty(), qPrintable(document->warnings.join(u'\n')));
        const QStringList lines = document->text.split(u'\n');
        for (const QString &p : paragraphs)
            QVERIFY2(lines.contains(p), qPrintable(p));
    }

    // A page nested deeper than the limit even with its blocks closed is refused.
    void deepPage_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("readable");
        QTest::newRow("100 deep") << 100 << true;
        QTest::newRow("past the limit") << Dz::ReadLimits::MaxDepth << false;
        QTest::newRow("20000 deep") << 20000 << false;
    }

    void deepPage()
    {
        QFETCH(int, depth);
        QFETCH(bool, readable);
        const QStringList paragraphs = Dz::Test::proseParagraphs(5);
        const auto document = read(Dz::Test::deepPage(depth, paragraphs).toUtf8(), u"deep.html"_s);
        QCOMPARE(bool(document), readable);
        if (readable)
            QVERIFY(document->text.contains(paragraphs.constLast()));
        else
            QVERIFY2(document.error().startsWith(u"deep.html: "_s) && document.error().contains(u"levels deep"_s), qPrintable(document.error()));
    }

    // Item 5: when the article holds little of what the page shows, the document says so.
    void mostOfThePageDropped()
    {
        const QStringList kept = Dz::Test::proseParagraphs(3, 40);
        const QStringList dropped = Dz::Test::proseParagraphs(80, 60);
        QString html = u"<html><head><meta charset=\"utf-8\"></head><body><div class=\"sidebar\">"_s;
        for (const QString &p : dropped)
            html += u"<p>"_s + p.mid(1) + u"</p>"_s;
        html += u"</div><div class=\"content\">"_s;
        for (const QString &p : kept)
            html += u"<p>"_s + p + u"</p>"_s;
        html += u"</div></body></html>"_s;
        const auto document = read(html.toUtf8(), u"thin.html"_s);
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->warnings.size(), 1);
        QVERIFY2(document->warnings.constFirst().startsWith(u"thin.html: "_s), qPrintable(document->warnings.constFirst()));
        // A page whose article is most of it has no warning.
        const QStringList lines = {u"某某区司法局2024年法治政府建设情况报告"_s, u"主要举措和成效"_s};
        const QString page = Dz::Test::htmlPage(lines.first(), {lines.first()}, u"<p>"_s + Dz::Test::proseParagraphs(60).join(u"</p><p>"_s) + u"</p>"_s,
            u"来源：某某区司法局　发布时间：2025-03-20"_s);
        const auto whole = read(page.toUtf8(), u"whole.html"_s);
        QVERIFY2(whole, qPrintable(whole.error()));
        QVERIFY2(whole->warnings.isEmpty(), qPrintable(whole->warnings.join(u'\n')));
    }

    // Item 2: OCR reads a report's pages, not thousands; more is refused before the first.
    void ocrPageCap()
    {
        if (!Dz::PdfOcr::program())
            QSKIP("Tesseract with chi_sim is not installed here");
        const int pages = Dz::ReadLimits::MaxOcrPages + 1;
        QElapsedTimer clock;
        clock.start();
        const auto document = Dz::PdfOcr::read(Dz::Test::minimalPdf(pages, "0 0 m 100 100 l S"), u"scan.pdf"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().startsWith(u"scan.pdf: "_s) && document.error().contains(QString::number(Dz::ReadLimits::MaxOcrPages)),
            qPrintable(document.error()));
        QVERIFY2(clock.elapsed() < Dz::Test::scaledTimeout(10000), qPrintable(QString::number(clock.elapsed())));
    }

    // Item 9: a file just over the limit is measured in bytes, not "8.00 MiB larger than 8.00 MiB".
    void sizeMessageInBytes()
    {
        const QByteArray bytes(Dz::ReportReader::MaxFileSize + 3, 'a');
        const auto document = Dz::PlainTextReader().read(bytes, u"big.txt"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().contains(QLocale().toString(Dz::ReportReader::MaxFileSize + 3)), qPrintable(document.error()));
        QVERIFY2(document.error().contains(QLocale().toString(Dz::ReportReader::MaxFileSize)), qPrintable(document.error()));
    }

#ifdef Q_OS_UNIX
    // Item 2: memory that runs out while a file is read costs that file; the
    // next one is read and the process lives on (it aborted before).
    void memoryFailureCostsOneFile()
    {
        if (qEnvironmentVariableIsSet("DUIZHAO_SANITIZE"))
            QSKIP("AddressSanitizer reserves terabytes of address space: no limit can be set under it");
        QTemporaryDir dir;
        // A .docx whose text inflates to 48 MiB: within every limit of
        // reading, more than the child may hold.
        QList<Dz::Test::DocxParagraph> paragraphs;
        const QString text = looseText(48 * 1024 * 1024, 11);
        for (qsizetype at = 0; at < text.size(); at += 60000)
            paragraphs.append(Dz::Test::DocxParagraph(text.mid(at, 60000)));
        const QString big = dir.filePath(u"big.docx"_s);
        const QString small = dir.filePath(u"small.txt"_s);
        for (const auto &[path, bytes] : {std::pair(big, Dz::Test::docx(paragraphs)), std::pair(small, QByteArray("一、主要举措\n全年办理案件12件。\n"))}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--read-limited"_s, u"40"_s, big, small});
        QVERIFY(child.waitForFinished(Dz::Test::scaledTimeout(60000)));
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"refused "_s) && lines.at(0).contains(big), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"read "_s), qPrintable(lines.at(1)));
    }

    // Item 9: a conversion that times out stops LibreOffice and everything it started, not its script alone.
    void libreOfficeTimeoutStopsItsGroup()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"child.pid"_s);
        writeProgram(dir.filePath(u"soffice"_s), u"#!/bin/sh\nsleep 600 &\necho $! > '%1'\nwait\n"_s.arg(pidFile));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray(QFile::encodeName(dir.path()) + ':' + path));
        const auto restore = qScopeGuard([&path] {
            qputenv("PATH", path);
        });
        QElapsedTimer clock;
        clock.start();
        const auto document = Dz::LibreOfficeConverter(1500).read(QByteArray("{\\rtf1 report}"), u"old.rtf"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().startsWith(u"old.rtf: "_s) && document.error().contains(u"did not finish"_s), qPrintable(document.error()));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 child = file.readAll().trimmed().toLongLong();
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 5000);
        QVERIFY(clock.elapsed() < Dz::Test::scaledTimeout(15000));
    }

    // Item 9: LibreOffice without Writer is said to be so, not "damaged or encrypted".
    void libreOfficeWithoutWriter()
    {
        QTemporaryDir dir;
        writeProgram(dir.filePath(u"soffice"_s), u"#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 0\n"_s);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray(QFile::encodeName(dir.path()) + ':' + path));
        const auto restore = qScopeGuard([&path] {
            qputenv("PATH", path);
        });
        const auto document = Dz::LibreOfficeConverter().read(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 a Word 97 file"), u"old.doc"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().contains(u"without Writer"_s) && document.error().contains(u"libreoffice-writer"_s), qPrintable(document.error()));
        QVERIFY2(!document.error().contains(u"damaged or encrypted"_s), qPrintable(document.error()));
    }
#endif

private:
    static int ReadLimitsDepth()
    {
        return Dz::ReadLimits::MaxDepth;
    }

    static void writeProgram(const QString &path, const QString &script)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
#ifdef Q_OS_UNIX
    if (argc >= 3 && qstrcmp(argv[1], "--read-limited") == 0) {
        QStringList files;
        for (int i = 3; i < argc; ++i)
            files.append(QString::fromLocal8Bit(argv[i]));
        return readLimited(QByteArray(argv[2]).toLongLong(), files);
    }
#endif
    TestReaderLimits test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readerlimits.moc"
