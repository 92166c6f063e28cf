// Opens briefs in LibreOffice Writer, a real consumer and not our own reader
// (opt-in: CTest label "libreoffice", left out of the default run). The
// briefs of the five samples and of twelve mixed reports (other bodies and
// levels, two of them in a zip with GBK names), written by duizhao-cli,
// convert to PDF page for page with the Chinese text in an embedded CJK
// face, the table of contents numbered by LibreOffice's own layout; and
// LibreOffice's own .docx of them keeps every table, row for row and cell
// for cell.

#include "core/export/docxcheck.h"
#include "seedfiles.h"

#include <poppler-qt6.h>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBriefLibreOffice : public QObject
{
    Q_OBJECT

private:
    QString m_soffice;
    QTemporaryDir m_dir;

    // Converts @p document to @p format in @p folder; the converted file's path, or empty.
    QString convert(const QString &document, const QString &format, const QString &folder)
    {
        // A first start on a fresh profile sometimes only sets the profile up.
        for (int attempt = 0; attempt < 2; ++attempt) {
            QProcess soffice;
            const QString profile = QUrl::fromLocalFile(m_dir.filePath(u"profile"_s)).toString();
            soffice.start(m_soffice,
                {u"--headless"_s, u"--norestore"_s, u"-env:UserInstallation="_s + profile, u"--convert-to"_s, format, u"--outdir"_s, folder, document});
            if (!soffice.waitForFinished(300000)) {
                soffice.kill();
                continue;
            }
            const QString converted = QDir(folder).filePath(QFileInfo(document).completeBaseName() + u'.' + format.section(u':', 0, 0));
            if (soffice.exitCode() == 0 && QFile::exists(converted))
                return converted;
        }
        return QString();
    }

    QString brief(const QString &name, const QStringList &files)
    {
        const QString out = m_dir.filePath(name + u".docx"_s);
        QProcess cli;
        cli.start(QStringLiteral(DUIZHAO_BIN_DIR) + u"/duizhao-cli"_s, QStringList {u"brief"_s, u"--out"_s, out} + files);
        if (!cli.waitForFinished(300000) || cli.exitCode() != 0) {
            qWarning().noquote() << cli.readAllStandardError();
            return QString();
        }
        return out;
    }

    // The two districts' reports of the identity set, zipped with GBK names.
    QString zipOfTwo()
    {
        const QDir identity(QStringLiteral(DUIZHAO_TEST_DATA_DIR "/identity/reports"));
        QByteArray zip;
        QByteArray directory;
        const auto le16 = [](QByteArray &out, quint16 v) {
            out.append(char(v & 0xFF)).append(char(v >> 8));
        };
        const auto le32 = [&le16](QByteArray &out, quint32 v) {
            le16(out, quint16(v & 0xFFFF));
            le16(out, quint16(v >> 16));
        };
        const auto crc32 = [](const QByteArray &bytes) {
            quint32 crc = 0xFFFFFFFFu;
            for (const char b : bytes) {
                crc ^= quint8(b);
                for (int k = 0; k < 8; ++k)
                    crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
            return crc ^ 0xFFFFFFFFu;
        };
        QStringEncoder gbk("GB18030");
        for (const auto &[file, name] : {std::pair {u"105.txt"_s, u"市级/苏州市应急管理局.txt"_s}, std::pair {u"058.txt"_s, u"区县/报告.txt"_s}}) {
            const QByteArray data = readFile(identity.filePath(file));
            const QByteArray raw = gbk.encode(name);
            const quint32 offset = quint32(zip.size());
            for (QByteArray *out : {&zip, &directory}) {
                const bool central = out == &directory;
                le32(*out, central ? 0x02014b50 : 0x04034b50);
                if (central)
                    le16(*out, 20);
                for (const quint16 v : {quint16(20), quint16(0), quint16(0)})
                    le16(*out, v);
                le32(*out, 0);
                le32(*out, crc32(data));
                le32(*out, quint32(data.size()));
                le32(*out, quint32(data.size()));
                le16(*out, quint16(raw.size()));
                le16(*out, 0);
                if (central) {
                    for (const quint16 v : {quint16(0), quint16(0), quint16(0)})
                        le16(*out, v);
                    le32(*out, 0);
                    le32(*out, offset);
                }
                out->append(raw);
                if (!central)
                    out->append(data);
            }
        }
        const quint32 start = quint32(zip.size());
        zip += directory;
        le32(zip, 0x06054b50);
        le32(zip, 0);
        le16(zip, 2);
        le16(zip, 2);
        le32(zip, quint32(directory.size()));
        le32(zip, start);
        le16(zip, 0);
        const QString path = m_dir.filePath(u"区县.zip"_s);
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(zip) == zip.size() ? path : QString();
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
            QSKIP("LibreOffice (soffice) is not installed; the package libreoffice-writer provides it");
        QVERIFY(m_dir.isValid());
    }

    void opensInWriter_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("reports");
        QTest::newRow("five samples") << Dz::Test::seedPaths() << 5;
        const QDir identity(QStringLiteral(DUIZHAO_TEST_DATA_DIR "/identity/reports"));
        QStringList mixed = Dz::Test::seedPaths();
        for (const QString &name : {u"000.txt"_s, u"027.txt"_s, u"041.txt"_s, u"072.txt"_s, u"090.txt"_s})
            mixed.append(identity.filePath(name));
        mixed.append(u"ZIP"_s); // made in the test
        QTest::newRow("twelve mixed") << mixed << 12;
    }

    void opensInWriter()
    {
        QFETCH(QStringList, files);
        QFETCH(int, reports);
        if (const qsizetype at = files.indexOf(u"ZIP"_s); at >= 0)
            files[at] = zipOfTwo();
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString docx = brief(name, files);
        QVERIFY(!docx.isEmpty());
        const DocxCheck::Body written = DocxCheck::read(OoxmlCheck::unzip(readFile(docx)).value(u"word/document.xml"_s));

        // The PDF: every page, the contents numbered, the report names in a CJK face.
        const QString pdfPath = convert(docx, u"pdf"_s, m_dir.filePath(name + u"-pdf"_s));
        QVERIFY(!pdfPath.isEmpty());
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(pdfPath);
        QVERIFY(pdf);
        // The title page, at least a page per part, the landscape tables' pages.
        QVERIFY2(pdf->numPages() >= 8, qPrintable(QString::number(pdf->numPages())));
        QString text;
        for (int i = 0; i < pdf->numPages(); ++i)
            text += pdf->page(i)->text(QRectF()) + u'\n';
        const QString contents = pdf->page(0)->text(QRectF());
        static const QRegularExpression numbered(uR"(\.{4,}\s*(\d+))"_s);
        int entries = 0;
        for (auto it = numbered.globalMatch(contents); it.hasNext();) {
            const int page = it.next().captured(1).toInt();
            QVERIFY2(page >= 2 && page <= pdf->numPages(), qPrintable(contents));
            ++entries;
        }
        QCOMPARE(entries, int(DocxCheck::paragraphsIn(written, u"TOC1"_s).size() + DocxCheck::paragraphsIn(written, u"TOC2"_s).size()));
        const DocxCheck::Table &indicators = written.tables.constFirst();
        QCOMPARE(indicators.rows.size(), reports + 1);
        const QString flat = QString(text).remove(QRegularExpression(u"\\s"_s));
        for (int row = 1; row <= reports; ++row)
            QVERIFY2(flat.contains(QString(indicators.rows.at(row).constFirst()).remove(u' ')), qPrintable(indicators.rows.at(row).constFirst()));
        bool cjk = false;
        for (const Poppler::FontInfo &font : pdf->fonts()) {
            QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
            cjk = cjk || font.name().contains(u"CJK"_s) || font.name().contains(u"WenQuanYi"_s) || font.name().contains(u"Droid"_s);
        }
        QVERIFY2(cjk, "no CJK font in the PDF");

        // LibreOffice's own .docx of it: the same tables, row for row, cell for cell.
        const QString again = convert(docx, u"docx:MS Word 2007 XML"_s, m_dir.filePath(name + u"-docx"_s));
        QVERIFY(!again.isEmpty());
        const DocxCheck::Body reread = DocxCheck::read(OoxmlCheck::unzip(readFile(again)).value(u"word/document.xml"_s));
        QCOMPARE(reread.tables.size(), written.tables.size());
        for (qsizetype t = 0; t < written.tables.size(); ++t) {
            const QList<QStringList> &ours = written.tables.at(t).rows;
            const QList<QStringList> &theirs = reread.tables.at(t).rows;
            QCOMPARE(theirs.size(), ours.size());
            for (qsizetype r = 0; r < ours.size(); ++r)
                QCOMPARE(theirs.at(r), ours.at(r));
        }
        QCOMPARE(reread.pictures, written.pictures);
    }
};

QTEST_GUILESS_MAIN(TestBriefLibreOffice)
#include "tst_brief_libreoffice.moc"
