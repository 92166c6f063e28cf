// Decoding report files: encodings, line ends, and every kind of bad input.

#include "reading/reportreader.h"
#include "reading/samplereports.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

class TestReportReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test fixture");
        file.write(bytes);
        return path;
    }

    static QString sample()
    {
        return u"天津市滨海新区卫生健康委2024年度\r\n法治政府建设情况报告\r\n（一）全面加强党的领导，“第一议题”学习。\r\n"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void decodesEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expected");

        const QString text = sample();
        QStringEncoder utf8(QStringEncoder::Utf8);
        QStringEncoder utf16le(QStringEncoder::Utf16LE);
        QStringEncoder utf16be(QStringEncoder::Utf16BE);
        QStringEncoder gb18030("GB18030");
        QVERIFY(gb18030.isValid());

        QString expected = text;
        expected.replace(u"\r\n"_s, u"\n"_s);
        QTest::newRow("utf-8") << QByteArray(utf8.encode(text)) << u"UTF-8"_s << expected;
        QTest::newRow("utf-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + QByteArray(utf8.encode(text))) << u"UTF-8"_s << expected;
        QTest::newRow("utf-16le with BOM") << (QByteArray("\xFF\xFE") + QByteArray(utf16le.encode(text))) << u"UTF-16LE"_s << expected;
        QTest::newRow("utf-16be with BOM") << (QByteArray("\xFE\xFF") + QByteArray(utf16be.encode(text))) << u"UTF-16BE"_s << expected;
        QTest::newRow("gb18030") << QByteArray(gb18030.encode(text)) << u"GB18030"_s << expected;
        QTest::newRow("gbk subset, cr line ends") << QByteArray(gb18030.encode(u"一、主要举措和成效\r"_s)) << u"GB18030"_s << u"一、主要举措和成效\n"_s;
    }

    void decodesEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, expected);
        const auto decoded = Dz::ReportReader::decode(bytes, u"fixture.txt"_s);
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, encoding);
        // Exactly the text as published, line ends aside: full-width stays full-width.
        QCOMPARE(decoded->text, expected);
    }

    void keepsTextAsPublished()
    {
        const QString text = sample();
        const auto decoded = Dz::ReportReader::decode(QStringEncoder(QStringEncoder::Utf8).encode(text), u"fixture.txt"_s);
        QVERIFY(decoded.isValid());
        QString expected = text;
        expected.replace(u"\r\n"_s, u"\n"_s);
        QCOMPARE(decoded->text, expected);
        QVERIFY(decoded->text.contains(u"（一）"_s));
        QVERIFY(decoded->text.contains(u"，"_s));
    }

    void normalizesLineEnds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crlf") << u"a\r\nb\r\n"_s << u"a\nb\n"_s;
        QTest::newRow("lone cr") << u"a\rb\r"_s << u"a\nb\n"_s;
        QTest::newRow("mixed") << u"a\r\nb\rc\n"_s << u"a\nb\nc\n"_s;
        QTest::newRow("lf untouched") << u"a\nb"_s << u"a\nb"_s;
    }

    void normalizesLineEnds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Dz::ReportReader::normalizeLineEnds(input), expected);
    }

    void readsFileFromDisk()
    {
        const QString path = write(u"gb.txt"_s, QStringEncoder("GB18030").encode(sample()));
        const auto decoded = Dz::ReportReader::readFile(path);
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, u"GB18030"_s);
        QVERIFY(decoded->text.startsWith(u"天津市滨海新区"_s));
    }

    // The built-in samples are Qt resources, not files of the system's.
    void readsResources()
    {
        const QStringList samples = Dz::sampleReportPaths();
        QVERIFY(!samples.isEmpty());
        const auto decoded = Dz::ReportReader::readFile(samples.constFirst());
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error()));
        QVERIFY(!decoded->text.isEmpty());
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");

        QTest::newRow("nonexistent") << m_dir.filePath(u"missing.txt"_s) << u"no such file"_s;
        QTest::newRow("directory") << m_dir.path() << u"folder"_s;
        QTest::newRow("empty") << write(u"empty.txt"_s, QByteArray()) << u"empty"_s;
        QTest::newRow("white space only") << write(u"blank.txt"_s, QByteArray("  \n\r\n\t ")) << u"white space"_s;
        QTest::newRow("binary (PNG header)") << write(u"image.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) << u"binary"_s;
        QTest::newRow("binary (control bytes)") << write(u"controls.txt"_s, QByteArray(64, '\x01') + QByteArray("text")) << u"binary"_s;
        // 0x80 0x80 is neither UTF-8 nor a GB18030 sequence.
        QTest::newRow("undecodable") << write(u"bad.txt"_s, QByteArray("abc\x80\x80\xFF\xFF def")) << u"cannot be decoded"_s;
        QTest::newRow("broken utf-8 after BOM") << write(u"bom.txt"_s, QByteArray("\xEF\xBB\xBF\xE4\xB8")) << u"invalid UTF-8"_s;
        QTest::newRow("odd utf-16") << write(u"u16.txt"_s, QByteArray("\xFF\xFE\x41\x00\x42")) << u"not valid UTF-16"_s;
        QByteArray big(Dz::ReportReader::MaxFileSize + 1, 'a');
        QTest::newRow("over the size limit") << write(u"big.txt"_s, big) << u"more than"_s;

        // Item 5: a NUL past the first 8 KiB, and U+0000 in UTF-16, are refused
        // (the search index stopped at them).
        const QByteArray utf8Text = QStringEncoder(QStringEncoder::Utf8).encode(sample().repeated(200));
        QVERIFY(utf8Text.size() > 8192);
        QTest::newRow("nul after 8 KiB (utf-8)") << write(u"latenul.txt"_s, utf8Text + QByteArray(1, '\0') + utf8Text) << u"NUL character on line 601"_s;
        QTest::newRow("nul in utf-16") << write(
            u"nul16.txt"_s, QByteArray("\xFF\xFE") + QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(sample() + QChar(0) + sample())))
                                       << u"NUL character on line 4"_s;
        QTest::newRow("nul in gb18030") << write(
            u"nulgb.txt"_s, QByteArray(QStringEncoder("GB18030").encode(sample().repeated(200))) + QByteArray(1, '\0') + "x")
                                        << u"NUL character"_s;

        // Item 6: binary data behind an FF FE byte order mark, and lone surrogates.
        QByteArray noise("\xFF\xFE");
        QRandomGenerator random(14);
        for (int i = 0; i < 4096; ++i) {
            // Even random bytes that hold no lone surrogate: a stricter test
            // of the binary check than surrogates alone.
            const quint16 unit = quint16(random.bounded(0xD800));
            noise.append(char(unit & 0xFF)).append(char(unit >> 8));
        }
        QTest::newRow("binary behind FF FE") << write(u"noise.txt"_s, noise) << u"binary file"_s;
        QString lone = sample();
        lone.insert(5, QChar(0xD83D));
        QTest::newRow("lone high surrogate") << write(
            u"lone.txt"_s, QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(lone.utf16()), lone.size() * 2))
                                             << u"lone surrogate at byte 12"_s;
        QString loneLow = sample();
        loneLow.append(QChar(0xDC00));
        QTest::newRow("lone low surrogate") << write(
            u"lonelow.txt"_s, QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(loneLow.utf16()), loneLow.size() * 2))
                                            << u"lone surrogate"_s;

        // Item 7: messages say what is really wrong.
        const QByteArray justOver(Dz::ReportReader::MaxFileSize + 10, 'a');
        QTest::newRow("just over the size limit") << write(u"justover.txt"_s, justOver)
                                                  << QLocale().toString(qint64(Dz::ReportReader::MaxFileSize + 10)) + u" bytes"_s;
        const QString loop = m_dir.filePath(u"loop.txt"_s);
        QVERIFY(QFile::link(loop, loop));
        QTest::newRow("symbolic link loop") << loop << u"loop"_s;
        const QString dangling = m_dir.filePath(u"dangling.txt"_s);
        QVERIFY(QFile::link(m_dir.filePath(u"gone.txt"_s), dangling));
        QTest::newRow("dangling symbolic link") << dangling << u"symbolic link to"_s;
