#include "reading/pdfocr.h"

#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "readerfixtures.h"
#include "reading/pdfreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace
{

const QStringList paragraphs = {
    u"关于2024年法治政府建设情况的报告"_s,
    u"一、主要举措和成效"_s,
    u"全年办理行政处罚案件386件，开展普法宣传活动126次，行政复议纠错率下降到百分之五，群众满意度明显提高。"_s,
    u"（一）严格规范执法。全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，执法案卷评查合格率达到百分之九十八。"_s,
    u"二、存在的不足和原因"_s,
    u"基层执法力量相对薄弱，执法人员专业能力有待提升。"_s,
};

/// A scan of @p text: each page of the text PDF (readerfixtures) rendered
/// to a picture at @p dpi and put into a new PDF as that picture, with no
/// text layer, as a scanner makes it.
QByteArray scanOf(const QByteArray &text, int dpi = 200)
{
    const std::unique_ptr<Poppler::Document> source = Poppler::Document::loadFromData(text);
    if (!source)
        qFatal("the text PDF does not open");
    source->setRenderHint(Poppler::Document::Antialiasing);
    source->setRenderHint(Poppler::Document::TextAntialiasing);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(dpi);
    QPainter painter(&writer);
    for (int i = 0; i < source->numPages(); ++i) {
        if (i > 0)
            writer.newPage();
        const QImage image = source->page(i)->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
        painter.drawImage(QRect(QPoint(0, 0), painter.viewport().size()), image);
    }
    painter.end();
    return bytes;
}

/// The share of @p expected's Chinese characters (and digits) that @p found holds, counted as multisets.
double foundRatio(const QString &expected, const QString &found)
{
    QHash<QChar, int> have;
    for (const QChar c : found)
        ++have[c];
    int total = 0, hit = 0;
    for (const QChar c : expected) {
        if (!(c.script() == QChar::Script_Han || c.isDigit()))
            continue;
        ++total;
        if (have.value(c) > 0) {
            --have[c];
            ++hit;
        }
    }
    return total ? double(hit) / total : 0;
}

/// A PATH for the "not installed" cases, restored when it goes.
class PathOverride
{
public:
    explicit PathOverride(const QString &path)
        : m_saved(qgetenv("PATH"))
    {
        qputenv("PATH", QFile::encodeName(path));
    }
    ~PathOverride()
    {
        qputenv("PATH", m_saved);
    }

private:
    QByteArray m_saved;
};

} // namespace

