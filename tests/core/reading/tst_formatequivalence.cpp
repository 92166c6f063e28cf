// Golden-style check of the readers: each seed made into a web page (with a
// site's chrome), a .docx with typed markers, a .docx whose markers are
// Word's automatic numbering, a PDF and an OFD must give the outline
// (levels, titles, parts), the identity (district, year) and the indicator
// values its plain text gives.

#include "analysis/analysisengines.h"
#include "reading/documentreader.h"
#include "reading/reportloader.h"
#include "readerfixtures.h"
#include "seedfiles.h"

#include <QFont>
#include <QRawFont>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

struct Digest {
    QStringList outline; ///< "level|title|part" per section
    QString district;
    int year = 0;
    QStringList indicators; ///< "id=value qualifier"
};

Digest digest(const Dz::Report &report)
{
    auto engines = Dz::AnalysisEngines::builtIn();
    if (!engines)
        qFatal("%s", qPrintable(engines.error()));
    const Dz::ReportClassification classification = engines.value()->classifier.classify(report);
    Digest d;
    for (qsizetype i = 0; i < report.sections.size(); ++i) {
        const Dz::Section &s = report.sections.at(i);
        const QString part = i < classification.sections.size() ? classification.sections.at(i).part : QString();
        d.outline.append(u"%1|%2|%3"_s.arg(s.level).arg(s.title, part));
    }
    d.district = report.metadata.district.value;
    d.year = report.year();
    const Dz::ReportIndicators indicators = engines.value()->indicators.extract(report, classification);
    for (const Dz::IndicatorValue &v : indicators.values)
        d.indicators.append(v.id + u'=' + v.figure.toDisplayString() + u' ' + QString::number(int(v.figure.qualifier)));
    return d;
}

// The seed's paragraphs as an author would have typed them, and its title lines.
QStringList paragraphsOf(const Dz::Report &report, QStringList *title)
{
    QStringList lines;
    Dz::TextSpan titleSpan;
    for (const Dz::Block &b : report.blocks) {
        if (b.kind == Dz::BlockKind::Title && b.span.start < 200)
            titleSpan = b.span;
    }
    qsizetype at = 0;
    const QStringList raw = report.text.split(u'\n');
    for (const QString &line : raw) {
        const qsizetype start = at;
        at += line.size() + 1;
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (title && titleSpan.isValid() && start >= titleSpan.start && start < titleSpan.end && lines.isEmpty())
            title->append(t);
        else
            lines.append(t);
    }
    return lines;
}

// QPdfWriter writes each glyph's ToUnicode entry from the lowest code point
// the font maps to it, so where Noto Sans CJK SC draws two characters with
// one glyph (户 and 戶) the PDF says the other one. That is the writer's
// doing, not the reader's: the expected text gets the same substitution.
QString asPdfWriterEncodes(const QString &text)
{
    const QRawFont font = QRawFont::fromFont(QFont(u"Noto Sans CJK SC"_s));
    QHash<char16_t, char16_t> seen;
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x3400)
            continue;
        if (!seen.contains(u)) {
            char16_t lowest = u;
            const auto glyph = font.glyphIndexesForString(QString(c));
            for (char16_t other = u - 8; other < u; ++other) {
                if (!glyph.isEmpty() && font.glyphIndexesForString(QString(QChar(other))) == glyph) {
                    lowest = other;
                    break;
                }
            }
            seen.insert(u, lowest);
        }
        c = QChar(seen.value(u));
    }
    return out;
}

QByteArray htmlOf(const QStringList &title, const QStringList &lines)
{
    QString article;
    for (const QString &l : lines)
        article += u"<p>　　"_s + l.toHtmlEscaped() + u"</p>\n"_s;
    const QString pageTitle = (title.isEmpty() ? lines.first() : title.join(QString())) + u"_某某区人民政府门户网站"_s;
    return Dz::Test::htmlPage(pageTitle, title, article, QString()).toUtf8();
}

} // namespace

class TestFormatEquivalence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsText_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("format");
        for (const char *seed : {"000", "001", "002", "003", "004"}) {
            for (const char *format : {"html", "docx", "docx-numbered", "pdf", "ofd"})
                QTest::addRow("%s %s", seed, format) << QString::fromLatin1(seed) << QString::fromLatin1(format);
        }
    }

    void sameAsText()
    {
        QFETCH(QString, seed);
        QFETCH(QString, format);
        const Dz::Report text = Dz::Test::loadSeed(seed);
        QStringList title;
        const QStringList body = paragraphsOf(text, &title);
        const QStringList all = title + body;

        QByteArray bytes;
        QString suffix = format;
        if (format == u"html"_s) {
            bytes = htmlOf(title, body);
        } else if (format == u"docx"_s) {
            QList<Dz::Test::DocxParagraph> paragraphs;
            for (const QString &l : all)
                paragraphs.append(Dz::Test::DocxParagraph(l));
            bytes = Dz::Test::docx(paragraphs);
        } else if (format == u"docx-numbered"_s) {
            bytes = Dz::Test::autoNumberedDocx(all);
            suffix = u"docx"_s;
            // The markers are really gone from the typed text.
            QVERIFY(!bytes.isEmpty());
        } else if (format == u"pdf"_s) {
            bytes = Dz::Test::pdf(all);
        } else {
            bytes = Dz::Test::ofd(all);
        }
        const QString name = seed + u"."_s + suffix;
        auto doc = Dz::DocumentReader::readBytes(bytes, name);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->format, suffix);
        const Dz::Report read = Dz::ReportLoader::fromDocument(doc.value(), name);

        const Digest expected = format == u"pdf"_s ? digest(Dz::ReportLoader::fromText(asPdfWriterEncodes(text.text), name)) : digest(text);
        const Digest got = digest(read);
        QVERIFY(expected.outline.size() >= 4);
        if (got.outline != expected.outline) {
            qWarning().noquote() << "text:\n" << expected.outline.join(u'\n') << "\nread:\n" << got.outline.join(u'\n');
            qWarning().noquote() << doc->text;
        }
        QCOMPARE(got.outline, expected.outline);
        QCOMPARE(got.district, expected.district);
        QCOMPARE(got.year, expected.year);
        QCOMPARE(got.indicators, expected.indicators);
    }
};

QTEST_MAIN(TestFormatEquivalence)
#include "tst_formatequivalence.moc"
