// Writes the seeds the document and section targets start from, made by
// the same fixture code the reader tests use: well-formed files of every
// format (a .docx with Word numbering, an OFD package, a PDF, HTML pages in
// UTF-8 and GBK), and inputs of every class of hostile input the readers
// must refuse or bound (issue 24): nesting tens of thousands deep, glyph
// advances and pages repeated, list counters near INT_MAX, level texts of
// thousands of %1, more pages than a report has, garbage and blank pages,
// paragraphs never closed, pages nested past the limit, and texts of many
// short sections. Each document seed's first byte picks the suffix
// fuzz_documentreader gives it.
//
//   fuzz_documentseeds FOLDER     (writes FOLDER/documents, /sections, /text)

#include "hostilefixtures.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace
{

// Suffix choices of fuzz_documentreader: txt html docx pdf ofd (none).
enum Suffix : char { Txt = 0, Html = 1, Docx = 2, Pdf = 3, Ofd = 4 };

bool write(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir + u'/' + name);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool document(const QString &dir, const QString &name, Suffix suffix, const QByteArray &bytes)
{
    return write(dir, name, QByteArray(1, char(suffix)) + bytes);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        qCritical("usage: %s FOLDER", argv[0]);
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const QString documents = root + u"/documents"_s;
    const QString sections = root + u"/sections"_s;
    const QString text = root + u"/text"_s;
    for (const QString &dir : {documents, sections, text})
        QDir().mkpath(dir);

    const QStringList lines = {u"某某区司法局2024年法治政府建设情况报告"_s,
        u"2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。"_s, u"主要举措和成效"_s,
        u"深化行政执法规范化建设。全年办理行政处罚案件312件，罚没款1,280.5万元。"_s, u"存在的不足"_s, u"执法人员培训覆盖面不够。"_s, u"下一步工作打算"_s,
        u"持续推进严格规范公正文明执法。"_s};
    const QString article = u"<p>"_s + lines.mid(1).join(u"</p><p>"_s) + u"</p>"_s;
    const QString page = Dz::Test::htmlPage(lines.first(), {lines.first()}, article, u"来源：某某区司法局　发布时间：2025-03-20"_s);
    const QString gbkPage = Dz::Test::htmlPage(lines.first(), {lines.first()}, article, u"发布时间：2025-03-20"_s, u"gb2312"_s);
    QStringEncoder gbk("GB18030");
    bool ok = document(documents, u"numbered.docx"_s, Docx, Dz::Test::autoNumberedDocx(lines))
        && document(documents, u"report.ofd"_s, Ofd, Dz::Test::ofd(lines)) && document(documents, u"report.pdf"_s, Pdf, Dz::Test::pdf(lines))
        && document(documents, u"page.html"_s, Html, page.toUtf8()) && document(documents, u"page-gbk.html"_s, Html, gbk.encode(gbkPage))
        && document(documents, u"report.txt"_s, Txt, lines.join(u'\n').toUtf8());

    // Hostile documents, one or two of each class.
    using Dz::Test::DocxNesting;
    const QList<std::pair<QString, DocxNesting>> nestings = {{u"hyperlinks"_s, DocxNesting::Hyperlinks}, {u"tables"_s, DocxNesting::Tables},
        {u"textboxes"_s, DocxNesting::TextBoxes}, {u"controls"_s, DocxNesting::ContentControls}};
    for (const auto &[name, how] : nestings) {
        ok = ok && document(documents, u"deep-%1.docx"_s.arg(name), Docx, Dz::Test::deeplyNestedDocx(20000, how))
            && document(documents, u"nested-%1.docx"_s.arg(name), Docx, Dz::Test::deeplyNestedDocx(40, how));
    }
    ok = ok && document(documents, u"letters-int-max.docx"_s, Docx, Dz::Test::numberedDocx(Dz::Test::numberingOf(u"lowerLetter"_s, 2147483000, u"%1."_s), 300))
        && document(documents, u"decimal-int-max.docx"_s, Docx, Dz::Test::numberedDocx(Dz::Test::numberingOf(u"decimal"_s, 2147483647, u"%1、"_s), 50))
        && document(documents, u"negative-start.docx"_s, Docx, Dz::Test::numberedDocx(Dz::Test::numberingOf(u"ideographDigital"_s, -5, u"%1、"_s), 20))
        && document(documents, u"many-placeholders.docx"_s, Docx, Dz::Test::numberedDocx(Dz::Test::numberingOf(u"decimal"_s, 1, u"%1"_s.repeated(5000)), 200))
        && document(documents, u"repeated-advances.ofd"_s, Ofd, Dz::Test::ofdRepeatedAdvances(2000, 100000))
        && document(documents, u"page-listed-again.ofd"_s, Ofd, Dz::Test::ofdOnePageListed(1000))
        && document(documents, u"many-pages.pdf"_s, Pdf, Dz::Test::minimalPdf(2500, "BT /F1 12 Tf 72 720 Td (Report text) Tj ET"))
        && document(documents, u"garbage-content.pdf"_s, Pdf, Dz::Test::minimalPdf(3, "q 1 0 0 1 0 0 cm \x8f\x01\xfe BT ]]] >> Tj Tj 7 Zz ET Q"))
        && document(documents, u"blank.pdf"_s, Pdf, Dz::Test::minimalPdf(3, QByteArray()))
        && document(documents, u"unclosed-divs.html"_s, Html, Dz::Test::unclosedBlocksPage(Dz::Test::proseParagraphs(3000)).toUtf8())
        && document(documents, u"unclosed-fonts.html"_s, Html, Dz::Test::unclosedBlocksPage(Dz::Test::proseParagraphs(500), u"font"_s).toUtf8())
        && document(documents, u"deep-page.html"_s, Html, Dz::Test::deepPage(20000, Dz::Test::proseParagraphs(3)).toUtf8());

    // Texts of many short sections, for the outline and the section timing.
    for (const int count : {200, 2000, 20000})
        ok = ok && write(sections, u"sections-%1.txt"_s.arg(count), Dz::Test::manySectionsText(count).toUtf8());
    ok = ok && write(text, u"sections-20000.txt"_s, Dz::Test::manySectionsText(20000).toUtf8());
    return ok ? 0 : 1;
}