class TestPdfOcr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsScans_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("scan");
        const QByteArray text = Dz::Test::pdf(paragraphs);
        QTest::newRow("text layer") << text << false;
        QTest::newRow("scan") << scanOf(text, 72) << true;
        QTest::newRow("not a PDF") << QByteArray("just text, no PDF") << false;
        QTest::newRow("damaged") << text.left(300) << false;
    }

    void detectsScans()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, scan);
        QCOMPARE(Dz::PdfOcr::isScan(bytes), scan);
    }

    void placesWords()
    {
        // Tesseract's TSV: the words of one line with uneven ink boxes, then a second line.
        const QByteArray tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                               "4\t1\t1\t1\t1\t0\t100\t100\t300\t50\t-1\t\n"
                               "5\t1\t1\t1\t1\t1\t100\t120\t50\t8\t96\t一\n"
                               "5\t1\t1\t1\t1\t2\t150\t100\t150\t50\t95\t、主要\n"
                               "5\t1\t1\t1\t1\t3\t300\t102\t100\t46\t95\t举措\n"
                               "5\t1\t1\t1\t2\t1\t100\t180\t120\t50\t91\t2024\n"
                               "5\t1\t1\t1\t2\t2\t230\t180\t50\t50\t93\t年\n"
                               "5\t1\t1\t1\t2\t3\t290\t180\t50\t50\t93\t \n";
        const QList<Dz::PlacedText> runs = Dz::PdfOcr::placedWords(tsv);
        QCOMPARE(runs.size(), 5);
        QCOMPARE(runs.at(0).box.top(), 100.0);
        QCOMPARE(runs.at(0).box.height(), 50.0);
        const QList<Dz::PageLayout::Line> lines = Dz::PageLayout::lines(runs);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, u"一、主要举措"_s);
        QCOMPARE(lines.at(1).text, u"2024年"_s);
    }

    void notInstalled_data()
    {
        QTest::addColumn<QString>("program"); // a tesseract to put on PATH, or none
        QTest::addColumn<QString>("problem");
        QTest::newRow("no tesseract") << QString() << u"not installed"_s;
        QTest::newRow("no chi_sim") << u"#!/bin/sh\necho 'List of available languages (2):'\necho eng\necho osd\n"_s << u"chi_sim"_s;
    }

    void notInstalled()
    {
        QFETCH(QString, program);
        QFETCH(QString, problem);
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        if (!program.isEmpty()) {
            QFile file(bin.filePath(u"tesseract"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(program.toUtf8());
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const QByteArray scan = scanOf(Dz::Test::pdf(paragraphs), 72);
        const PathOverride path(bin.path());

        const auto tesseract = Dz::PdfOcr::program();
        QVERIFY(!tesseract);
        QVERIFY2(tesseract.error().contains(problem), qPrintable(tesseract.error()));
        // Both Debian packages are named.
        QVERIFY2(tesseract.error().contains(u"tesseract-ocr tesseract-ocr-chi-sim"_s), qPrintable(tesseract.error()));

        auto read = Dz::PdfOcr::read(scan, u"scan.pdf"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"scan.pdf"_s) && read.error().contains(u"tesseract-ocr-chi-sim"_s), qPrintable(read.error()));
        // The reader's refusal says how to get OCR rather than offer it.
        auto refused = Dz::PdfReader().read(scan, u"scan.pdf"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"scanned PDF"_s) && refused.error().contains(u"tesseract-ocr-chi-sim"_s), qPrintable(refused.error()));
        QVERIFY2(!refused.error().contains(u"--ocr"_s), qPrintable(refused.error()));
    }

    void readsScan_data()
    {
        QTest::addColumn<QStringList>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<int>("pages");
        QTest::newRow("one page") << paragraphs << QStringList {u"行政处罚"_s, u"386"_s, u"126"_s, u"法治政府建设"_s} << 1;
        QStringList two = paragraphs;
        // Enough text for a second page, so the running header and page numbers repeat.
        for (int i = 1; i <= 30; ++i)
            two.append(
                u"（%1）第%1项任务：组织开展行政执法检查，检查单位%2家，发现问题全部整改到位，整改情况按期报送区司法局备案审查。"_s.arg(i).arg(i * 11 + 7));
        QTest::newRow("two pages") << two << QStringList {u"行政处罚"_s, u"386"_s, u"司法局"_s} << 2;
    }

    void readsScan()
    {
        QFETCH(QStringList, text);
        QFETCH(QStringList, terms);
        QFETCH(int, pages);
        if (const auto tesseract = Dz::PdfOcr::program(); !tesseract)
            QSKIP(qPrintable(tesseract.error()));
        const QByteArray scan = scanOf(Dz::Test::pdf(text));
        QVERIFY(Dz::PdfOcr::isScan(scan));
        QCOMPARE(Poppler::Document::loadFromData(scan)->numPages(), pages);

        QList<int> reported;
        QElapsedTimer clock;
        clock.start();
        auto doc = Dz::PdfOcr::read(scan, u"scan.pdf"_s, [&reported](int done, int count) {
            if (reported.isEmpty() || reported.back() != done)
                reported.append(done);
            return count > 0;
        });
        QVERIFY2(doc, qPrintable(doc.error()));
        qInfo("%d page(s) read by OCR in %lld ms", pages, clock.elapsed());
        // Progress per page, ending with all pages done.
        QCOMPARE(reported.size(), pages + 1);
        QCOMPARE(reported.back(), pages);

        QCOMPARE(doc->format, u"pdf"_s);
        QCOMPARE(doc->encoding, Dz::PdfOcr::ocrEncoding());
        QCOMPARE(doc->original, scan);
        const QStringList lines = doc->text.split(u'\n');
        for (const QString &term : std::as_const(terms))
            QVERIFY2(doc->text.contains(term), qPrintable(term + u" not in:\n"_s + doc->text));
        // OCR misreads a character here and there; nearly all are found.
        const double ratio = foundRatio(text.join(QString()), doc->text);
        qInfo("%.1f%% of the characters found", ratio * 100);
        QVERIFY2(ratio >= 0.9, qPrintable(doc->text));
        // Lines broken at the margin are joined (about one line a paragraph),
        // page numbers and (on two pages) the running header left out.
        QVERIFY2(lines.size() <= text.size() + 2, qPrintable(doc->text));
        for (const QString &line : lines) {
            QVERIFY2(!Dz::PageLayout::isPageNumber(line), qPrintable(line));
            if (pages > 1)
                QVERIFY2(line != u"某某区人民政府"_s, qPrintable(doc->text));
        }
        // The first long paragraph is one line, whole.
        QVERIFY2(std::any_of(lines.begin(), lines.end(),
                     [](const QString &l) {
                         return l.contains(u"行政处罚"_s) && l.contains(u"满意度"_s);
                     }),
            qPrintable(doc->text));
    }

    void cancels()
    {
        if (const auto tesseract = Dz::PdfOcr::program(); !tesseract)
            QSKIP(qPrintable(tesseract.error()));
        const QByteArray scan = scanOf(Dz::Test::pdf(paragraphs));
        QElapsedTimer clock;
        int calls = 0;
        auto doc = Dz::PdfOcr::read(scan, u"scan.pdf"_s, [&](int done, int) {
            // Asked before the first page, then while Tesseract reads it.
            if (++calls == 2)
                clock.start();
            return done == 0 && calls < 2;
        });
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(u"canceled"_s) && doc.error().contains(u"scan.pdf"_s), qPrintable(doc.error()));
        QCOMPARE(calls, 2);
        // Tesseract was killed, not waited for.
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void importsWithOcr()
    {
        if (const auto tesseract = Dz::PdfOcr::program(); !tesseract)
            QSKIP(qPrintable(tesseract.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray scan = scanOf(Dz::Test::pdf(paragraphs));
        const QString file = dir.filePath(u"扫描件.pdf"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(scan);
        }
        auto store = Dz::ProjectStore::open(dir.filePath(u"p.duizhao"_s), Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));

        // Without OCR: refused, and listed as a scan OCR could read.
        Dz::ImportOutcome plain = Dz::ProjectImporter::importInto(*store.value(), {file});
        QCOMPARE(plain.added, 0);
        QCOMPARE(plain.errors.size(), 1);
        QVERIFY2(plain.errors.constFirst().contains(u"--ocr"_s), qPrintable(plain.errors.constFirst()));
        QCOMPARE(plain.scans, QStringList {file});

        Dz::ImportOutcome ocr = Dz::ProjectImporter::importInto(*store.value(), {file}, nullptr, true);
        QVERIFY2(ocr.errors.isEmpty(), qPrintable(ocr.errors.join(u'\n')));
        QCOMPARE(ocr.added, 1);
        QVERIFY(ocr.scans.isEmpty());
        const auto summaries = store.value()->reportRecords().reportSummaries();
        QVERIFY(summaries && summaries->size() == 1);
        QCOMPARE(summaries->constFirst().encoding, Dz::PdfOcr::ocrEncoding());
        const auto original = store.value()->reportRecords().original(summaries->constFirst().id);
        QVERIFY2(original, qPrintable(original.error()));
        QCOMPARE(original->format, u"pdf"_s);
        QCOMPARE(original->bytes, scan);
    }
};

QTEST_MAIN(TestPdfOcr)
#include "tst_pdfocr.moc"
