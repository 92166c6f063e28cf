// Decoding report files: encodings, line ends, and every kind of bad input.

#include "reading/reportreader.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

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
        QTest::newRow("over the size limit") << write(u"big.txt"_s, big) << u"larger than"_s;
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
