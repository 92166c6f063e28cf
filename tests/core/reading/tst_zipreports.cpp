// Dz::ZipReports: reports that arrive in a zip. Names are decoded as the
// archive says (the UTF-8 flag, the Info-ZIP Unicode path) or as they read
// (GBK names Windows writes without the flag, each kept apart); folders,
// hidden files and Word's lock files are left out, one file per report name;
// damaged archives, zips of anything but reports, zip bombs and encrypted
// entries are refused naming the file and why; an import takes each report
// under its path inside the archive.
//
// The archives are written here byte by byte (stored entries, any name
// bytes and flags), since no zip writer would write a GBK name unflagged,
// and with KZip for deflated ones.

#include "analysis/reportpipeline.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "readerfixtures.h"
#include "reading/zippackage.h"
#include "reading/zipreports.h"
#include "seedfiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;
using Dz::ZipReports;

namespace
{

quint32 crc32(const QByteArray &bytes)
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char b : bytes)
        crc = table[(crc ^ quint8(b)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

struct Entry {
    QByteArray name {}; ///< as stored, any bytes
    QByteArray data {};
    quint16 flags = 0;
    QByteArray extra {};
    quint16 method = 0; ///< what the directory says; the data is always stored
    quint32 declaredSize = 0; ///< 0: the data's size
};

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// A zip as the format describes it: local headers, data, the directory, its end.
QByteArray zipOf(const QList<Entry> &entries)
{
    QByteArray out;
    QList<quint32> offsets;
    for (const Entry &e : entries) {
        offsets.append(quint32(out.size()));
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, e.flags);
        put16(out, e.method);
        put32(out, 0); // time and date
        put32(out, crc32(e.data));
        put32(out, quint32(e.data.size()));
        put32(out, e.declaredSize ? e.declaredSize : quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += e.data;
    }
    const quint32 directory = quint32(out.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        put32(out, 0x02014b50);
        put16(out, 20);
        put16(out, 20);
        put16(out, e.flags);
        put16(out, e.method);
        put32(out, 0);
        put32(out, crc32(e.data));
        put32(out, quint32(e.data.size()));
        put32(out, e.declaredSize ? e.declaredSize : quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, quint16(e.extra.size()));
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, offsets.at(i));
        out += e.name;
        out += e.extra;
    }
    const quint32 size = quint32(out.size()) - directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, size);
    put32(out, directory);
    put16(out, 0);
    return out;
}

// The Info-ZIP Unicode path field for @p raw, naming it @p name.
QByteArray unicodePath(const QByteArray &raw, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    QByteArray field;
    put16(field, 0x7075);
    put16(field, quint16(5 + utf8.size()));
    field.append(char(1));
    put32(field, crc32(raw));
    return field + utf8;
}