#ifdef Q_OS_UNIX
        // Item 1: a FIFO would block the reader for ever; a device feeds it without end.
        const QString fifo = m_dir.filePath(u"fifo.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QTest::newRow("fifo") << fifo << u"named pipe"_s;
        QTest::newRow("device") << u"/dev/zero"_s << u"device"_s;
#endif
    }

    // Item 7: UTF-16 without a byte order mark is text, not "a binary file".
    void decodesUtf16WithoutByteOrderMark_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("little endian") << QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(sample())) << u"UTF-16LE"_s;
        QTest::newRow("big endian") << QByteArray(QStringEncoder(QStringEncoder::Utf16BE).encode(sample())) << u"UTF-16BE"_s;
    }

    void decodesUtf16WithoutByteOrderMark()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto decoded = Dz::ReportReader::readFile(write(u"nobom.txt"_s, bytes));
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, encoding);
        QVERIFY(!decoded->hadByteOrderMark);
        QCOMPARE(decoded->text, Dz::ReportReader::normalizeLineEnds(sample()));
    }

    // Supplementary characters (surrogate pairs) are not lone surrogates.
    void keepsSurrogatePairs()
    {
        const QString text = sample() + u"𠀀𪚥\n"_s;
        const auto decoded =
            Dz::ReportReader::decode(QByteArray("\xFF\xFE") + QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(text)), u"pairs.txt"_s);
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error()));
        QCOMPARE(decoded->text, Dz::ReportReader::normalizeLineEnds(text));
    }

    void rejectsBadInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const auto decoded = Dz::ReportReader::readFile(path);
        QVERIFY(!decoded.isValid());
        QVERIFY2(decoded.error().contains(path), qPrintable(decoded.error()));
        QVERIFY2(decoded.error().contains(problem), qPrintable(decoded.error()));
    }
};

QTEST_GUILESS_MAIN(TestReportReader)
#include "tst_reportreader.moc"