QByteArray seedText(const QString &prefix)
{
    QFile file(Dz::Test::seedPath(prefix));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestZipReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList reportNames(const QString &path)
    {
        const auto zip = ZipReports::open(path);
        if (!zip) {
            qWarning().noquote() << zip.error();
            return {};
        }
        QStringList names;
        for (const ZipReports::Entry &e : zip->reports())
            names.append(e.name);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void decodeName_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QString>("name");
        QTest::newRow("UTF-8, flagged") << u"朝阳区/2024年报告.docx"_s.toUtf8() << true << u"朝阳区/2024年报告.docx"_s;
        QTest::newRow("UTF-8 without the flag (macOS, Linux)") << u"临沂市兰山区司法局报告.pdf"_s.toUtf8() << false << u"临沂市兰山区司法局报告.pdf"_s;
        QTest::newRow("GBK from Windows") << gbk(u"恩施州卫健委2023年法治政府建设情况报告.txt"_s) << false << u"恩施州卫健委2023年法治政府建设情况报告.txt"_s;
        // 茅 is C3 A9 in GBK, é in UTF-8: valid UTF-8, but not Chinese.
        QTest::newRow("GBK that is valid UTF-8 by chance") << gbk(u"茅箭区报告.txt"_s) << false << u"茅箭区报告.txt"_s;
        QTest::newRow("ASCII") << QByteArray("report-2024.docx") << false << u"report-2024.docx"_s;
        QTest::newRow("flagged UTF-8 that is not Chinese") << u"Résumé.txt"_s.toUtf8() << true << u"Résumé.txt"_s;
        QTest::newRow("neither: bytes in hex") << QByteArray("a\xff\xfe.txt") << false << u"a\\xFF\\xFE.txt"_s;
    }

    void decodeName()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, flagged);
        QFETCH(QString, name);
        QCOMPARE(ZipReports::decodeName(raw, flagged), name);
    }

    void gbkNamesStayApart()
    {
        // Same byte length, no UTF-8 flag: KZip would read both as one run
        // of replacement characters and keep one of them.
        const QString first = u"东城区/滨海区2024年法治政府建设情况报告.txt"_s;
        const QString second = u"东城区/蓟州区2024年法治政府建设情况报告.txt"_s;
        QCOMPARE(gbk(first).size(), gbk(second).size());
        const QString path = write(u"gbk.zip"_s, zipOf({{gbk(u"东城区/"_s), {}}, {gbk(first), seedText(u"000"_s)}, {gbk(second), seedText(u"001"_s)}}));
        QCOMPARE(reportNames(path), (QStringList {first, second}));
        const auto zip = ZipReports::open(path);
        QVERIFY(zip);
        QCOMPARE(zip->read(zip->reports().at(1)).value(), seedText(u"001"_s));
    }

    void unicodePathField_data()
    {
        QTest::addColumn<bool>("matching");
        QTest::newRow("the field names the entry") << true;
        QTest::newRow("a stale field is ignored") << false;
    }

    void unicodePathField()
    {
        QFETCH(bool, matching);
        // 7-Zip writes the legacy name in the OEM code page and the real one beside it.
        const QByteArray raw = gbk(u"武侯区司法局报告.txt"_s);
        const QByteArray extra = unicodePath(matching ? raw : QByteArray("other"), u"成都市武侯区司法局报告.txt"_s);
        const QString path = write(u"unicode-%1.zip"_s.arg(matching), zipOf({{raw, seedText(u"002"_s), 0, extra}}));
        QCOMPARE(reportNames(path), QStringList {matching ? u"成都市武侯区司法局报告.txt"_s : u"武侯区司法局报告.txt"_s});
    }

    void whatIsAReport_data()
    {
        QTest::addColumn<QStringList>("stored");
        QTest::addColumn<QStringList>("reports");
        QTest::newRow("folders, hidden files and the Mac's shadow folder left out") << QStringList {u"区县/"_s, u"区县/平谷区.txt"_s,
            u"__MACOSX/区县/._平谷区.txt"_s, u".DS_Store"_s, u"区县/.隐藏.txt"_s} << QStringList {u"区县/平谷区.txt"_s};
        QTest::newRow("Word's lock files left out") << QStringList {u"~$长宁区报告.docx"_s, u"长宁区报告.docx"_s} << QStringList {u"长宁区报告.docx"_s};
        QTest::newRow("one file per report, text first")
            << QStringList {u"a/报告.pdf"_s, u"a/报告.txt"_s, u"b/报告.pdf"_s} << QStringList {u"a/报告.txt"_s, u"b/报告.pdf"_s};
        QTest::newRow("Windows separators and dot steps")
            << QStringList {u"市直\\司法局.htm"_s, u"./市直/../卫健委.html"_s} << QStringList {u"卫健委.html"_s, u"市直/司法局.htm"_s};
        QTest::newRow("every format the readers take, any case")
            << QStringList {u"1.TXT"_s, u"2.docx"_s, u"3.PDF"_s, u"4.ofd"_s, u"5.doc"_s, u"6.wps"_s, u"7.rtf"_s, u"8.odt"_s, u"9.shtml"_s, u"说明.xlsx"_s}
            << QStringList {u"1.TXT"_s, u"2.docx"_s, u"3.PDF"_s, u"4.ofd"_s, u"5.doc"_s, u"6.wps"_s, u"7.rtf"_s, u"8.odt"_s, u"9.shtml"_s};
    }

    void whatIsAReport()
    {
        QFETCH(QStringList, stored);
        QFETCH(QStringList, reports);
        QList<Entry> entries;
        for (const QString &name : stored)
            entries.append({name.toUtf8(), name.endsWith(u'/') ? QByteArray() : QByteArray("x"), 0x0800});
        const QString path = write(QString::fromLatin1(QTest::currentDataTag()).left(12) + u".zip"_s, zipOf(entries));
        QCOMPARE(reportNames(path), reports);
        QStringList paths;
        for (const QString &name : reports)
            paths.append(ZipReports::entryPath(path, name));
        QStringList errors;
        QCOMPARE(ZipReports::reportPaths(path, &errors), paths);
        QCOMPARE(errors, QStringList());
    }

    void deflatedEntries()
    {
        // KZip writes deflated entries with UTF-8 names.
        const QByteArray text = seedText(u"004"_s);
        const QString path = write(u"deflated.zip"_s, Dz::Test::zip({{u"湖滨/报告.txt"_s, text}, {u"湖滨/附件.png"_s, QByteArray(1000, 'p')}}));
        const auto zip = ZipReports::open(path);
        QVERIFY2(zip, qPrintable(zip.error()));
        QCOMPARE(zip->reports().size(), 1);
        QCOMPARE(zip->reports().constFirst().method, 8);
        QCOMPARE(zip->read(zip->reports().constFirst()).value(), text);
        QCOMPARE(ZipReports::readEntryPath(ZipReports::entryPath(path, u"湖滨/报告.txt"_s)).value(), text);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::newRow("not a zip") << QByteArray("这不是压缩包，只是改了名字的文本。") << u"not a zip"_s;
        QTest::newRow("empty zip") << zipOf({}) << u"empty"_s;
        QTest::newRow("no reports") << zipOf({{"photo.jpg", "jpeg"}, {"table.xlsx", "xlsx"}}) << u"photo.jpg"_s;
        const QByteArray whole = zipOf({{"a.txt", seedText(u"000"_s)}});
        QTest::newRow("truncated") << whole.left(whole.size() - 30) << u"damaged"_s;
        // Declares 300 MiB from a few bytes.
        QTest::newRow("zip bomb") << zipOf({{"bomb.txt", QByteArray(100, 'a'), 0, {}, 8, 300u * 1024 * 1024}}) << u"zip bomb"_s;
        QTest::newRow("many parts adding up") << zipOf({{"1.txt", QByteArray(10, 'a'), 0, {}, 0, 60u * 1024 * 1024},
            {"2.txt", QByteArray(10, 'a'), 0, {}, 0, 60u * 1024 * 1024}, {"3.txt", QByteArray(10, 'a'), 0, {}, 0, 60u * 1024 * 1024},
            {"4.txt", QByteArray(10, 'a'), 0, {}, 0, 60u * 1024 * 1024}, {"5.txt", QByteArray(10, 'a'), 0, {}, 0, 60u * 1024 * 1024}})
                                              << u"zip bomb"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        const QString path = write(u"拒绝-%1.zip"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')), bytes);
        QStringList errors;
        QCOMPARE(ZipReports::reportPaths(path, &errors), QStringList());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(path), qPrintable(errors.constFirst()));
        QVERIFY2(errors.constFirst().contains(why), qPrintable(errors.constFirst()));
    }

    void entriesThatCannotBeRead_data()
    {
        QTest::addColumn<quint16>("flags");
        QTest::addColumn<quint16>("method");
        QTest::addColumn<QString>("why");
        QTest::newRow("encrypted") << quint16(0x0001) << quint16(0) << u"password"_s;
        QTest::newRow("bzip2") << quint16(0) << quint16(12) << u"(12)"_s;
    }

    void entriesThatCannotBeRead()
    {
        QFETCH(quint16, flags);
        QFETCH(quint16, method);
        QFETCH(QString, why);
        const QString path = write(u"entry-%1.zip"_s.arg(method), zipOf({{"北辰区报告.txt", seedText(u"000"_s), quint16(flags | 0x0800), {}, method}}));
        const auto zip = ZipReports::open(path);
        QVERIFY2(zip, qPrintable(zip.error()));
        const auto read = zip->read(zip->reports().constFirst());
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"北辰区报告.txt"_s) && read.error().contains(u"entry-"_s) && read.error().contains(why), qPrintable(read.error()));
    }

    void entryPaths()
    {
        const QString path = write(u"paths.zip"_s, zipOf({{"a/b.txt", "x"}}));
        const QString entry = ZipReports::entryPath(path, u"a/b.txt"_s);
        const auto split = ZipReports::splitEntryPath(entry);
        QVERIFY(split);
        QCOMPARE(split->first, path);
        QCOMPARE(split->second, u"a/b.txt"_s);
        // A folder named like a zip is a folder: the search goes on.
        QVERIFY(QDir(m_dir.path()).mkpath(u"folder.zip/inner"_s));
        QVERIFY(!ZipReports::splitEntryPath(m_dir.filePath(u"folder.zip/inner/x.txt"_s)));
        QVERIFY(!ZipReports::splitEntryPath(m_dir.filePath(u"plain.txt"_s)));
        const auto missing = ZipReports::readEntryPath(ZipReports::entryPath(path, u"a/none.txt"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"a/none.txt"_s), qPrintable(missing.error()));
    }

    void documentNamedZip()
    {
        // A .docx renamed .zip is a document, not a folder of reports.
        const QString path = write(u"renamed-docx.zip"_s, Dz::Test::docx(QList<Dz::Test::DocxParagraph> {{u"北京市平谷区2024年法治政府建设情况报告"_s}}));
        QStringList errors;
        QCOMPARE(ZipReports::reportPaths(path, &errors), QStringList {path});
        QCOMPARE(errors, QStringList());
    }

    void pipelineReadsEntries()
    {
        const QString path = write(u"pipeline.zip"_s, zipOf({{gbk(u"九龙坡区/报告.txt"_s), seedText(u"003"_s)}}));
        const QString entry = ZipReports::entryPath(path, u"九龙坡区/报告.txt"_s);
        Dz::PipelineOptions options;
        options.name = u"九龙坡区/报告.txt"_s;
        const auto file = Dz::ReportPipeline().analyseFile(entry, options);
        QVERIFY2(file, qPrintable(file.error()));
        QCOMPARE(file->analysis.report.metadata.district.value, u"九龙坡"_s);
        QCOMPARE(file->document.original, seedText(u"003"_s));
    }

    void importTakesTheReports()
    {
        // Five seeds from districts: two GBK-named in a folder, the others UTF-8, with a picture beside them.
        const QString path = write(u"区县报告.zip"_s,
            zipOf({{gbk(u"各区/"_s), {}}, {gbk(u"各区/滨海.txt"_s), seedText(u"000"_s)}, {gbk(u"各区/蓟州.txt"_s), seedText(u"001"_s)},
                {u"海门.txt"_s.toUtf8(), seedText(u"002"_s), 0x0800}, {u"九龙坡.txt"_s.toUtf8(), seedText(u"003"_s), 0x0800},
                {u"湖滨.txt"_s.toUtf8(), seedText(u"004"_s), 0x0800}, {"logo.png", "png"}}));
        const QString other = write(u"照片.zip"_s, zipOf({{"photo.jpg", "jpeg"}}));
        auto store = Dz::ProjectStore::open(m_dir.filePath(u"zip.duizhao"_s), Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        const Dz::ImportOutcome outcome = Dz::ProjectImporter::importInto(*store.value(), {path, other});
        QCOMPARE(outcome.files, 5);
        QCOMPARE(outcome.added, 5);
        QCOMPARE(outcome.errors.size(), 1);
        QVERIFY2(outcome.errors.constFirst().contains(other), qPrintable(outcome.errors.constFirst()));
        QStringList names;
        const auto summaries = store.value()->reportRecords().reportSummaries();
        QVERIFY(summaries);
        for (const Dz::ReportSummary &summary : summaries.value())
            names.append(summary.fileName);
        names.sort();
        QCOMPARE(names, (QStringList {u"九龙坡.txt"_s, u"各区/滨海.txt"_s, u"各区/蓟州.txt"_s, u"海门.txt"_s, u"湖滨.txt"_s}));
        // A report named by its place in the zip, as "Read with OCR" imports a scan again.
        const QString entry = ZipReports::entryPath(path, u"海门.txt"_s);
        QStringList errors;
        QCOMPARE(Dz::ProjectImporter::collectFiles({entry}, &errors), QStringList {entry});
        QCOMPARE(errors, QStringList());
        // The same zip again: the same texts, skipped as duplicates.
        const Dz::ImportOutcome again = Dz::ProjectImporter::importInto(*store.value(), {path});
        QCOMPARE(again.added, 0);
        QCOMPARE(again.duplicates.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestZipReports)
#include "tst_zipreports.moc"
